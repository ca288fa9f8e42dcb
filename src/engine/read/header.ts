/**
 * Finding the plan table by its header words, not by position: one or two header rows, merged group
 * headers (성과지표 over five years, 예산(백만원) over five more), the seed's three spellings of each flag,
 * years as '22년, 2022, 2022년, 22년, and columns in any order.
 */
import type { ColumnRole, PlanColumn } from "../plan";
import { cellText } from "../grid";
import { SheetView } from "./sheetView";
import { compact, JAMO_CLASS, remembered, reparsedAsSeen, ZERO_WIDTH_CLASS } from "../text";

export { compact };

/**
 * '22, '22년, 2022, 2022년, 22년 → 2022; so too as they look ('２７, ２０２７년: fullwidth, as a Korean IME types
 * them); null if the text names no year.
 */
export function yearIn(text: string): number | null {
  return reparsedAsSeen(compact(text), yearAsWritten, null);
}

function yearAsWritten(t: string): number | null {
  const full = /(?:^|\D)(20\d{2})(?:년|\D|$)/.exec(t);
  if (full) return Number(full[1]);
  const quoted = /['’‘`´](\d{2})(?!\d)/.exec(t);
  if (quoted) return 2000 + Number(quoted[1]);
  const short = /(?:^|\D)(\d{2})년/.exec(t);
  if (short) return 2000 + Number(short[1]);
  return null;
}

type Classified = { role: ColumnRole; year?: number } | null;

const FLAG_PATTERNS: [ColumnRole, RegExp][] = [
  ["flag.key", /중점/],
  ["flag.partnership", /민관/],
  ["flag.isNew", /신규|신사업/],
];

/**
 * One column's role from its (group + own) header text; `yearGroup` resolves a bare year. Remembered, frozen: the
 * plans of one form have the same few labels, and each asked up to fifteen patterns of every plan read.
 */
export function classifyHeader(label: string): Classified {
  return classifiedLabel(label);
}

const classifiedLabel = remembered((label: string): Classified => {
  const classified = classifyLabel(label);
  return classified && Object.freeze(classified);
});

function classifyLabel(label: string): Classified {
  const t = compact(label);
  if (t === "") return null;
  // A year's results beside the targets ("'24 실적", 달성률, 미달성 사유, 집행액) are not plan columns: src/engine/results reads them.
  if (/실적|달성|집행/.test(t)) return null;
  const year = yearIn(t);
  // Flags first: "5기 신규사업 여부" names a plan generation, not a year.
  for (let i = 0; i < FLAG_PATTERNS.length; i++) if (FLAG_PATTERNS[i][1].test(t) && /여부|부\(|부$|\(○|사업부/.test(t)) return { role: FLAG_PATTERNS[i][0] };
  // The 6기 form's new-project flag is headed by the period alone: "6기 (○,×)".
  if (/^[56]기(\(|$|여부)/.test(t)) return { role: "flag.isNew" };
  if (/연계성/.test(t)) return { role: "link" };
  if (year !== null) {
    if (/예산|백만원|천원|사업비/.test(t)) return { role: "budget", year };
    if (/목표|성과지표|지표/.test(t)) return { role: "target", year };
    return { role: "target", year }; // resolved by position later when no group word says which
  }
  for (let i = 0; i < FLAG_PATTERNS.length; i++) if (FLAG_PATTERNS[i][1].test(t)) return { role: FLAG_PATTERNS[i][0] };
  if (/지표/.test(t)) return { role: "indicator" };
  if (/사업명|세부사업$|사업내용/.test(t)) return { role: "name" };
  if (/사업번호|^연번$|^번호$|^no\.?$/i.test(t)) return { role: "number" };
  if (/부서|담당과/.test(t)) return { role: "department" };
  if (/비고/.test(t)) return { role: "remark" };
  if (/대표과업|^과업$/.test(t)) return { role: "task" };
  if (/전략/.test(t)) return { role: "strategy" };
  return null;
}

/**
 * What every header word counted below has, spacing aside: a start of 사업번호/사업명, 세부사업명, 성과지표…, 담당부서,
 * 비고 or 5기/6기, nothing but digits and a quote (and 년: '22, 2022년), or 부 (…여부, …부(), 연 (연번, 연계성), 목 or
 * 예 (목표, 예산…) anywhere. A target such as "88%" or "2,000명", and most names and strategy labels, have none of these: most data
 * cells are ruled out here, before compact makes (and remembers) each new text without its spacing.
 */
// Zero-width spaces and Hangul in jamo (NFD) too: compact reads them as the words they look like.
const GAP = `[\\s${ZERO_WIDTH_CLASS}]*`;
const MAY_BE_HEADER_WORD = new RegExp(
  `^${GAP}(?:사${GAP}업|세${GAP}부|성${GAP}과|담${GAP}당|비${GAP}고|[56]${GAP}기)|^[\\s${ZERO_WIDTH_CLASS}'\\d]+(?:년${GAP})?$|[부연목예${JAMO_CLASS}]`,
);

/**
 * The header words, spacing removed: a column name, a flag (…여부, …부(), 5기/6기 (, 연계성, or a bare year
 * heading (2022년, '22). One pattern: every data cell with a hint character is asked, and one test costs less
 * than five. A year with 목표 or 예산 is asked apart (yearIn).
 */
const HEADER_WORD = /^(?:사업번호|연번|사업명|세부사업명|성과지표|성과지표명.*|예산.*|담당부서|비고)$|(?:중점|민관|신규|신사업).*(?:여부|부\()|^[56]기\(|연계성|^(?:'?\d{2}|20\d{2})년?$/;

/**
 * Words that mark a row as (part of) a header: used to find the table and to skip repeated headers. Counted up to
 * `enough` (a caller asking "two or more?" of every row stops at the second).
 */
export function headerWordCount(view: SheetView, row: number, enough = Infinity): number {
  let count = 0;
  // Only the cells that hold something: a row with one value in column XFD costs one look, not 16,384.
  // present leaves out the covered cells, so the values are read straight from the row.
  const line = view.sheet.values[row];
  const present = view.present;
  for (let i = view.starts[row], end = view.starts[row + 1]; i < end; i++) {
    const value = line[present[i]];
    // Header words are short and Korean or a year: most data cells are ruled out before any other work.
    if (typeof value !== "string" || value.length > 40) continue;
    // Most data cells are ruled out here, before their spacing is removed (at 50,000 rows most texts are new).
    if (!MAY_BE_HEADER_WORD.test(value)) continue;
    const t = compact(value);
    // The length and the words first: yearIn's three patterns ran on every data cell with a hint character.
    if (HEADER_WORD.test(t) || (t.length <= 12 && /목표|예산/.test(t) && yearIn(t) !== null)) {
      if (++count >= enough) return count;
    }
  }
  return count;
}

export interface HeaderBlock {
  first: number;
  last: number;
  columns: PlanColumn[];
}

/** A column's label: the header row's text, or with the second row's (`depth` 2) when it adds other text. */
function labelOf(view: SheetView, row: number, depth: 1 | 2, col: number): string {
  const first = cellText(view.shown(row, col));
  if (depth === 1) return first;
  const second = cellText(view.shown(row + 1, col));
  if (first === "") return second;
  return second === "" || second === first ? first : `${first} ${second}`;
}

/**
 * Reads the header at `row` (one row, or two when the next row carries the years or the first row's
 * cells are merged down). Returns null unless it has a name column and target or budget years.
 */
export function readHeaderAt(view: SheetView, row: number): HeaderBlock | null {
  if (!mayNameProjects(view, row)) return null;
  const depth = headerDepth(view, row);
  const columns: PlanColumn[] = [];
  for (let col = 0; col < view.colCount; col++) {
    const header = labelOf(view, row, depth, col);
    const classified = classifyHeader(header);
    // Built field by field: spreading the classification here cost more than the rest of the header search.
    if (classified) columns.push(classified.year === undefined ? { role: classified.role, col, header } : { role: classified.role, year: classified.year, col, header });
  }
  resolveBareYears(columns);
  dropDuplicateRoles(columns);
  const has = (role: ColumnRole) => columns.some((c) => c.role === role);
  if (!has("name") || !(has("target") || has("budget"))) return null;
  return { first: row, last: row + depth - 1, columns };
}

/**
 * Whether a header at `row` could have a name column: its label (this row's text, or with the next row's)
 * has 사업 once spacing is removed (사업명, 세부사업, 사업내용). Rows with a header word that are no header
 * (a schedule's year labels, a notes block) are ruled out before their columns are classified.
 */
function mayNameProjects(view: SheetView, row: number): boolean {
  const next = row + 1 < view.rowCount;
  // Most rows with a header word that are no header (a schedule's years) show no 업 at all: ruled out in one look.
  if (!view.anyShownIncludes(row, "업") && !(next && view.anyShownIncludes(row + 1, "업"))) return false;
  for (let col = 0; col < view.colCount; col++) {
    const text = cellText(view.shown(row, col));
    const below = next ? cellText(view.shown(row + 1, col)) : "";
    if ((text.includes("업") || below.includes("업")) && compact(text + below).includes("사업")) return true;
  }
  return false;
}

function headerDepth(view: SheetView, row: number): 1 | 2 {
  if (row + 1 >= view.rowCount) return 1;
  for (let c = 0; c < view.colCount; c++) {
    const area = view.mergeAt(row, c);
    if (area && area.top === row && area.bottom > row) return 2;
  }
  let yearsBelow = 0;
  for (let c = 0; c < view.colCount; c++) {
    const text = cellText(view.own(row + 1, c));
    if (text !== "" && yearIn(text) !== null && text.length <= 14) yearsBelow++;
  }
  return yearsBelow >= 3 ? 2 : 1;
}

/**
 * A year column whose header names neither 목표 nor 예산 ("2022" alone): the first run of such years is
 * targets when the sheet has no explicit target years, otherwise budgets, and vice versa.
 */
function resolveBareYears(columns: PlanColumn[]): void {
  const bare = columns.filter((c) => c.year !== undefined && !/예산|백만원|천원|사업비|목표|성과지표|지표/.test(compact(c.header)));
  if (bare.length === 0) return;
  const explicitTargets = columns.some((c) => c.role === "target" && !bare.includes(c));
  const explicitBudgets = columns.some((c) => c.role === "budget" && !bare.includes(c));
  let run = 0;
  let previousYear = Infinity;
  for (const column of bare) {
    if ((column.year as number) <= previousYear) run++;
    previousYear = column.year as number;
    const firstRole: ColumnRole = explicitTargets && !explicitBudgets ? "budget" : "target";
    column.role = run === 1 ? firstRole : firstRole === "target" ? "budget" : "target";
  }
}

/** A role that appears twice (two "비고" columns, a year written twice) keeps its first column. */
function dropDuplicateRoles(columns: PlanColumn[]): void {
  const seen = new Set<string>();
  for (let i = 0; i < columns.length; i++) {
    const key = columns[i].year !== undefined ? `${columns[i].role}:${columns[i].year}` : columns[i].role;
    if (seen.has(key)) columns.splice(i--, 1);
    else seen.add(key);
  }
}

/**
 * The first plan header on a sheet (later ones are repeats), or null. Every row is searched, however far down
 * (a long 작성 요령 above the table): the search looks only at the cells that hold something, so it costs what
 * the sheet's content costs, not its extent.
 */
export function firstHeader(view: SheetView): HeaderBlock | null {
  for (let row = 0; row < view.rowCount; row++) {
    if (headerWordCount(view, row) < 1) continue;
    const header = readHeaderAt(view, row);
    if (header) return header;
  }
  return null;
}

/**
 * Finds the best header on any sheet: the one recognising the most roles, first sheet first. `headers`: each
 * view's firstHeader, when the caller has them already.
 */
export function findHeader(views: SheetView[], headers: readonly (HeaderBlock | null)[] = views.map(firstHeader)): { view: SheetView; header: HeaderBlock } | null {
  let best: { view: SheetView; header: HeaderBlock; score: number } | null = null;
  for (let i = 0; i < views.length; i++) {
    const view = views[i];
    const header = headers[i];
    if (!header) continue;
    const score = new Set(header.columns.map((c) => c.role)).size * 100 + header.columns.length;
    if (!best || score > best.score) best = { view, header, score };
  }
  return best && { view: best.view, header: best.header };
}
