/**
 * A sheet seen the way a person reads it: a merged block shows its value once, at its top-left cell
 * (`own`), but belongs to every cell it covers (`shown`). Office.js and ExcelJS disagree on what a
 * covered cell holds; this view makes both read the same.
 */
import type { CellValue, MergedArea, SheetGrid } from "../grid";
import { cellFormula, cellValue, columnCount } from "../grid";

export class SheetView {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly masterOf = new Map<number, MergedArea>();

  /** values with every merge-covered cell emptied: `own` is a plain array read (the reader asks often). */
  private readonly ownValues: CellValue[][];

  constructor(readonly sheet: SheetGrid) {
    this.rowCount = sheet.values.length;
    this.colCount = columnCount(sheet);
    this.ownValues = sheet.values.map((line) => (line ? [...line] : []));
    for (const area of sheet.merges) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          this.masterOf.set(this.key(r, c), area);
          if ((r !== area.top || c !== area.left) && this.ownValues[r] && c < this.ownValues[r].length) this.ownValues[r][c] = null;
        }
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** The merged area covering the cell, if any. */
  mergeAt(row: number, col: number): MergedArea | undefined {
    return this.masterOf.get(this.key(row, col));
  }

  /** The cell's own value: null for a cell covered by another cell's merge. */
  own(row: number, col: number): CellValue {
    const value = this.ownValues[row]?.[col];
    return value === undefined ? null : value;
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
    return cellFormula(this.sheet, row, col);
  }

  isRowEmpty(row: number): boolean {
    const line = this.ownValues[row];
    if (!line) return true;
    for (const v of line) {
      if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) return false;
    }
    return true;
  }
}
