/**
 * Helpers the rules share: making hits, walking every indicator, looking up a year's target or budget,
 * reading a series' direction and units, and naming places in the sheet. Each helper is written once here.
 */
import { toA1 } from "../a1";
import type { CellRef } from "../grid";
import type { Fix, FindingData, Hit, Severity } from "../finding";
import type {
  Budget,
  ColumnRole,
  FlagName,
  Indicator,
  Plan,
  Project,
  Target,
  TargetValue,
} from "../plan";
import { compact, oneLine } from "../text";

export { compact, oneLine };

// ---------------------------------------------------------------------------------------------- hits

export interface HitExtra {
  projectId?: string;
  fix?: Fix;
  severity?: Severity;
}

/** A hit with only the keys that are set (tests compare hits structurally). */
export function makeHit(messageId: string, ref: CellRef, data: FindingData = {}, extra: HitExtra = {}): Hit {
  const hit: Hit = { messageId, ref, data };
  if (extra.projectId !== undefined) hit.projectId = extra.projectId;
  if (extra.fix !== undefined) hit.fix = extra.fix;
  if (extra.severity !== undefined) hit.severity = extra.severity;
  return hit;
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

// ---------------------------------------------------------------------------------------------- flags

/** The flag columns by the names the plan gives them (workbook vocabulary, shown in both languages). */
export const FLAG_LABELS: Record<FlagName, string> = {
  key: "중점추진사업",
  partnership: "민관협력사업",
  isNew: "5기 신규사업",
};

/** The flag's name as the plan's own form words it (the 6기 form's new-project flag is "6기 (○,×)"). */
export function flagLabel(plan: Plan, flag: FlagName): string {
  return plan.period === 6 && flag === "isNew" ? "6기 신규사업" : FLAG_LABELS[flag];
}

/**
 * Flags the plan's form has no column for: none under 5기; under 6기 the 중점 (read from "(중점추진)"
 * names) and 민관협력 (moved to each project's card) columns are gone by design.
 */
export function flagsWithoutColumn(plan: Plan): FlagName[] {
  return plan.period === 6 ? ["key", "partnership"] : [];
}

export const FLAG_ROLE: Record<FlagName, ColumnRole> = {
  key: "flag.key",
  partnership: "flag.partnership",
  isNew: "flag.isNew",
};

// -------------------------------------------------------------------------------------------- columns

/** The column of a role (for years: the column of that year), or null if the workbook has none. */
export function columnOf(plan: Plan, role: ColumnRole, year?: number): number | null {
  const column = plan.columns.find((c) => c.role === role && (year === undefined || c.year === year));
  return column ? column.col : null;
}

/** The header cell to point at when something is about the table as a whole. */
export function headerRef(plan: Plan, col = 0): CellRef {
  return { sheet: plan.sheet, row: plan.headerRows.first, col };
}

/** The cell of a project's flag: the flag's own cell, else the flag column on the project's row. */
export function flagRef(plan: Plan, project: Project, flag: FlagName): CellRef | null {
  const own = project.flags[flag];
  if (own) return own.ref;
  const col = columnOf(plan, FLAG_ROLE[flag]);
  return col === null ? null : { sheet: project.nameCell.ref.sheet, row: project.firstRow, col };
}

/** The project's 사업번호 cell, else its name cell. */
export function numberRef(project: Project): CellRef {
  return project.numberCell?.ref ?? project.nameCell.ref;
}

// ------------------------------------------------------------------------------------------ structure

/** Where a project stands, in the workbook's own words: "지역발전전략 2. … › 대표과업 1. …" ("" if nowhere). */
export function scopeLabel(plan: Plan, project: Pick<Project, "strategyId" | "taskId">): string {
  const task = project.taskId ? plan.tasks.find((t) => t.id === project.taskId) : undefined;
  const parts: string[] = [strategyLabel(plan, project.strategyId)];
  if (task) parts.push(oneLine(task.cell.raw || task.name));
  return parts.filter((p) => p !== "").join(" › ");
}

/** A strategy as the workbook writes it ("사회보장전략 4. 자립역량강화 및 일자리 확충"), "" if none. */
export function strategyLabel(plan: Plan, strategyId: string | null): string {
  const strategy = strategyId ? plan.strategies.find((s) => s.id === strategyId) : undefined;
  return strategy ? oneLine(strategy.cell.raw || strategy.name) : "";
}

/** The numbering scope of a project: its task if it has one, else its strategy, else the plan. */
export function numberingScope(project: Pick<Project, "strategyId" | "taskId">): string {
  return project.taskId ?? project.strategyId ?? "";
}

// ----------------------------------------------------------------------------------------- indicators

export interface OwnedIndicator {
  indicator: Indicator;
  /** Set for project-level indicators: the project the hit belongs to. */
  project: Project | null;
  ownerKind: "strategy" | "task" | "project";
  /** The owner's first sheet row (to place a cell when an indicator lacks one). */
  ownerRow: number;
}

/** Every indicator of the plan: strategy-, task- and project-level, in plan order of their owners. */
export function allIndicators(plan: Plan): OwnedIndicator[] {
  const out: OwnedIndicator[] = [];
  for (const strategy of plan.strategies) {
    for (const indicator of strategy.indicators) out.push({ indicator, project: null, ownerKind: "strategy", ownerRow: strategy.cell.ref.row });
  }
  for (const task of plan.tasks) {
    for (const indicator of task.indicators) out.push({ indicator, project: null, ownerKind: "task", ownerRow: task.cell.ref.row });
  }
  for (const project of plan.projects) {
    for (const indicator of project.indicators) out.push({ indicator, project, ownerKind: "project", ownerRow: project.firstRow });
  }
  return out;
}

/** projectId for a hit about this indicator, when it is a project's. */
export function ownerExtra(owned: OwnedIndicator, extra: HitExtra = {}): HitExtra {
  return owned.project ? { ...extra, projectId: owned.project.id } : extra;
}

export function indicatorName(indicator: Indicator): string {
  return oneLine(indicator.name);
}

/** The indicator's name cell, else the owner's row in the indicator column. */
export function indicatorRef(plan: Plan, owned: OwnedIndicator): CellRef {
  if (owned.indicator.nameCell) return owned.indicator.nameCell.ref;
  const first = owned.indicator.targets[0];
  if (first) return { ...first.ref, col: columnOf(plan, "indicator") ?? first.ref.col };
  return { sheet: plan.sheet, row: owned.ownerRow, col: columnOf(plan, "indicator") ?? 0 };
}

export function targetAt(indicator: Indicator, year: number): Target | null {
  return indicator.targets.find((t) => t.year === year) ?? null;
}

/** A target that says something: a number or a milestone. */
export function hasValue(value: TargetValue): boolean {
  return value.kind === "number" || value.kind === "milestone";
}

export interface NumericPoint {
  year: number;
  value: number;
  unit: string;
  target: Target;
}

/** Several rules ask for the same indicator's points: worked out once per indicator. */
const pointsOf = new WeakMap<Indicator, readonly NumericPoint[]>();

/** The indicator's numeric targets (in the given years, default all), in year order. */
export function numericPoints(indicator: Indicator, years?: readonly number[]): NumericPoint[] {
  let all = pointsOf.get(indicator);
  if (!all) {
    const points: NumericPoint[] = [];
    for (const target of [...indicator.targets].sort((a, b) => a.year - b.year)) {
      if (target.value.kind === "number") {
        points.push({ year: target.year, value: target.value.value, unit: normalizeUnit(target.value.unit), target });
      }
    }
    all = points;
    pointsOf.set(indicator, all);
  }
  return years ? all.filter((p) => years.includes(p.year)) : [...all];
}

/** Years of the previous plan carried as the baseline ('22): target years before the plan years. */
export function baselineYear(plan: Plan): number | null {
  const first = plan.planYears[0];
  if (first === undefined) return null;
  const before = plan.targetYears.filter((y) => y < first);
  return before.length > 0 ? before[before.length - 1] : null;
}

// ------------------------------------------------------------------------------------ completion

/** Words that say a building or a sequence is finished: 준공, 완공, 개관, 완료, 개소, 완성. */
const COMPLETION_WORDS = /준공|완공|개관|완료|완성|개소식|운영\s*개시/;
/** Indicator names that measure progress towards completion (a works' 공정율, 진행률, 누적 …). */
const PROGRESS_NAME = /공정|진행\s*[률율]|진척|누적|건립|조성|공사/;

/**
 * The year an indicator's sequence completes, after which "no target" is expected: a milestone or a
 * note saying 준공/개관/완료 (착공 → 공사 진행 → 준공 및 개관; 1건(준공)), or 100% of a progress indicator
 * (공정율) or of a series that ends there (K-pop 공연장 100% in '25, then '-'). Null if it does not.
 */
export function completionYear(indicator: Indicator): number | null {
  const targets = [...indicator.targets].sort((a, b) => a.year - b.year);
  const name = compact(indicator.name);
  for (let i = 0; i < targets.length; i++) {
    const value = targets[i].value;
    if (value.kind === "milestone" && COMPLETION_WORDS.test(value.label)) return targets[i].year;
    if (value.kind === "number" && value.note && COMPLETION_WORDS.test(value.note)) return targets[i].year;
    if (value.kind === "number" && normalizeUnit(value.unit) === "%" && value.value >= 100) {
      const later = targets.slice(i + 1);
      const endsHere = later.length > 0 && later.every((t) => !hasValue(t.value));
      if (PROGRESS_NAME.test(name) || endsHere) return targets[i].year;
    }
  }
  return null;
}

/** An indicator written as a sequence of stages (milestones, or counts with a note such as 1건(준공)). */
export function isMilestoneSeries(indicator: Indicator): boolean {
  return indicator.targets.some((t) => t.value.kind === "milestone" || (t.value.kind === "number" && !!t.value.note));
}

/** A project whose indicators follow a construction or completion sequence (its budget follows the works). */
export function isCompletionProject(project: Project): boolean {
  return project.indicators.some((i) => isMilestoneSeries(i) || completionYear(i) !== null);
}

// ----------------------------------------------------------------------------------------- direction

export type Direction = "rising" | "falling" | "flat" | "none";

/**
 * The direction of a series from its consecutive moves: more rises than falls → rising, more falls →
 * falling, a tie → the sign of last − first; no moves at all → flat. A series that repeats with period
 * two (3, 4, 3, 4: something every other year) has no direction.
 */
export function seriesDirection(values: readonly number[]): Direction {
  if (values.length < 2) return "none";
  let rises = 0;
  let falls = 0;
  for (let i = 1; i < values.length; i++) {
    if (values[i] > values[i - 1]) rises++;
    else if (values[i] < values[i - 1]) falls++;
  }
  if (rises === 0 && falls === 0) return "flat";
  const periodTwo = values.length >= 4 && values[0] !== values[1] && values.every((v, i) => i < 2 || v === values[i - 2]);
  if (periodTwo) return "none";
  if (rises > falls) return "rising";
  if (falls > rises) return "falling";
  const net = values[values.length - 1] - values[0];
  return net > 0 ? "rising" : net < 0 ? "falling" : "none";
}

/**
 * Indicators where less is better: a falling target is right (고위험 취약노인 판정율, 자살률, 대기 인원,
 * 감소 …). Words, not a model: the list is meant to be read and extended.
 */
export const LOWER_IS_BETTER_WORDS: readonly string[] = [
  "판정율", "판정률", "감소", "발생률", "발생율", "발생건수", "사망률", "사망율", "자살", "대기", "위험",
  "유병률", "유병율", "실업률", "실업율", "빈곤율", "빈곤률", "사고", "재발", "이탈", "탈락", "학대",
  "체납", "민원", "불만", "중단율", "중단률", "재입원", "방치",
];

export function isLowerBetter(name: string): boolean {
  const text = compact(name);
  return LOWER_IS_BETTER_WORDS.some((word) => text.includes(word));
}

// -------------------------------------------------------------------------------------------- units

/** "％" → "%", "퍼센트" → "%", "%P" → "%p"; spacing dropped. */
export function normalizeUnit(unit: string): string {
  const u = compact(unit);
  if (u === "％" || u === "퍼센트") return "%";
  if (/^[%％][pP]$/.test(u) || u === "퍼센트포인트") return "%p";
  return u;
}

/** Units that count the same thing: 회/건/번 (times), 명/인 (people), 개소/곳 (places). */
export function unitFamily(unit: string): string {
  const u = normalizeUnit(unit);
  if (u === "회" || u === "건" || u === "번" || u === "차례") return "회";
  if (u === "명" || u === "인") return "명";
  if (u === "개소" || u === "곳") return "개소";
  return u;
}

export type UnitClass = "percent" | "people" | "count" | "places" | "money";

/**
 * What a unit (or a unit word in a name) measures, when clear: "%", "증가율", "참여율" → percent;
 * 명, 인원, 참여자수 → people; 회, 건, 횟수 → count; 개소 → places; 원, 천원 → money. Null if unclear.
 */
export function unitClass(unit: string): UnitClass | null {
  const u = normalizeUnit(unit);
  if (u === "") return null;
  if (u === "%" || u === "%p" || /[율률]$/.test(u) || u === "비율") return "percent";
  if (/^(명|인|인원|인원수|참여자수|이용자수|참여인원|이용인원|대상자수)$/.test(u)) return "people";
  if (/^(회|건|번|횟수|회수|건수|차례)$/.test(u)) return "count";
  if (/^(개소|곳|시설수)$/.test(u)) return "places";
  if (/^(원|천원|만원|백만원|억원)$/.test(u)) return "money";
  return null;
}

// ------------------------------------------------------------------------------------------- budgets

export function budgetAt(project: Pick<Project, "budgets">, year: number): Budget | null {
  return project.budgets.find((b) => b.year === year) ?? null;
}

/** The budget as a number (text numbers included), or null for none, empty and invalid. */
export function budgetNumber(budget: Budget | null): number | null {
  return budget && budget.value.kind === "number" ? budget.value.value : null;
}

/** (to − from) / from in whole percent: 4600 → 2100 is −54. */
export function percentChange(from: number, to: number): number {
  return Math.round(((to - from) / from) * 100);
}

/** Hits in sheet order (row, then column), for rules that collect them in several passes. */
export function sortHits(hits: Hit[]): Hit[] {
  return hits.sort((a, b) => a.ref.sheet.localeCompare(b.ref.sheet) || a.ref.row - b.ref.row || a.ref.col - b.ref.col);
}

/** A cell the reader found holding an Excel error: structure/error-cell reports it, other rules leave it. */
export function isErrorCell(plan: Plan, ref: CellRef): boolean {
  return plan.errorCells.some((e) => e.ref.sheet === ref.sheet && e.ref.row === ref.row && e.ref.col === ref.col);
}
