/**
 * 요약_시행결과 as data: per strategy and 대표과업 the indicators met / missed / not reported, the mean 달성률
 * and budget execution; the indicators missed with their reasons; and carry-forward — the missed and
 * far-above indicators, candidates for the next 연차별 시행계획's revision (변경 내용).
 */
import { groupedBy, inGroup, placeGroups } from "../groups";
import type { Plan, Project } from "../plan";
import { FAR_ABOVE } from "../rules/results/over-achieved";
import { round1 } from "./achievement";
import { achievementOf, metOf, type IndicatorOutcome, type ResultsReport } from "./report";

export interface ResultsSummaryRow {
  level: "strategy" | "task" | "total";
  /** Strategy or task id; "" for the total. */
  id: string;
  name: string;
  indicators: number;
  met: number;
  missed: number;
  notReported: number;
  noTarget: number;
  /** Mean of the numeric 달성률s, one decimal; null when none. */
  meanAchievement: number | null;
  budget: number;
  spent: number;
  /** spent ÷ budget in percent over the projects that report a 집행액; null when none does. */
  executionRate: number | null;
}

export interface CarryForward {
  outcome: IndicatorOutcome;
  why: "missed" | "over";
  achievement: number | null;
}

export interface ResultsSummary {
  year: number;
  rows: ResultsSummaryRow[];
  missed: IndicatorOutcome[];
  carryForward: CarryForward[];
}

/** Where each project's items stand in a report's list (indicator outcomes, budgets), by project id. */
type PlacesByProject = ReadonlyMap<string | null, readonly number[]>;

function placesByProject(items: readonly { project: { id: string } }[]): PlacesByProject {
  return groupedBy(
    items.map((_, i) => i),
    (i) => items[i].project.id,
  );
}

/** The items of the projects, in the report's order (sums add in the same order whatever the row). */
function itemsOf<T>(items: readonly T[], places: PlacesByProject, ids: ReadonlySet<string>): T[] {
  const at: number[] = [];
  for (const id of ids) at.push(...inGroup(places, id));
  return at.sort((a, b) => a - b).map((i) => items[i]);
}

interface ReportPlaces {
  indicators: PlacesByProject;
  budgets: PlacesByProject;
}

function rowOf(level: ResultsSummaryRow["level"], id: string, name: string, projects: readonly Project[], report: ResultsReport, places: ReportPlaces): ResultsSummaryRow {
  // Looked up by project, not filtered from the whole report for every strategy and task: that was quadratic.
  const ids = new Set(projects.map((p) => p.id));
  const outcomes = itemsOf(report.indicators, places.indicators, ids);
  const row: ResultsSummaryRow = { level, id, name, indicators: outcomes.length, met: 0, missed: 0, notReported: 0, noTarget: 0, meanAchievement: null, budget: 0, spent: 0, executionRate: null };
  const rates: number[] = [];
  for (const o of outcomes) {
    const met = metOf(o.evaluation);
    if (met === true) row.met++;
    else if (met === false) row.missed++;
    else if (o.evaluation.status === "notReported") row.notReported++;
    else row.noTarget++;
    const achievement = achievementOf(o.evaluation);
    if (achievement !== null) rates.push(achievement);
  }
  if (rates.length > 0) row.meanAchievement = round1(rates.reduce((a, b) => a + b, 0) / rates.length);
  let budgetOfReporting = 0;
  for (const b of itemsOf(report.budgets, places.budgets, ids)) {
    row.budget += b.budget ?? 0;
    if (b.spent !== null) {
      row.spent += b.spent;
      budgetOfReporting += b.budget ?? 0;
    }
  }
  row.budget = round1(row.budget);
  row.spent = round1(row.spent);
  if (budgetOfReporting > 0) row.executionRate = round1((row.spent / budgetOfReporting) * 100);
  return row;
}

export function summarizeResults(plan: Plan, report: ResultsReport): ResultsSummary {
  const rows: ResultsSummaryRow[] = [];
  const { projectsByStrategy, projectsByTask, tasksByStrategy } = placeGroups(plan);
  const places: ReportPlaces = { indicators: placesByProject(report.indicators), budgets: placesByProject(report.budgets) };
  for (const strategy of plan.strategies) {
    rows.push(rowOf("strategy", strategy.id, strategy.name, inGroup(projectsByStrategy, strategy.id), report, places));
    for (const task of inGroup(tasksByStrategy, strategy.id)) {
      rows.push(rowOf("task", task.id, task.name, inGroup(projectsByTask, task.id), report, places));
    }
  }
  rows.push(rowOf("total", "", "", plan.projects, report, places));
  const missed = report.indicators.filter((o) => metOf(o.evaluation) === false);
  const carryForward: CarryForward[] = [];
  for (const o of report.indicators) {
    const achievement = achievementOf(o.evaluation);
    if (metOf(o.evaluation) === false) carryForward.push({ outcome: o, why: "missed", achievement });
    else if (achievement !== null && achievement > FAR_ABOVE) carryForward.push({ outcome: o, why: "over", achievement });
  }
  return { year: report.year, rows, missed, carryForward };
}
