/**
 * Plans carrying a year's results, for the results rules' tests: a plan from the plan builder, and the
 * results laid out as the add-in's 시행결과_<year> sheet would hold them (one row per result, from row 2;
 * 실적 in G(6), 달성률 H(7), 미달성 사유 I(8), 집행액 K(10), 집행률 L(11)), every value parsed as the reader does
 * (a 실적 or 집행액 written as a formula is kept with its formula text, even without a saved value).
 */
import type { CellValue } from "../../../src/engine/grid";
import { cellText } from "../../../src/engine/grid";
import type { Plan } from "../../../src/engine/plan";
import { parseBudget, parseTarget } from "../../../src/engine/read/values";
import { percentNumber, resultsSheetName } from "../../../src/engine/results/read";
import type { ResultsSource, YearResults } from "../../../src/engine/results/types";
import { buildPlan, type PlanSpec } from "./planBuilder";

export const RESULT_COLS = { actual: 6, achievement: 7, reason: 8, spent: 10, executionRate: 11 } as const;

export interface ResultSpec {
  /** Index in plan.projects (default 0) and in the project's indicators (default 0). */
  project?: number;
  indicator?: number;
  actual?: CellValue;
  /** The 실적 cell's formula ("=B2*2"); without `actual`, a formula saved without its value. */
  actualFormula?: string;
  achievement?: CellValue;
  reason?: string;
}

export interface BudgetResultSpec {
  project?: number;
  spent?: CellValue;
  /** The 집행액 cell's formula; without `spent`, a formula saved without its value. */
  spentFormula?: string;
  rate?: CellValue;
}

export interface ResultsSpec {
  year?: number;
  source?: ResultsSource;
  rows?: ResultSpec[];
  budgets?: BudgetResultSpec[];
  unmatched?: { project: string; indicator: string }[];
}

function cell(sheet: string, row: number, col: number, value: CellValue | undefined, formula?: string) {
  const raw = value === undefined ? "" : cellText(value);
  if (raw === "" && !formula) return null;
  // A formula with no value is one saved without its result, as the reader reads it (no cached value).
  return { ref: { sheet, row, col }, raw, ...(formula ? { formula } : {}), ...(formula && (value === undefined || value === null) ? { uncomputed: true as const } : {}) };
}

export function planWithResults(spec: PlanSpec, results: ResultsSpec): () => Plan {
  return () => {
    const plan = buildPlan(spec);
    const year = results.year ?? 2024;
    const sheet = resultsSheetName(year);
    const out: YearResults = { year, source: results.source ?? "sheet", sheet, indicators: [], budgets: [], unmatched: [] };
    let row = 2;
    for (const r of results.rows ?? []) {
      const project = plan.projects[r.project ?? 0];
      const indicator = project.indicators[r.indicator ?? 0];
      const actual = cell(sheet, row, RESULT_COLS.actual, r.actual, r.actualFormula);
      const achievement = cell(sheet, row, RESULT_COLS.achievement, r.achievement);
      out.indicators.push({
        indicatorId: indicator.id,
        projectId: project.id,
        actual: actual && { ...actual, value: parseTarget(r.actual ?? null) },
        achievement: achievement && { ...achievement, value: percentNumber(r.achievement ?? null) },
        reason: cell(sheet, row, RESULT_COLS.reason, r.reason),
        row,
        actualCol: RESULT_COLS.actual,
      });
      row++;
    }
    for (const b of results.budgets ?? []) {
      const project = plan.projects[b.project ?? 0];
      const spent = cell(sheet, row, RESULT_COLS.spent, b.spent, b.spentFormula);
      const rate = cell(sheet, row, RESULT_COLS.executionRate, b.rate);
      out.budgets.push({
        projectId: project.id,
        spent: spent && { ...spent, value: parseBudget(b.spent ?? null) },
        executionRate: rate && { ...rate, value: percentNumber(b.rate ?? null) },
        row,
        spentCol: RESULT_COLS.spent,
      });
      row++;
    }
    for (const u of results.unmatched ?? []) out.unmatched.push({ ref: { sheet, row: row++, col: 4 }, ...u });
    plan.results = [out];
    return plan;
  };
}
