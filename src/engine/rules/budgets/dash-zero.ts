/**
 * 6기: a 비예산 사업's budget is written '0'; '-' is the 5th period's way. In a plan year, and in '26 for a
 * continuing project (6기 ×), a '-' means no money → info, with '0' as the fix. ('/' is the 6기 mark for
 * a year that does not exist; a new project's '26 is left to it.)
 */
import type { Hit } from "../../finding";
import { cellText } from "../../grid";
import { isDash } from "../../read/values";
import { defineRule, hitMaker } from "../kit";
import { baselineYear } from "../vocabulary/indicators";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["dash"]);

export const budgetsDashZero = defineRule({
  id: "budgets/dash-zero",
  defaultSeverity: "info",
  messageIds: makeHit.messageIds,
  check(plan) {
    if (plan.period !== 6) return [];
    const baseline = baselineYear(plan);
    const hits: Hit[] = [];
    const projects = plan.projects;
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < projects.length; i++) {
      const project = projects[i];
      const continuing = project.flags.isNew?.state === "no";
      for (let j = 0; j < project.budgets.length; j++) {
        const budget = project.budgets[j];
        if (budget.value.kind !== "none" || budget.formula) continue;
        const raw = cellText(budget.raw).trim();
        if (!isDash(raw)) continue;
        if (!plan.planYears.includes(budget.year) && !(continuing && budget.year === baseline)) continue;
        hits.push(makeHit("dash", budget.ref, { name: projectName(project), year: budget.year }, { projectId: project.id, fix: { ref: budget.ref, from: raw, to: 0 } }));
      }
    }
    return hits;
  },
});
