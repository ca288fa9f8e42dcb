/**
 * 6기: a number written as a path (Ⅰ-2-4, Ⅱ-1-2-1) whose prefix does not name where the project stands
 * (Ⅰ-2-4 under 전략 3). The number is the project's identity and stays when a project moves, so this may
 * be a moved project or a typing slip: a reviewer must look (warning).
 */
import type { Hit } from "../../finding";
import type { Plan, Project } from "../../plan";
import { oneLine } from "../../text";
import { defineRule, hitMaker } from "../kit";
import { byId, numberRef, scopeLabel } from "../vocabulary/places";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["prefix"]);

const ROMAN = ["", "Ⅰ", "Ⅱ"];

/** The path the project's place asks for ("Ⅰ-3-"), or null when the project stands outside any strategy. */
function expectedPrefix(plan: Plan, project: Project): string | null {
  // By index: a search of the strategies and tasks for every project was quadratic on a large plan.
  const strategy = project.strategyId === null ? undefined : byId(plan.strategies, project.strategyId);
  if (!strategy) return null;
  const task = project.taskId ? byId(plan.tasks, project.taskId) : undefined;
  const levels = strategy.part === 2 && task ? [strategy.number, task.number] : [strategy.number];
  return `${ROMAN[strategy.part]}-${levels.join("-")}-`;
}

export const structureNumberPrefix = defineRule({
  id: "structure/number-prefix",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    if (plan.period !== 6) return [];
    const hits: Hit[] = [];
    for (const project of plan.projects) {
      const path = project.numberPath;
      const expected = expectedPrefix(plan, project);
      if (!path || expected === null) continue;
      const written = `${ROMAN[path.part]}-${path.levels.slice(0, -1).join("-")}-`;
      if (written === expected) continue;
      hits.push(
        makeHit(
          "prefix",
          numberRef(project),
          { number: oneLine(path.raw), name: projectName(project), expected: `${expected}${path.levels[path.levels.length - 1]}`, scope: scopeLabel(plan, project) },
          { projectId: project.id },
        ),
      );
    }
    return hits;
  },
});
