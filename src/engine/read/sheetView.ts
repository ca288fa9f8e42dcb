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

  constructor(readonly sheet: SheetGrid) {
    this.rowCount = sheet.values.length;
    this.colCount = columnCount(sheet);
    for (const area of sheet.merges) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) this.masterOf.set(this.key(r, c), area);
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
    const area = this.mergeAt(row, col);
    if (area && (area.top !== row || area.left !== col)) return null;
    return cellValue(this.sheet, row, col);
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
    const line = this.sheet.values[row];
    if (!line) return true;
    for (let c = 0; c < line.length; c++) {
      const v = this.own(row, c);
      if (v !== null && !(typeof v === "string" && v.trim() === "")) return false;
    }
    return true;
  }
}
