/**
 * A year's results, indicator by indicator and project by project, with every plan indicator present: the
 * rows of the CLI's JSON, the summary (요약_시행결과), carry-forward and the form's pre-filled values.
 */
import type { CellRef } from "../grid";
import type { Indicator, Plan, Project, Target } from "../plan";
import { budgetAt, budgetNumber } from "../rules/vocabulary/budgets";
import { indicatorName, targetAt } from "../rules/vocabulary/indicators";
import { isUncomputed } from "../rules/vocabulary/places";
import { evaluate, round1, type Evaluation } from "./achievement";
import type { BudgetResult, IndicatorResult, ResultCell, YearResults } from "./types";

export type OutcomeStatus = Evaluation["status"];

export interface IndicatorOutcome {
  project: Project;
  indicator: Indicator;
  name: string;
  target: Target | null;
  result: IndicatorResult | null;
  evaluation: Evaluation;
  /** Where the result is (its 실적 cell, or the row it belongs on), else the target's cell. */
  ref: CellRef;
}

export interface BudgetOutcome {
  project: Project;
  budget: number | null;
  spent: number | null;
  /** 집행액 ÷ 예산 in percent (one decimal), else the rate as written. */
  executionRate: number | null;
  result: BudgetResult | null;
  ref: CellRef;
}

export interface ResultsReport {
  year: number;
  /** The places the results were read from (sheet names), in reading order. */
  sources: string[];
  indicators: IndicatorOutcome[];
  budgets: BudgetOutcome[];
  counts: { met: number; missed: number; notReported: number; noTarget: number };
}

/** The results sets of a year; where two hold the same indicator, the first that has a 실적 answers. */
export function resultsOfYear(plan: Plan, year: number): YearResults[] {
  return (plan.results ?? []).filter((r) => r.year === year);
}

/** A 실적 or 집행액 that answers: a formula saved without its value does not (results/uncomputed-formula names it). */
function answers(cell: ResultCell | null): boolean {
  return cell !== null && !isUncomputed(cell);
}

export function resultsReport(plan: Plan, year: number): ResultsReport {
  const sets = resultsOfYear(plan, year);
  const byIndicator = new Map<string, IndicatorResult>();
  const byProject = new Map<string, BudgetResult>();
  for (const set of sets) {
    for (const r of set.indicators) {
      const known = byIndicator.get(r.indicatorId);
      if (!known || (!answers(known.actual) && answers(r.actual))) byIndicator.set(r.indicatorId, r);
    }
    for (const b of set.budgets) {
      const known = byProject.get(b.projectId);
      if (!known || (!answers(known.spent) && answers(b.spent))) byProject.set(b.projectId, b);
    }
  }
  const sheetOf = new Map<IndicatorResult | BudgetResult, string>();
  for (const set of sets) for (const r of [...set.indicators, ...set.budgets]) sheetOf.set(r, set.sheet);

  const counts = { met: 0, missed: 0, notReported: 0, noTarget: 0 };
  const indicators: IndicatorOutcome[] = [];
  const budgets: BudgetOutcome[] = [];
  for (const project of plan.projects) {
    for (const indicator of project.indicators) {
      const target = targetAt(indicator, year);
      const result = byIndicator.get(indicator.id) ?? null;
      const evaluation = evaluate(plan, indicator, target, result?.actual?.value ?? null);
      if (evaluation.status === "met") counts.met++;
      else if (evaluation.status === "noTarget") counts.noTarget++;
      else if (evaluation.status === "notReported") counts.notReported++;
      else counts.missed++; // missed, or a 실적 that cannot count (unit, unreadable): not achieved
      const ref =
        result?.actual?.ref ??
        (result ? { sheet: sheetOf.get(result) ?? plan.sheet, row: result.row, col: result.actualCol } : null) ??
        target?.ref ??
        indicator.nameCell?.ref ??
        project.nameCell.ref;
      indicators.push({ project, indicator, name: indicatorName(indicator), target, result, evaluation, ref });
    }
    const result = byProject.get(project.id) ?? null;
    const budgetCell = budgetAt(project, year);
    const budget = budgetNumber(budgetCell);
    const spent = result?.spent?.value.kind === "number" ? result.spent.value.value : null;
    const executionRate = spent !== null && budget ? round1((spent / budget) * 100) : (result?.executionRate?.value ?? null);
    const ref = result?.spent?.ref ?? result?.executionRate?.ref ?? budgetCell?.ref ?? project.nameCell.ref;
    budgets.push({ project, budget, spent, executionRate, result, ref });
  }
  return { year, sources: [...new Set(sets.map((s) => s.sheet))], indicators, budgets, counts };
}

/** Whether the outcome counts as met (true), missed (false), or neither (null: not reported, nothing to achieve). */
export function metOf(evaluation: Evaluation): boolean | null {
  if (evaluation.status === "met") return true;
  if (evaluation.status === "missed" || evaluation.status === "unitMismatch" || evaluation.status === "unreadable") return false;
  return null;
}

export function achievementOf(evaluation: Evaluation): number | null {
  return evaluation.status === "met" || evaluation.status === "missed" ? evaluation.achievement : null;
}
