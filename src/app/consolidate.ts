/**
 * 부서 취합 (consolidation), written once for every face.
 *
 * The master is a WorkbookPort: the open workbook in the pane (Office.js), or a port over the master's
 * bytes in the CLI (consolidateWorkbooks). Department workbooks are bytes in both faces, read by the
 * WorkbookFiles the face hands in (src/xlsx/workbookFiles.ts) and validated; a file that cannot be read
 * is a conflict, not a stop.
 *
 *   read each department file → validate → planConsolidation (engine) → write the applied values into
 *   exactly their master cells (port.writeValues) → append one 수정이력 row per applied change (the
 *   revision log's rows and checksum chain, src/app/revisionLog.ts; the file it came from is in 사유).
 *
 * Nothing else is written: no other cell of the plan sheet, no other sheet. New projects are NOT
 * inserted into the master: they are listed (result.added, with the row they belong after) for the
 * coordinator to review and add; removals are never automatic either (conflict "missingProject").
 *
 * The 기준선 (baseline) of the revision log is left as it was: a later 수정이력 기록 against an older
 * baseline would list the consolidated changes again. Save a new baseline after consolidating.
 */
import { ownStoreSheet, readPlan, toA1, type CellRef, type CellValue, type Grid, type Plan, type Severity } from "../engine";
import { refKey } from "../engine/consolidate/inputRules";
import { consolidationJson, type ConsolidationJson } from "../engine/consolidate/json";
import { planConsolidation } from "../engine/consolidate/planConsolidation";
import { unattributedEdits, type UnattributedEdit } from "../engine/consolidate/unattributed";
import { departmentsOf } from "../engine/consolidate/split";
import type { AddedProject, AppliedChange, Conflict, ConsolidationResult, DepartmentInput, NamedDepartment } from "../engine/consolidate/types";
import type { RevisionValue } from "../engine/revisions/diff";
import { LOG_COLUMNS } from "../engine/read/revisionLog";
import { canonicalCell, chainRows, type LogRow } from "../engine/revisions/log";
import type { Lang } from "../i18n";
import { readFailureText } from "../i18n/app";
import { conflictKindText, departmentText, departmentTexts, type DepartmentTextKey } from "../i18n/departments";
import { GUIDE_SHEET, NoDepartmentsError } from "./departments";
import { checkSheetsOwned, SHEETS, type RefusedWrite, type WorkbookFiles, type WorkbookPort, type WrittenValue } from "./port";
import { diffPlans } from "../engine/revisions/diff";
import { snapshotPlan } from "../engine/revisions/snapshot";
import {
  fieldLabel,
  logRowsFor,
  logRowToCells,
  logSheetHeader,
  parseBaseline,
  readRevisionLog,
  REVISION_LOG_MARKER,
  saveBaseline,
  STORE_SPLIT,
  writeSealedStore,
} from "./revisionLog";
import { storeFromRows } from "./conventions";
import type { PlanSnapshot } from "../engine/revisions/snapshot";
import { toReadFailure, validateGrid, type ReadFailure } from "./validateWorkbook";

export { consolidationJson, type ConsolidationJson };

export interface DepartmentFileBytes {
  /** The file's name as the coordinator picked it (shown in the report and written to 수정이력). */
  name: string;
  bytes: Uint8Array;
  /** The department the coordinator says the file is from (wins over what the file names). */
  department?: string;
}

export interface ConsolidateProgress {
  /** One-based. */
  index: number;
  total: number;
  file: string;
}

export interface ConsolidateOptions {
  /** Language of the report and of a new 수정이력 sheet (an existing one keeps its own). Default ko. */
  lang?: Lang;
  /** 작성자 in 수정이력 (default "부서 취합"). */
  author?: string;
  /** 수정연도 in 수정이력: the plan year the revision is for (default: the year after `now`). */
  revisionYear?: number;
  now?: Date;
  /** Called as each department file has been read and validated. */
  onProgress?: (progress: ConsolidateProgress) => void;
  /**
   * The store as read (forWriting) before the run's first write, its sheet checked to be the add-in's: the log's
   * seal is written from it with no read of its own. Only for the seal right after the writes it was read for.
   */
  store?: Record<string, string>;
}

/** What reading and validating one department file gave. */
export interface FileCheck {
  file: string;
  department: string | null;
  projects: number;
  severities: Record<Severity, number> | null;
  failure: ReadFailure | null;
}

export interface ConsolidationRun {
  master: Plan;
  result: ConsolidationResult;
  checks: FileCheck[];
  /** The 수정이력 rows appended (with their checksums). */
  logRows: LogRow[];
  /** Whether the saved baseline (기준선) was moved forward with the applied changes. */
  baselineMoved: boolean;
  /** A baseline was saved before (without one, there is nothing "not yet recorded" to speak of). */
  hadBaseline: boolean;
  /** What undoConsolidation needs to take it back as one step; null when nothing was applied. */
  undo: ConsolidationUndo | null;
}

/** An applied consolidation as plain data: every master cell written, with what it held before and after. */
export interface ConsolidationUndo {
  /** `beforeFormula`: the formula the cell held before (its value `before` only the last result), put back as a formula. */
  cells: { ref: CellRef; before: WrittenValue; after: WrittenValue; beforeFormula?: string }[];
  /** The changes applied (each gets a reversing 수정이력 row). */
  applied: readonly Pick<AppliedChange, "entry" | "files">[];
  baselineMoved: boolean;
  /** What was gathered: the departments' plan changes (absent) or a year's results (the 사유 says which). */
  of?: "results";
}

export type UndoConsolidationResult =
  /** Every cell back as it was; `logRows` reverse the consolidation's rows (appended, never edited). */
  | { status: "undone"; cells: number; logRows: LogRow[]; baselineMoved: boolean }
  /** Cells edited since the consolidation: nothing was written (an undo never overwrites a later edit). */
  | { status: "changedSince"; cells: { ref: CellRef; now: CellValue; expected: WrittenValue }[] };

/** What an undo needs of a cell about to be written: its value, and its formula when it holds one. */
export function undoCell(grid: Grid, ref: CellRef, after: WrittenValue): ConsolidationUndo["cells"][number] {
  const formula = currentFormula(grid, ref);
  return { ref, before: writtenOf(currentValue(grid, ref)), after, ...(formula !== null ? { beforeFormula: formula } : {}) };
}

// ---------------------------------------------------------------------------------------------

/**
 * Files of the same name (two folders' "복지정책과.xlsx") kept apart: the same bytes twice count once,
 * different bytes get "name (2)", so a disagreement between them is a conflict, not "the first wins".
 */
export function distinctNames(files: readonly DepartmentFileBytes[]): DepartmentFileBytes[] {
  const out: DepartmentFileBytes[] = [];
  for (const file of files) {
    const same = out.filter((f) => f.name === file.name || f.name.startsWith(`${file.name} (`));
    if (same.some((f) => f.bytes.length === file.bytes.length && f.bytes.every((b, i) => b === file.bytes[i]))) continue;
    out.push(same.length === 0 ? file : { ...file, name: `${file.name} (${same.length + 1})` });
  }
  return out;
}

/** The template's text before and after `{department}`, in both languages. */
const GUIDE_TITLES = (["ko", "en"] as const).map((lang) => departmentTexts["guide.title"][lang].split("{department}") as [string, string]);

/** 안내, 안내2, 안내3 …: the names split gives its guide sheet (addGuideSheet). */
const GUIDE_NAME = new RegExp(`^${GUIDE_SHEET}\\d*$`);

/** The department a guide title line names, in either language; null when the text is no guide title. */
function titleDepartment(title: unknown): string | null {
  if (typeof title !== "string") return null;
  for (const [before, after] of GUIDE_TITLES) {
    if (!title.startsWith(before) || !title.endsWith(after)) continue;
    const name = title.slice(before.length, title.length - after.length).trim();
    if (name !== "") return name;
  }
  return null;
}

/**
 * The 안내 sheet split wrote into a department's file, found by its title line: named 안내, or 안내2, 안내3 …
 * when the master had a sheet named 안내 of its own (which split kept). Null when there is none.
 */
function guideSheet(grid: Grid): Grid["sheets"][number] | null {
  return grid.sheets.find((s) => GUIDE_NAME.test(s.name) && titleDepartment(s.values[0]?.[0]) !== null) ?? null;
}

/**
 * The department the file's 안내 sheet (written by split) names in its title line, in either language;
 * null when there is no such sheet or line.
 */
export function guideDepartment(grid: Grid): string | null {
  return titleDepartment(guideSheet(grid)?.values[0]?.[0]);
}

/** The department file's grid without the 안내 sheet split wrote (no edit of the department's is in it). */
function withoutGuide(grid: Grid): Grid {
  const guide = guideSheet(grid);
  return guide ? { sheets: grid.sheets.filter((s) => s !== guide) } : grid;
}

/** The department a file is named for outside its rows: the user's choice (which wins), else its 안내 sheet's. */
export function namedDepartment(grid: Grid, chosen: string | undefined): NamedDepartment | undefined {
  if (chosen?.trim()) return { name: chosen.trim(), source: "chosen" };
  const guide = guideDepartment(grid);
  return guide ? { name: guide, source: "guide" } : undefined;
}

/**
 * The department's projects as split wrote them into the file's store (STORE_SPLIT); null for a file without
 * them (split by an older version, made by hand). A user's sheet of the store's name (not very hidden:
 * ownStoreSheet) holds none, and the record must parse as one to count.
 */
export function splitRecordOf(grid: Grid): PlanSnapshot | null {
  const sheet = ownStoreSheet(grid);
  if (!sheet) return null;
  return parseBaseline(storeFromRows(sheet.values), STORE_SPLIT)?.snapshot ?? null;
}

/** Reads and validates each department file; never throws for a file (a failure is kept). */
export async function readDepartmentFiles(
  workbooks: Pick<WorkbookFiles, "readGrid">,
  files: readonly DepartmentFileBytes[],
  onProgress?: (progress: ConsolidateProgress) => void,
): Promise<{ inputs: DepartmentInput[]; checks: FileCheck[]; grids: Map<string, Grid> }> {
  const inputs: DepartmentInput[] = [];
  const checks: FileCheck[] = [];
  const grids = new Map<string, Grid>();
  for (let i = 0; i < files.length; i++) {
    const { name, bytes, department } = files[i];
    try {
      const grid = await workbooks.readGrid(bytes);
      const validation = validateGrid(grid);
      const named = namedDepartment(grid, department);
      const split = splitRecordOf(grid);
      inputs.push({ file: name, plan: validation.plan, ...(named ? { named } : {}), ...(split ? { split } : {}) });
      grids.set(name, grid);
      const departments = departmentsOf(validation.plan);
      checks.push({ file: name, department: departments[0]?.name ?? null, projects: validation.plan.projects.length, severities: validation.severities, failure: null });
    } catch (error) {
      const failure = toReadFailure(error);
      inputs.push({ file: name, failure });
      checks.push({ file: name, department: null, projects: 0, severities: null, failure });
    }
    onProgress?.({ index: i + 1, total: files.length, file: name });
  }
  return { inputs, checks, grids };
}

/**
 * 부서 취합 into the workbook behind `port` (the open master in the pane). Throws PlanReadError when the
 * master has no readable plan and NoDepartmentsError when it names no department.
 */
export async function consolidateIntoPort(
  workbooks: Pick<WorkbookFiles, "readGrid">,
  port: WorkbookPort,
  files: readonly DepartmentFileBytes[],
  options: ConsolidateOptions = {},
): Promise<ConsolidationRun> {
  const grid = await port.readGrid();
  const master = readPlan(grid);
  if (departmentsOf(master).length === 0) throw new NoDepartmentsError();
  const { inputs, checks, grids } = await readDepartmentFiles(workbooks, distinctNames(files), options.onProgress);
  // Every master cell a change would go to is asked for its formula in the grid, which the plan keeps only for
  // budgets, targets and flags: a value never replaces a formula in a name cell either.
  const result = planConsolidation(master, inputs, { masterFormula: (ref) => currentFormula(grid, ref) !== null });
  // Edits outside any project's cells, in the files taken as a department's (the master as read, before writing).
  const refused = new Set(result.conflicts.filter((c) => c.kind === "notDepartmentFile" || c.kind === "noDepartment").flatMap((c) => c.files));
  result.unattributed = inputs.flatMap((input) => {
    const department = result.files.find((f) => f.file === input.file)?.department;
    const fileGrid = grids.get(input.file);
    if (!("plan" in input) || !department || !fileGrid || refused.has(input.file)) return [];
    return unattributedEdits(master, grid, department, input.file, input.plan, withoutGuide(fileGrid));
  });
  // The changes applied here go to 수정이력 now; a baseline that matched the plan moves with them, so a
  // later 수정이력 기록 does not log them twice. One that did not (changes not yet recorded) stays.
  // Read before the first write: a sheet of the store's name that is the user's stops a run that writes (no
  // cell changed without its log row, seal and undo); the seal is then written from it.
  const store = await port.readStore({ forWriting: result.applied.length > 0 });
  const baseline = parseBaseline(store);
  const baselineWasCurrent = baseline !== null && diffPlans(baseline.snapshot, snapshotPlan(master)).length === 0;
  // What each cell holds before it is written (a port may hand back the grid it then changes).
  const before = cellWrites(result.applied, grid).map(({ ref, value }) => undoCell(grid, ref, value));
  const logRows = await applyConsolidationToPort(port, result, { ...options, grid, store });
  // A cell the user changed while the files were read was not written (applyConsolidationToPort): no undo of it.
  const written = new Set(result.applied.map((change) => refKey(change.ref)));
  const cells = before.filter((cell) => written.has(refKey(cell.ref)));
  const baselineMoved = baselineWasCurrent && logRows.length > 0;
  if (baselineMoved) await saveBaseline(port, { now: options.now });
  // The file's department as consolidation saw it (the workbook's, not only its first row's).
  for (const check of checks) check.department = result.files.find((f) => f.file === check.file)?.department ?? check.department;
  const undo = result.applied.length > 0 ? { cells, applied: result.applied, baselineMoved } : null;
  return { master, result, checks, logRows, baselineMoved, hadBaseline: baseline !== null, undo };
}

/** A grid value as a port writes it back (an error cell's text; a date never comes out of a plan cell). */
export function writtenOf(value: CellValue): WrittenValue {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return "error" in value ? value.error : String(value);
}

/** A cell still holds what was written: numbers by value, text trimmed, empty is empty. */
function holds(now: CellValue, written: WrittenValue): boolean {
  const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  if (blank(now) || blank(written)) return blank(now) && blank(written);
  if (typeof now === "number" || typeof written === "number") return Number(now) === Number(written);
  return String(writtenOf(now)).trim() === String(written).trim();
}

/**
 * 취합 되돌리기: one applied consolidation taken back as one step. Every master cell it wrote gets its
 * value from before; one 수정이력 row per applied change is APPENDED saying it reverses the consolidation
 * (recorded rows are never edited, so the checksum chain and the store's seal go on). A baseline the
 * consolidation moved forward moves back with the plan. When any of those cells was edited after the
 * consolidation, nothing is written and the cells are returned: an undo never overwrites a later edit.
 */
export async function undoConsolidation(port: WorkbookPort, undo: ConsolidationUndo, options: ConsolidateOptions = {}): Promise<UndoConsolidationResult> {
  const grid = await port.readGrid();
  // A formula put in since is a later edit too, whatever it shows: never written over.
  const changedSince = undo.cells
    .map(({ ref, after }) => ({ ref, now: currentValue(grid, ref), expected: after, formula: currentFormula(grid, ref) }))
    .filter(({ now, expected, formula }) => formula !== null || !holds(now, expected))
    .map(({ ref, now, expected }) => ({ ref, now, expected }));
  if (changedSince.length > 0) return { status: "changedSince", cells: changedSince };
  checkLogOwned(grid);
  const store = await port.readStore({ forWriting: true }); // before the first write, as consolidateIntoPort
  const baseline = undo.baselineMoved ? parseBaseline(store) : null;
  const baselineWasCurrent = baseline !== null && diffPlans(baseline.snapshot, snapshotPlan(readPlan(grid))).length === 0;

  await port.writeValues(undo.cells.map(({ ref, before, beforeFormula }) => ({ ref, value: before, ...(beforeFormula ? { formula: beforeFormula } : {}) })));
  const now = options.now ?? new Date();
  const reversed = undo.applied.map((change) => ({ ...change, entry: { ...change.entry, before: change.entry.after, after: change.entry.before } }));
  const chained = await appendConsolidationLog(port, grid, reversed, undo.of === "results" ? "log.resultsUndoReason" : "log.undoReason", { ...options, now, store });
  const baselineMoved = baselineWasCurrent;
  if (baselineMoved) await saveBaseline(port, { now });
  return { status: "undone", cells: undo.cells.length, logRows: chained, baselineMoved };
}

/** Writes the applied values and appends their 수정이력 rows. Returns the rows appended. */
export async function applyConsolidationToPort(
  port: WorkbookPort,
  result: ConsolidationResult,
  options: ConsolidateOptions & { grid?: Grid } = {},
): Promise<LogRow[]> {
  if (result.applied.length === 0) return [];
  const grid = options.grid ?? (await port.readGrid());
  checkLogOwned(grid);
  const writes = cellWrites(result.applied, grid);
  // The master was read before the departments' files: a cell the user has typed a formula or another value into
  // since is looked at again as it is written (inside Excel), and left as it is — named a conflict, not applied.
  if (port.writeValuesIfUnchanged) {
    const refused = await port.writeValuesIfUnchanged(writes.map((write) => ({ ...write, expected: currentValue(grid, write.ref) })));
    if (refused.length > 0) refuseChangedSince(result, refused);
    if (result.applied.length === 0) return [];
  } else await port.writeValues(writes);

  return appendConsolidationLog(port, grid, result.applied, "log.reason", options);
}

/**
 * The applied changes of cells the user changed since the master was read, taken out of `result.applied` into its
 * conflicts: a formula now there as masterFormula (naming the cell), another value as masterChanged (the value read
 * as `split`, the one there now as `before`; data.since "read": changed while consolidating, not since the split).
 */
export function refuseChangedSince(result: ConsolidationResult, refused: readonly RefusedWrite[]): void {
  const byRef = new Map(refused.map((cell) => [refKey(cell.ref), cell]));
  const kept: AppliedChange[] = [];
  for (const change of result.applied) {
    const cell = byRef.get(refKey(change.ref));
    if (!cell) {
      kept.push(change);
      continue;
    }
    const base = {
      projectId: change.projectId,
      name: change.name,
      files: change.files,
      field: change.field,
      year: change.year,
      values: change.files.map(() => change.after),
      department: change.department,
      ref: change.ref,
      ...(change.indicator !== undefined ? { indicator: change.indicator } : {}),
      ...(change.line !== undefined ? { line: change.line } : {}),
    };
    if (cell.formula !== null) result.conflicts.push({ kind: "unsupportedChange", ...base, before: change.before, detail: "masterFormula" });
    else {
      const now = writtenOf(cell.now);
      result.conflicts.push({ kind: "disagreement", ...base, before: typeof now === "boolean" ? String(now) : now, split: change.before, detail: "masterChanged", data: { since: "read" } });
    }
  }
  result.applied = kept;
}

/**
 * Throws SheetNotOwnedError when a sheet named 수정이력 is the user's own (no add-in marker): checked before the
 * first cell is written, so that the plan is never left changed without its log rows, its seal and its undo.
 */
export function checkLogOwned(grid: Grid): void {
  checkSheetsOwned(grid, [{ name: SHEETS.revisionLog, marker: REVISION_LOG_MARKER }]);
}

/**
 * Appends one 수정이력 row per change, chained to the log's last row, its 사유 naming the files (a
 * consolidation, a gathering of 시행결과, or the undoing of one), and seals the store to the new head and row count so rows cut or
 * forged later are reported.
 */
export async function appendConsolidationLog(
  port: WorkbookPort,
  grid: Grid,
  changes: readonly Pick<AppliedChange, "entry" | "files">[],
  reasonKey: "log.reason" | "log.undoReason" | "log.resultsReason" | "log.resultsUndoReason",
  options: ConsolidateOptions,
): Promise<LogRow[]> {
  const now = options.now ?? new Date();
  const log = readRevisionLog(grid);
  const existing = log && log.headerRow !== null ? log : null;
  const lang = existing?.lang ?? options.lang ?? "ko";
  const last = existing && existing.rows.length > 0 ? existing.rows[existing.rows.length - 1].cells[LOG_COLUMNS.length - 1] : null;
  const recordOptions = {
    author: options.author ?? departmentText("log.author", lang),
    revisionYear: options.revisionYear ?? now.getFullYear() + 1,
    now,
  };
  const rows = changes.map(
    (change) => logRowsFor([change.entry], { ...recordOptions, reason: departmentText(reasonKey, lang, { file: change.files.join(", ") }) }, lang)[0],
  );
  const chained = chainRows(last === null ? null : canonicalCell(last).toLowerCase(), rows);
  await port.appendRows(SHEETS.revisionLog, REVISION_LOG_MARKER, logSheetHeader(lang), chained.map(logRowToCells));
  await writeSealedStore(port, { appended: chained }, grid, options.store);
  return chained;
}

/**
 * The writes of the applied changes, one per cell. A number typed as text by the department goes in as a
 * number where the master's cell holds a number (targets such as 15 written without a unit).
 */
export function cellWrites(applied: readonly AppliedChange[], grid: Grid): { ref: AppliedChange["ref"]; value: WrittenValue }[] {
  const writes = new Map<string, { ref: AppliedChange["ref"]; value: WrittenValue }>();
  for (const change of applied) {
    const current = currentValue(grid, change.ref);
    writes.set(refKey(change.ref), { ref: change.ref, value: typedValue(current, change.value) });
  }
  return [...writes.values()];
}

export function currentValue(grid: Grid, ref: AppliedChange["ref"]): CellValue {
  const sheet = grid.sheets.find((s) => s.name === ref.sheet);
  const value = sheet?.values[ref.row]?.[ref.col];
  return value === undefined ? null : value;
}

/** The formula a cell holds ("=…"), or null. */
export function currentFormula(grid: Grid, ref: CellRef): string | null {
  return grid.sheets.find((s) => s.name === ref.sheet)?.formulas?.[ref.row]?.[ref.col] || null;
}

export function typedValue(current: CellValue, value: string | number | null): WrittenValue {
  if (typeof value === "string" && typeof current === "number" && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim());
  return value;
}

// ---------------------------------------------------------------------------------------------
// Bytes in, bytes out (CLI)

/**
 * The CLI's 부서 취합: the master's bytes and the department files → the consolidated master's bytes:
 * the applied values, 수정이력 and the store written into the master's own package, every other part
 * as it was (the WorkbookFilePort's toBufferKeeping; src/xlsx/workbookFiles.ts).
 */
export async function consolidateWorkbooks(
  workbooks: WorkbookFiles,
  masterBytes: Uint8Array,
  files: readonly DepartmentFileBytes[],
  options: ConsolidateOptions = {},
): Promise<ConsolidationRun & { bytes: Uint8Array }> {
  const port = await workbooks.open(masterBytes);
  const run = await consolidateIntoPort(workbooks, port, files, options);
  return { ...run, bytes: await port.toBufferKeeping(masterBytes) };
}

// ---------------------------------------------------------------------------------------------
// Text report

function shown(value: RevisionValue | undefined, lang: Lang): string {
  return value === null || value === undefined || value === "" ? departmentText("report.empty", lang) : String(value).replace(/\n/g, " / ");
}

function fieldText(change: Pick<AppliedChange, "field" | "indicator" | "year">, lang: Lang): string {
  const label = fieldLabel({ field: change.field, indicator: change.indicator }, lang);
  return change.year === null ? label : `${label} ${change.year}`;
}

export function describeConflict(conflict: Conflict, lang: Lang): string {
  const kind = conflictKindText(conflict.kind, lang);
  const project = conflict.projectId ? `${conflict.projectId} ${conflict.name ?? ""}`.trim() : "";
  const field = conflict.field ? fieldText({ field: conflict.field, indicator: conflict.indicator, year: conflict.year }, lang) : "";
  const files = conflict.files.join(", ");
  switch (conflict.kind) {
    case "unreadable":
      return departmentText("line.unreadable", lang, {
        kind,
        detail: readFailureText({ reason: String(conflict.detail ?? "unexpected"), data: conflict.data ?? {} }, files, lang),
      });
    case "noDepartment":
      return departmentText("line.noDepartment", lang, { kind, files });
    case "notDepartmentFile": {
      const key = conflict.detail === "several" || conflict.detail === "noOwn" ? (`line.notDepartmentFile.${conflict.detail}` as const) : "line.notDepartmentFile";
      return departmentText(key, lang, { kind, files, ...(conflict.data ?? {}) });
    }
    case "missingProject":
      return departmentText("line.missingProject", lang, { kind, project, department: conflict.department ?? "", files });
    case "disagreement":
      if (conflict.detail === "masterChanged" && conflict.data?.since === "read" && conflict.ref) {
        return departmentText("line.disagreement.masterChangedSinceRead", lang, {
          kind,
          project,
          field,
          cell: `${conflict.ref.sheet}!${toA1(conflict.ref.row, conflict.ref.col)}`,
          before: shown(conflict.before, lang),
          split: shown(conflict.split ?? null, lang),
          values: conflict.files.map((f, i) => `${f}: ${shown(conflict.values[i], lang)}`).join(", "),
        });
      }
      if (conflict.detail === "masterChanged") {
        return departmentText("line.disagreement.masterChanged", lang, {
          kind,
          project,
          field,
          before: shown(conflict.before, lang),
          split: shown(conflict.split ?? null, lang),
          values: conflict.files.map((f, i) => `${f}: ${shown(conflict.values[i], lang)}`).join(", "),
        });
      }
      return departmentText("line.disagreement", lang, {
        kind,
        project,
        field,
        before: shown(conflict.before, lang),
        values: conflict.files.map((f, i) => `${f}: ${shown(conflict.values[i], lang)}`).join(", "),
      });
    case "otherDepartment":
      return departmentText("line.otherDepartment", lang, {
        kind,
        project,
        field: field || fieldLabel({ field: "project" }, lang),
        before: shown(conflict.before, lang),
        values: conflict.values.map((v) => shown(v, lang)).join(" / "),
        files,
        department: conflict.department ?? "",
      });
    default: {
      const detailKey = `detail.${conflict.detail ?? "other"}` as DepartmentTextKey;
      // A formula the value was not written over: the master cell named, where to change it by hand.
      const detail =
        conflict.detail === "masterFormula" && conflict.ref
          ? departmentText("detail.masterFormula.cell", lang, { cell: `${conflict.ref.sheet}!${toA1(conflict.ref.row, conflict.ref.col)}` })
          : departmentText(detailKey in departmentTexts ? detailKey : "detail.other", lang);
      return departmentText("line.unsupportedChange", lang, {
        kind,
        project,
        field,
        before: shown(conflict.before, lang),
        values: conflict.values.map((v) => shown(v, lang)).join(" / "),
        files,
        detail,
      });
    }
  }
}

export function describeApplied(change: AppliedChange, lang: Lang): string {
  return departmentText("report.applied", lang, {
    project: `${change.projectId} ${change.name}`,
    field: fieldText(change, lang),
    before: shown(change.before, lang),
    after: shown(change.after, lang),
    files: change.files.join(", "),
  });
}

export function describeAdded(project: AddedProject, lang: Lang, master?: Plan): string {
  const place = [project.strategyName ?? project.strategyId, project.taskName ?? project.taskId].filter((x) => x).join(" › ");
  const after =
    project.afterRow === null
      ? departmentText("report.added.nowhere", lang)
      : project.afterProjectId
        ? `${project.afterProjectId} ${master?.projects.find((p) => p.id === project.afterProjectId)?.name ?? ""}`.trim()
        : `${master?.sheet ?? ""}!${project.afterRow + 1}`;
  return departmentText("report.added", lang, {
    project: `${project.projectId} ${project.name}`,
    department: project.department ?? "",
    place: place || departmentText("report.none", lang),
    after,
    files: project.files.join(", "),
  });
}

export function describeUnattributed(u: UnattributedEdit, lang: Lang): string {
  return departmentText("report.unattributed", lang, { file: u.file, cell: `${u.ref.sheet}!${toA1(u.ref.row, u.ref.col)}`, value: shown(u.value, lang), before: shown(u.before, lang) });
}

/** The text report of `plan-check consolidate --format text` and the pane's summary. */
export function describeConsolidation(run: Pick<ConsolidationRun, "result" | "checks"> & { master?: Plan }, lang: Lang): string[] {
  const { result, checks } = run;
  const lines: string[] = [];
  for (const check of checks) {
    if (check.failure || !check.severities) {
      lines.push(departmentText("report.fileUnreadable", lang, { file: check.file }));
      continue;
    }
    const summary = result.files.find((f) => f.file === check.file);
    lines.push(
      departmentText("report.file", lang, {
        file: check.file,
        department: summary?.department ?? check.department ?? "?",
        projects: check.projects,
        matched: summary?.matched ?? 0,
        errors: check.severities.error,
        warnings: check.severities.warning,
      }),
    );
  }
  const section = (title: string, items: string[]) => {
    lines.push("", title);
    if (items.length === 0) lines.push(`  ${departmentText("report.none", lang)}`);
    else for (const item of items) lines.push(`  ${item}`);
  };
  section(departmentText("report.applied.title", lang), result.applied.map((c) => describeApplied(c, lang)));
  section(departmentText("report.added.title", lang), result.added.map((p) => describeAdded(p, lang, run.master)));
  section(departmentText("report.conflicts.title", lang), result.conflicts.map((c) => describeConflict(c, lang)));
  const unattributed = result.unattributed ?? [];
  if (unattributed.length > 0) {
    section(
      departmentText("report.unattributed.title", lang),
      unattributed.map((u) => describeUnattributed(u, lang)),
    );
  }
  if (result.departmentsWithoutWorkbook.length > 0) {
    lines.push("", departmentText("report.withoutWorkbook", lang, { departments: result.departmentsWithoutWorkbook.join(", ") }));
  }
  lines.push(
    "",
    departmentText("report.summary", lang, {
      files: checks.length,
      applied: result.applied.length,
      added: result.added.length,
      conflicts: result.conflicts.length,
    }),
  );
  return lines;
}
