/**
 * The pane's actions over ANY WorkbookPort: the Office.js port inside Excel, the ExcelJS port in the
 * browser preview, a fake in tests. This is the only pane module that calls the src/app use cases;
 * the React components receive these functions as props and never touch a workbook themselves.
 *
 * The use cases beyond validation (summaries, the revision log, departments, consolidation) are
 * imported when first used: they, and ExcelJS behind the department ones, stay out of the first load.
 * Their actions never throw: an error comes back as an ActionFailure the pane renders as one line.
 */
import type { AppliedFix, FixOutcome } from "../app/fixes";
import { groupFindings, type StrategyGroup } from "../app/groupFindings";
import { SHEETS, WorkbookBytesUnavailableError, type WorkbookPort } from "../app/port";
import type { ConsolidationUndo } from "../app/consolidate";
import type { Baseline, PeriodsDiffer } from "../app/revisionLog";
import { toReadFailure } from "../app/readFailure";
import type { ReadFailure, ValidationResult } from "../app/validateWorkbook";
import { toA1 } from "../engine/a1";
import type { CellRef, Finding } from "../engine";
import type { ConflictKind } from "../engine/consolidate/types";
import type { RevisionEntry } from "../engine/revisions/diff";
import type { RemovalType } from "../engine/revisions/log";
import { officeErrorKind, type OfficeErrorKind } from "../excel/officeErrors";
import type { Lang, Texts } from "../i18n";

export type { AppliedFix, FixOutcome } from "../app/fixes";
export type { ReadFailure } from "../app/validateWorkbook";
export type { RevisionEntry } from "../engine/revisions/diff";
export type { RemovalType } from "../engine/revisions/log";

/** Department files are .xlsx bytes, read and written with ExcelJS: loaded when first used, with the department use cases. */
// The engine (reading the plan, the rules) loads with the first 계획 검증, not with the pane.
const validation = () => import(/* webpackChunkName: "pane-validate" */ "../app/inPlace");
const fixes = () => import(/* webpackChunkName: "pane-validate" */ "../app/fixes");
const workbookFiles = async () => (await import(/* webpackChunkName: "pane-departments" */ "../xlsx/workbookFiles")).xlsxWorkbookFiles;

export type ProgressStep = "read" | "validate" | "highlight" | "done";

/** What the pane shows after a validation. */
export interface ValidationView {
  result: ValidationResult;
  /** Findings grouped strategy → project, in plan order. */
  groups: StrategyGroup[];
  /** Department of each finding's project (by finding index in result.findings), null where none. */
  departments: (string | null)[];
  /** Distinct departments and rule ids, sorted, for the filters. */
  departmentNames: string[];
  ruleIds: string[];
  checkedAt: Date;
}

export type ValidateOutcome = { ok: true; view: ValidationView } | { ok: false; failure: ReadFailure };

/** Why a workbook action did not finish, as data: the pane renders it in its language (failureText.ts). */
export type ActionFailure =
  /** No plan could be read (PlanReadError); `file` names a picked file that could not be (the open workbook otherwise). */
  | { kind: "read"; failure: ReadFailure; file?: string }
  /** A sheet of the name the add-in writes exists and is the user's (SheetNotOwnedError). */
  | { kind: "sheetNotOwned"; sheet: string }
  /** The add-in's store is larger than Excel takes even in parts (StoreTooLargeError). */
  | { kind: "storeTooLarge"; sheet: string; megabytes: number }
  /** A sheet about to be replaced (a 시행결과 form) changed since the run read it, at `ref` first: nothing written (SheetChangedError). */
  | { kind: "sheetChanged"; ref: CellRef }
  /** The plan names no 담당부서. */
  | { kind: "noDepartments" }
  /** The open workbook's file cannot be read here (neither the preview's bytes nor Office's getFileAsync). */
  | { kind: "noWorkbookBytes"; unsupportedHost?: boolean }
  /** Excel refused a request (an OfficeExtension error): its code picks the text. */
  | { kind: "office"; code: OfficeCode }
  /** The ribbon's 계획 검증 (or another pane) is validating this workbook now (ValidationRunningError). */
  | { kind: "running" }
  | { kind: "unexpected"; detail: string };

/** What an Office.js error code means to the user (one table for the pane and the ribbon: src/excel/officeErrors.ts). */
export type OfficeCode = OfficeErrorKind;

export type ActionOutcome<T> = { ok: true; value: T } | { ok: false; failure: ActionFailure };

/** 요약 만들기: the sheets written and how many rows each table has. */
export interface SummaryView {
  sheets: string[];
  strategies: number;
  tasks: number;
  indicators: number;
}

/** The saved baseline: when, and how many projects it holds. `savedAt` is local ISO 8601 with offset. */
export interface BaselineView {
  savedAt: string;
  projects: number;
}

/** What 수정이력 기록 would write: the entries since the baseline (none without a baseline). */
export interface RevisionPreviewView {
  baseline: BaselineView | null;
  entries: RevisionEntry[];
  /** Entries of projects no longer in the plan: recorded as 제외 or 폐지, as chosen in the pane. */
  removals: number;
  /** The plan period's years ('23–'26): the 수정연도 is one of them. */
  planYears: number[];
  /**
   * Set when the baseline is of another period than the plan (제5기 → 제6기): the pane says so above the entries, with
   * the years compared and not, and records only when the user ticks that it means to (RecordRevisionRequest.acrossPeriods).
   */
  periods?: PeriodsDiffer | null;
}

export interface RecordRevisionRequest {
  reason: string;
  removalType: RemovalType;
  author: string;
  /** 수정연도: the plan year the revision is for. */
  revisionYear: number;
  /** Language of a new 수정이력 sheet (an existing one keeps its own). */
  lang: Lang;
  /** entryKey of the previewed entries the user left out: not recorded. */
  leaveOut?: readonly string[];
  /** The user chose to record against a baseline of another period (RecordOptions.acrossPeriods). */
  acrossPeriods?: boolean;
}

/** One previewed entry, recognised again when recording. */
export function entryKey(entry: RevisionEntry): string {
  return [entry.type, entry.projectId, entry.field, entry.year ?? "", entry.indicator ?? ""].join("|");
}

export type RecordView =
  | { status: "noBaseline" }
  | { status: "noChanges"; baseline: BaselineView }
  /** The baseline turned out to be of another period than the plan, and the user had not chosen to record across: nothing written. */
  | { status: "periodsDiffer" }
  | { status: "recorded"; rows: number; sheet: string; baseline: BaselineView };

export interface InputRulesView {
  flags: number;
  budgets: number;
}

export interface DepartmentFileView {
  /** "<담당부서>.xlsx" */
  name: string;
  department: string;
  projects: number;
  bytes: Uint8Array;
}

export interface DepartmentFilesView {
  files: DepartmentFileView[];
  /** Projects without a 담당부서: in no file. */
  unassigned: { id: string; name: string }[];
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
  /** The department the user chose for a file that names none (부서 취합 only). */
  department?: string;
}

export interface ConsolidationProgress {
  /** One-based: files read so far. */
  index: number;
  total: number;
  file: string;
}

/** 부서 취합's report, each line in both languages (the pane's language switch re-renders it). */
export interface ConsolidationView {
  files: { file: string; readable: boolean; text: Texts }[];
  applied: Texts[];
  added: Texts[];
  conflicts: { kind: ConflictKind; text: Texts; files?: string[] }[];
  /** The master's departments: what a file naming none can be said to be (PickedFile.department). */
  departments?: string[];
  /** Departments of the master no file came from. */
  withoutWorkbook: string[];
  /** 수정이력 rows appended (one per applied change). */
  logRows: number;
  /** The saved baseline moved forward with the applied changes (it matched the plan before). */
  baselineMoved: boolean;
  /** There was a saved baseline at all. */
  hadBaseline: boolean;
  /** Edits outside any project's cells, never applied (file · sheet!A1: before → after). */
  unattributed?: Texts[];
  /** What 취합 되돌리기 hands back to undoConsolidation (data only); absent when nothing was applied. */
  undo?: ConsolidationUndo | null;
}

/** 취합 되돌리기: done, or stopped because cells (sheet!A1) were edited since the consolidation. */
export type UndoConsolidationView = { status: "undone"; cells: number; logRows: number } | { status: "changedSince"; cells: string[] };
/** 시행결과: the years a form can be made for, and the one offered first. */
export interface ResultsYearsView {
  years: number[];
  suggested: number;
}

/** 시행결과 양식 만들기: the sheet written and what it lists. */
export interface ResultsFormView {
  sheet: string;
  projects: number;
  indicators: number;
}

/** 시행결과 확인: the results rules' findings, shown as a validation's are, and the year's counts. */
export interface ResultsCheckView {
  year: number;
  view: ValidationView;
  counts: { met: number; missed: number; notReported: number; noTarget: number };
  /** The sheets the results were read from: none when the workbook holds no results for the year. */
  sources: string[];
}

/** 부서 파일 취합: per file the department its rows name, the values not taken (both languages), the form written. */
export interface ResultsGatherView {
  sheet: string;
  files: { file: string; department: string | null }[];
  conflicts: Texts[];
  counts: ResultsCheckView["counts"];
  /** 수정이력 rows written (one per value taken). */
  logRows?: number;
  /** What 취합 되돌리기 hands back to undoConsolidation; absent or null when nothing was taken. */
  undo?: ConsolidationUndo | null;
}

/** 요약_시행결과 만들기: the sheets written. */
export interface ResultsSummaryView {
  sheets: string[];
  counts: ResultsCheckView["counts"];
}

export interface PaneActions {
  /**
   * Validates and highlights in place; a plan that cannot be read comes back as a failure, not a throw.
   * Excel's refusals and another run in progress are thrown, for the caller's toActionFailure.
   */
  validate(onProgress?: (step: ProgressStep) => void): Promise<ValidateOutcome>;
  /** Restores the formats the last validation changed; returns how many cells. */
  clearHighlights(): Promise<number>;
  applyFixes(findings: readonly Finding[]): Promise<FixOutcome>;
  undoFix(fix: AppliedFix): Promise<boolean>;
  readAppliedFixes(): Promise<AppliedFix[]>;
  /** Selects the finding's cell and scrolls it into view. */
  selectFinding(finding: Finding): Promise<void>;
  /** Selects a cell and scrolls it into view (a department's first project row). */
  selectCell(ref: CellRef): Promise<void>;
  /** Writes (replaces) the 검증결과 sheet for a validation; returns the sheet's name. */
  writeResultsSheet(view: ValidationView, lang: Lang): Promise<string>;

  /** 요약 만들기: replaces 요약_전략별 (with its chart inside Excel) and 요약_지표. */
  writeSummaries(lang: Lang): Promise<ActionOutcome<SummaryView>>;
  /** 기준선 저장: the plan as it is now, into the workbook's store. */
  saveBaseline(): Promise<ActionOutcome<BaselineView>>;
  /** The changes since the baseline, nothing written. */
  previewRevision(): Promise<ActionOutcome<RevisionPreviewView>>;
  /** 수정이력 기록: one row per change appended to 수정이력, then the baseline moves forward. */
  recordRevision(request: RecordRevisionRequest): Promise<ActionOutcome<RecordView>>;
  /** 입력 규칙 적용: ○/× lists and "≥ 0" budget rules in place; values untouched. */
  applyInputRules(lang: Lang): Promise<ActionOutcome<InputRulesView>>;
  /** 부서별 양식 만들기: one workbook per 담당부서, built from the open workbook's bytes. */
  createDepartmentWorkbooks(lang: Lang): Promise<ActionOutcome<DepartmentFilesView>>;
  /** Opens a made workbook in Excel as a new workbook; absent where the host cannot (the pane offers downloads). */
  openWorkbook?(file: DepartmentFileView): Promise<ActionOutcome<void>>;
  /** 부서 취합 into the open workbook; `onProgress` as each file has been read. */
  consolidate(files: readonly PickedFile[], lang: Lang, onProgress?: (progress: ConsolidationProgress) => void): Promise<ActionOutcome<ConsolidationView>>;
  /** 취합 되돌리기: the consolidation's cells back as they were, reversing 수정이력 rows appended. */
  undoConsolidation(undo: ConsolidationUndo, lang: Lang): Promise<ActionOutcome<UndoConsolidationView>>;

  /** 시행결과: the plan's years a form can be made for. */
  resultsYears(): Promise<ActionOutcome<ResultsYearsView>>;
  /** 시행결과 양식 만들기: the 시행결과_<year> sheet in the open workbook (values already in it kept). */
  makeResultsForm(year: number, lang: Lang): Promise<ActionOutcome<ResultsFormView>>;
  /** 부서 파일 취합: the departments' results files gathered into the open workbook's form. */
  gatherResults(year: number, files: readonly PickedFile[], lang: Lang): Promise<ActionOutcome<ResultsGatherView>>;
  /** 시행결과 확인: the year's results checked, their findings highlighted in place. */
  checkResults(year: number): Promise<ActionOutcome<ResultsCheckView>>;
  /** 요약_시행결과 만들기 (and the form, with every value taken). */
  writeResultsSummary(year: number, lang: Lang): Promise<ActionOutcome<ResultsSummaryView>>;
}

/** Thrown by a bytes source that cannot read the open workbook's file (outside Office, no preview). */
export { WorkbookBytesUnavailableError };

/** A picked file (not the open workbook) that could not be read: its failure names it. */
class PickedFileError extends Error {
  constructor(readonly failure: ActionFailure) {
    super("A picked file could not be read.");
    this.name = "PickedFileError";
  }
}

/** Any error of a workbook action → an ActionFailure (never a stack in the pane). */
export function toActionFailure(error: unknown): ActionFailure {
  if (error instanceof PickedFileError) return error.failure;
  if (error instanceof Error) {
    // By name as well as class: the use cases sit in other chunks (and the port in another bundle).
    if (error.name === "SheetNotOwnedError" && typeof (error as { sheet?: unknown }).sheet === "string") {
      return { kind: "sheetNotOwned", sheet: (error as unknown as { sheet: string }).sheet };
    }
    if (error.name === "StoreTooLargeError") {
      const { sheet, megabytes } = error as unknown as { sheet: unknown; megabytes: unknown };
      if (typeof sheet === "string" && typeof megabytes === "number") return { kind: "storeTooLarge", sheet, megabytes };
    }
    if (error.name === "SheetChangedError") {
      const { ref } = error as unknown as { ref?: Partial<CellRef> };
      if (typeof ref?.sheet === "string" && typeof ref.row === "number" && typeof ref.col === "number") return { kind: "sheetChanged", ref: { sheet: ref.sheet, row: ref.row, col: ref.col } };
    }
    if (error.name === "NoDepartmentsError") return { kind: "noDepartments" };
    if (error.name === "WorkbookBytesUnavailableError") {
      return (error as { unsupportedHost?: unknown }).unsupportedHost === true ? { kind: "noWorkbookBytes", unsupportedHost: true } : { kind: "noWorkbookBytes" };
    }
    if (error.name === "ValidationRunningError") return { kind: "running" };
  }
  const code = officeErrorKind(error);
  if (code !== null) return { kind: "office", code };
  const failure = toReadFailure(error);
  if (failure.reason !== "unexpected") return { kind: "read", failure };
  return { kind: "unexpected", detail: error instanceof Error ? error.message.split("\n")[0].slice(0, 300) : String(failure.data.detail ?? "") };
}

async function attempt<T>(work: () => Promise<T>): Promise<ActionOutcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, failure: toActionFailure(error) };
  }
}

function baselineView(baseline: Baseline): BaselineView {
  return { savedAt: baseline.savedAt, projects: baseline.snapshot.projects.length };
}

function both(describe: (lang: Lang) => string): Texts {
  return { ko: describe("ko"), en: describe("en") };
}

/** "총괄표!C70": where a finding points, as Excel writes it. */
export function findingAddress(finding: Pick<Finding, "ref">): string {
  return `${finding.ref.sheet}!${toA1(finding.ref.row, finding.ref.col)}`;
}

/** A stable key of a finding within one validation. */
export function findingKey(finding: Finding): string {
  return `${findingAddress(finding)}|${finding.ruleId}|${finding.messageId}|${JSON.stringify(finding.data)}`;
}

export function buildView(result: ValidationResult, checkedAt = new Date()): ValidationView {
  const projects = new Map(result.plan.projects.map((p) => [p.id, p]));
  const departments = result.findings.map((f) => (f.projectId ? (projects.get(f.projectId)?.department?.raw?.trim() || null) : null));
  const departmentNames = [...new Set(departments.filter((d): d is string => !!d))].sort((a, b) => a.localeCompare(b, "ko"));
  const ruleIds = [...new Set(result.findings.map((f) => f.ruleId))].sort();
  return { result, groups: groupFindings(result.plan, result.findings), departments, departmentNames, ruleIds, checkedAt };
}

/** The results use cases (and the results rules) are loaded when the 시행결과 section first acts. */
const resultsUseCases = () => import(/* webpackChunkName: "pane-results" */ "../app/resultsInPlace");

function resultsCounts(check: { report: { counts: ResultsCheckView["counts"] } }): ResultsCheckView["counts"] {
  const { met, missed, notReported, noTarget } = check.report.counts;
  return { met, missed, notReported, noTarget };
}

export interface PaneActionOptions {
  now?: () => Date;
  /**
   * The open workbook's file (for 부서별 양식 만들기): the ExcelJS port's toBuffer() in the preview,
   * Office's getFileAsync inside Excel (src/excel/officeFile.ts). Without it that action says it cannot.
   */
  readWorkbookBytes?: () => Promise<Uint8Array>;
  /**
   * Opens a workbook the pane made (a department's file) in Excel: Excel.createWorkbook where the host
   * has it (src/excel/officeFile.ts workbookOpener). Without it the pane offers the file as a download.
   */
  openWorkbook?: (bytes: Uint8Array) => Promise<void>;
}

export function createPaneActions(port: WorkbookPort, options: PaneActionOptions | (() => Date) = {}): PaneActions {
  const { now = () => new Date(), readWorkbookBytes, openWorkbook } = typeof options === "function" ? { now: options } : options;
  return {
    ...(openWorkbook ? { openWorkbook: (file: DepartmentFileView) => attempt(() => openWorkbook(file.bytes)) } : {}),
    async validate(onProgress) {
      try {
        const { validateInPlace } = await validation();
        const result = await validateInPlace(port, { onProgress });
        return { ok: true, view: buildView(result, now()) };
      } catch (error) {
        // Excel's refusals and a run in progress are no reading failure: said as the action's failure.
        const failure = toActionFailure(error);
        if (failure.kind === "office" || failure.kind === "running") throw error;
        return { ok: false, failure: toReadFailure(error) };
      }
    },
    clearHighlights: async () => (await validation()).clearHighlights(port),
    applyFixes: async (findings) => (await fixes()).applyFixes(port, findings, now()),
    undoFix: async (fix) => (await fixes()).undoFix(port, fix),
    readAppliedFixes: async () => (await fixes()).readAppliedFixes(port),
    selectFinding: (finding) => port.select(finding.ref),
    selectCell: (ref) => port.select(ref),
    async writeResultsSheet(view, lang) {
      const { resultsSheet } = await import(/* webpackChunkName: "pane-validate" */ "../app/resultsSheet");
      await port.replaceSheet(resultsSheet(view.result.plan, view.result.findings, lang, view.checkedAt));
      return SHEETS.results;
    },

    writeSummaries: (lang) =>
      attempt(async () => {
        const { writeSummaries } = await import(/* webpackChunkName: "pane-summary" */ "../app/summarize");
        const summary = await writeSummaries(port, lang, { now: now() });
        const rows = summary.byStrategy.rows;
        return {
          sheets: summary.sheets.map((s) => s.name),
          strategies: rows.filter((r) => r.level !== "task").length,
          tasks: rows.filter((r) => r.level === "task").length,
          indicators: summary.byIndicator.length,
        };
      }),
    saveBaseline: () =>
      attempt(async () => {
        const { saveBaseline } = await import(/* webpackChunkName: "pane-revisions" */ "../app/revisionLog");
        return baselineView(await saveBaseline(port, { now: now() }));
      }),
    previewRevision: () =>
      attempt(async () => {
        const { previewRevision } = await import(/* webpackChunkName: "pane-revisions" */ "../app/revisionLog");
        const { baseline, entries, planYears, periods } = await previewRevision(port);
        return { baseline: baseline ? baselineView(baseline) : null, entries, removals: entries.filter((e) => e.type === "removed").length, planYears, periods };
      }),
    recordRevision: (request) =>
      attempt(async (): Promise<RecordView> => {
        const { recordRevision } = await import(/* webpackChunkName: "pane-revisions" */ "../app/revisionLog");
        const leftOut = new Set(request.leaveOut ?? []);
        const result = await recordRevision(port, {
          reason: request.reason.trim(),
          removalType: request.removalType,
          author: request.author.trim(),
          revisionYear: request.revisionYear,
          lang: request.lang,
          now: now(),
          leaveOut: leftOut.size > 0 ? (entry) => leftOut.has(entryKey(entry)) : undefined,
          acrossPeriods: request.acrossPeriods === true,
        });
        if (result.status === "noBaseline") return { status: "noBaseline" };
        if (result.status === "periodsDiffer") return { status: "periodsDiffer" };
        if (result.status === "noChanges") return { status: "noChanges", baseline: baselineView(result.baseline) };
        return { status: "recorded", rows: result.rows.length, sheet: SHEETS.revisionLog, baseline: baselineView(result.baseline) };
      }),
    applyInputRules: (lang) =>
      attempt(async () => {
        const { applyInputRules } = await import(/* webpackChunkName: "pane-departments" */ "../app/departments");
        const { flags, budgets } = await applyInputRules(port, lang);
        return { flags, budgets };
      }),
    createDepartmentWorkbooks: (lang) =>
      attempt(async () => {
        if (!readWorkbookBytes) throw new WorkbookBytesUnavailableError();
        const bytes = await readWorkbookBytes();
        const { createDepartmentWorkbooks } = await import(/* webpackChunkName: "pane-departments" */ "../app/departments");
        const result = await createDepartmentWorkbooks(await workbookFiles(), bytes, { lang });
        return {
          files: result.files.map((f) => ({ name: f.name, department: f.department, projects: f.projectIds.length, bytes: f.bytes })),
          unassigned: result.unassigned,
        };
      }),
    consolidate: (files, lang, onProgress) =>
      attempt(async () => {
        const { consolidateIntoPort, describeAdded, describeApplied, describeConflict, describeConsolidation, describeUnattributed } = await import(
          /* webpackChunkName: "pane-departments" */ "../app/consolidate"
        );
        const { departmentsOf } = await import(/* webpackChunkName: "pane-departments" */ "../engine/consolidate/split");
        const run = await consolidateIntoPort(await workbookFiles(), port, files, { lang, now: now(), onProgress });
        const { result, checks } = run;
        // describeConsolidation starts with one line per file, in `checks` order.
        const report = { ko: describeConsolidation(run, "ko"), en: describeConsolidation(run, "en") };
        return {
          files: checks.map((check, i) => ({
            file: check.file,
            readable: !check.failure && !!check.severities,
            text: { ko: report.ko[i], en: report.en[i] },
          })),
          applied: result.applied.map((change) => both((l) => describeApplied(change, l))),
          added: result.added.map((project) => both((l) => describeAdded(project, l, run.master))),
          conflicts: result.conflicts.map((conflict) => ({ kind: conflict.kind, text: both((l) => describeConflict(conflict, l)), files: conflict.files })),
          departments: departmentsOf(run.master).map((d) => d.name),
          withoutWorkbook: result.departmentsWithoutWorkbook,
          logRows: run.logRows.length,
          baselineMoved: run.baselineMoved,
          hadBaseline: run.hadBaseline,
          undo: run.undo,
          unattributed: (result.unattributed ?? []).map((edit) => both((l) => describeUnattributed(edit, l))),
        };
      }),
    undoConsolidation: (undo, lang) =>
      attempt(async () => {
        const { undoConsolidation } = await import(/* webpackChunkName: "pane-departments" */ "../app/consolidate");
        const result = await undoConsolidation(port, undo, { lang, now: now() });
        if (result.status === "changedSince") return { status: "changedSince", cells: result.cells.map(({ ref }) => `${ref.sheet}!${toA1(ref.row, ref.col)}`) };
        return { status: "undone", cells: result.cells, logRows: result.logRows.length };
      }),

    resultsYears: () =>
      attempt(async () => {
        const { resultsYears } = await resultsUseCases();
        return resultsYears(port, now());
      }),
    makeResultsForm: (year, lang) =>
      attempt(async () => {
        const { makeResultsForm } = await resultsUseCases();
        const form = await makeResultsForm(port, year, lang);
        return { sheet: form.sheet.name, projects: form.projects, indicators: form.indicators };
      }),
    gatherResults: (year, files, lang) =>
      attempt(async () => {
        const [{ gatherResultsInPlace, describeResultsConflict }, reader] = await Promise.all([resultsUseCases(), workbookFiles()]);
        const workbooks = [];
        for (const file of files) {
          try {
            workbooks.push({ file: file.name, grid: await reader.readGrid(file.bytes) });
          } catch (error) {
            const failure = toActionFailure(error);
            throw failure.kind === "read" ? new PickedFileError({ ...failure, file: file.name }) : error;
          }
        }
        const { check, form, logRows, undo } = await gatherResultsInPlace(port, year, workbooks, lang);
        return {
          sheet: form.sheet.name,
          logRows: logRows.length,
          undo,
          files: check.departments,
          // A picked file with no results of the year is named by the section itself (its files list and message).
          conflicts: check.conflicts.filter((c) => c.kind !== "noResults").map((c) => both((l) => describeResultsConflict(c, l))),
          counts: resultsCounts(check),
        };
      }),
    checkResults: (year) =>
      attempt(async () => {
        const { checkResultsInPlace } = await resultsUseCases();
        const check = await checkResultsInPlace(port, year);
        return { year, view: buildView(check, now()), counts: resultsCounts(check), sources: check.report.sources };
      }),
    writeResultsSummary: (year, lang) =>
      attempt(async () => {
        const { writeResultsSummaryInPlace } = await resultsUseCases();
        const written = await writeResultsSummaryInPlace(port, year, lang);
        return { sheets: [written.form.sheet.name, SHEETS.resultsSummary], counts: resultsCounts(written.check) };
      }),
  };
}
