/**
 * 기준선 저장 / 수정이력 기록 (save baseline / record revision), written once for every face.
 *
 * - saveBaseline: a snapshot of the plan goes into the add-in's store inside the workbook (key
 *   "baseline"), with the time; it survives save and reopen and is invisible in normal use.
 * - recordRevision: the plan is compared with its baseline (projects matched by identity, see
 *   engine/revisions/diff.ts), one row per change is appended to 수정이력 with a checksum chained to the
 *   row before, and the baseline moves forward.
 * - A row of 수정이력 edited by hand is reported by the rule log/edited-row on every validation.
 * - diffGrids / diffEntryJson / describeEntry: the same entries for `plan-check diff OLD NEW`.
 */
import { readPlan, type Grid, type Plan } from "../engine";
import { planSpan } from "../engine/counts";
import type { PlanPeriod } from "../engine/plan";
import { periodFromYears } from "../engine/read/period";
import { diffPlans, sharedYears, type RevisionEntry } from "../engine/revisions/diff";
import { LOG_COLUMNS, LOG_HEADERS, readRevisionLog, type RevisionLogSheet } from "../engine/read/revisionLog";
import {
  chainRows,
  canonicalCell,
  logRowCells,
  makeLogSeal,
  parseLogSeal,
  revisionKind,
  savedText,
  sealHolds,
  STORE_LOG_KEY,
  type LogRow,
  type RemovalType,
} from "../engine/revisions/log";
import { parseSnapshot, snapshotPlan, type PlanSnapshot } from "../engine/revisions/snapshot";
import type { Lang } from "../i18n";
import { summaryText, type SummaryTextKey } from "../i18n/summary";
import { SHEETS, type GeneratedCell, type WorkbookPort } from "./port";

export const STORE_BASELINE = "baseline";
/**
 * In a department's file: its projects as split wrote them (a Baseline, under its own key so that a
 * baseline the department saves in its copy never moves it). Consolidation compares with it (three-way).
 */
export const STORE_SPLIT = "split";
export const REVISION_LOG_MARKER = "plan-check:revision-log:v1";

export interface Baseline {
  /** ISO 8601 with the local offset. */
  savedAt: string;
  snapshot: PlanSnapshot;
}

/** "2024-10-15T14:03:05+09:00": local time with its offset (written as text, so no adapter or Excel makes it a date). */
export function localIsoTime(date: Date): string {
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

// ---------------------------------------------------------------------------------------------
// Baseline

/** The baseline in a store, or null when there is none (or it cannot be read). */
export function parseBaseline(store: Record<string, string>, key: string = STORE_BASELINE): Baseline | null {
  const text = store[key];
  if (!text) return null;
  try {
    const value = JSON.parse(text) as { savedAt?: unknown; snapshot?: unknown };
    const snapshot = parseSnapshot(JSON.stringify(value.snapshot ?? null));
    return snapshot && typeof value.savedAt === "string" ? { savedAt: value.savedAt, snapshot } : null;
  } catch {
    return null;
  }
}

export async function readBaseline(port: WorkbookPort): Promise<Baseline | null> {
  return parseBaseline(await port.readStore());
}

async function storeBaseline(port: WorkbookPort, snapshot: PlanSnapshot, now: Date, grid?: Grid, known?: Record<string, string>): Promise<Baseline> {
  const baseline: Baseline = { savedAt: localIsoTime(now), snapshot };
  // One entry, however long: both adapters spread a long value over several cells of the store sheet.
  await writeSealedStore(port, { baseline: JSON.stringify(baseline) }, grid, known);
  return baseline;
}

/**
 * Writes the baseline and/or the rows just appended to 수정이력 into the store together with the log's
 * seal (head, rows written, seal over both and the baseline; see engine/revisions/log.ts). The count
 * goes on from the store's, not from the sheet, so rows cut before stay missing; a seal found broken is
 * left broken (evidence is never overwritten), and only the baseline is written then.
 * `grid`: the workbook before the rows were appended (to seal a log that has none yet).
 */
export async function writeSealedStore(
  port: WorkbookPort,
  change: { baseline?: string; appended?: readonly LogRow[] },
  grid?: Grid,
  known?: Record<string, string>,
): Promise<void> {
  const store = known ?? (await port.readStore());
  const baseline = change.baseline ?? store[STORE_BASELINE] ?? null;
  const entries: Record<string, string> = change.baseline !== undefined ? { [STORE_BASELINE]: change.baseline } : {};
  const stored = store[STORE_LOG_KEY];
  const previous = stored === undefined ? null : parseLogSeal(stored);
  if (stored !== undefined && (!previous || !sealHolds(previous, store[STORE_BASELINE] ?? null))) {
    if (Object.keys(entries).length > 0) await port.writeStore(entries);
    return;
  }
  let head = previous?.head ?? "";
  let rows = previous?.rows ?? 0;
  if (!previous) {
    const log = readRevisionLog(grid ?? (await port.readGrid()));
    const existing = log && log.headerRow !== null ? log.rows : [];
    const appendedAlready = grid ? 0 : (change.appended?.length ?? 0);
    rows = existing.length - appendedAlready;
    const last = existing[rows - 1];
    head = last ? canonicalCell(last.cells[LOG_COLUMNS.length - 1]).toLowerCase() : "";
  }
  const appended = change.appended ?? [];
  if (appended.length > 0) {
    rows += appended.length;
    head = appended[appended.length - 1].checksum;
  }
  entries[STORE_LOG_KEY] = JSON.stringify(makeLogSeal(head, rows, baseline));
  await port.writeStore(entries);
}

function readSnapshot(grid: Grid): PlanSnapshot {
  return snapshotPlan(readPlan(grid));
}

/** 기준선 저장: snapshots the plan into the workbook's store. Throws PlanReadError when no plan can be read. */
export async function saveBaseline(port: WorkbookPort, options: { now?: Date } = {}): Promise<Baseline> {
  const grid = await port.readGrid();
  return storeBaseline(port, readSnapshot(grid), options.now ?? new Date(), grid);
}

// ---------------------------------------------------------------------------------------------
// The 수정이력 sheet


export function logSheetHeader(lang: Lang): GeneratedCell[] {
  // The same words readRevisionLog looks for, in the sheet's language.
  return LOG_COLUMNS.map((column) => ({ value: LOG_HEADERS[column][lang], bold: true, fill: "#D9E2F3" }));
}

/** The log as read back (found by its header words in either language): see engine/revisions/log.ts. */
export { readRevisionLog, type RevisionLogSheet as LogSheet };

// ---------------------------------------------------------------------------------------------
// Entries → log rows

export interface RecordOptions {
  /** 사유, typed in the pane; used for every row unless overridden per project. */
  reason: string;
  /** 제외 or 폐지 for a removed project (default 제외). */
  removalType?: RemovalType;
  author: string;
  /** 수정연도: the plan year the revision is for (2024 for the '24 revision). */
  revisionYear: number;
  now?: Date;
  /** Language of a new 수정이력 sheet; an existing sheet keeps the language of its header. */
  lang?: Lang;
  /** Entries the user chose not to record (the baseline still moves past them). */
  leaveOut?: (entry: RevisionEntry) => boolean;
  /** Per project (its id in the entry: new id, or old id for a removed one): another reason or removal type. */
  overrides?: Record<string, { reason?: string; removalType?: RemovalType }>;
  /**
   * Record against a baseline of another period than the plan (a 제5기 baseline, a 제6기 plan), as previewed: without
   * it such a record writes nothing (status "periodsDiffer") — the user chooses, never a surprise of hundreds of rows.
   */
  acrossPeriods?: boolean;
}

export function fieldLabel(entry: Pick<RevisionEntry, "field" | "indicator">, lang: Lang): string {
  if (entry.field === "target" || entry.field === "result.actual" || entry.field === "result.reason") {
    return summaryText(`log.field.${entry.field}`, lang, { indicator: entry.indicator ?? "" });
  }
  return summaryText(`log.field.${entry.field}` as SummaryTextKey, lang);
}

/** The log rows (without checksums) for entries. */
export function logRowsFor(entries: readonly RevisionEntry[], options: RecordOptions, lang: Lang): Omit<LogRow, "checksum">[] {
  const at = localIsoTime(options.now ?? new Date());
  return entries.map((entry) => {
    const override = options.overrides?.[entry.projectId];
    const kind = revisionKind(entry, override?.removalType ?? options.removalType ?? "제외");
    return {
      at,
      revisionYear: options.revisionYear,
      kind: summaryText(`log.kind.${kind}`, lang),
      strategy: entry.strategyId ? `${entry.strategyId} ${entry.strategyName ?? ""}`.trim() : "",
      number: entry.number ?? null,
      name: entry.name,
      field: fieldLabel(entry, lang),
      year: entry.year,
      before: entry.before,
      after: entry.after,
      reason: override?.reason ?? options.reason,
      author: options.author,
    };
  });
}

/** A log row as cells: text is written as text (format "@"), so Excel neither computes nor converts it. */
export function logRowToCells(row: LogRow): GeneratedCell[] {
  // Text as the saved file will give it back (what the checksum hashed), never a control character.
  return [...logRowCells(row), row.checksum].map((value) => (typeof value === "string" ? { value: savedText(value), numberFormat: "@" } : { value }));
}

export type RecordResult =
  | { status: "noBaseline" }
  | { status: "noChanges"; baseline: Baseline }
  /** The baseline is of another period than the plan and acrossPeriods was not given: nothing written. */
  | { status: "periodsDiffer"; periods: PeriodsDiffer }
  /** `rows`: one per entry, after a first row of the period's change when the baseline was of another period. */
  | { status: "recorded"; entries: RevisionEntry[]; rows: LogRow[]; baseline: Baseline };

/** A plan's period and the span of its plan years ('23–'26 of a 제5기 plan). */
export interface PeriodSpan {
  period: PlanPeriod;
  first: number;
  last: number;
}

/**
 * A baseline of another period than the plan (a 제5기 baseline, a 제6기 plan): both periods, and the years their targets
 * and budgets were compared in (those both have a column for) and not (those only one has).
 */
export interface PeriodsDiffer {
  baseline: PeriodSpan;
  plan: PeriodSpan;
  /** The years targets or budgets were compared in, ascending ([2026] for 제5기 → 제6기). */
  comparedYears: number[];
  /** The years of either that were not compared, ascending. */
  notComparedYears: number[];
}

/** The changes since the baseline, without writing anything (for the pane to show before recording). */
export interface RevisionPreview {
  baseline: Baseline | null;
  entries: RevisionEntry[];
  planYears: number[];
  /**
   * Set when the baseline is of another period than the plan: the entries then compare targets and budgets only in the
   * years both have (diffPlans' acrossPeriods), and recording asks for RecordOptions.acrossPeriods. Null otherwise, or
   * when either has no years.
   */
  periods: PeriodsDiffer | null;
}

export async function previewRevision(port: WorkbookPort): Promise<RevisionPreview> {
  const baseline = await readBaseline(port);
  const plan = readPlan(await port.readGrid());
  if (!baseline) return { baseline: null, entries: [], planYears: plan.planYears, periods: null };
  const current = snapshotPlan(plan);
  const periods = periodsDiffer(baseline.snapshot, plan, current);
  return { baseline, entries: diffPlans(baseline.snapshot, current, { acrossPeriods: periods !== null }), planYears: plan.planYears, periods };
}

/**
 * The baseline's period and the plan's, when they differ. A snapshot keeps its years, not its period: the period is
 * told from them (periodFromYears, as the reader's years decide) and the plan years are its last four, as the reader's.
 */
function periodsDiffer(snapshot: PlanSnapshot, plan: Plan, current: PlanSnapshot): PeriodsDiffer | null {
  const years = yearsOf(snapshot);
  const period = periodFromYears(years);
  const span = planSpan(plan);
  if (period === null || period === plan.period || span === null) return null;
  const planYears = years.slice(-4);
  const shared = sharedYears(snapshot, current);
  const comparedYears = [...new Set([...shared.targets, ...shared.budgets])].sort((a, b) => a - b);
  const notComparedYears = [...new Set([...years, ...yearsOf(current)])].filter((year) => !comparedYears.includes(year)).sort((a, b) => a - b);
  return {
    baseline: { period, first: planYears[0], last: planYears[planYears.length - 1] },
    plan: { period: plan.period, ...span },
    comparedYears,
    notComparedYears,
  };
}

function yearsOf(snapshot: PlanSnapshot): number[] {
  return [...new Set([...snapshot.targetYears, ...snapshot.budgetYears])].sort((a, b) => a - b);
}

/** Years as runs: [2022, 2023, 2024, 2025, 2027] → "2022–2025년, 2027년" ("2022–2025, 2027" in English). */
export function yearRuns(years: readonly number[], lang: Lang): string {
  const runs: string[] = [];
  const suffix = lang === "ko" ? "년" : "";
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(j === i ? `${years[i]}${suffix}` : `${years[i]}–${years[j]}${suffix}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/**
 * The row that opens a record across periods: the plan's period changed (제5기 → 제6기), with what was not compared in
 * its 사유 after the user's reason — so the log itself says why 2022–2025 and 2027–2030 have no rows.
 */
function periodLogRow(periods: PeriodsDiffer, options: RecordOptions, lang: Lang): Omit<LogRow, "checksum"> {
  const span = (p: PeriodSpan) => summaryText("log.period", lang, { period: p.period, first: p.first, last: p.last });
  const years = { compared: yearRuns(periods.comparedYears, lang), notCompared: yearRuns(periods.notComparedYears, lang) };
  const note = summaryText(periods.comparedYears.length > 0 ? "log.periodNote" : "log.periodNoteNoYears", lang, years);
  return {
    at: localIsoTime(options.now ?? new Date()),
    revisionYear: options.revisionYear,
    kind: summaryText("log.kind.변경", lang),
    strategy: "",
    number: null,
    name: summaryText("log.wholePlan", lang),
    field: summaryText("log.field.period", lang),
    year: null,
    before: span(periods.baseline),
    after: span(periods.plan),
    reason: `${options.reason} — ${note}`,
    author: options.author,
  };
}

/**
 * 수정이력 기록: diff against the baseline, append one row per change (checksums continuing the chain of
 * the rows already there), then move the baseline forward. With nothing changed, no row is written and
 * the baseline is still refreshed (raw-only differences such as "O" → "○" are no revision).
 * A baseline of another period than the plan is recorded only when asked (acrossPeriods), else nothing is written
 * ("periodsDiffer"): then targets and budgets are compared in the years both have, and a first row says the period
 * changed and which years were not compared.
 * Throws PlanReadError when no plan can be read (nothing is written then).
 */
export async function recordRevision(port: WorkbookPort, options: RecordOptions): Promise<RecordResult> {
  const now = options.now ?? new Date();
  const store = await port.readStore();
  const baseline = parseBaseline(store);
  if (!baseline) return { status: "noBaseline" };
  const grid = await port.readGrid();
  const plan = readPlan(grid);
  const current = snapshotPlan(plan);
  const periods = periodsDiffer(baseline.snapshot, plan, current);
  if (periods && !options.acrossPeriods) return { status: "periodsDiffer", periods };
  const leaveOut = options.leaveOut;
  const entries = diffPlans(baseline.snapshot, current, { acrossPeriods: periods !== null }).filter((entry) => !leaveOut?.(entry));
  if (entries.length === 0 && !periods) return { status: "noChanges", baseline: await storeBaseline(port, current, now, grid, store) };

  const log = readRevisionLog(grid);
  const existing = log && log.headerRow !== null ? log : null;
  const lang = existing?.lang ?? options.lang ?? "ko";
  const last = existing && existing.rows.length > 0 ? existing.rows[existing.rows.length - 1].cells[LOG_COLUMNS.length - 1] : null;
  const rowsFor = logRowsFor(entries, { ...options, now }, lang);
  const rows = chainRows(last === null ? null : canonicalCell(last).toLowerCase(), periods ? [periodLogRow(periods, { ...options, now }, lang), ...rowsFor] : rowsFor);
  await port.appendRows(SHEETS.revisionLog, REVISION_LOG_MARKER, logSheetHeader(lang), rows.map(logRowToCells));
  const moved: Baseline = { savedAt: localIsoTime(now), snapshot: current };
  await writeSealedStore(port, { baseline: JSON.stringify(moved), appended: rows }, grid, store);
  return { status: "recorded", entries, rows, baseline: moved };
}

// ---------------------------------------------------------------------------------------------
// plan-check diff OLD NEW

/** What plan-check diff finds between two versions of a plan. */
export interface PlanVersionsDiff {
  entries: RevisionEntry[];
  /** Set when the plans' periods differ (제5기 → 제6기): their targets and budgets were compared only in these years. */
  sharedYears: { targets: number[]; budgets: number[] } | null;
}

/** The entries between two plans; plans of different periods compared as the revision log does (diffPlans' acrossPeriods). */
export function diffPlanVersions(before: Plan, after: Plan): PlanVersionsDiff {
  const snapshots = [snapshotPlan(before), snapshotPlan(after)] as const;
  const periodsDiffer = before.period !== after.period;
  return { entries: diffPlans(...snapshots, { acrossPeriods: periodsDiffer }), sharedYears: periodsDiffer ? sharedYears(...snapshots) : null };
}

/** The entries between two workbooks' plans (diffPlanVersions). Throws PlanReadError when either has no plan. */
export function diffGrids(before: Grid, after: Grid): RevisionEntry[] {
  return diffPlanVersions(readPlan(before), readPlan(after)).entries;
}

/** The JSON form of `plan-check diff --format json`: exactly these keys. */
export interface DiffJsonEntry {
  type: RevisionEntry["type"];
  projectId: string;
  name: string;
  field: RevisionEntry["field"];
  year: number | null;
  before: RevisionEntry["before"];
  after: RevisionEntry["after"];
}

export function diffEntryJson(entry: RevisionEntry): DiffJsonEntry {
  const { type, projectId, name, field, year, before, after } = entry;
  return { type, projectId, name, field, year, before, after };
}

/** One line per entry, for `--format text` and the pane's preview list. */
export function describeEntry(entry: RevisionEntry, lang: Lang): string {
  const value = (v: RevisionEntry["before"]) => (v === null || v === "" ? summaryText("diff.empty", lang) : String(v));
  const project = `${entry.projectId} ${entry.name}`;
  switch (entry.type) {
    case "added":
      return summaryText("diff.added", lang, { project });
    case "removed":
      return summaryText("diff.removed", lang, { project });
    case "renamed":
      return summaryText("diff.renamed", lang, { project: entry.projectId, before: value(entry.before), after: value(entry.after) });
    default: {
      const data = { project, field: fieldLabel(entry, lang), before: value(entry.before), after: value(entry.after) };
      return entry.year === null ? summaryText("diff.changed", lang, data) : summaryText("diff.changedYear", lang, { ...data, year: entry.year });
    }
  }
}
