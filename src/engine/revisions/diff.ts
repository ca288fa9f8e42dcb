/**
 * Two snapshots of a plan → what changed, one entry per change, as the revision log (수정이력) records it.
 *
 * Projects are matched by identity, never by row or number:
 *  1. by identity (normalised name); a project standing in several places is matched place by place
 *     (same strategy/task first, then in plan order);
 *  2. the old and new projects left over are paired as a rename (명칭변경) when their content — indicator
 *     names, targets and budgets — is the same or nearly so (≥ 75 % of the informative values equal);
 *  3. what is still left is removed (제외/폐지) or added (신설).
 * A matched project reports each changed field: place, number (renumbering), department, flags (by
 * meaning: "O" → "○" is no change), indicators, targets by year and budgets by year.
 *
 * Entries come in plan order: the new plan's projects in turn, a removed project after the project that
 * preceded it in the old plan.
 */
import { normalizeName } from "../identity";
import type { FlagName } from "../plan";
import { FLAG_NAMES } from "../plan";
import { classifyFlag, parseTarget, splitKeyMarker } from "../read/values";
import type { IndicatorSnapshot, PlanSnapshot, ProjectSnapshot } from "./snapshot";

export type RevisionType = "added" | "removed" | "renamed" | "changed";

export type RevisionField =
  | "project"
  | "name"
  | "strategy"
  | "number"
  | "department"
  | "flag.key"
  | "flag.partnership"
  | "flag.isNew"
  | "indicator"
  | "target"
  | "budget"
  // A year's results gathered into the master's 시행결과 form (logged as plan changes are; never diffed).
  | "result.actual"
  | "result.reason"
  | "result.spent";

export type RevisionValue = string | number | null;

export interface RevisionEntry {
  type: RevisionType;
  /** The project's id in the new plan (added, renamed, changed) or in the old plan (removed). */
  projectId: string;
  /** The project's name; its old name for a rename. */
  name: string;
  /** "project" for added/removed, "name" for renamed, else the field that changed. */
  field: RevisionField;
  /** The year of a target or budget; null otherwise. */
  year: number | null;
  before: RevisionValue;
  after: RevisionValue;
  /** Where the project stands (new plan; old plan for removed). */
  strategyId?: string | null;
  strategyName?: string | null;
  taskId?: string | null;
  number?: number | null;
  /** The indicator a target (or indicator) entry is about, as the new plan names it (old plan if removed). */
  indicator?: string;
}

/** Share of informative values that must be equal for two differently named projects to be one renamed. */
export const RENAME_SIMILARITY = 0.75;
/** At least this many informative values (a target, a budget, an indicator name) must be compared. */
const RENAME_MIN_VALUES = 3;

export interface DiffOptions {
  /**
   * Targets and budgets compared only in the years both plans have a column for: two plans of different periods
   * (제5기 2022–2026, 제6기 2026–2030) share only the year one ends and the other starts from, and a year the other
   * plan has no column for is no change of its value. Projects, names, places, departments, flags and indicators
   * are compared as ever.
   */
  sharedYearsOnly?: boolean;
  /**
   * Two plans of different periods (제5기 → 제6기): sharedYearsOnly, and flags compared by what they say in each
   * period's form — the 6기 form writes a key project as "(중점추진) 사업명", so "○" against that name is no change;
   * a flag only one of the plans has a column for (민관협력: the 6기 form has none) is not compared; nor is the
   * new-project flag, which asks another question in each period (5기 신규: new in the 5th plan; 6기 (○,×): new in the
   * 6th), so a 5기 project going on into the 6th is no change of it.
   */
  acrossPeriods?: boolean;
}

/** The years compared (null: every year either plan has). */
interface ComparedYears {
  targets: ReadonlySet<number> | null;
  budgets: ReadonlySet<number> | null;
}

/** How a project's flags are compared (see DiffOptions.acrossPeriods). */
interface FlagComparison {
  acrossPeriods: boolean;
  /** Each side's key flag is read from "(중점추진)" in the name (the 6기 form). */
  keyFromName: readonly [boolean, boolean];
}

/** The years both snapshots have a column for, targets and budgets apart. */
export function sharedYears(before: PlanSnapshot, after: PlanSnapshot): { targets: number[]; budgets: number[] } {
  return {
    targets: before.targetYears.filter((year) => after.targetYears.includes(year)),
    budgets: before.budgetYears.filter((year) => after.budgetYears.includes(year)),
  };
}

export function diffPlans(before: PlanSnapshot, after: PlanSnapshot, options: DiffOptions = {}): RevisionEntry[] {
  const acrossPeriods = options.acrossPeriods === true;
  const shared = options.sharedYearsOnly || acrossPeriods ? sharedYears(before, after) : null;
  const flags: FlagComparison = { acrossPeriods, keyFromName: [before.keyFromName === true, after.keyFromName === true] };
  const years: ComparedYears = { targets: shared && new Set(shared.targets), budgets: shared && new Set(shared.budgets) };
  // Budgets in 천원 on one side and 백만원 on the other are compared (and told) in 백만원: the unit is no change of amount.
  // A snapshot saved without its unit (an older baseline) is taken as written, as before.
  const unitsDiffer = before.budgetUnit !== undefined && after.budgetUnit !== undefined && before.budgetUnit !== after.budgetUnit;
  const olds = unitsDiffer ? inMillions(before) : before.projects;
  const news = unitsDiffer ? inMillions(after) : after.projects;
  const oldOf = new Array<number>(news.length).fill(-1);
  const newOf = new Array<number>(olds.length).fill(-1);
  const renamed = new Set<number>(); // new indexes
  const pair = (o: number, n: number) => {
    oldOf[n] = o;
    newOf[o] = n;
  };

  // 1. By identity, place by place.
  const oldByKey = indexBy(olds, (p) => p.key);
  const newByKey = indexBy(news, (p) => p.key);
  for (const [key, newIndexes] of newByKey) {
    const oldIndexes = oldByKey.get(key) ?? [];
    for (const samePlaceOnly of [true, false]) {
      for (const n of newIndexes) {
        if (oldOf[n] !== -1) continue;
        const o = oldIndexes.find((i) => newOf[i] === -1 && (!samePlaceOnly || samePlace(olds[i], news[n])));
        if (o !== undefined) pair(o, n);
      }
    }
  }

  // 2. Renames among the rest: the most similar pairs first.
  const candidates: { o: number; n: number; score: number; place: boolean }[] = [];
  for (let o = 0; o < olds.length; o++) {
    if (newOf[o] !== -1) continue;
    for (let n = 0; n < news.length; n++) {
      if (oldOf[n] !== -1) continue;
      const score = similarity(olds[o], news[n], years);
      if (score !== null && score >= RENAME_SIMILARITY) candidates.push({ o, n, score, place: samePlace(olds[o], news[n]) });
    }
  }
  candidates.sort((a, b) => b.score - a.score || Number(b.place) - Number(a.place) || a.o - b.o || a.n - b.n);
  for (const { o, n } of candidates) {
    if (newOf[o] !== -1 || oldOf[n] !== -1) continue;
    pair(o, n);
    renamed.add(n);
  }

  // 3. Entries in plan order; removed projects after their old predecessor's new place.
  const removedAfter = new Map<number, number[]>(); // new index (or -1) → removed old indexes
  for (let o = 0; o < olds.length; o++) {
    if (newOf[o] !== -1) continue;
    let anchor = -1;
    for (let p = o - 1; p >= 0; p--) {
      if (newOf[p] !== -1) {
        anchor = newOf[p];
        break;
      }
    }
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), o]);
  }
  const entries: RevisionEntry[] = [];
  const pushRemoved = (anchor: number) => {
    for (const o of removedAfter.get(anchor) ?? []) {
      const old = olds[o];
      entries.push({ type: "removed", projectId: old.id, name: old.name, field: "project", year: null, before: old.name, after: null, ...place(old) });
    }
  };
  pushRemoved(-1);
  for (let n = 0; n < news.length; n++) {
    const now = news[n];
    if (oldOf[n] === -1) {
      entries.push({ type: "added", projectId: now.id, name: now.name, field: "project", year: null, before: null, after: now.name, ...place(now) });
    } else {
      entries.push(...projectChanges(olds[oldOf[n]], now, renamed.has(n), years, flags));
    }
    pushRemoved(n);
  }
  return entries;
}

/** The snapshot's projects with their budgets in 백만원 (a 천원 plan's numbers ÷ 1,000; text as it is). */
function inMillions(snapshot: PlanSnapshot): ProjectSnapshot[] {
  if (snapshot.budgetUnit !== "천원") return snapshot.projects;
  return snapshot.projects.map((p) => {
    const budgets: ProjectSnapshot["budgets"] = {};
    for (const [year, value] of Object.entries(p.budgets)) budgets[Number(year)] = typeof value === "number" ? Math.round(value * 1e6) / 1e9 : value;
    return { ...p, budgets };
  });
}

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  items.forEach((item, i) => map.set(key(item), [...(map.get(key(item)) ?? []), i]));
  return map;
}

function place(p: ProjectSnapshot): Pick<RevisionEntry, "strategyId" | "strategyName" | "taskId" | "number"> {
  return { strategyId: p.strategyId, strategyName: p.strategyName, taskId: p.taskId, number: p.number };
}

export function norm(text: string | null): string {
  return text === null ? "" : normalizeName(text);
}

/** The same strategy and task: by name when both versions have one (strategies are renumbered too), else by id. */
export function samePlace(a: ProjectSnapshot, b: ProjectSnapshot): boolean {
  const same = (nameA: string | null, nameB: string | null, idA: string | null, idB: string | null) =>
    nameA !== null && nameB !== null ? norm(nameA) === norm(nameB) : idA === idB;
  return same(a.strategyName, b.strategyName, a.strategyId, b.strategyId) && same(a.taskName, b.taskName, a.taskId, b.taskId);
}

function placeLabel(p: ProjectSnapshot): string | null {
  return p.taskId ?? p.strategyId;
}

function isBlank(value: RevisionValue | undefined): boolean {
  return value === undefined || value === null || value === "" || value === "-";
}

function sameValue(a: RevisionValue | undefined, b: RevisionValue | undefined): boolean {
  const x = a === undefined || a === "" ? null : a;
  const y = b === undefined || b === "" ? null : b;
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) < 1e-9;
  if (typeof x === "string" && typeof y === "string") return x.trim() === y.trim();
  return x === y;
}

/**
 * A target as the reader parses it: the same number, unit and note, the same milestone or the same mark is no change,
 * however written ("９５%" retyped "95%", "95 %"). Text the reader cannot parse is compared as written.
 */
function sameTarget(a: RevisionValue | undefined, b: RevisionValue | undefined): boolean {
  if (sameValue(a, b)) return true;
  if (typeof a !== "string" || typeof b !== "string") return false;
  const x = parseTarget(a);
  const y = parseTarget(b);
  if (x.kind === "number" && y.kind === "number") return Math.abs(x.value - y.value) < 1e-9 && x.unit === y.unit && (x.note ?? "") === (y.note ?? "");
  if (x.kind === "milestone" && y.kind === "milestone") return x.label === y.label;
  if (x.kind === "none" && y.kind === "none") return x.mark === y.mark;
  return false;
}

/** The values a rename keeps: indicator names, targets and budgets. Null when too few to judge. */
function similarity(a: ProjectSnapshot, b: ProjectSnapshot, years: ComparedYears): number | null {
  const values = (p: ProjectSnapshot) => {
    const map = new Map<string, RevisionValue>();
    p.indicators.forEach((indicator, k) => {
      map.set(`i${k}`, norm(indicator.name));
      for (const [year, raw] of Object.entries(indicator.targets)) if (compared(years.targets, year)) map.set(`t${k}:${year}`, raw);
    });
    for (const [year, value] of Object.entries(p.budgets)) if (compared(years.budgets, year)) map.set(`b${year}`, value);
    return map;
  };
  const va = values(a);
  const vb = values(b);
  let informative = 0;
  let equal = 0;
  for (const key of new Set([...va.keys(), ...vb.keys()])) {
    const x = va.get(key);
    const y = vb.get(key);
    if (isBlank(x) && isBlank(y)) continue;
    informative += 1;
    if (key.startsWith("t") ? sameTarget(x, y) : sameValue(x, y)) equal += 1;
  }
  return informative >= RENAME_MIN_VALUES ? equal / informative : null;
}

function sameFlag(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const x = classifyFlag(a);
  const y = classifyFlag(b);
  return x.state === y.state && x.state !== "unknown";
}

/**
 * A flag as ○ or × when its text says which: "(중점추진) 사업명" read from the name says ○, the name without it ×; a
 * 5기 '-' (does not apply, as Part II rows write it) is no ○ either, where the 6기 form asks of every project.
 */
function flagMeaning(raw: string | null, fromName: boolean): "○" | "×" | null {
  if (raw !== null) {
    const state = classifyFlag(raw).state;
    if (state === "yes") return "○";
    if (state === "no" || state === "notApplicable") return "×";
    if (splitKeyMarker(raw).key) return "○";
  }
  return fromName ? "×" : null;
}

/**
 * A flag's change between plans of different periods, null when none: compared by meaning; not at all when a side has
 * no column for it (null, a key read from the name aside). A side's value is told as ○/× when read from the name.
 */
function flagAcrossPeriods(flag: FlagName, old: string | null, now: string | null, fromName: readonly [boolean, boolean]): [RevisionValue, RevisionValue] | null {
  if (flag === "isNew") return null;
  const named = flag === "key" ? fromName : ([false, false] as const);
  if ((old === null && !named[0]) || (now === null && !named[1])) return null;
  const before = flagMeaning(old, named[0]);
  const after = flagMeaning(now, named[1]);
  if (before !== null && after !== null) return before === after ? null : [before, after];
  if (sameFlag(old, now)) return null;
  return [named[0] ? before : old, named[1] ? after : now];
}

function projectChanges(old: ProjectSnapshot, now: ProjectSnapshot, renamed: boolean, years: ComparedYears, flags: FlagComparison): RevisionEntry[] {
  const entries: RevisionEntry[] = [];
  const base = { projectId: now.id, name: now.name, ...place(now) };
  const change = (field: RevisionField, before: RevisionValue, after: RevisionValue, extra: Partial<RevisionEntry> = {}) =>
    entries.push({ type: "changed", ...base, field, year: null, before, after, ...extra });

  if (renamed) entries.push({ type: "renamed", ...base, name: old.name, field: "name", year: null, before: old.name, after: now.name });
  if (!samePlace(old, now)) change("strategy", placeLabel(old), placeLabel(now));
  if (old.number !== now.number) change("number", old.number, now.number);
  if (!sameValue(old.department, now.department)) change("department", old.department, now.department);
  for (const flag of FLAG_NAMES as readonly FlagName[]) {
    if (flags.acrossPeriods) {
      const changed = flagAcrossPeriods(flag, old.flags[flag], now.flags[flag], flags.keyFromName);
      if (changed) change(`flag.${flag}`, ...changed);
    } else if (!sameFlag(old.flags[flag], now.flags[flag])) change(`flag.${flag}`, old.flags[flag], now.flags[flag]);
  }
  entries.push(...indicatorChanges(old.indicators, now.indicators, years.targets).map((e) => ({ type: "changed" as const, ...base, ...e })));
  for (const year of unionYears(old.budgets, now.budgets, years.budgets)) {
    const before = old.budgets[year] ?? null;
    const after = now.budgets[year] ?? null;
    if (!sameValue(before, after)) change("budget", before, after, { year });
  }
  return entries;
}

type FieldChange = Pick<RevisionEntry, "field" | "year" | "before" | "after" | "indicator">;

/**
 * Indicators paired across two versions of a project: by name first, then what is left in order (an
 * indicator reworded or replaced in place). `oldOf[n]` is the old index of new indicator n (-1: none);
 * `leftOld` the old indicators no new one took.
 */
export function pairIndicators(olds: readonly IndicatorSnapshot[], news: readonly IndicatorSnapshot[]): { oldOf: number[]; leftOld: number[] } {
  const oldOf = new Array<number>(news.length).fill(-1);
  const taken = new Set<number>();
  news.forEach((indicator, n) => {
    const o = olds.findIndex((old, i) => !taken.has(i) && norm(old.name) === norm(indicator.name));
    if (o !== -1) {
      oldOf[n] = o;
      taken.add(o);
    }
  });
  const leftOld = olds.map((_, i) => i).filter((i) => !taken.has(i));
  news.forEach((_, n) => {
    if (oldOf[n] === -1 && leftOld.length > 0) oldOf[n] = leftOld.shift() as number;
  });
  return { oldOf, leftOld };
}

function indicatorChanges(olds: readonly IndicatorSnapshot[], news: readonly IndicatorSnapshot[], targetYears: ReadonlySet<number> | null): FieldChange[] {
  const { oldOf, leftOld } = pairIndicators(olds, news);

  const changes: FieldChange[] = [];
  news.forEach((indicator, n) => {
    const old = oldOf[n] === -1 ? null : olds[oldOf[n]];
    if (!old) {
      changes.push({ field: "indicator", year: null, before: null, after: indicator.name, indicator: indicator.name });
    } else if (norm(old.name) !== norm(indicator.name)) {
      changes.push({ field: "indicator", year: null, before: old.name, after: indicator.name, indicator: indicator.name });
    }
    const oldTargets = old?.targets ?? {};
    for (const year of unionYears(oldTargets, indicator.targets, targetYears)) {
      const before = oldTargets[year] ?? null;
      const after = indicator.targets[year] ?? null;
      if (!sameTarget(before, after)) changes.push({ field: "target", year, before, after, indicator: indicator.name });
    }
  });
  for (const o of leftOld) changes.push({ field: "indicator", year: null, before: olds[o].name, after: null, indicator: olds[o].name });
  return changes;
}

/** The years either record has, ascending; only those in `only` when given. */
function unionYears(a: Record<number, unknown>, b: Record<number, unknown>, only: ReadonlySet<number> | null = null): number[] {
  const years = [...new Set([...Object.keys(a), ...Object.keys(b)].map(Number))].sort((x, y) => x - y);
  return only ? years.filter((year) => only.has(year)) : years;
}

function compared(only: ReadonlySet<number> | null, year: string): boolean {
  return only === null || only.has(Number(year));
}
