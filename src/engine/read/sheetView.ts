/**
 * A sheet seen the way a person reads it: a merged block shows its value once, at its top-left cell
 * (`own`), but belongs to every cell it covers (`shown`). Office.js and ExcelJS disagree on what a
 * covered cell holds; this view makes both read the same.
 *
 * Built in time proportional to the cells that hold something plus the merged rows: no copy of the
 * grid and no entry per covered cell (a merge over a whole sheet, or one value in column XFD on every
 * row, stays cheap).
 */
import type { CellValue, MergedArea, SheetGrid } from "../grid";
import { cellText, cellValue, columnCount, isCellError } from "../grid";
import { STEP_HINT } from "./stepWords";

export class SheetView {
  readonly rowCount: number;
  readonly colCount: number;
  /**
   * Per row, the merged areas crossing it, sorted by left column (merges do not overlap): row r's are
   * areaList[areaStarts[r]] … areaList[areaStarts[r + 1] - 1], rows up to areaRows. One flat list where a list per
   * merged row (80,000 on the 50,000-row plan) lived through the whole read.
   */
  private readonly areaStarts: Int32Array;
  private readonly areaList: MergedArea[];
  private readonly areaRows: number;
  /** Cells holding a value but covered by another cell's merge (row * 16384 + col). */
  private readonly covered = new Set<number>();
  /** Whether any cell holding a value is covered (most sheets: none), so that own() asks the set only then. */
  private readonly anyCovered: boolean;
  /**
   * Each row's columns whose own value is not null, ascending (covered cells left out): row r's are
   * present[starts[r]] … present[starts[r + 1] - 1]. Made once, in one pass over the cells: the reader's passes
   * over a sheet (header search, schedule search, table rows, error cells) each walked every row's cells again to
   * find them. Typed arrays: one flat list off the heap (a list per row kept for the whole read was 16 MB on the
   * 50,000-row plan, copied by every young-generation collection).
   */
  readonly present: Uint16Array | Int32Array;
  readonly starts: Int32Array;
  /**
   * Asked of each cell in the same pass, where a pass of their own cost as much again (a loop over a row's cells
   * is most of what such a question costs in a plan read once): per row, how many of its text cells have a
   * character of a 관리체계 step name (STEP_HINT, counted up to 3: the schedule search asks it of every row below
   * the plan table); and the cells holding an Excel error, as row, col pairs in reading order.
   */
  readonly stepHints: Uint8Array;
  readonly errorCells: readonly number[];

  constructor(readonly sheet: SheetGrid) {
    this.rowCount = sheet.values.length;
    this.colCount = columnCount(sheet);
    const merges = sheet.merges;
    // Rows past the last one holding a value are never read; a merge starting there keeps its top row.
    const bottomOf = (area: MergedArea) => Math.min(area.bottom, Math.max(this.rowCount - 1, area.top));
    let areaRows = this.rowCount;
    for (let i = 0; i < merges.length; i++) if (merges[i].top >= areaRows) areaRows = merges[i].top + 1;
    // Each row's areas counted first, then placed: row r's start where the rows above end.
    const areaStarts = new Int32Array(areaRows + 1);
    for (let i = 0; i < merges.length; i++) {
      const area = merges[i];
      for (let r = area.top, bottom = bottomOf(area); r <= bottom; r++) areaStarts[r + 1]++;
    }
    for (let r = 0; r < areaRows; r++) areaStarts[r + 1] += areaStarts[r];
    const list = new Array<MergedArea>(areaStarts[areaRows]);
    const next = areaStarts.slice(0, areaRows);
    for (let i = 0; i < merges.length; i++) {
      const area = merges[i];
      for (let r = area.top, bottom = bottomOf(area); r <= bottom; r++) {
        list[next[r]++] = area;
        const line = sheet.values[r];
        if (line) this.coverValues(r, line, area);
      }
    }
    // Files list merges in their own order, most often left to right already: sorted only where they are not.
    for (let r = 0; r < areaRows; r++) if (areaStarts[r + 1] - areaStarts[r] > 1) sortByLeft(list, areaStarts[r], areaStarts[r + 1]);
    this.areaStarts = areaStarts;
    this.areaList = list;
    this.areaRows = areaRows;
    this.anyCovered = this.covered.size > 0;
    const { present, starts, stepHints, errorCells } = this.presentCells();
    this.present = present;
    this.starts = starts;
    this.stepHints = stepHints;
    this.errorCells = errorCells;
  }

  /** The present, starts, stepHints and errorCells lists (see them): every row's cells walked once. */
  private presentCells(): { present: Uint16Array | Int32Array; starts: Int32Array; stepHints: Uint8Array; errorCells: number[] } {
    const values = this.sheet.values;
    const rows = this.rowCount;
    const starts = new Int32Array(rows + 1);
    const stepHints = new Uint8Array(rows);
    const errorCells: number[] = [];
    // Room for every cell of the narrow rows (a wide, sparse row is counted as it is walked), grown when short.
    let room = 0;
    for (let r = 0; r < rows; r++) {
      const line = values[r];
      if (line) room += Math.min(line.length, 1024);
    }
    // A column past 65,535 (no Excel sheet has one) would not fit in 16 bits.
    const wide = this.colCount > 0x10000;
    let present: Uint16Array | Int32Array = wide ? new Int32Array(room) : new Uint16Array(room);
    const wideRow: number[] = [];
    let n = 0;
    for (let r = 0; r < rows; r++) {
      starts[r] = n;
      const line = values[r];
      if (!line) continue;
      // A narrow row is walked column by column; a wide one (a row read sparse, one value in column XFD) by its keys.
      const keyed = line.length > 1024;
      const count = keyed ? keyedColumns(line, 0, line.length - 1, wideRow) : line.length;
      if (n + count > present.length) {
        const grown: Uint16Array | Int32Array = wide ? new Int32Array(2 * (n + count)) : new Uint16Array(2 * (n + count));
        grown.set(present);
        present = grown;
      }
      let hints = 0;
      for (let k = 0; k < count; k++) {
        const c = keyed ? wideRow[k] : k;
        const value = line[c];
        if (value === undefined || value === null) continue;
        if (this.anyCovered && this.covered.has(this.key(r, c))) continue;
        present[n++] = c;
        if (typeof value === "string") {
          if (hints < 3 && STEP_HINT.test(value)) hints++;
        } else if (typeof value === "object" && isCellError(value)) errorCells.push(r, c);
      }
      stepHints[r] = hints;
    }
    starts[rows] = n;
    return { present, starts, stepHints, errorCells };
  }

  /** Marks the cells of `line` (row `r`) that hold a value under `area`, its top-left cell aside, as covered. */
  private coverValues(r: number, line: readonly CellValue[], area: MergedArea): void {
    const last = Math.min(area.right, line.length - 1);
    // Most merges are narrow: walked without a list of their columns (one per merged row was a list per row).
    if (last - area.left > 1024) {
      const present: number[] = [];
      const count = keyedColumns(line, area.left, last, present);
      for (let k = 0; k < count; k++) if (r !== area.top || present[k] !== area.left) this.covered.add(this.key(r, present[k]));
      return;
    }
    for (let c = area.left; c <= last; c++) {
      if (line[c] !== undefined && line[c] !== null && (r !== area.top || c !== area.left)) this.covered.add(this.key(r, c));
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The merged area covering the cell, if any. */
  mergeAt(row: number, col: number): MergedArea | undefined {
    if (!(row >= 0 && row < this.areaRows)) return undefined;
    const areas = this.areaList;
    let lo = this.areaStarts[row];
    let hi = this.areaStarts[row + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const area = areas[mid];
      if (col < area.left) hi = mid - 1;
      else if (col > area.right) lo = mid + 1;
      else return area;
    }
    return undefined;
  }

  /** The cell's own value: null for a cell covered by another cell's merge. */
  own(row: number, col: number): CellValue {
    const value = this.sheet.values[row]?.[col];
    if (value === undefined || value === null) return null;
    return this.anyCovered && this.covered.has(this.key(row, col)) ? null : value;
  }

  /** What the cell shows: a covered cell shows its merge's top-left value. */
  shown(row: number, col: number): CellValue {
    const area = this.mergeAt(row, col);
    return area ? cellValue(this.sheet, area.top, area.left) : cellValue(this.sheet, row, col);
  }

  /** The cell that holds what (row, col) shows. */
  masterCell(row: number, col: number): { row: number; col: number } {
    const area = this.mergeAt(row, col);
    return area ? { row: area.top, col: area.left } : { row, col };
  }

  formula(row: number, col: number): string | null {
    // Asked of every target and budget cell; most sheets have no formulas at all.
    const formulas = this.sheet.formulas;
    return formulas === undefined ? null : (formulas[row]?.[col] ?? null);
  }

  /**
   * Whether any cell of the row shows text containing `part`: the row's own values and the values of the merges
   * crossing it, each looked at once (not every column's shown value, a merge's once per column it covers).
   */
  anyShownIncludes(row: number, part: string): boolean {
    const line = this.sheet.values[row];
    const present = this.present;
    for (let i = this.starts[row], end = this.starts[row + 1]; i < end; i++) if (cellText(line[present[i]]).includes(part)) return true;
    if (!(row >= 0 && row < this.areaRows)) return false;
    const areas = this.areaList;
    for (let i = this.areaStarts[row], end = this.areaStarts[row + 1]; i < end; i++) if (cellText(cellValue(this.sheet, areas[i].top, areas[i].left)).includes(part)) return true;
    return false;
  }

  isRowEmpty(row: number): boolean {
    // Asked of every row: read straight from the row (present has left out the covered cells).
    const line = this.sheet.values[row];
    const present = this.present;
    for (let i = this.starts[row], end = this.starts[row + 1]; i < end; i++) {
      const v = line[present[i]];
      if (!(typeof v === "string" && v.trim() === "")) return false;
    }
    return true;
  }
}

/** Sorts areas[from … to - 1] by left column, in place (a row's few areas, most often in order already: one look each). */
function sortByLeft(areas: MergedArea[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const area = areas[i];
    let j = i - 1;
    while (j >= from && areas[j].left > area.left) {
      areas[j + 1] = areas[j];
      j--;
    }
    areas[j + 1] = area;
  }
}

/**
 * Writes the indices in [left, right] where a wide row (read sparse: one value in column XFD) has an entry,
 * ascending, into `into` from its start, and returns how many: enumerated by the row's keys, not walked.
 */
function keyedColumns(line: readonly CellValue[], left: number, right: number, into: number[]): number {
  const last = Math.min(right, line.length - 1);
  let n = 0;
  for (const key in line) {
    const c = Number(key);
    if (c >= left && c <= last && line[c] !== undefined && line[c] !== null) into[n++] = c;
  }
  return n;
}
