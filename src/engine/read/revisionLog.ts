/**
 * The 수정이력 (revision log) sheet as the reader finds it: its columns, the header words it is found by in
 * either language, and its data rows. The row model and the checksum chain are src/engine/revisions/log.ts.
 */
import type { CellValue, Grid } from "../grid";
import { cellText } from "../grid";
import { GENERATED_SHEETS, ownStoreSheet } from "../sheets";

export const LOG_COLUMNS = [
  "at", // 일시
  "revisionYear", // 수정연도
  "kind", // 구분
  "strategy", // 전략
  "number", // 사업번호
  "name", // 사업명
  "field", // 항목
  "year", // 연도
  "before", // 이전
  "after", // 이후
  "reason", // 사유
  "author", // 작성자
  "checksum", // 검증값
] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

/**
 * The header of each log column, as the add-in writes it in either language: how the log is found
 * again whatever language it was started in (src/i18n/summary.ts shows the same words).
 */
export const LOG_HEADERS: Record<LogColumn, { ko: string; en: string }> = {
  at: { ko: "일시", en: "Date and time" },
  revisionYear: { ko: "수정연도", en: "Revision year" },
  kind: { ko: "구분", en: "Type" },
  strategy: { ko: "전략", en: "Strategy" },
  number: { ko: "사업번호", en: "Project no." },
  name: { ko: "사업명", en: "Project name" },
  field: { ko: "항목", en: "Field" },
  year: { ko: "연도", en: "Year" },
  before: { ko: "이전", en: "Before" },
  after: { ko: "이후", en: "After" },
  reason: { ko: "사유", en: "Reason" },
  author: { ko: "작성자", en: "Author" },
  checksum: { ko: "검증값", en: "Checksum" },
};

export interface RevisionLogSheet {
  sheet: string;
  /** Zero-based row of the header; null when the sheet has no recognisable header. */
  headerRow: number | null;
  lang: "ko" | "en";
  /** Column of each log column (null when its header is missing). */
  columns: Record<LogColumn, number | null>;
  /** Data rows: the sheet row and the cells in LOG_COLUMNS order. */
  rows: { row: number; cells: CellValue[] }[];
}

/** Finds 수정이력 and its rows by the header words (Korean or English); null when there is no such sheet. */
export function readRevisionLog(grid: Grid): RevisionLogSheet | null {
  const sheet = grid.sheets.find((s) => s.name === GENERATED_SHEETS.revisionLog);
  if (!sheet) return null;
  const columns = Object.fromEntries(LOG_COLUMNS.map((c) => [c, null])) as Record<LogColumn, number | null>;
  const checksumHeaders = new Set(Object.values(LOG_HEADERS.checksum));
  const headerRow = sheet.values.findIndex((line) => (line ?? []).some((v) => checksumHeaders.has(cellText(v ?? null))));
  if (headerRow === -1) {
    const empty = sheet.values.every((line) => (line ?? []).every((v) => isBlank(v)));
    return empty ? null : { sheet: sheet.name, headerRow: null, lang: "ko", columns, rows: [] };
  }
  const headerLine = (sheet.values[headerRow] ?? []).map((v) => cellText(v ?? null));
  const lang = headerLine.includes(LOG_HEADERS.checksum.en) ? "en" : "ko";
  for (const column of LOG_COLUMNS) {
    const col = headerLine.findIndex((h) => h === LOG_HEADERS[column].ko || h === LOG_HEADERS[column].en);
    columns[column] = col === -1 ? null : col;
  }
  const rows: RevisionLogSheet["rows"] = [];
  for (let row = headerRow + 1; row < sheet.values.length; row++) {
    const line = sheet.values[row] ?? [];
    const cells = LOG_COLUMNS.map((column) => {
      const col = columns[column];
      const value = col === null ? null : line[col];
      return value === undefined ? null : value;
    });
    if (cells.some((value) => !isBlank(value))) rows.push({ row, cells });
  }
  return { sheet: sheet.name, headerRow, lang, columns, rows };
}

/** Empty as the log's checksum sees it (src/engine/revisions/log.ts canonicalCell): no value, a non-finite number, blank text. */
function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "number") return !Number.isFinite(value);
  return typeof value === "string" && value.trim() === "";
}

/** The store's entries the log's tamper evidence needs, as raw text (null when absent). */
export interface RevisionStore {
  /** The "revisionLog" entry: JSON {head, rows, seal} (src/engine/revisions/log.ts). */
  revisionLog: string | null;
  /** The "baseline" entry, covered by the same seal. */
  baseline: string | null;
}

/**
 * The add-in's very hidden store sheet, when the grid holds it (a file read whole; the adapters' own
 * readGrid leave it out): key in A, the value's pieces in B, C, … (the layout of src/app/conventions.ts).
 * A user's sheet of its name (not very hidden: ownStoreSheet) is no store.
 */
export function readRevisionStore(grid: Grid): RevisionStore | null {
  const sheet = ownStoreSheet(grid);
  if (!sheet) return null;
  const entries: Record<string, string> = {};
  for (const line of sheet.values) {
    const key = line?.[0];
    if (key === null || key === undefined || key === "") continue;
    // Pieces are joined as written: a cut may fall beside a space inside the JSON, and trimming it would break the seal.
    entries[String(key)] = line.slice(1).map(storePiece).join("");
  }
  return { revisionLog: entries.revisionLog ?? null, baseline: entries.baseline ?? null };
}

function storePiece(piece: CellValue | undefined): string {
  if (piece === null || piece === undefined) return "";
  return typeof piece === "string" ? piece : cellText(piece);
}
