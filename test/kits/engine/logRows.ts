/** 수정이력 rows for the log rules' tests: the n-th budget change of one project, chained as the add-in writes them. */
import { chainRows, logRowCells, type LogCell, type LogRow } from "../../../src/engine/revisions/log";

export function logEntry(n: number): Omit<LogRow, "checksum"> {
  return {
    at: `2024-10-0${n}T09:00:00+09:00`,
    revisionYear: 2024,
    kind: "변경",
    strategy: "I-1 취약계층사회안전망 보강",
    number: 2,
    name: "정신건강 취약계층관리",
    field: "예산(백만원)",
    year: 2024,
    before: 80,
    after: 80 + n,
    reason: "추경",
    author: "주민생활복지과",
  };
}

/** Rows 1…count chained from an empty log. */
export function chainedLog(count: number): LogRow[] {
  return chainRows(null, Array.from({ length: count }, (_, i) => logEntry(i + 1)));
}

/** A log row as its sheet cells: the entry's cells, then its checksum. */
export const rowCells = (row: LogRow): LogCell[] => [...logRowCells(row), row.checksum];
