/**
 * The WorkbookPort: everything a use case asks of a workbook, implemented once over Office.js
 * (src/excel, inside Excel) and once over ExcelJS (src/xlsx, CLI, tests and the browser preview).
 * Use cases are written once against this interface; adapters hold no plan logic.
 *
 * Inside Excel every method is one batched Excel.run: one context.sync to load what it needs and at
 * most one more to write, whatever the number of rows (split only where the payload limit forces it).
 */
import type { CellRef, CellValue, Grid, Severity, SheetGrid } from "../engine";
import { toA1 } from "../engine/a1";
import { GENERATED_SHEETS } from "../engine/sheets";

export interface HighlightMark {
  ref: CellRef;
  severity: Severity;
}

export interface HighlightOutcome {
  /** Sheets not highlighted: their protection does not allow formatting cells. */
  skippedSheets: string[];
}

/** A value the add-in writes: text stays text (a name starting with = + - @ never becomes a formula). */
export type WrittenValue = string | number | boolean | null;

/** One cell written by writeValues. */
export interface ValueWrite {
  ref: CellRef;
  value: WrittenValue;
  /**
   * A formula ("=…") the cell held before, put back by an undo: written as the cell's formula (a cell
   * formatted "@" turned back to General, so that it is no text), `value` then only its last result.
   */
  formula?: string;
}

/** A write made only while its cell still holds `expected` (what a read found) and no formula. */
export interface GuardedWrite extends ValueWrite {
  expected: CellValue;
}

/** A guarded write not made: the cell now holds a formula, or another value than the read found. */
export interface RefusedWrite {
  ref: CellRef;
  now: CellValue;
  formula: string | null;
}

export interface GeneratedCell {
  value: WrittenValue;
  /** An Excel formula ("=SUM(C2:C9)") the user can audit; `value` is the engine's result, shown if formulas are off. */
  formula?: string;
  /** Hyperlink to a cell of the workbook. */
  link?: CellRef;
  bold?: boolean;
  /** Background as #RRGGBB. */
  fill?: string;
  numberFormat?: string;
  wrap?: boolean;
}

export interface GeneratedChart {
  type: "columnClustered" | "columnStacked" | "line";
  title: string;
  /** Zero-based inclusive range on the generated sheet holding the series (first row: headers, first column: labels). */
  data: { top: number; left: number; bottom: number; right: number };
  /** Where the chart's top-left corner sits (zero-based row/col). */
  anchor: { row: number; col: number };
}

/** A sheet the add-in owns (검증결과, 요약_전략별, 요약_지표, 수정이력): recognised by name and a marker. */
export interface GeneratedSheet {
  name: string;
  /** Written to a cell the add-in recognises its own sheets by. */
  marker: string;
  rows: GeneratedCell[][];
  columnWidths?: number[];
  freezeRows?: number;
  charts?: GeneratedChart[];
  /** Conditional formats of the sheet's own (not highlights): a fill where the formula holds. */
  conditionalFormats?: SheetConditionalFormat[];
}

/**
 * A fill on a zero-based inclusive range where `formula` (without "=", written for the range's top-left
 * cell, relative references moving with each cell as Excel's own) holds.
 */
export interface SheetConditionalFormat {
  top: number;
  left: number;
  bottom: number;
  right: number;
  formula: string;
  fill: string;
}

/**
 * An in-cell input rule (Excel data validation), its texts already in the user's language: the ○/× list
 * on a flag (stop on anything else), "a number ≥ 0" on a budget (a warning, so '-' for "no budget" can stay),
 * a list of stage words on a milestone 실적 (a warning: other words are still taken).
 */
export interface CellRule {
  ref: CellRef;
  kind: "flag" | "budget" | "stage";
  texts: { promptTitle: string; prompt: string; errorTitle: string; error: string };
  /** "stage": the words offered (no commas). */
  list?: readonly string[];
}

/** The list a flag cell offers. */
export const FLAG_LIST = "○,×";

/**
 * The one-run lock of WorkbookPort.exclusive, opaque to use cases: they hand it to the call that begins
 * the run (which takes it in its first request) and to the one that ends it (which releases it in its
 * last), so that inside Excel the lock costs no request of its own.
 */
export interface RunLock {
  readonly held: boolean;
}

/** The lock a call takes (readGrid), releases (highlight), or both (clearHighlights); none outside `exclusive`. */
export interface LockOption {
  lock?: RunLock;
}

export interface ReadGridOptions extends LockOption {
  /**
   * A read for 계획 검증. A port with `storeOfLastRead` (inside Excel, where every byte is a request) then reads
   * the add-in's store too, in the read's own requests (for log/tampered), and leaves the contents of the
   * add-in's output sheets (검증결과, 요약_*: generated sheets but 수정이력, the store and the 시행결과 forms) out
   * of the grid, their names kept: a validation never reads them. The other ports ignore it.
   */
  validation?: boolean;
}

export interface StoreReadOptions {
  /**
   * The store is read by a use case about to write cells and then the store (a log's seal, the fixes list):
   * read before its first write, so that a sheet of the store's name that is the user's stops it there —
   * never cells changed without their log row, seal or undo.
   */
  forWriting?: boolean;
}

export interface WorkbookPort {
  /** Every sheet's values, formulas and merged areas of its used range, in one read; takes `lock` first. */
  readGrid(options?: ReadGridOptions): Promise<Grid>;
  /**
   * Shows the marks in their severity's colour, replacing the add-in's earlier highlights. Neither values
   * nor the cells' own formats are touched (both adapters use conditional formats that carry the add-in's
   * tag, which move with their cells). Sheets whose protection forbids formatting are left as they are.
   * Releases `lock` last.
   */
  highlight(marks: HighlightMark[], options?: LockOption): Promise<HighlightOutcome>;
  /** Removes every highlight of the add-in, wherever it is; returns how many highlight areas went. Takes and releases `lock`. */
  clearHighlights(options?: LockOption): Promise<number>;
  /** Writes values (fixes); text is written as text, and a `formula` as the cell's formula (an undo's). */
  writeValues(changes: ValueWrite[]): Promise<void>;
  /**
   * writeValues of the cells that still hold what a read found, each looked at again just before it is written
   * (the user may type while a run reads other files); returns those not written. Only where the workbook is
   * edited while the add-in works (inside Excel); elsewhere writeValues.
   */
  writeValuesIfUnchanged?(changes: GuardedWrite[]): Promise<RefusedWrite[]>;
  /** Selects the cell and scrolls it into view. */
  select(ref: CellRef): Promise<void>;
  /** Replaces a generated sheet whole (creating it if absent); never touches the plan's own sheets. */
  replaceSheet(sheet: GeneratedSheet): Promise<void>;
  /**
   * replaceSheet only while the sheet still holds what a read found (`expected`: the sheet of that read's grid,
   * null when it had none): its values and formulas looked at again in the request that finds it. A cell that
   * differs (the user typed into a 시행결과 form while the run read the store or the departments' files) throws
   * SheetChangedError naming it, and nothing is written. Only where the workbook is edited while the add-in works
   * (inside Excel); elsewhere replaceSheet.
   */
  replaceSheetIfUnchanged?(sheet: GeneratedSheet, expected: SheetGrid | null): Promise<void>;
  /** Appends rows to a generated sheet (creating it with `header` if absent): for the append-only revision log. */
  appendRows(name: string, marker: string, header: GeneratedCell[], rows: GeneratedCell[][]): Promise<void>;
  /** Sets data validation on the cells (입력 규칙 적용); values are never touched. */
  setDataValidation(rules: CellRule[]): Promise<void>;
  /**
   * The add-in's own key/value store inside the workbook (a very hidden sheet), surviving save and reopen.
   * A sheet of its name that is the user's reads as no store — or, `forWriting`, throws SheetNotOwnedError.
   */
  readStore(options?: StoreReadOptions): Promise<Record<string, string>>;
  /**
   * The store's entries as the last readGrid({ validation: true }) found them ({} without a store), with no request
   * of its own (once: a later call reads the store afresh). Only where readStore costs requests (inside Excel):
   * there the store rides in the read's requests instead.
   */
  storeOfLastRead?(): Promise<Record<string, string>>;
  writeStore(entries: Record<string, string | null>): Promise<void>;
  /**
   * Runs `work` (a read and its highlight) while no other run validates this workbook: `work` hands the
   * lock to its calls (see RunLock); the first refuses with ValidationRunningError while another run holds
   * it. The lock is released afterwards if the last call did not (a failure in between). Inside Excel the
   * ribbon command and the pane are two runtimes on one workbook; a port with one user (the preview, the
   * CLI) has no such method.
   */
  exclusive?<T>(work: (lock: RunLock) => Promise<T>): Promise<T>;
}

/** A workbook file held in memory: a WorkbookPort over it, and its bytes back. */
export interface WorkbookFilePort extends WorkbookPort {
  toBuffer(): Promise<Uint8Array>;
  /** `original` (the bytes it was opened from) with the port's changes written into it, every other part kept. */
  toBufferKeeping(original: Uint8Array): Promise<Uint8Array>;
}

/** A line of a department form's 안내 sheet. */
export interface GuideLine {
  text: string;
  bold?: boolean;
  /** Font size in points (default 11). */
  size?: number;
}

/**
 * One department's input workbook, decided by the engine (src/engine/consolidate/split.ts) and worded by
 * the use case (src/app/departments.ts): what the adapter does to its copy of the master.
 */
export interface DepartmentForm {
  /** The plan sheet. */
  sheet: string;
  /** Zero-based rows of the plan sheet the form drops (rows below move up). */
  deleteRows: number[];
  /** Per sheet of the plan table, the rows the form drops (a plan over several sheets); deleteRows alone when absent. */
  deleteRowsBySheet?: Record<string, number[]>;
  /** Input rules on the department's flag and budget cells, where they stand once the rows are dropped. */
  rules: CellRule[];
  /** Cells left unlocked under sheet protection, where they stand once the rows are dropped. */
  editable: CellRef[];
  /** The sheet put first, saying what to fill in and by when; its name is made unique among the workbook's. */
  guide: { name: string; lines: GuideLine[] };
  /** Entries of the add-in's store written into the form (the department's values at the split, key "split"). */
  store?: Record<string, string>;
}

/** A master workbook opened to cut department forms from. */
export interface DepartmentFormWriter {
  /** The master's grid, every sheet. */
  grid: Grid;
  /** One form's .xlsx bytes: a fresh copy of the master with the form applied. */
  write(form: DepartmentForm): Promise<Uint8Array>;
}

/**
 * What the use cases over workbook files (부서별 입력 양식, 부서 취합) are handed by their face: the adapter
 * that reads and writes .xlsx bytes (src/xlsx/workbookFiles.ts). Bytes that are no workbook fail with PlanReadError.
 */
export interface WorkbookFiles {
  /** A port over a workbook file's bytes. */
  open(bytes: Uint8Array): Promise<WorkbookFilePort>;
  /** A workbook file's bytes → its Grid. */
  readGrid(bytes: Uint8Array): Promise<Grid>;
  /** The master's bytes, opened to write department forms from. */
  openForms(masterBytes: Uint8Array): Promise<DepartmentFormWriter>;
}

/** Light and dark themes both read these: soft tints with enough contrast for black or white text. */
export const HIGHLIGHT_FILLS: Record<Severity, string> = {
  error: "#F4B6B6",
  warning: "#FBE2A0",
  info: "#C7DDF5",
};

/**
 * The add-in's highlight: a conditional format whose rule is this always-true formula (without the
 * leading "=" as files store it), tagged so that either adapter finds its own rules and no one else's.
 */
export const HIGHLIGHT_TAG = "plan-check:highlight";

export function highlightRule(severity: Severity): string {
  return `N("${HIGHLIGHT_TAG}:${severity}")=0`;
}

export function isHighlightRule(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(HIGHLIGHT_TAG);
}

/** Names of the add-in's own sheets and store. */
export const SHEETS = GENERATED_SHEETS;

/** A string that Excel would take as a formula if typed: such text is written with a text format. */
export function looksLikeFormula(value: WrittenValue): boolean {
  return typeof value === "string" && /^[=+\-@]/.test(value);
}

/** The open workbook's file (its bytes) cannot be had here: outside Office, or a host without the File API. */
export class WorkbookBytesUnavailableError extends Error {
  /** Inside Office, but this host does not offer the file compressed (the CompressedFile requirement set). */
  readonly unsupportedHost: boolean;
  constructor(detail = "The open workbook's file cannot be read here.", unsupportedHost = false) {
    super(detail);
    this.name = "WorkbookBytesUnavailableError";
    this.unsupportedHost = unsupportedHost;
  }
}

/** Another run (the ribbon's 계획 검증 or the pane) is validating the workbook now: see WorkbookPort.exclusive. */
export class ValidationRunningError extends Error {
  constructor() {
    super("The workbook is already being validated.");
    this.name = "ValidationRunningError";
  }
}

/**
 * The add-in's store (its very hidden sheet: the baseline, split records, applied fixes) is larger than Excel
 * would take even in parts. Faces render it from `.sheet` and `.megabytes` in the user's language.
 */
export class StoreTooLargeError extends Error {
  readonly sheet: string;
  readonly megabytes: number;
  constructor(sheet: string, bytes: number) {
    const megabytes = Math.round(bytes / 100_000) / 10;
    super(`Excel refused to write the add-in's store (sheet "${sheet}", ${megabytes} MB), even in parts.`);
    this.name = "StoreTooLargeError";
    this.sheet = sheet;
    this.megabytes = megabytes;
  }
}

/**
 * A sheet of the asked-for name exists but is not the add-in's (no marker in its first row): never deleted
 * or written. Both adapters throw it; faces render it from `.sheet` in the user's language.
 */
export class SheetNotOwnedError extends Error {
  readonly sheet: string;
  constructor(sheet: string) {
    super(
      `The workbook already has a sheet named "${sheet}" that the add-in did not create (its first row has no add-in marker), ` +
        `so it was left unchanged. Rename or move that sheet, then try again.`,
    );
    this.name = "SheetNotOwnedError";
    this.sheet = sheet;
  }
}

/**
 * A sheet the add-in was about to replace changed since the run read it (replaceSheetIfUnchanged): nothing was
 * written. `ref` is the first cell (row by row) that differs. Faces render it from `.ref` in the user's language.
 */
export class SheetChangedError extends Error {
  readonly ref: CellRef;
  constructor(ref: CellRef) {
    super(`The sheet "${ref.sheet}" changed after it was read (cell ${toA1(ref.row, ref.col)} first), so nothing was written. Run it again.`);
    this.name = "SheetChangedError";
    this.ref = ref;
  }
}

/**
 * The first cell, row by row, where a sheet as read now differs from the same sheet as read before (null: a
 * sheet that is absent, every cell empty). A formula kept the same counts as unchanged whatever its value (Excel
 * recalculates; the replacing form writes the formula again); empty text is an empty cell. Null when none differs.
 */
export function firstChangedCell(name: string, before: SheetGrid | null, now: SheetGrid | null): CellRef | null {
  const rows = Math.max(before?.values.length ?? 0, now?.values.length ?? 0);
  for (let row = 0; row < rows; row++) {
    const cols = Math.max(before?.values[row]?.length ?? 0, now?.values[row]?.length ?? 0, before?.formulas?.[row]?.length ?? 0, now?.formulas?.[row]?.length ?? 0);
    for (let col = 0; col < cols; col++) {
      if (!sameCell(before, now, row, col)) return { sheet: name, row, col };
    }
  }
  return null;
}

function sameCell(a: SheetGrid | null, b: SheetGrid | null, row: number, col: number): boolean {
  const formulaA = a?.formulas?.[row]?.[col] ?? null;
  const formulaB = b?.formulas?.[row]?.[col] ?? null;
  if (formulaA !== formulaB) return false;
  if (formulaA !== null) return true;
  const valueA = a?.values[row]?.[col] ?? null;
  const valueB = b?.values[row]?.[col] ?? null;
  if (valueA === valueB || ((valueA === null || valueA === "") && (valueB === null || valueB === ""))) return true;
  // Errors ({ error }) by their code; typed as a plain check, so that the pane's first load takes no engine module.
  return typeof valueA === "object" && typeof valueB === "object" && valueA !== null && valueB !== null && valueA.error === valueB.error;
}

/**
 * Throws SheetNotOwnedError when a sheet of one of `sheets`' names (compared as Excel does, ignoring
 * case) exists without its marker in row 1: called before a use case writes anything, so that an
 * action writing several sheets stops whole rather than half done.
 */
export function checkSheetsOwned(grid: Grid, sheets: readonly Pick<GeneratedSheet, "name" | "marker">[]): void {
  for (const sheet of sheets) {
    const existing = gridSheet(grid, sheet.name);
    if (existing && !(existing.values[0] ?? []).some((value) => value === sheet.marker)) throw new SheetNotOwnedError(existing.name);
  }
}

/** The grid's sheet of that name, compared as Excel compares sheet names (ignoring case); null when it has none. */
export function gridSheet(grid: Grid, name: string): SheetGrid | null {
  const wanted = name.toLowerCase();
  return grid.sheets.find((s) => s.name.toLowerCase() === wanted) ?? null;
}
