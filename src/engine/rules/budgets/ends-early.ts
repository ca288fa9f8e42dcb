/**
 * A budget that stops before the plan ends. If the project's targets go on after the last budgeted
 * year, the later targets have no money → warning. If the targets end with the budget (화력발전소:
 * 착공 → 공사 진행 → 준공 및 개관 in '24, budget to '24), the project simply ends → info.
 */
import type { Hit } from "../../finding";
import type { Budget } from "../../plan";
import { defineRule, hitMaker, inYearOrder } from "../kit";
import { hasValue } from "../vocabulary/indicators";
import { projectName } from "../vocabulary/names";
import { budgetOwners } from "./common";

const makeHit = hitMaker(["endsBeforeTargets", "endsWithTargets"]);

export const budgetsEndsEarly = defineRule({
  id: "budgets/ends-early",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    if (plan.budgetYears.length === 0) return hits;
    let planEnd = -Infinity;
    for (const year of plan.budgetYears) if (year > planEnd) planEnd = year;
    // Plain loops, no arrays made per project: every project is asked, few end early. By index (kit.ts).
    const owners = budgetOwners(plan);
    for (let i = 0; i < owners.length; i++) {
      const project = owners[i].project;
      // The last year with money, from the shared pass: most projects are funded to the end.
      const last = owners[i].lastFundedYear;
      if (project === null || last === null || last >= planEnd) continue;
      const budgets = inYearOrder(project.budgets);
      // The first budget after it; an unreadable one after it is budgets/not-a-number's.
      let next: Budget | null = null;
      let unreadable = false;
      for (let j = 0; j < budgets.length; j++) {
        const b = budgets[j];
        if (b.year <= last) continue;
        next ??= b;
        if (b.value.kind === "invalid") unreadable = true;
      }
      if (unreadable || !next) continue;
      let lastTarget: number | null = null;
      for (let j = 0; j < project.indicators.length; j++) {
        const targets = project.indicators[j].targets;
        for (let k = 0; k < targets.length; k++) {
          const t = targets[k];
          if (hasValue(t.value) && (lastTarget === null || t.year > lastTarget)) lastTarget = t.year;
        }
      }
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
