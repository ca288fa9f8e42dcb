/** The plan's indicators: every one with its owner, its cells, its targets by year and its numeric points. */
import type { CellRef } from "../../grid";
import type { CellText, Indicator, Plan, Project, Target, TargetValue } from "../../plan";
import { planYearsWithTargets } from "../../counts";
import { oneLine } from "../../text";
import { inYearOrder, NO_EXTRA, type HitExtra } from "../kit";
import { perRun } from "./perRun";
import { columnOf, isUncomputed } from "./places";
import { unitAndFamily } from "./units";

/** Above this a share rate (part of a whole) makes no sense (targets/range). */
export const SHARE_RATE_CEILING = 100;

/** A 만족도 in % whose every value is below this is a score, not a percentage (targets/unit). */
export const SCORE_AS_PERCENT_BELOW = 10;

/** A percentage above SHARE_RATE_CEILING. */
export function isPercentOverShare(p: NumericPoint): boolean {
  return p.unit === "%" && p.value > SHARE_RATE_CEILING;
}

/** OwnedIndicator's answers, as bits of its facts. */
const BELOW_BASELINE = 1 << 0;
const MILESTONE_SERIES = 1 << 1;
const ANY_VALUE = 1 << 2;
const ANY_UNCOMPUTED = 1 << 3;
const ANY_INVALID = 1 << 4;
const EVERY_PLAN_YEAR_SAYS = 1 << 5;
const EVERY_HAS_UNIT = 1 << 6;
const ONE_FAMILY = 1 << 7;
const ANY_NEGATIVE = 1 << 8;
const ANY_PERCENT_OVER_SHARE = 1 << 9;
const EVERY_BELOW_SCORE = 1 << 10;
const PLAN_RISES = 1 << 11;
const PLAN_FALLS = 1 << 12;
const ANY_FULL_PERCENT = 1 << 13;
/** The facts' bits below this; above, the count of points (at most a sheet's 16,384 columns: 2^28 stays a small integer). */
const POINT_COUNT_SHIFT = 14;

/**
 * An indicator with its owner and what several rules ask of every indicator, worked out here once: asked per rule
 * through a memo keyed by the indicator, the lookups cost more than the answers on a plan of 60,000 indicators.
 * What only a hit needs (the name on one line, the owner's place, the extra) is made when first asked: most
 * indicators have no finding, and each of these cost an object or a regular expression for every one of them.
 */
export class OwnedIndicator {
  /** The first point's unit ("" when there is no point). */
  readonly firstUnit: string;
  /** The answers below, one bit each, and the points' count above them: one field where thirteen booleans and a
   * count took 112 bytes on each of a large plan's 75,000 indicators, all kept through the run. */
  private readonly facts: number;

  constructor(
    readonly indicator: Indicator,
    /** Set for project-level indicators: the project the hit belongs to. */
    readonly project: Project | null,
    /** A strategy's or a task's cell; null for a project's indicator, whose name cell is made when asked (a read
     * project makes it anew at each ask: one kept per indicator was 2.4 MB of the 50,000-row plan's run). */
    private readonly ownerCell: CellText | null,
    /** The plan's years, and those of them with a target column (planYearsWithTargets). */
    planYears: readonly number[],
    targetPlanYears: readonly number[],
    /** baselineYear(plan). */
    baseline: number | null,
  ) {
    // One pass over the targets gives what the rules ask of every indicator, so that each
    // rule walks the targets or points of the few indicators concerned only: on a plan read once (every plan, and
    // the first of a batch above all) the rules run in V8's slow tiers, where each walk, call and read of a cell's
    // getter counts, and this one walk costs less than the rules' own walks it saves. Kept in locals, set once.
    // The numeric points are made only when a rule asks for them (points): these answers settle most indicators,
    // and a point for every number target was most of this pass's memory (the 50,000-row plan: 75,000 indicators,
    // 46 MB held through the run).
    const targets = inYearOrder(indicator.targets);
    let n = 0;
    let firstFamily = "";
    let firstUnit = "";
    let firstPlanYear = -1;
    let firstPlanValue = 0;
    let baselineValue: number | undefined;
    let milestoneSeries = false;
    let anyValue = false;
    let anyUncomputed = false;
    let anyInvalid = false;
    let everyHasUnit = true;
    let oneFamily = true;
    let anyNegative = false;
    let anyPercentOverShare = false;
    let anyFullPercent = false;
    let everyBelowScore = true;
    let planRises = false;
    let planFalls = false;
    let previousPlanValue: number | null = null;
    // The plan years seen and those that say something, as bits (targets/missing's question).
    const asked = targetPlanYears.length <= 30;
    let seen = 0;
    let said = 0;
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i];
      const value = target.value;
      const year = target.year;
      let says = false;
      if (value.kind === "number") {
        says = true;
        if (value.note) milestoneSeries = true;
        const unit = unitAndFamily(value.unit);
        const number = value.value;
        if (n === 0) {
          firstFamily = unit.family;
          firstUnit = unit.unit;
        } else if (unit.family !== firstFamily) oneFamily = false;
        if (unit.unit === "") everyHasUnit = false;
        if (number < 0) anyNegative = true;
        if (!(number < SCORE_AS_PERCENT_BELOW)) everyBelowScore = false;
        if (unit.unit === "%" && number >= 100) {
          anyFullPercent = true;
          if (number > SHARE_RATE_CEILING) anyPercentOverShare = true;
        }
        if (planYears.includes(year)) {
          if (previousPlanValue === null) {
            firstPlanYear = year;
            firstPlanValue = number;
          } else {
            if (number > previousPlanValue) planRises = true;
            if (number < previousPlanValue) planFalls = true;
          }
          previousPlanValue = number;
        }
        if (year === baseline && baselineValue === undefined) baselineValue = number;
        n++;
      } else if (value.kind === "milestone") {
        says = true;
        milestoneSeries = true;
      } else if (value.kind === "invalid") anyInvalid = true;
      if (says) anyValue = true;
      if (target.formula && isUncomputed(target)) {
        anyUncomputed = true;
        says = true;
      }
      const at = asked ? targetPlanYears.indexOf(year) : -1;
      if (at >= 0 && (seen & (1 << at)) === 0) {
        seen |= 1 << at;
        if (says) said |= 1 << at;
      }
    }
    this.firstUnit = firstUnit;
    this.facts =
      (n << POINT_COUNT_SHIFT) |
      (firstPlanYear === planYears[0] && baselineValue !== undefined && firstPlanValue < baselineValue ? BELOW_BASELINE : 0) |
      (milestoneSeries ? MILESTONE_SERIES : 0) |
      (anyValue ? ANY_VALUE : 0) |
      (anyUncomputed ? ANY_UNCOMPUTED : 0) |
      (anyInvalid ? ANY_INVALID : 0) |
      (asked && said === (1 << targetPlanYears.length) - 1 ? EVERY_PLAN_YEAR_SAYS : 0) |
      (everyHasUnit ? EVERY_HAS_UNIT : 0) |
      (oneFamily ? ONE_FAMILY : 0) |
      (anyNegative ? ANY_NEGATIVE : 0) |
      (anyPercentOverShare ? ANY_PERCENT_OVER_SHARE : 0) |
      (anyFullPercent ? ANY_FULL_PERCENT : 0) |
      (everyBelowScore ? EVERY_BELOW_SCORE : 0) |
      (planRises ? PLAN_RISES : 0) |
      (planFalls ? PLAN_FALLS : 0);
  }

  /**
   * The first point in a plan year is in the first plan year and below the point of the baseline year (the year given
   * as `baseline`, when there is one): targets/direction's baselineDrop, asked of every indicator that never falls.
   */
  get belowBaseline(): boolean {
    return (this.facts & BELOW_BASELINE) !== 0;
  }
  /** Written as a sequence of stages (isMilestoneSeries). */
  get milestoneSeries(): boolean {
    return (this.facts & MILESTONE_SERIES) !== 0;
  }
  /** Some target says something (hasValue): a number or a milestone. */
  get anyValue(): boolean {
    return (this.facts & ANY_VALUE) !== 0;
  }
  /** Some target is a formula saved without its result (isUncomputed). */
  get anyUncomputed(): boolean {
    return (this.facts & ANY_UNCOMPUTED) !== 0;
  }
  /** Some target cannot be read (kind "invalid"). */
  get anyInvalid(): boolean {
    return (this.facts & ANY_INVALID) !== 0;
  }
  /** Every plan year with a target column has a target (its first) that says something or is an uncomputed formula. */
  get everyPlanYearSays(): boolean {
    return (this.facts & EVERY_PLAN_YEAR_SAYS) !== 0;
  }
  /** Every point has a unit. */
  get everyHasUnit(): boolean {
    return (this.facts & EVERY_HAS_UNIT) !== 0;
  }
  /** Every point's unit is of the first point's family (also when there is no point). */
  get oneFamily(): boolean {
    return (this.facts & ONE_FAMILY) !== 0;
  }
  /** Some point is below 0. */
  get anyNegative(): boolean {
    return (this.facts & ANY_NEGATIVE) !== 0;
  }
  /** Some point is a percentage above SHARE_RATE_CEILING. */
  get anyPercentOverShare(): boolean {
    return (this.facts & ANY_PERCENT_OVER_SHARE) !== 0;
  }
  /** Some point is 100% or more: only then can an indicator without stages complete (completionYear). */
  get anyFullPercent(): boolean {
    return (this.facts & ANY_FULL_PERCENT) !== 0;
  }
  /** Every point is below SCORE_AS_PERCENT_BELOW (also when there is no point). */
  get everyBelowScore(): boolean {
    return (this.facts & EVERY_BELOW_SCORE) !== 0;
  }
  /** Among the points in plan years, in year order: some point above the one before it. */
  get planRises(): boolean {
    return (this.facts & PLAN_RISES) !== 0;
  }
  /** … and some point below the one before it. */
  get planFalls(): boolean {
    return (this.facts & PLAN_FALLS) !== 0;
  }

  /** How many targets are numbers: the points' count, known without making them. */
  get pointCount(): number {
    return this.facts >>> POINT_COUNT_SHIFT;
  }

  /**
   * The numeric targets in year order (numericPoints), made anew at each ask (read it once into a local): kept, the
   * points and their target cells of the indicators a rule asked about lived through the run (9 MB of the
   * 50,000-row plan's), where made again they die young.
   */
  get points(): readonly NumericPoint[] {
    return pointsOf(this.indicator.targets, this.pointCount);
  }

  /** The name on one line, as messages show it. */
  get name(): string {
    // Not kept: asked only for a hit, and oneLine gives a name already on one line back as it is.
    return indicatorName(this.indicator);
  }

  /** The owner's first sheet row (to place a cell when an indicator lacks one). */
  get ownerRow(): number {
    return this.project ? this.project.firstRow : (this.ownerCell as CellText).ref.row;
  }

  /** The owner's sheet (a plan may span sheets). */
  get ownerSheet(): string {
    return (this.ownerCell ?? (this.project as Project).nameCell).ref.sheet;
  }

  /**
   * A hit's extra naming the owning project ({} for a strategy's or a task's indicator), not to be changed: made at
   * each ask, as hits read it and keep none of it (a field for it on each of 75,000 indicators lived through the run).
   */
  get extra(): HitExtra {
    return this.project ? { projectId: this.project.id } : NO_EXTRA;
  }
}

/** Every indicator of the plan: strategy-, task- and project-level, in plan order of their owners. */
export const allIndicators: (plan: Plan) => readonly OwnedIndicator[] = perRun((plan: Plan): OwnedIndicator[] => {
  const out: OwnedIndicator[] = [];
  const planYears = plan.planYears;
  const targetPlanYears = planYearsWithTargets(plan);
  const baseline = baselineYear(plan);
  // Indexed loops throughout the rules (kit.ts says why).
  for (let i = 0; i < plan.strategies.length; i++) {
    const strategy = plan.strategies[i];
    for (let j = 0; j < strategy.indicators.length; j++) out.push(new OwnedIndicator(strategy.indicators[j], null, strategy.cell, planYears, targetPlanYears, baseline));
  }
  for (let i = 0; i < plan.tasks.length; i++) {
    const task = plan.tasks[i];
    for (let j = 0; j < task.indicators.length; j++) out.push(new OwnedIndicator(task.indicators[j], null, task.cell, planYears, targetPlanYears, baseline));
  }
  for (let i = 0; i < plan.projects.length; i++) {
    const project = plan.projects[i];
    for (let j = 0; j < project.indicators.length; j++) out.push(new OwnedIndicator(project.indicators[j], project, null, planYears, targetPlanYears, baseline));
  }
  return out;
});

/**
 * Where each project's indicators stand in allIndicators (which lists the strategies', the tasks', then the projects'
 * indicators, each owner's in order): project i's are from starts[i] to starts[i + 1]. Once per run.
 */
export const projectIndicatorStarts: (plan: Plan) => Int32Array = perRun((plan: Plan): Int32Array => {
  let at = 0;
  for (let i = 0; i < plan.strategies.length; i++) at += plan.strategies[i].indicators.length;
  for (let i = 0; i < plan.tasks.length; i++) at += plan.tasks[i].indicators.length;
  const starts = new Int32Array(plan.projects.length + 1);
  for (let i = 0; i < plan.projects.length; i++) {
    starts[i] = at;
    at += plan.projects[i].indicators.length;
  }
  starts[plan.projects.length] = at;
  return starts;
});

export function indicatorName(indicator: Indicator): string {
  return oneLine(indicator.name);
}

/** The indicator's name cell, else the owner's row in the indicator column. */
export function indicatorRef(plan: Plan, owned: OwnedIndicator): CellRef {
  if (owned.indicator.nameCell) return owned.indicator.nameCell.ref;
  const first = owned.indicator.targets[0];
  if (first) return { ...first.ref, col: columnOf(plan, "indicator") ?? first.ref.col };
  return { sheet: owned.ownerSheet, row: owned.ownerRow, col: columnOf(plan, "indicator") ?? 0 };
}

export function targetAt(indicator: Indicator, year: number): Target | null {
  return targetIn(indicator.targets, year);
}

/** The first of the targets in the year (targetAt, for a rule that read an indicator's targets once for several years). */
export function targetIn(targets: readonly Target[], year: number): Target | null {
  // A loop, not find with a closure: asked per indicator and year by several rules. By index (kit.ts).
  for (let i = 0; i < targets.length; i++) if (targets[i].year === year) return targets[i];
  return null;
}

/** A target that says something: a number or a milestone. */
export function hasValue(value: TargetValue): boolean {
  return value.kind === "number" || value.kind === "milestone";
}

export interface NumericPoint {
  year: number;
  value: number;
  unit: string;
  /** unitFamily(unit): 회/건/번, 명/인 and 개소/곳 count alike. */
  family: string;
  target: Target;
}

/** The indicator's numeric targets (in the given years, default all), in year order. */
export function numericPoints(indicator: Indicator, years?: readonly number[]): NumericPoint[] {
  const points: NumericPoint[] = [];
  for (const target of inYearOrder(indicator.targets)) {
    if (target.value.kind === "number" && (!years || years.includes(target.year))) points.push(numericPoint(target, target.year, target.value.value, target.value.unit));
  }
  return points;
}

/** OwnedIndicator's points: numericPoints of all years, by index into a list of the known length. */
function pointsOf(cells: readonly Target[], count: number): NumericPoint[] {
  const targets = inYearOrder(cells);
  const points = new Array<NumericPoint>(count);
  let n = 0;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    const value = target.value;
    if (value.kind === "number") points[n++] = numericPoint(target, target.year, value.value, value.unit);
  }
  return points;
}

function numericPoint(target: Target, year: number, value: number, rawUnit: string): NumericPoint {
  const unit = unitAndFamily(rawUnit);
  return { year, value, unit: unit.unit, family: unit.family, target };
}

/** An indicator written as a sequence of stages (milestones, or counts with a note such as 1건(준공)). */
export function isMilestoneSeries(indicator: Indicator): boolean {
  return anyStage(indicator.targets);
}

/** Some target names a stage (isMilestoneSeries of targets already read). */
export function anyStage(targets: readonly Target[]): boolean {
  // By index (kit.ts).
  for (let i = 0; i < targets.length; i++) if (isStage(targets[i].value)) return true;
  return false;
}

/** A target that names a stage: a milestone, or a count with a note such as 1건(준공). */
function isStage(value: TargetValue): boolean {
  return value.kind === "milestone" || (value.kind === "number" && !!value.note);
}

/** Years of the previous plan carried as the baseline ('22): target years before the plan years. */
export function baselineYear(plan: Plan): number | null {
  const first = plan.planYears[0];
  if (first === undefined) return null;
  const before = plan.targetYears.filter((y) => y < first);
  return before.length > 0 ? before[before.length - 1] : null;
}
