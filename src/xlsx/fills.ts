/**
 * Highlight fills for the ExcelJS port, and their exact undo.
 *
 * ExcelJS shares style objects: every cell loaded with the same style id (s="n") holds the *same*
 * `cell.style` object, and `cell.fill = x` is `cell.style.fill = x`, so it would repaint every cell
 * sharing that style. Here a cell is never changed through its style object: it is given a new one
 * (a shallow copy, its font/border/alignment objects still shared but never mutated) with a new fill.
 *
 * A snapshot (FormatSnapshot.format, JSON, kept in the workbook's store) records the cell's own fill
 * exactly: `xlsx.fill` is a deep copy of `cell.fill`, or null when the cell had none (no `fill` key at
 * all — distinct from an explicit `{type: "pattern", pattern: "none"}`, which is copied as it is).
 * Restoring gives the cell a new style object with that fill, or without a `fill` key.
 *
 * The snapshot also carries the Office.js adapter's fields (src/excel/formats.ts FillSnapshot: noFill,
 * color, pattern, patternColor), so a workbook highlighted by the CLI and then opened in Excel can be
 * cleared by the add-in, and the other way round. Those fields are best effort: a theme or indexed
 * colour has no RGB here, so it is reported as color null (Office then clears the cell); the ExcelJS
 * port itself always restores from `xlsx.fill`, which is exact.
 */
import type * as ExcelJS from "exceljs";
import { HIGHLIGHT_FILLS } from "../app/port";
import type { Severity } from "../engine";

export interface XlsxFillSnapshot {
  /** The cell had no fill (no fill of its own, or pattern "none"), as Office.js reports pattern "None". */
  noFill: boolean;
  /** Office.js `fill.color` as "#RRGGBB": the solid colour, or a pattern's background; null when unknown. */
  color: string | null;
  /** Office.js FillPattern name ("Solid", "Gray50", …); null for none or a gradient. */
  pattern: string | null;
  patternColor: string | null;
  /** The exact ExcelJS fill, or null when the cell had no `fill` at all. */
  xlsx: { fill: ExcelJS.Fill | null };
}

/** The Office.js adapter's snapshot shape (src/excel/formats.ts), as far as this port reads it. */
interface OfficeFillSnapshot {
  noFill: boolean;
  color: string | null;
  pattern?: string | null;
  patternColor?: string | null;
}

/** ExcelJS pattern names ↔ Office.js Excel.FillPattern names. */
const PATTERN_TO_OFFICE: Record<string, string> = {
  none: "None",
  solid: "Solid",
  darkGray: "Gray75",
  mediumGray: "Gray50",
  lightGray: "Gray25",
  gray125: "Gray16",
  gray0625: "Gray8",
  darkHorizontal: "Horizontal",
  darkVertical: "Vertical",
  darkDown: "Down",
  darkUp: "Up",
  darkGrid: "Checker",
  darkTrellis: "SemiGray75",
  lightHorizontal: "LightHorizontal",
  lightVertical: "LightVertical",
  lightDown: "LightDown",
  lightUp: "LightUp",
  lightGrid: "Grid",
  lightTrellis: "CrissCross",
};

const PATTERN_FROM_OFFICE: Record<string, ExcelJS.FillPatterns> = Object.fromEntries(
  Object.entries(PATTERN_TO_OFFICE).map(([xlsx, office]) => [office, xlsx as ExcelJS.FillPatterns]),
);

/** A solid fill of #RRGGBB as ExcelJS writes it. */
export function solidFill(hex: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(hex) } };
}

export function severityFill(severity: Severity): ExcelJS.FillPattern {
  return solidFill(HIGHLIGHT_FILLS[severity]);
}

/** "#F4B6B6" → "FFF4B6B6". */
export function argbOf(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function hexOf(color: Partial<ExcelJS.Color> | undefined): string | null {
  const argb = color?.argb;
  if (typeof argb !== "string") return null;
  if (/^[0-9A-Fa-f]{8}$/.test(argb)) return `#${argb.slice(2).toUpperCase()}`;
  if (/^[0-9A-Fa-f]{6}$/.test(argb)) return `#${argb.toUpperCase()}`;
  return null;
}

function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The snapshot of a cell's fill as it is now. */
export function snapshotFill(fill: ExcelJS.Fill | undefined): XlsxFillSnapshot {
  const own = fill ? deepCopy(fill) : null;
  if (!own || (own.type === "pattern" && (own.pattern === "none" || !own.pattern))) {
    return { noFill: true, color: null, pattern: own ? "None" : null, patternColor: null, xlsx: { fill: own } };
  }
  if (own.type === "pattern") {
    if (own.pattern === "solid") return { noFill: false, color: hexOf(own.fgColor), pattern: "Solid", patternColor: null, xlsx: { fill: own } };
    return {
      noFill: false,
      color: hexOf(own.bgColor),
      pattern: PATTERN_TO_OFFICE[own.pattern] ?? null,
      patternColor: hexOf(own.fgColor),
      xlsx: { fill: own },
    };
  }
  // A gradient: Office.js can only put back a solid colour; the first stop is the closest.
  const stops = (own as { stops?: ExcelJS.GradientStop[] }).stops ?? [];
  return { noFill: false, color: hexOf(stops[0]?.color), pattern: null, patternColor: null, xlsx: { fill: own } };
}

export function isXlsxFillSnapshot(format: unknown): format is XlsxFillSnapshot {
  const xlsx = (format as XlsxFillSnapshot | null)?.xlsx;
  return typeof xlsx === "object" && xlsx !== null && "fill" in xlsx;
}

function isOfficeFillSnapshot(format: unknown): format is OfficeFillSnapshot {
  return typeof format === "object" && format !== null && typeof (format as OfficeFillSnapshot).noFill === "boolean";
}

/**
 * The fill a snapshot puts back: `undefined` for "no fill of its own" (the `fill` key is removed);
 * null when the snapshot is not one this port can read (the cell is then left alone).
 */
export function fillToRestore(format: unknown): ExcelJS.Fill | undefined | null {
  if (isXlsxFillSnapshot(format)) return format.xlsx.fill ? deepCopy(format.xlsx.fill) : undefined;
  if (isOfficeFillSnapshot(format)) {
    // Made by the Office.js adapter inside Excel.
    if (format.noFill || !format.color) return undefined;
    const pattern = format.pattern ? PATTERN_FROM_OFFICE[format.pattern] : undefined;
    if (!pattern || pattern === "solid" || pattern === "none") return solidFill(format.color);
    const fill: ExcelJS.FillPattern = { type: "pattern", pattern, bgColor: { argb: argbOf(format.color) } };
    if (format.patternColor) fill.fgColor = { argb: argbOf(format.patternColor) };
    return fill;
  }
  return null;
}

/** Gives the cell a style object of its own with `fill` (or without one for undefined); never mutates a shared style. */
export function setOwnFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style: Partial<ExcelJS.Style> = { ...(cell.style ?? {}) };
  if (fill === undefined) delete style.fill;
  else style.fill = fill;
  cell.style = style;
}

/** The same for any style properties (number format, font, …). */
export function setOwnStyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...(cell.style ?? {}), ...change };
}
