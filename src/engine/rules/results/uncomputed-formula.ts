/**
 * A 실적 or 집행액 holding a formula saved without its value (a department's copy written by a script, a file saved
 * with calculation off): the value cannot be read, and reading it as empty would report a missing 실적 the user
 * did write. Said once, on the cell. The results form's own 달성률 and 집행률 formulas are not read as values.
 */
import type { Hit } from "../../finding";
import type { Project } from "../../plan";
import { cellA1, defineRule, hitMaker } from "../kit";
import { projectsById } from "../vocabulary/names";
import { isUncomputed } from "../vocabulary/places";
import { evaluatedResults } from "./common";

const makeHit = hitMaker(["actual", "spent"]);

export const resultsUncomputedFormula = defineRule({
  id: "results/uncomputed-formula",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    if (!plan.results || plan.results.length === 0) return hits;
    for (const e of evaluatedResults(plan)) {
      const actual = e.result.actual;
      if (!actual || !isUncomputed(actual)) continue;
      const data = { indicator: e.name, year: e.results.year, sheet: actual.ref.sheet, cell: cellA1(actual.ref), formula: actual.formula as string };
      hits.push(makeHit("actual", actual.ref, data, { projectId: e.project.id }));
    }
    // The projects by id only for such an amount: most results have none.
    let byId: ReadonlyMap<string, Project> | undefined;
    for (const results of plan.results) {
      for (const budget of results.budgets) {
        const spent = budget.spent;
        if (!spent || !isUncomputed(spent)) continue;
        const project = (byId ??= projectsById(plan)).get(budget.projectId);
        const data = { name: project?.name ?? budget.projectId, year: results.year, sheet: spent.ref.sheet, cell: cellA1(spent.ref), formula: spent.formula as string };
        hits.push(makeHit("spent", spent.ref, data, { projectId: budget.projectId }));
      }
    }
    return hits;
  },
});
