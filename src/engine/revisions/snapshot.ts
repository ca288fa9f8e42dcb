/**
 * A plan as the revision log remembers it: compact, JSON-able, without cell addresses (a revision moves
 * rows around), holding what a reviewer wants traced — each project's place, number, name, department,
 * flags, indicators with their targets, and budgets, as written.
 */
import { projectIdentity } from "../identity";
import type { FlagName, Plan } from "../plan";
import { FLAG_NAMES } from "../plan";

export const SNAPSHOT_VERSION = 1;

export interface IndicatorSnapshot {
  name: string;
  /** Year → the target as written; years with an empty cell are left out. */
  targets: Record<number, string>;
}

export interface ProjectSnapshot {
  /** Identity key (normalised name): what matches a project across versions. */
  key: string;
  /** Where it stood in that version ("I-4-5", "II-2-1-2"). */
  id: string;
  strategyId: string | null;
  strategyName: string | null;
  taskId: string | null;
  taskName: string | null;
  number: number | null;
  name: string;
  department: string | null;
  /** Raw flag text; null when the workbook has no such column. */
  flags: Record<FlagName, string | null>;
  indicators: IndicatorSnapshot[];
  /** Year → a number, or the raw text ('-', something unreadable); years with an empty cell are left out. */
  budgets: Record<number, number | string>;
}

export interface PlanSnapshot {
  version: typeof SNAPSHOT_VERSION;
  sheet: string;
  targetYears: number[];
  budgetYears: number[];
  /** The unit the budgets are written in; absent in snapshots saved before it was kept (백만원 then). */
  budgetUnit?: "백만원" | "천원";
  /**
   * Set when the key flag is read from "(중점추진)" in the name (the 6기 form has no 중점 column): a project's key flag
   * text is then its name with the marker, or "" without it. Absent otherwise, and in snapshots saved before it was kept.
   */
  keyFromName?: true;
  projects: ProjectSnapshot[];
}

export function snapshotPlan(plan: Plan): PlanSnapshot {
  const strategies = new Map(plan.strategies.map((s) => [s.id, s.name]));
  const tasks = new Map(plan.tasks.map((t) => [t.id, t.name]));
  const keyFromName = plan.projects.some((project) => project.flags.key?.from === "name");
  return {
    version: SNAPSHOT_VERSION,
    sheet: plan.sheet,
    targetYears: [...plan.targetYears],
    budgetYears: [...plan.budgetYears],
    budgetUnit: plan.budgetUnit.unit,
    ...(keyFromName ? { keyFromName: true as const } : {}),
    projects: plan.projects.map((project): ProjectSnapshot => {
      const flags = {} as Record<FlagName, string | null>;
      for (const flag of FLAG_NAMES) flags[flag] = project.flags[flag]?.raw ?? null;
      const budgets: Record<number, number | string> = {};
      for (const budget of project.budgets) {
        if (budget.value.kind === "number") budgets[budget.year] = budget.value.value;
        else if (budget.value.kind !== "empty") budgets[budget.year] = rawText(budget.raw);
      }
      return {
        key: projectIdentity(project),
        id: project.id,
        strategyId: project.strategyId,
        strategyName: project.strategyId ? (strategies.get(project.strategyId) ?? null) : null,
        taskId: project.taskId,
        taskName: project.taskId ? (tasks.get(project.taskId) ?? null) : null,
        number: project.number,
        name: project.name,
        department: project.department?.raw ?? null,
        flags,
        indicators: project.indicators.map((indicator) => {
          const targets: Record<number, string> = {};
          for (const target of indicator.targets) if (target.raw.trim() !== "") targets[target.year] = target.raw.trim();
          return { name: indicator.name, targets };
        }),
        budgets,
      };
    }),
  };
}

function rawText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "object" && typeof (raw as { error?: unknown }).error === "string") return (raw as { error: string }).error;
  return String(raw).trim();
}

/** Reads a snapshot back from JSON; null when the text is not a snapshot this version understands. */
export function parseSnapshot(text: string): PlanSnapshot | null {
  try {
    const value = JSON.parse(text) as Partial<PlanSnapshot> | null;
    if (!value || value.version !== SNAPSHOT_VERSION || !Array.isArray(value.projects)) return null;
    return value as PlanSnapshot;
  } catch {
    return null;
  }
}
