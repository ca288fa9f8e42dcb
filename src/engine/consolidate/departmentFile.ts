/**
 * Whose file is it? The acceptance of a department's file, shared by plan consolidation and the gathering
 * of 시행결과: a file is department D's only when it names D (the coordinator's choice; else the department
 * its rows name most; else the 안내 sheet split wrote) and holds D's rows — never two or more rows of other
 * departments (the whole plan, another department's file), never only others'. One stray row of another
 * department is tolerated here and reported by the caller on its own.
 */
import type { NamedDepartment } from "./types";

/** One project row of the file, by department key: the master's for its project, and the row's own 담당부서. */
export interface FileRow {
  /** The master project's department (null: the master names none); undefined when the master lacks the project. */
  master: string | null | undefined;
  /** The department the row itself names (null: none). */
  row: string | null;
}

export interface NotDepartmentFile {
  /** "several": names no department and holds several departments' rows; "others": holds other departments' rows; "noOwn": none of its own. */
  why: "several" | "others" | "noOwn";
  own: number;
  foreign: number;
  /** The other departments' names ("-" for rows of no department). */
  departments: string[];
}

/** The department key the rows name most; null when no row names one. */
export function mostNamed(keys: Iterable<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  let best: string | null = null;
  for (const [key, count] of counts) if (best === null || count > (counts.get(best) as number)) best = key;
  return best;
}

/** The file's department key: the coordinator's choice, else the one its rows name most, else the named one (안내 sheet). */
export function fileDepartmentKey(rowKeys: Iterable<string | null>, named: NamedDepartment | undefined, keyOf: (name: string) => string): string | null {
  const namedKey = named ? keyOf(named.name) : null;
  return named?.source === "chosen" ? namedKey : (mostNamed(rowKeys) ?? namedKey);
}

/**
 * Why the file is not department `fileKey`'s, or null when it is. A row is another department's when its
 * master project is (a master project without 담당부서 belongs to no department's file) or when the row
 * itself names another department; rows the master lacks that name none are the file's own.
 */
export function notDepartmentFile(rows: Iterable<FileRow>, fileKey: string | null, nameOf: (key: string) => string): NotDepartmentFile | null {
  let own = 0;
  const foreign: (string | null)[] = [];
  for (const { master, row } of rows) {
    const of = master === undefined ? row : master;
    if (master === undefined && row === null) continue;
    if (fileKey !== null && of === fileKey && (row === null || row === fileKey)) own += 1;
    else foreign.push(of !== fileKey ? of : row);
  }
  const departments = [...new Set(foreign)].map((key) => (key === null ? "-" : nameOf(key)));
  const found = { own, foreign: foreign.length, departments };
  if (fileKey === null) return new Set(foreign).size >= 2 ? { why: "several", ...found } : null;
  if (foreign.length >= 2) return { why: "others", ...found };
  if (own === 0 && foreign.length > 0) return { why: "noOwn", ...found };
  return null;
}
