/**
 * The conventions every WorkbookPort implementation keeps (src/excel over Office.js, src/xlsx over ExcelJS,
 * the memory port of the tests), so a workbook written by one reads the same through another:
 * - dates read as ISO text;
 * - every non-empty string is written in a text-formatted cell;
 * - the marker that tells the add-in's own sheets from a user's;
 * - the store sheet's cell layout.
 * Pure TypeScript: no Office.js, no ExcelJS.
 */
import type { WrittenValue } from "./port";

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * A date cell reads as text. ExcelJS turns a number with a date format into a Date at UTC
 * ("2022-11-15T00:00:00Z" for 44880); Office.js gives the serial (src/excel/cells.ts serialToDate). Shown as ISO: "2022-11-15"; with a time "2022-11-15 09:30" (":ss" when there are seconds);
 * a time alone (serial below 1, day 1899-12-30) "09:30".
 */
export function dateText(date: Date): string {
  const t = date.getTime();
  if (Number.isNaN(t)) return "";
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCSeconds();
  const hasTime = date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0 || seconds !== 0;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ""}`;
  if (day === "1899-12-30" && hasTime) return time;
  return hasTime ? `${day} ${time}` : day;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** The number format that keeps a cell's content as typed text. */
export const TEXT_FORMAT = "@";

/**
 * Whether a value must go into a cell formatted as text before it is written. Excel parses a string set
 * through Range.values as if it were typed: "=…", "+…", "-…", "@…" become formulas (looksLikeFormula),
 * and "2478", "1/2", "3월 5일", "TRUE", "50%" become numbers, dates or booleans — which ones depends on
 * the user's locale. So every non-empty string is written as text; numbers and booleans are not.
 */
export function needsTextFormat(value: WrittenValue): value is string {
  return typeof value === "string" && value !== "";
}

// ---------------------------------------------------------------------------------------------
// Markers and the store layout

/**
 * An add-in sheet carries its marker string in row 1, in the column one past a blank column after the
 * sheet's widest row (so it never sits inside the table), in small grey text. A sheet is the add-in's
 * when some cell of its row 1 holds exactly the marker; the position is not relied on.
 */
export function markerColumn(rows: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  return width + 1;
}

export function rowHasMarker(row: readonly unknown[] | undefined, marker: string): boolean {
  return !!row && row.some((value) => value === marker);
}

/** Excel keeps at most 32,767 characters in a cell; store values are cut below that. */
export const STORE_CELL_CHARS = 32_000;

/**
 * A store value → the cells after its key (B, C, …), each at most `size` characters. A cut never splits
 * a surrogate pair and never leaves a piece starting with "'" (Excel may take a leading apostrophe
 * as its "this is text" prefix and drop it).
 */
export function splitStoreValue(value: string, size = STORE_CELL_CHARS): string[] {
  if (value === "") return [""];
  const pieces: string[] = [];
  let start = 0;
  while (start < value.length) {
    let end = Math.min(value.length, start + size);
    while (end < value.length && end > start + 1 && (isLowSurrogate(value.charCodeAt(end)) || value[end] === "'")) end--;
    pieces.push(value.slice(start, end));
    start = end;
  }
  return pieces;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether a sheet of the store's name is the add-in's (engine/sheets.ts: the file readers' grids ask it too). */
export { isOwnStore } from "../engine/sheets";

/**
 * The key of a row of a store being written in parts (src/excel/store.ts), until its last request gives the
 * rows their own keys: read as no entry, so that a write cut short leaves the old store as it was. A key the
 * add-in writes (isOwnStore takes the sheet as its own), never an entry's.
 */
export const STORE_PENDING_KEY = "pendingStorePart";

/**
 * The store sheet's rows (key in A, value pieces in B, C, …) → entries. Rows without a text key are skipped, and
 * so are the rows of a write in parts not finished (STORE_PENDING_KEY).
 */
export function storeFromRows(rows: readonly (readonly unknown[])[] | undefined): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const row of rows ?? []) {
    const key = row[0];
    if (key === null || key === undefined || key === "" || key === STORE_PENDING_KEY) continue;
    let value = "";
    for (let c = 1; c < row.length; c++) {
      const piece = row[c];
      if (piece !== null && piece !== undefined) value += String(piece);
    }
    entries[String(key)] = value;
  }
  return entries;
}

/** Entries → a rectangular matrix for one Range.values write (short rows padded with ""). */
export function storeToRows(entries: Record<string, string>): string[][] {
  const rows = Object.keys(entries)
    .sort()
    .map((key) => [key, ...splitStoreValue(entries[key])]);
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) => [...row, ...new Array<string>(width - row.length).fill("")]);
}
