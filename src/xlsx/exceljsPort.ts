/**
 * The WorkbookPort over ExcelJS: an .xlsx in memory, for the CLI, the tests and the pane's preview of
 * department files. Same contract and same in-workbook layout as the Office.js adapter (src/excel), so
 * a workbook touched by one is understood by the other:
 *
 * - readGrid: every worksheet (hidden ones and the add-in's generated sheets included) through
 *   gridFromWorkbook, except the store sheet (SHEETS.store), which is the add-in's own bookkeeping — as
 *   the Office.js adapter skips it.
 * - highlight / clearHighlights: conditional formats tagged as the add-in's, see ./fills.ts; the cells'
 *   own fills are never touched.
 * - writeValues: text as a string with number format "@" (needsTextFormat: every non-empty string, as
 *   the Office.js adapter does), numbers as numbers ("@" turned back to General, other formats kept), a
 *   formula handed as one (an undo's) as a formula, "@" turned back to General.
 * - replaceSheet / appendRows: see ./writeSheet.ts. A sheet is the add-in's when its row 1 holds the
 *   marker; a sheet of the same name (compared as Excel does, ignoring case) without it is the user's
 *   and is never deleted or written: SheetNotOwnedError. The store's name is never accepted.
 * - readStore / writeStore: a very hidden sheet SHEETS.store, one entry a row (key in A, the value in
 *   B and, past 32,000 characters, C, D, …), every cell "@" — the layout of src/excel/cells.ts. A sheet
 *   of that name that is not (isOwnStore) is the user's: read as no store, never written (SheetNotOwnedError,
 *   also when read `forWriting`, before a use case's first write).
 *
 * Loading keeps every part ExcelJS can read (data validations and conditional formats included) since
 * the workbook may be written back. What ExcelJS cannot keep is lost on toBuffer(): a user's charts,
 * pivot tables, slicers and some drawings. toBufferKeeping(original) instead writes only what the port
 * changed (values, generated sheets, the store) into the original package (./package.ts).
 */
import type * as ExcelJS from "exceljs";
import { isOwnStore, storeFromRows, storeToRows, TEXT_FORMAT, needsTextFormat } from "../app/conventions";
import { toA1, type CellRef, type Grid } from "../engine";
import {
  SheetNotOwnedError,
  SHEETS,
  type CellRule,
  type GeneratedCell,
  type GeneratedChart,
  type GeneratedSheet,
  type HighlightMark,
  type HighlightOutcome,
  type StoreReadOptions,
  type ValueWrite,
  type WorkbookPort,
  type WrittenValue,
} from "../app/port";
import { addHighlights, addSheetFormats, removeHighlights, setOwnStyle } from "./fills";
import { readPageBreaks, restorePageBreaks } from "./pageBreaks";
import { applyCellRules, masterCell } from "./dataValidation";
import { writeIntoOriginal } from "./package";
import { gridFromWorkbook, loadExcelJs, loadWorkbookBuffer } from "./readGrid";
import {
  cellString,
  freezeRows,
  hasMarker,
  isTabSelected,
  lastValueRow,
  patchSheetView,
  setColumnWidths,
  writeChartNote,
  writeGeneratedRows,
  writeMarker,
} from "./writeSheet";

export { SheetNotOwnedError };

/** A chart the port was asked for and could not draw (ExcelJS writes no charts); a note marks its place. */
export interface ChartNotDrawn {
  sheet: string;
  chart: GeneratedChart;
  /** Zero-based cell holding the note. */
  note: { row: number; col: number };
}

type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

export class ExcelJsWorkbookPort implements WorkbookPort {
  /** The last cell `select` went to (the preview shows it; Excel is not there to scroll). */
  lastSelected: CellRef | null = null;
  /** Charts asked for by replaceSheet and not drawn (those of the sheets as they are now). */
  readonly chartsNotDrawn: ChartNotDrawn[] = [];

  /** What was written since loading, for toBufferKeeping: whole sheets, single values, anything else. */
  private readonly written = { sheets: new Set<string>(), cells: new Map<string, { ref: CellRef; value: WrittenValue }>(), other: false };

  constructor(readonly workbook: ExcelJS.Workbook) {}

  /**
   * Loads .xlsx bytes (failures as PlanReadError, as readWorkbookBuffer), keeping every part ExcelJS reads,
   * and the manual page breaks it would drop (see ./pageBreaks).
   */
  static async fromBuffer(bytes: ArrayBuffer | Uint8Array): Promise<ExcelJsWorkbookPort> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const workbook = await loadWorkbookBuffer(data, { skipUnusedParts: false });
    restorePageBreaks(workbook, await readPageBreaks(data));
    return new ExcelJsWorkbookPort(workbook);
  }

  /** An empty workbook (tests, a consolidated plan built from scratch). */
  static async create(): Promise<ExcelJsWorkbookPort> {
    const { Workbook } = await loadExcelJs();
    return new ExcelJsWorkbookPort(new Workbook());
  }

  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }

  /**
   * `original` (the bytes this port was loaded from) with this port's changes written into it, every
   * other part kept as it was. After a change it cannot carry over alone (highlights, input rules), the
   * ExcelJS round trip, as toBuffer. Throws PackageEditError when a value cannot be put in exactly.
   */
  async toBufferKeeping(original: Uint8Array): Promise<Uint8Array> {
    const rewritten = await this.toBuffer();
    if (this.written.other) return rewritten;
    return writeIntoOriginal(original, rewritten, { sheets: [...this.written.sheets], cells: [...this.written.cells.values()] });
  }

  // ---- reading

  async readGrid(): Promise<Grid> {
    return gridFromWorkbook(this.workbook, { sheetFilter: (name) => !sameName(name, SHEETS.store) });
  }

  // ---- formats

  /** Replaces the add-in's highlight rules with the marks' (a mark on a merged cell goes to its master cell). */
  async highlight(marks: HighlightMark[]): Promise<HighlightOutcome> {
    const moved = marks.map((mark) => {
      const cell = this.masterCell(mark.ref);
      return { ref: { sheet: mark.ref.sheet, row: Number(cell.row) - 1, col: Number(cell.col) - 1 }, severity: mark.severity };
    }); // all found before any change
    await this.clearHighlights();
    if (moved.length > 0) this.written.other = true;
    for (const sheet of this.workbook.worksheets) addHighlights(sheet, moved.filter((m) => sameName(m.ref.sheet, sheet.name)));
    return { skippedSheets: [] };
  }

  async clearHighlights(): Promise<number> {
    const removed = this.workbook.worksheets.reduce((sum, sheet) => sum + removeHighlights(sheet), 0);
    if (removed > 0) this.written.other = true;
    return removed;
  }

  // ---- values

  async writeValues(changes: ValueWrite[]): Promise<void> {
    const cells = changes.map((change) => ({ change, cell: this.masterCell(change.ref) })); // all found before any write
    for (const { change, cell } of cells) {
      const value = change.value;
      if (change.formula !== undefined) {
        if (cell.numFmt === TEXT_FORMAT) setOwnStyle(cell, { numFmt: "General" });
        const result = value === null || value === "" ? undefined : value;
        cell.value = { formula: change.formula.replace(/^=/, ""), ...(result !== undefined ? { result } : {}) } as ExcelJS.CellFormulaValue;
        // The original package takes values only (./package.ts): a formula goes through the whole round trip.
        this.written.other = true;
        continue;
      }
      if (needsTextFormat(value)) {
        if (cell.numFmt !== TEXT_FORMAT) setOwnStyle(cell, { numFmt: TEXT_FORMAT });
      } else if ((typeof value === "number" || typeof value === "boolean") && cell.numFmt === TEXT_FORMAT) {
        setOwnStyle(cell, { numFmt: "General" });
      }
      cell.value = value;
      const ref: CellRef = { sheet: change.ref.sheet, row: Number(cell.row) - 1, col: Number(cell.col) - 1 };
      this.written.cells.set(`${ref.sheet}\u0000${ref.row}\u0000${ref.col}`, { ref, value });
    }
  }

  async select(ref: CellRef): Promise<void> {
    const sheet = this.sheetOrThrow(ref.sheet);
    this.lastSelected = { ...ref };
    const address = toA1(ref.row, ref.col);
    // One selected tab only: several would group the sheets, and typing would go into all of them.
    for (const other of this.workbook.worksheets) if (other !== sheet && isTabSelected(other)) patchSheetView(other, { tabSelected: false });
    patchSheetView(sheet, { activeCell: address, tabSelected: true });
    const position = this.workbook.worksheets.indexOf(sheet);
    const bookViews = this.workbook.views && this.workbook.views.length > 0 ? this.workbook.views : [defaultBookView()];
    this.workbook.views = bookViews.map((view, i) => (i === 0 ? { ...view, activeTab: position, firstSheet: Math.min(view.firstSheet ?? 0, position) } : view));
  }

  async setDataValidation(rules: CellRule[]): Promise<void> {
    if (rules.length > 0) this.written.other = true;
    for (const name of new Set(rules.map((rule) => rule.ref.sheet))) applyCellRules(this.sheetOrThrow(name), rules);
  }

  /**
   * Locks a generated form's structure: sheet protection without a password (against slips, not people) that
   * leaves only `editable` cells open, and formatting allowed so that 계획 검증 can still highlight. For the
   * files the CLI writes from scratch (the results forms); a user's own sheets are never protected.
   */
  protectForm(name: string, editable: readonly CellRef[]): void {
    this.written.other = true;
    const sheet = this.sheetOrThrow(name);
    for (const ref of editable) if (ref.sheet === name) setOwnStyle(masterCell(sheet, ref), { protection: { locked: false } });
    void sheet.protect("", { formatColumns: true, formatRows: true, formatCells: true });
  }

  // ---- generated sheets

  async replaceSheet(spec: GeneratedSheet): Promise<void> {
    const existing = this.ownedSheet(spec.name, spec.marker);
    const sheet = this.recreate(spec.name, existing);
    this.written.sheets.add(sheet.name);
    writeGeneratedRows(sheet, 0, spec.rows);
    writeMarker(sheet, spec.rows, spec.marker);
    setColumnWidths(sheet, spec.columnWidths);
    freezeRows(sheet, spec.freezeRows);
    addSheetFormats(sheet, spec.conditionalFormats ?? []);
    for (let i = this.chartsNotDrawn.length - 1; i >= 0; i--) if (sameName(this.chartsNotDrawn[i].sheet, spec.name)) this.chartsNotDrawn.splice(i, 1);
    for (const chart of spec.charts ?? []) {
      this.chartsNotDrawn.push({ sheet: spec.name, chart, note: writeChartNote(sheet, chart) });
    }
  }

  async appendRows(name: string, marker: string, header: GeneratedCell[], rows: GeneratedCell[][]): Promise<void> {
    const existing = this.ownedSheet(name, marker);
    this.written.sheets.add(existing?.name ?? name);
    if (!existing) {
      const sheet = this.recreate(name, null);
      const all = [header, ...rows];
      writeGeneratedRows(sheet, 0, all);
      writeMarker(sheet, all, marker);
      if (header.length > 0) freezeRows(sheet, 1);
      return;
    }
    if (rows.length === 0) return;
    writeGeneratedRows(existing, lastValueRow(existing), rows);
  }

  // ---- store

  async readStore(options: StoreReadOptions = {}): Promise<Record<string, string>> {
    const sheet = this.storeSheet();
    const rows = sheet ? rawRows(sheet) : [];
    const owned = !!sheet && isOwnStore(sheet.state === "veryHidden", rows);
    if (sheet && !owned && options.forWriting) throw new SheetNotOwnedError(sheet.name);
    return owned ? storeFromRows(rows) : {};
  }

  async writeStore(changes: Record<string, string | null>): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    const existing = this.storeSheet();
    const rows = existing ? rawRows(existing) : [];
    // A sheet of the store's name that is not the add-in's is the user's: never recreated (its cells lost).
    if (existing && !isOwnStore(existing.state === "veryHidden", rows)) throw new SheetNotOwnedError(existing.name);
    const entries = storeFromRows(rows);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) delete entries[key];
      else entries[key] = value;
    }
    if (!existing && Object.keys(entries).length === 0) return; // nothing stored, nothing to store
    const sheet = this.recreate(SHEETS.store, existing);
    this.written.sheets.add(sheet.name);
    sheet.state = "veryHidden";
    storeToRows(entries).forEach((row, r) =>
      row.forEach((text, c) => {
        if (text === "" && c > 0) return; // an empty value, or the padding of a shorter row
        const cell = sheet.getCell(r + 1, c + 1);
        cell.style = { numFmt: TEXT_FORMAT };
        cell.value = text;
      }),
    );
  }

  // ---- helpers

  private findSheet(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.worksheets.find((sheet) => sameName(sheet.name, name));
  }

  private sheetOrThrow(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`The workbook has no sheet named "${name}".`);
    return sheet;
  }

  /** The cell at `ref`, or the top-left cell of the merged area it lies in (what Excel shows and formats). */
  private masterCell(ref: CellRef): ExcelJS.Cell {
    const cell = this.sheetOrThrow(ref.sheet).getCell(ref.row + 1, ref.col + 1);
    return cell.isMerged ? cell.master : cell;
  }

  /** The add-in's sheet `name`, null when there is none; throws when a sheet of that name is not the add-in's. */
  private ownedSheet(name: string, marker: string): ExcelJS.Worksheet | null {
    if (sameName(name, SHEETS.store)) throw new SheetNotOwnedError(name);
    const sheet = this.findSheet(name);
    if (!sheet) return null;
    if (!hasMarker(sheet, marker)) throw new SheetNotOwnedError(sheet.name);
    return sheet;
  }

  private storeSheet(): ExcelJS.Worksheet | undefined {
    return this.findSheet(SHEETS.store);
  }

  /** A new, empty sheet `name` in place of `existing` (same position, same tab selection), or at the end. */
  private recreate(name: string, existing: ExcelJS.Worksheet | null | undefined): ExcelJS.Worksheet {
    if (!existing) return this.workbook.addWorksheet(name);
    const orderNo = (existing as OrderedWorksheet).orderNo;
    const state = existing.state;
    const tabSelected = isTabSelected(existing);
    this.workbook.removeWorksheet(existing.id);
    const sheet = this.workbook.addWorksheet(name) as OrderedWorksheet;
    sheet.orderNo = orderNo;
    sheet.state = state;
    if (tabSelected) patchSheetView(sheet, { tabSelected: true });
    return sheet;
  }
}

/** Excel compares sheet names ignoring case. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The store sheet's rows as the strings its cells hold (null where empty); numbers typed over it as text. */
function rawRows(sheet: ExcelJS.Worksheet): (string | null)[][] {
  const rows: (string | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cell.value;
      const text = cellString(value);
      line[colNumber - 1] = text ?? (value === null || value === undefined ? null : String(value));
    });
    rows[rowNumber - 1] = Array.from(line, (v) => v ?? null);
  });
  return Array.from(rows, (row) => row ?? []);
}

function defaultBookView(): ExcelJS.WorkbookView {
  return { x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: 0, visibility: "visible" };
}
