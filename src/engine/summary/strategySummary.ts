/**
 * 요약_전략별 as data: one row per strategy (사회보장전략 / 지역발전전략) and per 대표과업 under it, with
 * the number of projects, how many are 중점 / 민관협력 / 신규, the budget of every budget year, the
 * plan-period total and its share of the whole; then a grand total that counts a project standing in
 * several places (same identity) once, and the corrections that make it so.
 *
 * Budgets: only numbers count ('-', empty and unreadable cells count 0). A row's counts and budgets are
 * plain sums over the project rows under it, so strategy rows add up to more than the grand total when a
 * project stands twice: sum(strategy rows) − sum(corrections) = total, exactly.
 */
import { inGroup, placeGroups } from "../groups";
import { projectIdentity } from "../identity";
import type { FlagName, Plan, Project, StrategyPart } from "../plan";
import { FLAG_NAMES } from "../plan";

export interface SummaryFigures {
  /** Project rows (or, for the total, distinct projects). */
  projects: number;
  /** 중점 / 민관협력 / 신규: projects whose flag reads yes (○ or a look-alike). */
  flags: Record<FlagName, number>;
  /** One per plan.budgetYears, in that order. */
  budgets: number[];
  /** Sum over plan.planYears that have a budget column ('23–'26). */
  planTotal: number;
  /** planTotal / the grand total's planTotal; null when the grand total is 0. */
  share: number | null;
}

export interface StrategySummaryRow extends SummaryFigures {
  level: "strategy" | "task" | "unassigned";
  /** The strategy, or the task's strategy; null for projects outside any strategy. */
  strategyId: string | null;
  taskId: string | null;
  part: StrategyPart | null;
  number: number | null;
  /** As the plan writes it (the strategy's or the task's name); "" for the unassigned row. */
  name: string;
  /** Project ids counted in this row, in plan order. */
  projectIds: string[];
}

/** A project standing in several places: counted once in the total, from its first place. */
export interface DuplicateGroup {
  identity: string;
  /** The name of its first place. */
  name: string;
  projectIds: string[];
  strategyIds: (string | null)[];
  /** Every place has the same budget in every year. */
  budgetsEqual: boolean;
  /** What the total takes away from the plain sum of the strategy rows (counts, flags and budgets). */
  correction: Omit<SummaryFigures, "share">;
}

export interface StrategySummary {
  /**
   * The flags the plan has (a column, or 중점 read from the names): a 6기 plan has no 민관협력 column, and a
   * count of 0 there would say "none" where the plan says nothing. Counts of the others are still 0.
   */
  flagNames: FlagName[];
  budgetYears: number[];
  planYears: number[];
  /** Strategy rows in plan order, each followed by its task rows; an unassigned row last if needed. */
  rows: StrategySummaryRow[];
  /** Distinct projects: one standing in several places counts once (flags: yes in any place). */
  total: SummaryFigures;
  duplicates: DuplicateGroup[];
}

export function budgetNumber(project: Project, year: number): number {
  const budget = project.budgets.find((b) => b.year === year);
  return budget && budget.value.kind === "number" ? budget.value.value : 0;
}

function flagYes(project: Project, flag: FlagName): boolean {
  return project.flags[flag]?.state === "yes";
}

function emptyFlags(): Record<FlagName, number> {
  return { key: 0, partnership: 0, isNew: 0 };
}

function planYearsWithBudget(plan: Plan): number[] {
  return plan.planYears.filter((year) => plan.budgetYears.includes(year));
}

function figuresOf(plan: Plan, projects: readonly Project[]): Omit<SummaryFigures, "share"> {
  const flags = emptyFlags();
  for (const project of projects) for (const flag of FLAG_NAMES) if (flagYes(project, flag)) flags[flag] += 1;
  const budgets = plan.budgetYears.map((year) => sum(projects.map((p) => budgetNumber(p, year))));
  const planYears = planYearsWithBudget(plan);
  const planTotal = sum(planYears.map((year) => budgets[plan.budgetYears.indexOf(year)]));
  return { projects: projects.length, flags, budgets, planTotal };
}

/** Sums in a fixed order, rounded to 1e-9 so that 0.1 + 0.2 style noise does not reach the sheet. */
function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return Math.round(total * 1e9) / 1e9;
}

export function summarizeByStrategy(plan: Plan): StrategySummary {
  const rows: StrategySummaryRow[] = [];
  const row = (
    level: StrategySummaryRow["level"],
    ids: { strategyId: string | null; taskId: string | null; part: StrategyPart | null; number: number | null; name: string },
    projects: readonly Project[],
  ): StrategySummaryRow => ({ level, ...ids, projectIds: projects.map((p) => p.id), ...figuresOf(plan, projects), share: null });

  const { projectsByStrategy, projectsByTask, tasksByStrategy } = placeGroups(plan);
  for (const strategy of plan.strategies) {
    const members = inGroup(projectsByStrategy, strategy.id);
    rows.push(row("strategy", { strategyId: strategy.id, taskId: null, part: strategy.part, number: strategy.number, name: strategy.name }, members));
    for (const task of inGroup(tasksByStrategy, strategy.id)) {
      const taskMembers = inGroup(projectsByTask, task.id);
      rows.push(row("task", { strategyId: strategy.id, taskId: task.id, part: strategy.part, number: task.number, name: task.name }, taskMembers));
    }
  }
  const known = new Set(plan.strategies.map((s) => s.id));
  const unassigned = plan.projects.filter((p) => p.strategyId === null || !known.has(p.strategyId));
  if (unassigned.length > 0) rows.push(row("unassigned", { strategyId: null, taskId: null, part: null, number: null, name: "" }, unassigned));

  // The grand total: one project per identity, its first place's budgets; a flag counts if any place says yes.
  const groups = new Map<string, Project[]>();
  for (const project of plan.projects) {
    const key = projectIdentity(project);
    groups.set(key, [...(groups.get(key) ?? []), project]);
  }
  const firstPlaces = [...groups.values()].map((group) => group[0]);
  const totalFigures = figuresOf(plan, firstPlaces);
  const totalFlags = emptyFlags();
  for (const group of groups.values()) for (const flag of FLAG_NAMES) if (group.some((p) => flagYes(p, flag))) totalFlags[flag] += 1;
  const total: SummaryFigures = { ...totalFigures, flags: totalFlags, share: totalFigures.planTotal !== 0 ? 1 : null };

  const duplicates: DuplicateGroup[] = [];
  for (const [identity, group] of groups) {
    if (group.length < 2) continue;
    const rest = figuresOf(plan, group.slice(1));
    const flags = emptyFlags();
    for (const flag of FLAG_NAMES) {
      const yes = group.filter((p) => flagYes(p, flag)).length;
      flags[flag] = yes - (yes > 0 ? 1 : 0);
    }
    duplicates.push({
      identity,
      name: group[0].name,
      projectIds: group.map((p) => p.id),
      strategyIds: group.map((p) => p.strategyId),
      budgetsEqual: group.every((p) => plan.budgetYears.every((year) => budgetNumber(p, year) === budgetNumber(group[0], year))),
      correction: { projects: group.length - 1, flags, budgets: rest.budgets, planTotal: rest.planTotal },
    });
  }

  for (const r of rows) r.share = total.planTotal !== 0 ? r.planTotal / total.planTotal : null;
  const flagNames = FLAG_NAMES.filter((flag) => plan.projects.some((p) => p.flags[flag] !== null));
  return { flagNames, budgetYears: [...plan.budgetYears], planYears: planYearsWithBudget(plan), rows, total, duplicates };
}
