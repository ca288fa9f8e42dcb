/**
 * 시행결과 in the open workbook, for the pane: the form made, the departments' files gathered into it, the
 * results checked with their findings lit up where they are, and 요약_시행결과 made. Gathering writes the
 * taken values into the open workbook's 시행결과_<year> form (conflicts are never applied), so what is
 * checked and highlighted afterwards is always a cell of the open workbook.
 */
import { GENERATED_SHEETS, planYearsWithTargets, readPlan } from "../engine";
import { resultsSheetName } from "../engine/results/read";
import type { ResultsConflict } from "../engine/results/gather";
import type { Grid } from "../engine";
import type { Lang } from "../i18n";
import { resultsText } from "../i18n/results";
import { checkLogOwned, describeConflict, undoCell, type ConsolidationUndo } from "./consolidate";
import { marksFor } from "./inPlace";
import { checkSheetsOwned, type WorkbookPort } from "./port";
import type { LogRow } from "../engine/revisions/log";
import { checkResults, gatheredEntries, logGathered, writeResults, type ResultsCheck, type ResultsWorkbook, type WrittenResults } from "./resultsCheck";
import { FORM_COLS, replaceFormAsRead, RESULTS_FORM_MARKER, resultsForm, writeResultsForm, type ResultsForm } from "./resultsForm";
import { RESULTS_SUMMARY_MARKER } from "./resultsSummary";

export interface ResultsYears {
  /** The years a form can be made for: the plan period's years that have targets. */
  years: number[];
  /** The year offered first: last year, kept inside the plan's period. */
  suggested: number;
}

/** The plan's results years, and last year (results are reported the year after) as the suggestion. */
export async function resultsYears(port: WorkbookPort, now: Date): Promise<ResultsYears> {
  const plan = readPlan(await port.readGrid());
  const inPeriod = planYearsWithTargets(plan);
  const years = inPeriod.length > 0 ? inPeriod : plan.targetYears;
  const last = now.getFullYear() - 1;
  const suggested = years.length === 0 ? last : Math.min(Math.max(last, years[0]), years[years.length - 1]);
  return { years, suggested };
}

/** 시행결과 양식 만들기: the 시행결과_<year> form, values already written in it kept. */
export function makeResultsForm(port: WorkbookPort, year: number, lang: Lang): Promise<ResultsForm> {
  return writeResultsForm(port, year, lang);
}

/** Checks the year's results of the open workbook and replaces the earlier highlights with these findings'. */
export async function checkResultsInPlace(port: WorkbookPort, year: number): Promise<ResultsCheck> {
  const check = checkResults(await port.readGrid(), year);
  await port.highlight(marksFor(check.findings.filter((f) => f.severity !== "info")));
  return check;
}

/**
 * 부서 파일 취합: the departments' files read with the plans' guarantees (a file answers for its own
 * department's projects; files that disagree are a conflict, never applied) and the values taken written
 * into the open workbook's form, each value taken logged in 수정이력 as plan consolidation logs. Returns the check of the gathered results (its conflicts and departments).
 */
export async function gatherResultsInPlace(
  port: WorkbookPort,
  year: number,
  files: readonly ResultsWorkbook[],
  lang: Lang,
): Promise<{ check: ResultsCheck; form: ResultsForm; logRows: LogRow[]; undo: ConsolidationUndo | null }> {
  const grid = await port.readGrid();
  const check = checkResults(grid, year, files);
  const form = resultsForm(check.plan, year, lang);
  checkSheetsOwned(grid, [form.sheet]);
  // Values taken are logged and sealed: a 수정이력 or a store sheet of the user's own stops the run here, before the
  // form is written (the seal is then written from the store read here).
  if (check.changes.length > 0) checkLogOwned(grid);
  const store = check.changes.length > 0 ? await port.readStore({ forWriting: true }) : undefined;
  // A value typed into the form since the read stops the run here, before anything (the log, the seal) is written.
  await replaceFormAsRead(port, form.sheet, grid);
  await port.setDataValidation(form.rules);
  const logRows = await logGathered(port, grid, check, { lang, ...(store ? { store } : {}) });
  return { check, form, logRows, undo: gatheringUndo(grid, check, form) };
}

const CHANGE_COLS = { actual: FORM_COLS.actual, reason: FORM_COLS.reason, spent: FORM_COLS.spent } as const;

/**
 * A gathering as plan consolidation's undo takes it (undoConsolidation, one step): each form cell a value
 * was taken into, with what it held before (nothing, where the form is new; a formula the value replaced is
 * put back as that formula) and what was written.
 */
function gatheringUndo(before: Grid, check: ResultsCheck, form: ResultsForm): ConsolidationUndo | null {
  if (check.changes.length === 0) return null;
  const cells = check.changes.map((change) => {
    const row = form.rowOf[change.indicatorId ?? `spent:${change.projectId}`];
    const ref = { sheet: form.sheet.name, row, col: CHANGE_COLS[change.field] };
    return undoCell(before, ref, form.sheet.rows[row][ref.col].value ?? null);
  });
  return { cells, applied: gatheredEntries(check), baselineMoved: false, of: "results" };
}

/** A value not taken, as one line (the command line says it the same way); a refused file as plans say it. */
export function describeResultsConflict(conflict: ResultsConflict, lang: Lang): string {
  if (conflict.kind === "noDepartment" || conflict.kind === "notDepartmentFile") {
    const { detail, data, files } = conflict;
    return describeConflict({ kind: conflict.kind, projectId: null, name: null, files, field: null, year: null, values: [], ...(detail ? { detail } : {}), ...(data ? { data } : {}) }, lang);
  }
  if (conflict.kind === "noResults") return resultsText("cli.conflict.noResults", lang, { files: conflict.files.join(", "), year: conflict.data?.year ?? "" });
  const own = conflict.kind === "otherDepartment" || conflict.kind === "errorValue" || conflict.kind === "formulaNoValue" || conflict.kind === "masterFormula";
  const key = own ? (`cli.conflict.${conflict.kind}` as const) : "cli.conflict.disagree";
  return resultsText(key, lang, {
    project: conflict.project.replace(/\s+/g, " "),
    indicator: conflict.indicator.replace(/\s+/g, " ") || resultsText("summary.col.spent", lang),
    files: conflict.files.join(", "),
    values: conflict.values.join(" / "),
    cell: conflict.data?.cell ?? "",
    formula: conflict.data?.formula ?? "",
  });
}

/**
 * 요약_시행결과 만들기 from the open workbook's results: both sheets it writes (the form, the summary) are
 * checked to be the add-in's before either is written.
 */
export async function writeResultsSummaryInPlace(port: WorkbookPort, year: number, lang: Lang): Promise<WrittenResults & { check: ResultsCheck }> {
  const grid = await port.readGrid();
  checkSheetsOwned(grid, [
    { name: resultsSheetName(year), marker: RESULTS_FORM_MARKER },
    { name: GENERATED_SHEETS.resultsSummary, marker: RESULTS_SUMMARY_MARKER },
  ]);
  const check = checkResults(grid, year);
  return { ...(await writeResults(port, check, lang, grid)), check };
}
