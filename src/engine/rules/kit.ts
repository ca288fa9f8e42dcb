/**
 * The small kit every rule uses: defining a rule with its message ids typed, making hits, and naming
 * places and years in messages. The plan's own words (flags, columns, indicators, units) are in ./vocabulary.
 *
 * The rules loop over the plan's lists by index, not with for…of: a rule's check runs once per plan, so on a large
 * plan its loops run before V8 has optimised them, and there (Node 20) for…of makes an iterator result per item and
 * runs about ten times slower (300,000 items: 100 against 9 ms; over 100 MB of iterator results at 50,000 rows).
 */
import { toA1 } from "../a1";
import type { CellRef } from "../grid";
import type { Fix, FindingData, Hit, Rule, Severity } from "../finding";

export interface HitExtra {
  projectId?: string;
  fix?: Fix;
  severity?: Severity;
}

/** A rule with its id and message ids as literal types (checked against the registry and the catalogues). */
export function defineRule<const Id extends string, const MessageId extends string>(rule: Rule<Id, MessageId>): Rule<Id, MessageId> {
  return rule;
}

/** Makes a rule's hits; accepts only the rule's own message ids, which it carries for the rule's `messageIds`. */
export type HitMaker<MessageId extends string> = ((messageId: MessageId, ref: CellRef, data?: FindingData, extra?: HitExtra) => Hit) & {
  readonly messageIds: readonly MessageId[];
};

export function hitMaker<const MessageId extends string>(messageIds: readonly MessageId[]): HitMaker<MessageId> {
  // A bound copy of makeHit (one per rule, to carry its ids): calling it is a builtin's hop, not a second JS call per hit.
  const make: (messageId: MessageId, ref: CellRef, data?: FindingData, extra?: HitExtra) => Hit = makeHit.bind(null);
  return Object.assign(make, { messageIds });
}

/** The extra of a hit that has none (no project, no fix): shared, never changed. */
export const NO_EXTRA: HitExtra = Object.freeze({});

/**
 * A hit in the finding's own shape, the keys a hit lacks left undefined: the runner turns it into the finding
 * in place (rule id and severity filled in) instead of copying it into a second object.
 */
export function makeHit(messageId: string, ref: CellRef, data: FindingData = {}, extra: HitExtra = NO_EXTRA): Hit {
  return { ruleId: undefined, severity: extra.severity, messageId, ref, projectId: extra.projectId, data, fix: extra.fix };
}

/** `extra` with a fix: a literal of one shape, where a spread per hit would copy the object through a generic path. */
export function withFix(extra: HitExtra, fix: Fix): HitExtra {
  return { projectId: extra.projectId, severity: extra.severity, fix };
}

/** "B12": a cell as the user finds it. */
export function cellA1(ref: CellRef): string {
  return toA1(ref.row, ref.col);
}

/** A sheet row as Excel numbers it (one-based). */
export function sheetRow(row: number): number {
  return row + 1;
}

/** 2023 → "'23" (how the plan writes its years). */
export function shortYear(year: number): string {
  return `'${String(year % 100).padStart(2, "0")}`;
}

/** [2023, 2025] → "'23, '25". */
export function yearList(years: readonly number[]): string {
  return years.map(shortYear).join(", ");
}

/** Rounded for a message: 4.6 → 4.6, 1/3 → 0.33. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** (to − from) / from in whole percent: 4600 → 2100 is −54. */
export function percentChange(from: number, to: number): number {
  return Math.round(((to - from) / from) * 100);
}

/** Cells by year, ascending: the reader gives them so, and a copy is sorted only when they are not. */
export function inYearOrder<T extends { year: number }>(cells: readonly T[]): readonly T[] {
  // Each year read once: a plan cell's year is a getter, and this runs over every target and budget several times.
  let previous = -Infinity;
  for (let i = 0; i < cells.length; i++) {
    const year = cells[i].year;
    if (year < previous) return [...cells].sort((a, b) => a.year - b.year);
    previous = year;
  }
  return cells;
}

/** Hits in sheet order (row, then column), for rules that collect them in several passes. */
export function sortHits(hits: Hit[]): Hit[] {
  // Nearly every pair is on one sheet: the locale comparison only when the names differ.
  return hits.sort((a, b) => (a.ref.sheet === b.ref.sheet ? 0 : a.ref.sheet.localeCompare(b.ref.sheet)) || a.ref.row - b.ref.row || a.ref.col - b.ref.col);
}
