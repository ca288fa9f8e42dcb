/** The plan's indicators: every one with its owner, its cells, its targets by year and its numeric points. */
import type { CellRef } from "../../grid";
import type { Indicator, Plan, Project, Target, TargetValue } from "../../plan";
import { oneLine } from "../../text";
import { inYearOrder, type HitExtra } from "../kit";
import { perRun } from "./perRun";
import { columnOf, isUncomputed } from "./places";
import { familyOfNormalized, normalizeUnit } from "./units";

export interface OwnedIndicator {
  indicator: Indicator;
  /** Set for project-level indicators: the project the hit belongs to. */
  project: Project | null;
  ownerKind: "strategy" | "task" | "project";
  /** The owner's first sheet row and its sheet (to place a cell when an indicator lacks one; a plan may span sheets). */
  ownerRow: number;
  ownerSheet: string;
  // What several rules ask of every indicator, worked out here once: asked per rule through a memo keyed by
  // the indicator, the lookups cost more than the answers on a plan of 60,000 indicators.
  /** The name on one line, as messages show it. */
  name: string;
  /** The numeric targets in year order (numericPoints). */
  points: readonly NumericPoint[];
  /** Written as a sequence of stages (isMilestoneSeries). */
  milestoneSeries: boolean;
  /** Some target says something (hasValue): a number or a milestone. */
  anyValue: boolean;
  /** Some target is a formula saved without its result (isUncomputed). */
  anyUncomputed: boolean;
  /** Some target cannot be read (kind "invalid"). */
  anyInvalid: boolean;
  /** A hit's extra naming the owning project ({} for a strategy's or a task's indicator); shared, not to be changed. */
  extra: HitExtra;
}

/** Every indicator of the plan: strategy-, task- and project-level, in plan order of their owners. */
export const allIndicators: (plan: Plan) => readonly OwnedIndicator[] = perRun((plan: Plan): OwnedIndicator[] => {
  const out: OwnedIndicator[] = [];
  const noProject: HitExtra = {};
  for (const strategy of plan.strategies) {
    for (const indicator of strategy.indicators) out.push(owned(indicator, null, "strategy", strategy.cell.ref.row, strategy.cell.ref.sheet, noProject));
  }
  for (const task of plan.tasks) {
    for (const indicator of task.indicators) out.push(owned(indicator, null, "task", task.cell.ref.row, task.cell.ref.sheet, noProject));
  }
  for (const project of plan.projects) {
    const extra: HitExtra = { projectId: project.id };
    for (const indicator of project.indicators) out.push(owned(indicator, project, "project", project.firstRow, project.nameCell.ref.sheet, extra));
  }
  return out;
});

function owned(indicator: Indicator, project: Project | null, ownerKind: OwnedIndicator["ownerKind"], ownerRow: number, ownerSheet: string, extra: HitExtra): OwnedIndicator {
  // One pass over the targets gives the numeric points and what the rules ask of every target (a stage, a value,
  // an uncomputed formula, an unreadable cell): each rule then walks the targets of the few indicators concerned,
  // not all 300,000 of a large plan again.
  const points: NumericPoint[] = [];
  let milestoneSeries = false;
  let anyValue = false;
  let anyUncomputed = false;
  let anyInvalid = false;
  for (const target of inYearOrder(indicator.targets)) {
    const value = target.value;
    if (isStage(value)) milestoneSeries = true;
    if (value.kind === "number") points.push(numericPoint(target, value.value, value.unit));
    if (hasValue(value)) anyValue = true;
    else if (value.kind === "invalid") anyInvalid = true;
    if (isUncomputed(target)) anyUncomputed = true;
  }
  return { indicator, project, ownerKind, ownerRow, ownerSheet, name: indicatorName(indicator), points, milestoneSeries, anyValue, anyUncomputed, anyInvalid, extra };
}

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
