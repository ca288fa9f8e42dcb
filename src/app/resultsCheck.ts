/**
 * 시행결과 확인, written once for every face: the plan, the year's results it carries and those of any
 * further workbooks (a filled-in form, a district's own results sheet, a copy of the plan with 실적 columns),
 * the results rules' findings and the year's report (met / missed / not reported, budgets).
 */
import { countBySeverity, planCounts, readPlan, rules, validatePlan, type Grid, type Plan } from "../engine";
import { readResults } from "../engine/results/read";
import { resultsReport, type ResultsReport } from "../engine/results/report";
import type { ValidationResult } from "./validateWorkbook";

/** The results family: `plan-check results` and the pane's 시행결과 확인 run these; validate runs them with the rest. */
export const RESULTS_RULES = rules.filter((rule) => rule.id.startsWith("results/"));

export interface ResultsCheck extends ValidationResult {
  year: number;
  report: ResultsReport;
}

/** A further workbook holding results for the plan; `file` names it in reports. */
export interface ResultsWorkbook {
  file: string;
  grid: Grid;
}

/** The plan's target years, for a face to check --year against. */
export function planYears(plan: Plan): number[] {
  return plan.targetYears;
}

export function checkResults(planGrid: Grid, year: number, others: readonly ResultsWorkbook[] = []): ResultsCheck {
  const plan = readPlan(planGrid);
  const own = (plan.results ?? []).filter((r) => r.year === year);
  const extra = others.flatMap((other) => readResults(other.grid, plan, { year }).filter((r) => r.year === year).map((r) => ({ ...r, file: other.file })));
  const withResults: Plan = { ...plan, results: [...own, ...extra] };
  const findings = validatePlan(withResults, { rules: RESULTS_RULES });
  return {
    plan: withResults,
    counts: planCounts(withResults),
    findings,
    severities: countBySeverity(findings),
    year,
    report: resultsReport(withResults, year),
  };
}
