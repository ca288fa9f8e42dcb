/** Where things stand in the plan's table: a role's column, a project's cells, its strategy and 대표과업. */
import type { CellRef } from "../../grid";
import type { ColumnRole, FlagName, Plan, Project } from "../../plan";
import { placeGroups } from "../../groups";
import { oneLine } from "../../text";
import { FLAG_ROLE } from "./flags";
import { perRun } from "./perRun";

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

/** Where a project stands, in the workbook's own words: "지역발전전략 2. … › 대표과업 1. …" ("" if nowhere). */
export function scopeLabel(plan: Plan, project: Pick<Project, "strategyId" | "taskId">): string {
  // Asked for every repeated or dashed project: worked out once per place in a validation run.
  const labels = scopeLabels(plan);
  const key = `${project.strategyId ?? ""}\u0000${project.taskId ?? ""}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = buildScopeLabel(plan, project);
    labels.set(key, label);
  }
  return label;
}

const scopeLabels = perRun((_plan: Plan) => new Map<string, string>());

function buildScopeLabel(plan: Plan, project: Pick<Project, "strategyId" | "taskId">): string {
  const task = project.taskId ? byId(plan.tasks, project.taskId) : undefined;
  const parts: string[] = [strategyLabel(plan, project.strategyId)];
  if (task) parts.push(oneLine(task.cell.raw || task.name));
  return parts.filter((p) => p !== "").join(" › ");
}

/** A strategy as the workbook writes it ("사회보장전략 4. 자립역량강화 및 일자리 확충"), "" if none. */
export function strategyLabel(plan: Plan, strategyId: string | null): string {
  const strategy = strategyId ? byId(plan.strategies, strategyId) : undefined;
  return strategy ? oneLine(strategy.cell.raw || strategy.name) : "";
}

/**
 * An index of a plan's list, built once and kept while the list is (rebuilt if it grew): rules ask once per
 * project or target, and a scan of the whole list each time is quadratic on a large plan.
 */
function keptIndex<L extends readonly unknown[], I>(cache: WeakMap<L, { length: number; index: I }>, list: L, build: (list: L) => I): I {
  let kept = cache.get(list);
  if (!kept || kept.length !== list.length) {
    kept = { length: list.length, index: build(list) };
    cache.set(list, kept);
  }
  return kept.index;
}

const byIdIndex = new WeakMap<readonly { id: string }[], { length: number; index: Map<string, { id: string }> }>();

/** The first item with the id (a strategy, a 대표과업, a project), by an index kept while the list is. */
export function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  const items = keptIndex(byIdIndex, list, (all) => {
    const first = new Map<string, { id: string }>();
    for (const item of all) if (!first.has(item.id)) first.set(item.id, item);
    return first;
  });
  return items.get(id) as T | undefined;
}

/** The plan's projects and 대표과업 by strategy and by 대표과업 (groups.ts), once per run. */
export const placesOf = perRun((plan: Plan) => placeGroups(plan));

/** The numbering scope of a project: its task if it has one, else its strategy, else the plan. */
export function numberingScope(project: Pick<Project, "strategyId" | "taskId">): string {
  return project.taskId ?? project.strategyId ?? "";
}

/**
 * The plan's projects with a number, by numbering scope, each scope's in plan order: structure/number-gap and
 * structure/duplicate-number both ask, once per run (the scopes are the plan's own ids: no key made per project).
 */
export const numberedByScope: (plan: Plan) => ReadonlyMap<string, readonly Project[]> = perRun((plan: Plan) => {
  const scopes = new Map<string, Project[]>();
  // By index (kit.ts: run once per plan).
  for (let i = 0; i < plan.projects.length; i++) {
    const project = plan.projects[i];
    if (project.number === null) continue;
    const key = numberingScope(project);
    const scope = scopes.get(key);
    if (scope) scope.push(project);
    else scopes.set(key, [project]);
  }
  return scopes;
});

/** A cell the reader found holding an Excel error: structure/error-cell reports it, other rules leave it. */
export function isErrorCell(plan: Plan, ref: CellRef): boolean {
  return keptIndex(errorCellIndex, plan.errorCells, (cells) => new Set(cells.map((e) => cellKey(e.ref)))).has(cellKey(ref));
}

const errorCellIndex = new WeakMap<Plan["errorCells"], { length: number; index: Set<string> }>();

function cellKey(ref: CellRef): string {
  return `${ref.row}:${ref.col}:${ref.sheet}`;
}

/**
 * A cell read as empty whose formula was saved without its result: structure/uncomputed-formula reports it, other
 * rules leave it. A budget keeps its raw value (null: no result); a target or a result, whose raw is text, says so
 * (uncomputed). A formula that computes empty text has a result and is an empty cell, not this.
 */
export function isUncomputed(cell: { raw: unknown; formula?: string | null; uncomputed?: true }): boolean {
  return !!cell.formula && (cell.raw === null || cell.uncomputed === true);
}
