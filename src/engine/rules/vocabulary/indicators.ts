/** The plan's indicators: every one with its owner, its cells, its targets by year and its numeric points. */
import type { CellRef } from "../../grid";
import type { Indicator, Plan, Project, Target, TargetValue } from "../../plan";
import { oneLine } from "../../text";
import type { HitExtra } from "../kit";
import { perRun } from "./perRun";
import { columnOf } from "./places";
import { normalizeUnit } from "./units";

export interface OwnedIndicator {
  indicator: Indicator;
  /** Set for project-level indicators: the project the hit belongs to. */
  project: Project | null;
  ownerKind: "strategy" | "task" | "project";
  /** The owner's first sheet row and its sheet (to place a cell when an indicator lacks one; a plan may span sheets). */
  ownerRow: number;
  ownerSheet: string;
}

/** Every indicator of the plan: strategy-, task- and project-level, in plan order of their owners. */
export const allIndicators: (plan: Plan) => readonly OwnedIndicator[] = perRun((plan: Plan): OwnedIndicator[] => {
  const out: OwnedIndicator[] = [];
  for (const strategy of plan.strategies) {
    for (const indicator of strategy.indicators) out.push({ indicator, project: null, ownerKind: "strategy", ownerRow: strategy.cell.ref.row, ownerSheet: strategy.cell.ref.sheet });
  }
  for (const task of plan.tasks) {
    for (const indicator of task.indicators) out.push({ indicator, project: null, ownerKind: "task", ownerRow: task.cell.ref.row, ownerSheet: task.cell.ref.sheet });
  }
  for (const project of plan.projects) {
    for (const indicator of project.indicators) out.push({ indicator, project, ownerKind: "project", ownerRow: project.firstRow, ownerSheet: project.nameCell.ref.sheet });
  }
  return out;
});

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
  return { sheet: owned.ownerSheet, row: owned.ownerRow, col: columnOf(plan, "indicator") ?? 0 };
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

/** The indicator's numeric targets (in the given years, default all), in year order; shared, not to be changed. */
export function numericPoints(indicator: Indicator, years?: readonly number[]): readonly NumericPoint[] {
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
  return years ? all.filter((p) => years.includes(p.year)) : all;
}

/** Years of the previous plan carried as the baseline ('22): target years before the plan years. */
export function baselineYear(plan: Plan): number | null {
  const first = plan.planYears[0];
  if (first === undefined) return null;
  const before = plan.targetYears.filter((y) => y < first);
  return before.length > 0 ? before[before.length - 1] : null;
}
