/**
 * 요약_지표 as data: one row per indicator (strategy-, task- and project-level, in plan order) with its
 * unit, the targets as written, the change over the plan period ('23→'26) and the worst severity of the
 * findings on its name or target cells.
 */
import type { CellRef } from "../grid";
import type { Finding, Severity } from "../finding";
import { INDICATOR_KINDS, indicatorKind, type IndicatorKind } from "../indicatorKind";
import type { Indicator, Plan } from "../plan";

export type IndicatorStatus = Severity | "ok";

export interface IndicatorSummaryTarget {
  year: number;
  /** As written; "" when the cell is empty or the indicator has no value that year. */
  raw: string;
  ref: CellRef | null;
}

export interface IndicatorSummaryRow {
  indicatorId: string;
  level: "strategy" | "task" | "project";
  strategyId: string | null;
  strategyName: string | null;
  taskId: string | null;
  taskName: string | null;
  projectId: string | null;
  projectNumber: number | null;
  projectName: string | null;
  name: string;
  nameRef: CellRef | null;
  /** The unit written in the name, else the unit its numeric targets share (the most frequent one); null if none. */
  unit: string | null;
  /** One per plan.targetYears, in that order. */
  targets: IndicatorSummaryTarget[];
  /** The years `change` spans: the first and last plan year. */
  changeFrom: number | null;
  changeTo: number | null;
  /** target(changeTo) − target(changeFrom) when both are numbers with the same unit; null otherwise. */
  change: number | null;
  status: IndicatorStatus;
  /** How many findings sit on the indicator's cells. */
  findings: number;
  /** 투입, 산출 or 성과, by the words of its name (src/engine/indicatorKind.ts). */
  kind: IndicatorKind;
}

const RANK: Record<IndicatorStatus, number> = { error: 3, warning: 2, info: 1, ok: 0 };

function refKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.row},${ref.col}`;
}

function unitOf(indicator: Indicator): string | null {
  if (indicator.unitInName) return indicator.unitInName;
  const counts = new Map<string, number>();
  for (const target of indicator.targets) {
    if (target.value.kind === "number" && target.value.unit !== "") counts.set(target.value.unit, (counts.get(target.value.unit) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [unit, count] of counts) if (best === null || count > (counts.get(best) as number)) best = unit;
  return best;
}

function changeOf(indicator: Indicator, from: number | null, to: number | null): number | null {
  if (from === null || to === null) return null;
  const a = indicator.targets.find((t) => t.year === from)?.value;
  const b = indicator.targets.find((t) => t.year === to)?.value;
  if (!a || !b || a.kind !== "number" || b.kind !== "number" || a.unit !== b.unit) return null;
  return Math.round((b.value - a.value) * 1e9) / 1e9;
}

export function summarizeIndicators(plan: Plan, findings: readonly Finding[]): IndicatorSummaryRow[] {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = refKey(finding.ref);
    byCell.set(key, [...(byCell.get(key) ?? []), finding]);
  }
  const changeFrom = plan.planYears.length > 0 ? plan.planYears[0] : null;
  const changeTo = plan.planYears.length > 1 ? plan.planYears[plan.planYears.length - 1] : null;
  const strategies = new Map(plan.strategies.map((s) => [s.id, s]));
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));

  const rows: IndicatorSummaryRow[] = [];
  const add = (
    level: IndicatorSummaryRow["level"],
    indicator: Indicator,
    owner: { strategyId: string | null; taskId: string | null; projectId: string | null; projectNumber: number | null; projectName: string | null },
  ) => {
    const cells = new Set<string>();
    if (indicator.nameCell) cells.add(refKey(indicator.nameCell.ref));
    for (const target of indicator.targets) cells.add(refKey(target.ref));
    let status: IndicatorStatus = "ok";
    let count = 0;
    for (const key of cells) {
      for (const finding of byCell.get(key) ?? []) {
        count += 1;
        if (RANK[finding.severity] > RANK[status]) status = finding.severity;
      }
    }
    rows.push({
      indicatorId: indicator.id,
      level,
      strategyId: owner.strategyId,
      strategyName: owner.strategyId ? (strategies.get(owner.strategyId)?.name ?? null) : null,
      taskId: owner.taskId,
      taskName: owner.taskId ? (tasks.get(owner.taskId)?.name ?? null) : null,
      projectId: owner.projectId,
      projectNumber: owner.projectNumber,
      projectName: owner.projectName,
      name: indicator.name,
      nameRef: indicator.nameCell?.ref ?? null,
      unit: unitOf(indicator),
      targets: plan.targetYears.map((year) => {
        const target = indicator.targets.find((t) => t.year === year);
        return { year, raw: target?.raw ?? "", ref: target?.ref ?? null };
      }),
      changeFrom,
      changeTo,
      change: changeOf(indicator, changeFrom, changeTo),
      status,
      findings: count,
      kind: indicatorKind(indicator),
    });
  };

  // Plan order: by the row of the owner (strategy, task or project row), strategy before task before project.
  const none = { projectId: null, projectNumber: null, projectName: null };
  const owners: { row: number; rank: number; run: () => void }[] = [];
  for (const strategy of plan.strategies) {
    owners.push({ row: strategy.cell.ref.row, rank: 0, run: () => strategy.indicators.forEach((i) => add("strategy", i, { strategyId: strategy.id, taskId: null, ...none })) });
  }
  for (const task of plan.tasks) {
    owners.push({ row: task.cell.ref.row, rank: 1, run: () => task.indicators.forEach((i) => add("task", i, { strategyId: task.strategyId, taskId: task.id, ...none })) });
  }
  for (const p of plan.projects) {
    const owner = { strategyId: p.strategyId, taskId: p.taskId, projectId: p.id, projectNumber: p.number, projectName: p.name };
    owners.push({ row: p.firstRow, rank: 2, run: () => p.indicators.forEach((i) => add("project", i, owner)) });
  }
  owners.map((o, index) => ({ ...o, index })).sort((a, b) => a.row - b.row || a.rank - b.rank || a.index - b.index).forEach((o) => o.run());
  return rows;
}

/** The indicators of one strategy (its own, its 대표과업's and its projects') by kind. */
export interface IndicatorMixRow {
  strategyId: string | null;
  strategyName: string | null;
  counts: Record<IndicatorKind, number>;
  total: number;
}

/**
 * The indicator mix per strategy, in the order the rows come (strategies as the plan lists them; indicators
 * outside any strategy last, with strategyId null): how much of the plan is measured by input rather than
 * output or outcome.
 */
export function summarizeIndicatorMix(rows: readonly IndicatorSummaryRow[]): IndicatorMixRow[] {
  const byStrategy = new Map<string | null, IndicatorMixRow>();
  for (const row of rows) {
    let mix = byStrategy.get(row.strategyId);
    if (!mix) {
      const counts = Object.fromEntries(INDICATOR_KINDS.map((k) => [k, 0])) as Record<IndicatorKind, number>;
      mix = { strategyId: row.strategyId, strategyName: row.strategyName, counts, total: 0 };
      byStrategy.set(row.strategyId, mix);
    }
    mix.counts[row.kind] += 1;
    mix.total += 1;
  }
  const none = byStrategy.get(null);
  byStrategy.delete(null);
  return none ? [...byStrategy.values(), none] : [...byStrategy.values()];
}
