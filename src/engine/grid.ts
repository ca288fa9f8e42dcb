/**
 * What a workbook adapter (Office.js or ExcelJS) reads: per sheet, values as Excel shows them,
 * formulas where present, and merged areas. Rows and columns are zero-based; A1 only at the edges.
 */
import { asSeen, UNSEEN_OR_JAMO } from "./text";

/** An Excel error value such as #REF! or #DIV/0!, kept apart from text that merely looks like one. */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | null | CellError;

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** A merged block, zero-based and inclusive on every side. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** values[row][col]; rows may be ragged, a missing cell reads as null. */
  values: CellValue[][];
  /** formulas[row][col] = "=SUM(L5:L12)" where the cell holds a formula; absent or null elsewhere. */
  formulas?: (string | null)[][];
  merges: MergedArea[];
  /**
   * As the workbook has it, where the reader knows (the file readers and the Office.js read do): the add-in's
   * store is very hidden, a user's sheet of its name is not. Absent: unknown (a grid made in memory).
   */
  visibility?: SheetVisibility;
}

/** A sheet's state as workbook.xml spells it (Office.js says "Visible", "Hidden", "VeryHidden"). */
export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** A sheet's state attribute as workbook.xml (and ExcelJS) give it: visible when absent (its default) or not one Excel writes. */
export function sheetVisibility(state: string | undefined): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

export interface Grid {
  sheets: SheetGrid[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}

export function cellValue(sheet: SheetGrid, row: number, col: number): CellValue {
  const line = sheet.values[row];
  if (!line) return null;
  const value = line[col];
  return value === undefined ? null : value;
}

/**
 * The text a person sees in the cell, trimmed; errors read as their code. Zero-width spaces (text copied from a web
 * page) are left out and Hangul spelled in jamo (NFD: copied from a Mac's file name or PDF) is composed, so the
 * plan's words read as they look; the cell itself is never changed.
 */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return UNSEEN_OR_JAMO.test(value) ? asSeen(value) : value.trim();
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value.error;
}

export function columnCount(sheet: SheetGrid): number {
  let max = 0;
  const values = sheet.values;
  for (let r = 0; r < values.length; r++) if (values[r] && values[r].length > max) max = values[r].length;
  return max;
}
