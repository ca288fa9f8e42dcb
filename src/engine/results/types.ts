/**
 * 시행결과 (a year's results) as read from a workbook. The types are part of the plan model (Plan.results)
 * and live in src/engine/plan.ts, which the results reader builds on; handed on here for the results code.
 */
export type { BudgetResult, IndicatorResult, ResultCell, ResultsSource, YearResults } from "../plan";
