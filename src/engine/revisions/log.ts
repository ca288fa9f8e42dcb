/**
 * The 수정이력 (revision log) row model and its chained checksum.
 *
 * Each row carries 검증값 = hash(previous row's 검증값 + this row's cells), so a row edited by hand no
 * longer matches, and a row removed or inserted breaks the chain at the row after it. The hash is
 * FNV-1a 64 in pure TypeScript (no Node crypto: it runs in the browser). It catches edits, not forgery:
 * anyone with this code can recompute a chain.
 *
 * Cells are hashed in a canonical text form that survives a round trip through Excel: numbers and
 * numeric text alike ("2024" and 2024), text trimmed and NFC-normalised, empty and null alike, and
 * without the control characters a saved workbook cannot hold (line breaks as one "\n", as XML reads them).
 *
 * The store (a very hidden sheet) keeps the chain's head, the number of rows written and a seal over
 * both and the baseline (LogSeal): rows cut from the end, all rows or the sheet deleted or renamed, a
 * row appended with a recomputed checksum, a log re-chained after an edit, and the store or baseline
 * edited are all reported (rule log/tampered). Someone who rewrites the log AND the store with this
 * code can forge a consistent pair: no scheme without a secret key can stop that.
 */
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
// The log's layout (columns, header words) and its reader: src/engine/read/revisionLog.ts.
import { LOG_COLUMNS, type LogColumn } from "../read/revisionLog";
import type { RevisionEntry } from "./diff";

/** 구분: 신설 (added), 제외 (excluded), 폐지 (abolished), 변경 (changed), 명칭변경 (renamed). */
export type RevisionKind = "신설" | "제외" | "폐지" | "변경" | "명칭변경";
export type RemovalType = "제외" | "폐지";

/** The cells of one log row, as written (checksum last). */
export type LogCell = string | number | null;
export type LogRow = Record<Exclude<LogColumn, "checksum">, LogCell> & { checksum: string };

/** The value the chain starts from (the row before the first). */
export const LOG_GENESIS = "plan-check:revision-log:v1";

export function revisionKind(entry: Pick<RevisionEntry, "type">, removalType: RemovalType = "제외"): RevisionKind {
  switch (entry.type) {
    case "added":
      return "신설";
    case "removed":
      return removalType;
    case "renamed":
      return "명칭변경";
    default:
      return "변경";
  }
}

const FNV_OFFSET = BigInt("0xcbf29ce484222325");
const FNV_PRIME = BigInt("0x100000001b3");
const MASK_64 = BigInt("0xffffffffffffffff");

function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

/** FNV-1a 64 of the UTF-8 bytes, as 16 lowercase hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of utf8(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash.toString(16).padStart(16, "0");
}

/** Text as a saved workbook gives it back: no C0 control but tab and line feed, CR LF and CR read as LF. */
export function savedText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

/** A cell as the checksum sees it. */
export function canonicalCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  const text = savedText(value).normalize("NFC").trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? String(Number(text)) : text;
}

/**
 * The checksum of a row's cells (without its checksum cell), chained to the previous row's: "x" and 16
 * hex digits (the letter keeps Excel from reading it as a number or a date).
 */
export function rowChecksum(previous: string, cells: readonly (CellValue | undefined)[]): string {
  return `x${fnv1a64(`${previous}\u001e${cells.map(canonicalCell).join("\u001f")}`)}`;
}

/** The cells of a row in column order, checksum excluded. */
export function logRowCells(row: Omit<LogRow, "checksum">): LogCell[] {
  return LOG_COLUMNS.filter((c) => c !== "checksum").map((c) => row[c as Exclude<LogColumn, "checksum">]);
}

/** Adds checksums to new rows, continuing the chain from the last row already in the log (or the start). */
export function chainRows(previous: string | null, rows: readonly Omit<LogRow, "checksum">[]): LogRow[] {
  let last = previous === null || previous === "" ? LOG_GENESIS : previous;
  return rows.map((row) => {
    const checksum = rowChecksum(last, logRowCells(row));
    last = checksum;
    return { ...row, checksum };
  });
}

/**
 * Checks a log read back from the sheet: each data row is its 12 cells followed by its checksum (column
 * order as LOG_COLUMNS). Returns the indexes (into `rows`) of rows whose checksum does not match —
 * an edited row, or the row after one removed, inserted or whose checksum was edited.
 */
export function verifyLog(rows: readonly (readonly (CellValue | undefined)[])[]): number[] {
  const broken: number[] = [];
  let previous = LOG_GENESIS;
  const width = LOG_COLUMNS.length - 1;
  rows.forEach((row, index) => {
    const stored = canonicalCell(row[width]).toLowerCase();
    if (rowChecksum(previous, row.slice(0, width)) !== stored) broken.push(index);
    previous = stored;
  });
  return broken;
}

// ---------------------------------------------------------------------------------------------
// The store's seal

/** The store key of the log's state. */
export const STORE_LOG_KEY = "revisionLog";

/** What the store remembers of the log: the last row's checksum, the rows written, and a seal over both and the baseline. */
export interface LogSeal {
  head: string;
  rows: number;
  seal: string;
}

function sealOf(head: string, rows: number, baseline: string | null): string {
  return `x${fnv1a64(`plan-check:store:v1\u001e${head}\u001f${rows}\u001f${baseline ?? ""}`)}`;
}

export function makeLogSeal(head: string, rows: number, baseline: string | null): LogSeal {
  return { head, rows, seal: sealOf(head, rows, baseline) };
}

/** The store's log state, or null when the text is not one (then the store was edited). */
export function parseLogSeal(text: string): LogSeal | null {
  try {
    const value = JSON.parse(text) as Partial<LogSeal> | null;
    if (!value || typeof value.head !== "string" || typeof value.seal !== "string" || !Number.isInteger(value.rows) || (value.rows as number) < 0) return null;
    return { head: value.head, rows: value.rows as number, seal: value.seal };
  } catch {
    return null;
  }
}

export function sealHolds(state: LogSeal, baseline: string | null): boolean {
  return state.seal === sealOf(state.head, state.rows, baseline);
}
