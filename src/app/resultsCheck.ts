/**
 * 시행결과 확인, written once for every face: the plan, the year's results it carries and those of any
 * further workbooks (a filled-in form, a district's own results sheet, a copy of the plan with 실적 columns),
 * the results rules' findings and the year's report (met / missed / not reported, budgets).
 */
import { countBySeverity, planCounts, readPlan, rules, validatePlan, type Grid, type Plan } from "../engine";
import { gatheredChanges, gatherResults, type GatheredChange, type ResultsConflict } from "../engine/results/gather";
import type { RevisionEntry } from "../engine/revisions/diff";
import type { LogRow } from "../engine/revisions/log";
import { snapshotPlan } from "../engine/revisions/snapshot";
import { appendConsolidationLog, namedDepartment, type ConsolidateOptions } from "./consolidate";
import { readResults } from "../engine/results/read";
import { resultsReport, type ResultsReport } from "../engine/results/report";
import type { Lang } from "../i18n";
import type { WorkbookPort } from "./port";
import { replaceFormAsRead, resultsForm, type ResultsForm } from "./resultsForm";
import { resultsSummarySheet } from "./resultsSummary";
import type { ValidationResult } from "./validateWorkbook";

/** The results family: `plan-check results` and the pane's 시행결과 확인 run these; validate runs them with the rest. */
export const RESULTS_RULES = rules.filter((rule) => rule.id.startsWith("results/"));

export interface ResultsCheck extends ValidationResult {
  year: number;
  report: ResultsReport;
  /** Values of further workbooks that were not taken: another department's project, or files that disagree. */
  conflicts: ResultsConflict[];
  /** The values the further workbooks changed in the master's results (each becomes a 수정이력 row when written). */
  changes: GatheredChange[];
  departments: { file: string; department: string | null }[];
}

/** A further workbook holding results for the plan; `file` names it in reports. */
export interface ResultsWorkbook {
  file: string;
  grid: Grid;
  /** The department the user says the file is from (wins over what the file names), as for plans. */
  department?: string;
}

export function checkResults(planGrid: Grid, year: number, others: readonly ResultsWorkbook[] = []): ResultsCheck {
  const plan = readPlan(planGrid);
  const own = (plan.results ?? []).filter((r) => r.year === year);
  const extra = others.flatMap((other) => readResults(other.grid, plan, { year }).filter((r) => r.year === year).map((r) => ({ ...r, file: other.file })));
  const named = new Map(others.flatMap((other) => {
    const department = namedDepartment(other.grid, other.department);
    return department ? [[other.file, department] as const] : [];
  }));
  const gathered = gatherResults(plan, [...own, ...extra], { named, picked: { files: others.map((other) => other.file), year } });
  const withResults: Plan = { ...plan, results: gathered.sets };
  const findings = validatePlan(withResults, { rules: RESULTS_RULES });
  return {
    conflicts: gathered.conflicts,
    changes: gatheredChanges(plan, year, gathered.sets),
    departments: gathered.departments,
    plan: withResults,
    counts: planCounts(withResults),
    findings,
    severities: countBySeverity(findings),
    year,
    report: resultsReport(withResults, year),
  };
}

export interface WrittenResults {
  form: ResultsForm;
  summary: ReturnType<typeof resultsSummarySheet>["summary"];
}

/**
 * Writes the checked (and gathered) results into a workbook: the 시행결과_<year> form holding every value
 * taken, with its in-cell rules, and 요약_시행결과 with its chart. The plan's own sheets are not touched.
 * `read`: the port's grid the check was made from — the form is then replaced only while it holds what was
 * read (replaceFormAsRead), and nothing at all is written when it does not.
 */
export async function writeResults(port: WorkbookPort, check: ResultsCheck, lang: Lang, read?: Grid): Promise<WrittenResults> {
  const form = resultsForm(check.plan, check.year, lang);
  await (read ? replaceFormAsRead(port, form.sheet, read) : port.replaceSheet(form.sheet));
  await port.setDataValidation(form.rules);
  const { sheet, summary } = resultsSummarySheet(check.plan, check.report, lang);
  await port.replaceSheet(sheet);
  return { form, summary };
}

const LOG_FIELDS = { actual: "result.actual", reason: "result.reason", spent: "result.spent" } as const;

/** The gathered changes as revision-log entries (where: the project and indicator; old → new; the year). */
export function gatheredEntries(check: Pick<ResultsCheck, "plan" | "changes" | "year">): { entry: RevisionEntry; files: string[] }[] {
  const snapshot = snapshotPlan(check.plan);
  const index = new Map(check.plan.projects.map((p, i) => [p.id, i]));
  return check.changes.map((change) => {
    const i = index.get(change.projectId) as number;
    const project = check.plan.projects[i];
    const place = snapshot.projects[i];
    const indicator = change.indicatorId === null ? undefined : project.indicators.find((x) => x.id === change.indicatorId)?.name;
    const entry: RevisionEntry = {
      type: "changed",
      projectId: project.id,
      name: project.name,
      field: LOG_FIELDS[change.field],
      year: check.year,
      before: change.before,
      after: change.after,
      strategyId: place.strategyId,
      strategyName: place.strategyName,
      taskId: place.taskId,
      number: place.number,
      ...(indicator !== undefined ? { indicator } : {}),
    };
    return { entry, files: change.files };
  });
}

/**
 * 수정이력 for a gathering, as plan consolidation writes it (appendConsolidationLog: chained, 사유 naming the
 * files, store sealed): one row per value taken from the departments' files. `grid`: the workbook before.
 */
export function logGathered(port: WorkbookPort, grid: Grid, check: ResultsCheck, options: ConsolidateOptions = {}): Promise<LogRow[]> {
  if (check.changes.length === 0) return Promise.resolve([]);
  return appendConsolidationLog(port, grid, gatheredEntries(check), "log.resultsReason", options);
}
