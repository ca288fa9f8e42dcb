/** A 실적 or 집행액 that is not a value (text where a number or stage belongs, an Excel error). */
import type { Hit } from "../../finding";
import type { Project } from "../../plan";
import { defineRule, hitMaker } from "../kit";
import { projectsById } from "../vocabulary/names";
import { evaluatedResults } from "./common";

const makeHit = hitMaker(["actual", "spent"]);

export const resultsUnreadable = defineRule({
  id: "results/unreadable",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    for (const e of evaluatedResults(plan)) {
      if (e.evaluation.status !== "unreadable" || !e.result.actual) continue;
      hits.push(makeHit("actual", e.result.actual.ref, { indicator: e.name, value: e.result.actual.raw, target: e.target?.raw ?? "" }, { projectId: e.project.id }));
    }
    // The projects by id only for an unreadable amount: most plans have none, and a large plan's index costs.
    let byId: ReadonlyMap<string, Project> | undefined;
    for (const results of plan.results ?? []) {
      for (const budget of results.budgets) {
        if (budget.spent?.value.kind !== "invalid") continue;
        const project = (byId ??= projectsById(plan)).get(budget.projectId);
        hits.push(makeHit("spent", budget.spent.ref, { name: project?.name ?? budget.projectId, value: budget.spent.raw }, { projectId: budget.projectId }));
      }
    }
    return hits;
  },
});
