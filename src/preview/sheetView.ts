/** What the preview's grid draws: plain data, no ExcelJS, so the grid component stays out of the ExcelJS chunk. */
import type { CellRef, MergedArea, Severity } from "../engine";

export interface CellView {
  text: string;
  /** Background as "#RRGGBB" where the cell has a solid fill. */
  fill: string | null;
  /** The add-in's highlight, recognised by its colour (HIGHLIGHT_FILLS). */
  severity: Severity | null;
  bold: boolean;
  italic: boolean;
  color: string | null;
  align: "left" | "center" | "right" | null;
  vertical: "top" | "middle" | "bottom" | null;
  wrap: boolean;
  /** A HYPERLINK("#'Sheet'!A1", …) target inside the workbook. */
  link: CellRef | null;
  /** A number (or formula result) – right-aligned by default, as Excel does. */
  numeric: boolean;
}

/** A cell with nothing in it (a highlighted empty cell starts from it). */
export const EMPTY_CELL: CellView = {
  text: "",
  fill: null,
  severity: null,
  bold: false,
  italic: false,
  color: null,
  align: null,
  vertical: null,
  wrap: false,
  link: null,
  numeric: false,
};

export interface SheetView {
  name: string;
  rowCount: number;
  colCount: number;
  /** Rows cut off for speed (rowCount is then the limit). */
  truncated: boolean;
  /** cells[row][col], zero-based; undefined where empty. */
  cells: (CellView | undefined)[][];
  merges: MergedArea[];
  /** Column widths in CSS pixels. */
  colWidths: number[];
  /** Row heights in CSS pixels where the file sets one. */
  rowHeights: (number | undefined)[];
  frozenRows: number;
}

export interface WorkbookView {
  sheets: SheetView[];
}
