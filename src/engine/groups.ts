import type { Plan, Project, Task } from "./plan";

/**
 * A plan's list grouped by a key (a project's or a 대표과업's strategy id, a project's 대표과업 id, its identity), in
 * list order: a rule or a summary that filtered the whole list once per strategy or task was quadratic on a large plan.
 */
export function groupedBy<T, K>(list: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  // By index: for…of in a function run once per plan stays in V8's slow tiers (rules/kit.ts).
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const NONE: readonly never[] = [];

/** The items of a group, or none. */
export function inGroup<K, T>(groups: ReadonlyMap<K, readonly T[]>, key: K): readonly T[] {
  return groups.get(key) ?? NONE;
}

/** Where the plan's projects and 대표과업 stand: grouped by strategy and by 대표과업, each list in plan order. */
export interface PlaceGroups {
  projectsByStrategy: ReadonlyMap<string | null, readonly Project[]>;
  projectsByTask: ReadonlyMap<string | null, readonly Project[]>;
  tasksByStrategy: ReadonlyMap<string | null, readonly Task[]>;
}

/** The plan's projects and 대표과업 grouped by where they stand (the rules, the strategy and results summaries). */
export function placeGroups(plan: Pick<Plan, "projects" | "tasks">): PlaceGroups {
  return {
    projectsByStrategy: groupedBy(plan.projects, (p) => p.strategyId),
    projectsByTask: groupedBy(plan.projects, (p) => p.taskId),
    tasksByStrategy: groupedBy(plan.tasks, (t) => t.strategyId),
  };
}
