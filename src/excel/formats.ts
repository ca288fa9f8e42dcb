/**
 * Highlights and their exact undo.
 *
 * highlightCells: sync 1 loads each marked cell's fill (color, and pattern + patternColor from
 * ExcelApi 1.9), sync 2 paints the severity colours. restoreFills: one sync.
 *
 * "No fill" and "white fill" both report color "#FFFFFF"; only `pattern` tells them apart ("None" vs
 * "Solid"). So a snapshot records `noFill` from the pattern, and restore clears the fill (fill.clear())
 * where there was none and sets the colour (and a non-solid pattern with its colour) elsewhere. Without
 * ExcelApi 1.9 the pattern cannot be read and a "#FFFFFF" cell is taken as unfilled (restoring a white
 * fill as no fill, the closest it can do). A theme colour is put back as the RGB Excel reported.
 */
import type { CellRef, Severity } from "../engine";
import { HIGHLIGHT_FILLS, type FormatSnapshot, type HighlightMark } from "../app/port";
import { chunks, DEFAULT_ADAPTER_OPTIONS, sheetLookup, type AdapterOptions } from "./context";

/** What FormatSnapshot.format holds for this adapter (JSON, kept in the workbook's store). */
export interface FillSnapshot {
  /** The cell had no fill at all (pattern "None"), as opposed to a white one. */
  noFill: boolean;
  color: string | null;
  /** Excel.FillPattern ("Solid", "Gray50", …); absent where ExcelApi 1.9 is not supported. */
  pattern?: string | null;
  patternColor?: string | null;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One mark per cell, the most severe kept (use cases usually dedupe already; a repeated cell must not snapshot our own colour). */
export function oneMarkPerCell(marks: readonly HighlightMark[]): HighlightMark[] {
  const byCell = new Map<string, HighlightMark>();
  for (const mark of marks) {
    const key = `${mark.ref.sheet}\u0000${mark.ref.row}\u0000${mark.ref.col}`;
    const existing = byCell.get(key);
    if (!existing || RANK[mark.severity] < RANK[existing.severity]) byCell.set(key, mark);
  }
  return [...byCell.values()];
}

export function fillSnapshotOf(fill: Pick<Excel.RangeFill, "color"> & Partial<Pick<Excel.RangeFill, "pattern" | "patternColor">>, withPattern: boolean): FillSnapshot {
  const color = typeof fill.color === "string" ? fill.color : null;
  if (withPattern) {
    const pattern = typeof fill.pattern === "string" ? fill.pattern : null;
    return {
      noFill: pattern === "None" || color === null,
      color,
      pattern,
      patternColor: typeof fill.patternColor === "string" ? fill.patternColor : null,
    };
  }
  return { noFill: color === null || color.toUpperCase() === "#FFFFFF", color };
}

export function isFillSnapshot(format: unknown): format is FillSnapshot {
  return typeof format === "object" && format !== null && typeof (format as FillSnapshot).noFill === "boolean";
}

export async function highlightCells(
  context: Excel.RequestContext,
  marks: readonly HighlightMark[],
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
): Promise<FormatSnapshot[]> {
  const withPattern = options.apiSupported("1.9");
  const sheet = sheetLookup(context);
  const cells = oneMarkPerCell(marks).map((mark) => ({ mark, fill: cellFill(sheet, mark.ref) }));
  if (cells.length === 0) return [];

  for (const part of chunks(cells, options.formatCellsPerSync)) {
    for (const { fill } of part) fill.load(withPattern ? "color,pattern,patternColor" : "color");
    await context.sync(); // 1: the fills as they are
  }
  const snapshots: FormatSnapshot[] = cells.map(({ mark, fill }) => ({ ref: mark.ref, format: fillSnapshotOf(fill, withPattern) }));

  const painted = cells.map((cell, i) => ({ ...cell, before: snapshots[i].format as FillSnapshot }));
  for (const part of chunks(painted, options.formatCellsPerSync)) {
    for (const { mark, fill, before } of part) {
      fill.color = HIGHLIGHT_FILLS[mark.severity];
      // A colour on an unfilled cell makes it solid; a patterned cell would keep its pattern unless told.
      if (withPattern && before.pattern && before.pattern !== "None" && before.pattern !== "Solid") fill.pattern = "Solid";
    }
    await context.sync(); // 2: the severity colours
  }
  return snapshots;
}

/** Puts every snapshot back, in one sync. Fails as a whole when a snapshot's sheet no longer exists. */
export async function restoreFills(
  context: Excel.RequestContext,
  snapshots: readonly FormatSnapshot[],
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
): Promise<void> {
  const withPattern = options.apiSupported("1.9");
  const sheet = sheetLookup(context);
  const usable = snapshots.filter((s) => isFillSnapshot(s.format));
  for (const part of chunks(usable, options.formatCellsPerSync)) {
    for (const snapshot of part) applyFill(cellFill(sheet, snapshot.ref), snapshot.format as FillSnapshot, withPattern);
    await context.sync(); // 1
  }
}

/**
 * The same, after finding out which sheets still exist (one more sync): used when a plain restore failed
 * because the user deleted or renamed a sheet since highlighting, so the stored snapshots do not block
 * every later validation. Restoring twice is harmless: it only sets fills to what they were.
 */
export async function restoreFillsWhereSheetsExist(
  context: Excel.RequestContext,
  snapshots: readonly FormatSnapshot[],
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = new Set(worksheets.items.map((s) => s.name));
  const present = snapshots.filter((s) => names.has(s.ref.sheet));
  await restoreFills(context, present, options);
  return present.length;
}

function cellFill(sheet: (name: string) => Excel.Worksheet, ref: CellRef): Excel.RangeFill {
  return sheet(ref.sheet).getCell(ref.row, ref.col).format.fill;
}

function applyFill(fill: Excel.RangeFill, before: FillSnapshot, withPattern: boolean): void {
  if (before.noFill || before.color === null) {
    fill.clear();
    return;
  }
  fill.color = before.color;
  if (!withPattern) return;
  if (before.pattern && before.pattern !== "Solid" && before.pattern !== "None") fill.pattern = before.pattern as Excel.FillPattern;
  if (before.patternColor && before.pattern && before.pattern !== "Solid") fill.patternColor = before.patternColor;
}
