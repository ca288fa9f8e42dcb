/**
 * A budget that stops before the plan ends. If the project's targets go on after the last budgeted
 * year, the later targets have no money → warning. If the targets end with the budget (화력발전소:
 * 착공 → 공사 진행 → 준공 및 개관 in '24, budget to '24), the project simply ends → info.
 */
import type { Hit } from "../../finding";
import { defineRule, hitMaker, inYearOrder } from "../kit";
import { hasValue } from "../vocabulary/indicators";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["endsBeforeTargets", "endsWithTargets"]);

export const budgetsEndsEarly = defineRule({
  id: "budgets/ends-early",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const planEnd = Math.max(...plan.budgetYears);
    if (!Number.isFinite(planEnd)) return hits;
    for (const project of plan.projects) {
      const budgets = inYearOrder(project.budgets);
      // The last year with money (the budgets are in year order).
      let last: number | null = null;
      for (const b of budgets) if (b.value.kind === "number" && b.value.value > 0) last = b.year;
      if (last === null || last >= planEnd) continue;
      const after = budgets.filter((b) => b.year > last);
      if (after.some((b) => b.value.kind === "invalid")) continue;
      const next = after[0];
      if (!next) continue;
      const targetYears = project.indicators.flatMap((i) => i.targets.filter((t) => hasValue(t.value)).map((t) => t.year));
      const lastTarget = targetYears.length > 0 ? Math.max(...targetYears) : null;
      const name = projectName(project);
      if (lastTarget !== null && lastTarget > last) {
        hits.push(makeHit("endsBeforeTargets", next.ref, { name, year: last, targetYear: lastTarget }, { projectId: project.id }));
      } else {
        hits.push(makeHit("endsWithTargets", next.ref, { name, year: last }, { projectId: project.id, severity: "info" }));
      }
    }
    return hits;
  },
});
