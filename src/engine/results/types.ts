/**
 * 시행결과 (a year's results) as read from a workbook: per indicator the 실적 (actual), the 달성률 as written and
 * the 미달성 사유; per project the 집행액 (spent) and 집행률. Every value keeps its cell, like the plan's own.
 */
import type { CellRef } from "../grid";
import type { BudgetValue, TargetValue } from "../plan";

export interface ResultCell {
  ref: CellRef;
  raw: string;
  /** Set when the value is one line of a cell holding several (as the plan's targets may be). */
  line?: number;
  formula?: string | null;
}

export interface IndicatorResult {
  /** The plan indicator's id ("I-1-2/i0"). */
  indicatorId: string;
  projectId: string;
  /** 실적, parsed as a target is (a number with unit, a milestone, '-' …). */
  actual: (ResultCell & { value: TargetValue }) | null;
  /** 달성률 as written, in percent (95% and 95 both read 95); null value when it is not a number. */
  achievement: (ResultCell & { value: number | null }) | null;
  /** 미달성 사유. */
  reason: ResultCell | null;
  /** The row the result was read from (where a missing value would be written). */
  row: number;
  /** Column of the 실적 on that row (where a missing 실적 is pointed at). */
  actualCol: number;
  /** The 담당부서 the row names, where the sheet has that column (a department's file). */
  department?: string;
}

export interface BudgetResult {
  projectId: string;
  /** 집행액 in 백만원. */
  spent: (ResultCell & { value: BudgetValue }) | null;
  /** 집행률 as written, in percent. */
  executionRate: (ResultCell & { value: number | null }) | null;
  row: number;
  spentCol: number;
}

/** Where the results were found: a sheet of their own keyed by 사업 and 성과지표, or columns beside the plan's targets. */
export type ResultsSource = "sheet" | "columns";

export interface YearResults {
  year: number;
  source: ResultsSource;
  sheet: string;
  /** The workbook the results came from, when not the plan's own (a department's or a district's file). */
  file?: string;
  indicators: IndicatorResult[];
  budgets: BudgetResult[];
  /** Rows of a results sheet that name no project or indicator of the plan: reported, never dropped. */
  unmatched: { ref: CellRef; project: string; indicator: string }[];
}
