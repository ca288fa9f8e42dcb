import { countGroupsWhere, projectGroups } from "./identity";
import type { Plan } from "./plan";

/** The plan's own totals, as the seed states them ("4대 추진전략, 4개 발전전략 50개 세부사업 및 과업"). */
export interface PlanCounts {
  strategies: number;
  tasks: number;
  projectRows: number;
  /** Distinct projects: one standing in two places counts once. */
  projects: number;
  /** Distinct 중점추진사업 (key projects). */
  keyProjects: number;
  /** Every indicator: strategy-, task- and project-level. */
  indicators: number;
}

export function planCounts(plan: Plan): PlanCounts {
  const projects = plan.projects;
  const groups = projectGroups(projects);
  // Asked once per plan, after the rules. A group is counted at its first key project; its other projects' flags are
  // not read.
  const keyProjects = countGroupsWhere(groups, (i) => projects[i].flags.key?.state === "yes");
  // Plain loops: by index, for…of in a function run once per plan stays in V8's slow tiers (rules/kit.ts).
  let indicators = 0;
  for (let i = 0; i < plan.strategies.length; i++) indicators += plan.strategies[i].indicators.length;
  for (let i = 0; i < plan.tasks.length; i++) indicators += plan.tasks[i].indicators.length;
  for (let i = 0; i < plan.projects.length; i++) indicators += plan.projects[i].indicators.length;
  return {
    strategies: plan.strategies.length,
    tasks: plan.tasks.length,
    projectRows: plan.projects.length,
    projects: groups.count,
    keyProjects,
    indicators,
  };
}

/** The plan years that have a target column, in plan order (the years a target, and a 실적, is asked for). */
export function planYearsWithTargets(plan: Pick<Plan, "planYears" | "targetYears">): number[] {
  return plan.planYears.filter((year) => plan.targetYears.includes(year));
}

/**
 * The years the plan runs, as the period is named (제5기 2023–2026, 제6기 2027–2030): the baseline year carried
 * from the previous plan left out; all years read when the plan has none after a baseline. Null when no year was read.
 */
export function planSpan(plan: Pick<Plan, "planYears" | "years">): { first: number; last: number } | null {
  const years = plan.planYears.length > 0 ? plan.planYears : plan.years;
  return years.length > 0 ? { first: years[0], last: years[years.length - 1] } : null;
}
