/**
 * Pure helpers for the Office.js adapter: no Office.js call here, so all of it is testable in plain Node.
 *
 * - Excel's answers (values / formulas / valueTypes / numberFormat matrices) → the engine's CellValue,
 *   shaped exactly like the ExcelJS adapter's Grid (src/xlsx/readGrid.ts) so both adapters agree.
 * - Values as a Range.values matrix takes them, widths, links and rectangles of equal format.
 * The conventions both adapters keep (text format, markers, store layout, date text) are src/app/conventions.ts.
 */
import { rangeFromA1 } from "../engine/a1";
import type { CellValue, MergedArea, SheetGrid } from "../engine/grid";
import type { WrittenValue } from "../app/port";
import { dateText } from "../app/conventions";

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * ExcelJS's rule for "this number format shows a date" (exceljs utils.isDateFmt): after dropping
 * [...] sections (colours, locales, conditions) and "quoted" literals, any of y m d h M s b remains.
 * The same rule here makes a date cell read the same through Office.js and through ExcelJS.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "") return false;
  const stripped = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(stripped);
}

/** An Excel serial day number (1900 date system) → Date at UTC, as ExcelJS converts it. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 24 * 3600 * 1000));
}

/**
 * One cell as Office.js reports it → CellValue.
 * valueTypes "Error" → {error}; "Empty" or "" → null; a number in a date format → "2022-11-15" (as the
 * ExcelJS adapter shows dates); everything else as Excel holds it.
 */
export function cellFromExcel(value: unknown, valueType: unknown, numberFormat?: unknown): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (valueType === "Empty" || value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { error: "#NUM!" };
    return isDateFormat(numberFormat) ? dateText(serialToDate(value)) : value;
  }
  if (typeof value === "boolean") return value;
  return String(value);
}

/**
 * The formula of a cell, or null. Office.js `formulas` repeats the constant for a constant cell, so only
 * text starting with "=" is a formula — and not when it equals the cell's own text value, which is a
 * text cell (formatted "@") that merely starts with "=".
 */
export function formulaFromExcel(formula: unknown, value: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=") || formula.length < 2) return null;
  if (typeof value === "string" && value === formula) return null;
  return formula;
}

/**
 * Collects cells at absolute (zero-based) sheet positions and builds a SheetGrid the way the ExcelJS
 * adapter does: rows without values are [], each row ends at its last non-null cell, rows end at the
 * last row holding a value, `formulas` only when some cell has one, merges sorted by top then left.
 */
export class SheetGridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formulas: (string | null)[][] = [];
  private anyFormula = false;
  private readonly merges: MergedArea[] = [];

  constructor(readonly name: string) {}

  /** Adds a block read from Excel whose top-left cell sits at (top, left) of the sheet. */
  addBlock(top: number, left: number, values: unknown[][], formulas: unknown[][] | undefined, types: unknown[][], formats: unknown[][] | undefined): void {
    for (let i = 0; i < values.length; i++) {
      const rowValues = values[i] ?? [];
      for (let j = 0; j < rowValues.length; j++) {
        const raw = rowValues[j];
        const formula = formulas ? formulaFromExcel(formulas[i]?.[j], raw) : null;
        // A formula that computed empty text (=IF(…,"",…): valueTypes "String") reads "" as the file readers give an
        // empty <v>, an empty cell to the engine; one without a value ("Empty") stays null: saved without its result.
        const value = formula !== null && raw === "" && types[i]?.[j] === "String" ? "" : cellFromExcel(raw, types[i]?.[j], formats?.[i]?.[j]);
        if (value !== null) this.set(this.values, top + i, left + j, value);
        if (formula !== null) {
          this.set(this.formulas, top + i, left + j, formula);
          this.anyFormula = true;
        }
      }
    }
  }

  addMerge(area: MergedArea): void {
    this.merges.push(area);
  }

  build(): SheetGrid {
    const sheet: SheetGrid = {
      name: this.name,
      values: dense(this.values, null),
      merges: [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    };
    if (this.anyFormula) sheet.formulas = dense(this.formulas, null);
    return sheet;
  }

  private set<T>(rows: T[][], row: number, col: number, value: T): void {
    (rows[row] ??= [])[col] = value;
  }
}

/** Sparse rows (holes where nothing was set) → dense rows: [] for an empty row, `empty` for a hole in a row. */
function dense<T>(rows: T[][], empty: T): T[][] {
  const out: T[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r];
    if (!line) {
      out[r] = [];
      continue;
    }
    const filled: T[] = new Array(line.length);
    for (let c = 0; c < line.length; c++) filled[c] = c in line ? line[c] : empty;
    out[r] = filled;
  }
  return out;
}

/**
 * One area address of a RangeAreas ("Sheet1!A1:B2", "'My sheet'!$C$3:$D$4", "A1") → zero-based bounds.
 * The sheet part is dropped: an area's own address never contains "!", so the text after the last "!" is it.
 */
export function areaFromAddress(address: string): MergedArea | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
  try {
    return rangeFromA1(local);
  } catch {
    return null;
  }
}

/** Row blocks of at most `maxCells` cells (at least one row each) covering `rowCount` rows of `columnCount` columns. */
export function rowBlocks(rowCount: number, columnCount: number, maxCells: number): { start: number; count: number }[] {
  const perBlock = Math.max(1, Math.floor(maxCells / Math.max(1, columnCount)));
  const blocks: { start: number; count: number }[] = [];
  for (let start = 0; start < rowCount; start += perBlock) blocks.push({ start, count: Math.min(perBlock, rowCount - start) });
  return blocks;
}

/** Splits items with a size into consecutive groups whose sizes add up to at most `limit` (an oversize item stands alone). */
export function groupBySize<T>(items: readonly T[], size: (item: T) => number, limit: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const s = size(item);
    if (current.length > 0 && total + s > limit) {
      groups.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += s;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A WrittenValue as it goes into a Range.values matrix (null clears the cell). */
export function excelValue(value: WrittenValue): string | number | boolean {
  return value === null ? "" : value;
}

/** Approximate width in characters (of the default font) → points, as Excel converts column widths. */
export function charsToPoints(chars: number): number {
  // Excel's default font draws a "0" 7 px wide plus 5 px of padding; 96 px = 72 pt.
  return Math.round(((Math.max(0, chars) * 7 + 5) * 0.75) * 100) / 100;
}

/** The reference a hyperlink to a cell of this workbook uses: 'Sheet name'!B7 (quotes doubled inside). */
export function documentReference(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

/**
 * Rectangles of equal attribute value: runs of consecutive cells in a row with the same defined value,
 * merged downwards while the next row has the identical run. One Office.js call per rectangle instead
 * of one per cell (a results sheet's wrap column or header row becomes a single call).
 */
export function uniformRectangles<V>(
  rows: readonly (readonly unknown[])[],
  attribute: (row: number, col: number) => V | undefined,
): { top: number; left: number; rowCount: number; columnCount: number; value: V }[] {
  type Rect = { top: number; left: number; rowCount: number; columnCount: number; value: V };
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  for (let r = 0; r < rows.length; r++) {
    const next = new Map<string, Rect>();
    const width = rows[r].length;
    let c = 0;
    while (c < width) {
      const value = attribute(r, c);
      if (value === undefined) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < width && attribute(r, end) === value) end++;
      const key = `${c}:${end}:${String(value)}`;
      const previous = open.get(key);
      if (previous && previous.value === value) {
        previous.rowCount++;
        open.delete(key);
        next.set(key, previous);
      } else {
        next.set(key, { top: r, left: c, rowCount: 1, columnCount: end - c, value });
      }
      c = end;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  }
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
