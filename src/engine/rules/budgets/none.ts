/**
 * A project with no budget in any year (every year '-', empty or 0). For a 중점추진사업 that is a warning
 * (the seed's 기본생활보장 지원 체계구축 is 중점 with '-' everywhere): a key project with no money is
 * either unfinished or not what the plan says. For other projects it is worth knowing (info).
 */
import type { Hit } from "../../finding";
import { defineRule, hitMaker, inYearOrder } from "../kit";
import { projectName } from "../vocabulary/names";
import { budgetOwners } from "./common";

const makeHit = hitMaker(["noBudgetKey", "noBudget"]);

export const budgetsNone = defineRule({
  id: "budgets/none",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    if (plan.budgetYears.length === 0) return hits;
    const owners = budgetOwners(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < owners.length; i++) {
      const project = owners[i].project;
      // A total row is budgets/total's; a project with an amount or an unreadable cell is not without budget.
      if (project === null || owners[i].anyInvalid || owners[i].anyNonZero) continue;
      const ref = inYearOrder(project.budgets)[0]?.ref ?? project.nameCell.ref;
      const data = { name: projectName(project), years: plan.budgetYears.length };
      if (project.flags.key?.state === "yes") hits.push(makeHit("noBudgetKey", ref, data, { projectId: project.id }));
      else hits.push(makeHit("noBudget", ref, data, { projectId: project.id, severity: "info" }));
    }
    return hits;
  },
});
