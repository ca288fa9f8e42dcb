/**
 * 6기: a continuing project (6기 ×: already in the 2026 연차별 시행계획) must carry its '26 values as the
 * baseline; '/' there means "this year does not exist", which is only true of a new project. A target
 * or a budget of '26 left '/' or empty on a continuing project → warning.
 */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { budgetAt } from "../vocabulary/budgets";
import { baselineYear, hasValue, indicatorName, targetAt } from "../vocabulary/indicators";
import { isUncomputed } from "../vocabulary/places";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["target", "budget"]);

export const targetsBaseline = defineRule({
  id: "targets/baseline",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const year = baselineYear(plan);
    if (plan.period !== 6 || year === null) return [];
    const hits: Hit[] = [];
    for (const project of plan.projects) {
      if (project.flags.isNew?.state !== "no") continue;
      const name = projectName(project);
      for (const indicator of project.indicators) {
        // An indicator without any target is targets/missing's.
        if (!indicator.targets.some((t) => hasValue(t.value))) continue;
        const target = targetAt(indicator, year);
        if (!target || hasValue(target.value) || isUncomputed(target)) continue;
        hits.push(makeHit("target", target.ref, { name, indicator: indicatorName(indicator), year, value: target.raw }, { projectId: project.id }));
      }
      const budget = budgetAt(project, year);
      if (budget && !isUncomputed(budget) && (budget.value.kind === "empty" || (budget.value.kind === "none" && budget.value.mark === "/"))) {
        hits.push(makeHit("budget", budget.ref, { name, year, value: budget.value.kind === "empty" ? "" : "/" }, { projectId: project.id }));
      }
    }
    return hits;
  },
});
