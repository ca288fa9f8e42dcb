/** The plan's indicators: every one with its owner, its cells, its targets by year and its numeric points. */
import type { CellRef } from "../../grid";
import type { CellText, Indicator, Plan, Project, Target, TargetValue } from "../../plan";
import { oneLine } from "../../text";
import { inYearOrder, type HitExtra } from "../kit";
import { perRun } from "./perRun";
import { columnOf, isUncomputed } from "./places";
import { familyOfNormalized, normalizeUnit } from "./units";

/**
 * An indicator with its owner and what several rules ask of every indicator, worked out here once: asked per rule
 * through a memo keyed by the indicator, the lookups cost more than the answers on a plan of 60,000 indicators.
 * What only a hit needs (the name on one line, the owner's place, the extra) is made when first asked: most
 * indicators have no finding, and each of these cost an object or a regular expression for every one of them.
 */
export class OwnedIndicator {
  /** The numeric targets in year order (numericPoints). */
  readonly points: readonly NumericPoint[];
  /** Written as a sequence of stages (isMilestoneSeries). */
  readonly milestoneSeries: boolean = false;
  /** Some target says something (hasValue): a number or a milestone. */
  readonly anyValue: boolean = false;
  /** Some target is a formula saved without its result (isUncomputed). */
  readonly anyUncomputed: boolean = false;
  /** Some target cannot be read (kind "invalid"). */
  readonly anyInvalid: boolean = false;
  private oneLineName: string | undefined = undefined;
  private hitExtra: HitExtra | undefined = undefined;

  constructor(
    readonly indicator: Indicator,
    /** Set for project-level indicators: the project the hit belongs to. */
    readonly project: Project | null,
    /** The owner's cell: a strategy's or a task's, a project's name cell. */
    private readonly ownerCell: CellText,
  ) {
    // One pass over the targets gives the numeric points and what the rules ask of every target (a stage, a value,
    // an uncomputed formula, an unreadable cell): each rule then walks the targets of the few indicators concerned,
    // not all 300,000 of a large plan again.
    const targets = inYearOrder(indicator.targets);
    let numbers = 0;
    for (const target of targets) {
      const value = target.value;
      if (value.kind === "number") numbers++;
      if (isStage(value)) this.milestoneSeries = true;
      if (hasValue(value)) this.anyValue = true;
      else if (value.kind === "invalid") this.anyInvalid = true;
      if (isUncomputed(target)) this.anyUncomputed = true;
    }
    // Sized to the count: a list grown by push keeps room for 16 points where an indicator has four or five.
    const points = new Array<NumericPoint>(numbers);
    let i = 0;
    for (const target of targets) {
      const value = target.value;
      if (value.kind === "number") points[i++] = numericPoint(target, value.value, value.unit);
    }
    this.points = points;
  }

  /** The name on one line, as messages show it. */
  get name(): string {
    return (this.oneLineName ??= indicatorName(this.indicator));
  }

  /** The owner's first sheet row (to place a cell when an indicator lacks one). */
  get ownerRow(): number {
    return this.project ? this.project.firstRow : this.ownerCell.ref.row;
  }

  /** The owner's sheet (a plan may span sheets). */
  get ownerSheet(): string {
    return this.ownerCell.ref.sheet;
  }

  /** A hit's extra naming the owning project ({} for a strategy's or a task's indicator); shared, not to be changed. */
  get extra(): HitExtra {
    return (this.hitExtra ??= this.project ? { projectId: this.project.id } : NO_PROJECT);
  }
}

const NO_PROJECT: HitExtra = Object.freeze({});

/** Every indicator of the plan: strategy-, task- and project-level, in plan order of their owners. */
export const allIndicators: (plan: Plan) => readonly OwnedIndicator[] = perRun((plan: Plan): OwnedIndicator[] => {
  const out: OwnedIndicator[] = [];
  // Indexed loops throughout the rules (kit.ts says why).
  for (let i = 0; i < plan.strategies.length; i++) {
    const strategy = plan.strategies[i];
    for (let j = 0; j < strategy.indicators.length; j++) out.push(new OwnedIndicator(strategy.indicators[j], null, strategy.cell));
  }
  for (let i = 0; i < plan.tasks.length; i++) {
    const task = plan.tasks[i];
    for (let j = 0; j < task.indicators.length; j++) out.push(new OwnedIndicator(task.indicators[j], null, task.cell));
  }
  for (let i = 0; i < plan.projects.length; i++) {
    const project = plan.projects[i];
    for (let j = 0; j < project.indicators.length; j++) out.push(new OwnedIndicator(project.indicators[j], project, project.nameCell));
  }
  return out;
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
  // A loop, not find with a closure: asked per indicator and year by several rules.
  for (const target of indicator.targets) if (target.year === year) return target;
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
    if (target.value.kind === "number" && (!years || years.includes(target.year))) points.push(numericPoint(target, target.value.value, target.value.unit));
  }
  return points;
}

function numericPoint(target: Target, value: number, rawUnit: string): NumericPoint {
  const unit = normalizeUnit(rawUnit);
  return { year: target.year, value, unit, family: familyOfNormalized(unit), target };
}

/** An indicator written as a sequence of stages (milestones, or counts with a note such as 1건(준공)). */
export function isMilestoneSeries(indicator: Indicator): boolean {
  return indicator.targets.some((t) => isStage(t.value));
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
