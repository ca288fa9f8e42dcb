/**
 * 6기: the counts the ministry's guide recommends (DOMAIN.md, "The 6th period"): at most 5 사회보장 전략;
 * per Part I strategy 5–8 세부사업, 2 of them (중점추진); per Part II strategy at least 2 대표과업, per
 * 대표과업 at least 2 세부과업. Recommendations, so warnings. A department's workbook (부서별 입력 양식, one
 * 담당부서's rows of the plan) is not the plan: its counts are not asked.
 */
import type { Hit } from "../../finding";
import type { Plan, Project } from "../../plan";
import { groupByIdentity, normalizeName } from "../../identity";
import { oneLine } from "../../text";
import { defineRule, hitMaker } from "../kit";
import { inGroup } from "../../groups";
import { placesOf } from "../vocabulary/places";

const makeHit = hitMaker(["tooManyStrategies", "fewProjects", "manyProjects", "keyProjects", "fewTasks", "fewSubtasks"]);

const MAX_STRATEGIES = 5;
const MIN_PROJECTS = 5;
const MAX_PROJECTS = 8;
const KEY_PROJECTS = 2;
const MIN_TASKS = 2;
const MIN_SUBTASKS = 2;

/** Projects counted once when one stands twice in the same scope (a row repeated after 병합 해제). */
function distinct(projects: readonly Project[]): Project[] {
  return groupByIdentity(projects).map((group) => group[0]);
}

/**
 * Every project names the same 담당부서 (its column, else the 관리체계's 실|국|과 list): a department's
 * workbook split from the plan, never a whole plan, which is written by several departments.
 */
export function isDepartmentWorkbook(plan: Plan): boolean {
  const departments = new Set<string>();
  for (const project of plan.projects) {
    const raw = project.department?.raw ?? plan.schedule?.departmentsByProject?.[project.id]?.raw ?? "";
    if (raw.trim() === "") return false;
    departments.add(normalizeName(raw));
  }
  return departments.size === 1;
}

export const structureFormCounts = defineRule({
  id: "structure/form-counts",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    if (plan.period !== 6 || isDepartmentWorkbook(plan)) return [];
    const hits: Hit[] = [];
    const partOne = plan.strategies.filter((s) => s.part === 1);
    // Grouped once: filtering every project once per strategy and per task was quadratic on a large plan.
    const { projectsByStrategy, projectsByTask, tasksByStrategy } = placesOf(plan);
    if (partOne.length > MAX_STRATEGIES) {
      hits.push(makeHit("tooManyStrategies", partOne[MAX_STRATEGIES].cell.ref, { count: partOne.length, max: MAX_STRATEGIES }));
    }
    for (const strategy of plan.strategies) {
      const name = oneLine(strategy.cell.raw || strategy.name);
      if (strategy.part === 1) {
        const projects = distinct(inGroup(projectsByStrategy, strategy.id));
        const count = projects.length;
        if (count < MIN_PROJECTS) hits.push(makeHit("fewProjects", strategy.cell.ref, { name, count, min: MIN_PROJECTS }));
        if (count > MAX_PROJECTS) hits.push(makeHit("manyProjects", strategy.cell.ref, { name, count, max: MAX_PROJECTS }));
        const keys = projects.filter((p) => p.flags.key?.state === "yes").length;
        if (count > 0 && keys !== KEY_PROJECTS) hits.push(makeHit("keyProjects", strategy.cell.ref, { name, count: keys, expected: KEY_PROJECTS }));
      } else {
        const tasks = inGroup(tasksByStrategy, strategy.id);
        if (tasks.length < MIN_TASKS) hits.push(makeHit("fewTasks", strategy.cell.ref, { name, count: tasks.length, min: MIN_TASKS }));
        for (const task of tasks) {
          const count = distinct(inGroup(projectsByTask, task.id)).length;
          if (count < MIN_SUBTASKS) hits.push(makeHit("fewSubtasks", task.cell.ref, { name: oneLine(task.cell.raw || task.name), count, min: MIN_SUBTASKS }));
        }
      }
    }
    return hits;
  },
});
