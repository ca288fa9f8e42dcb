/**
 * Budgets the plan states in 천원 ("(단위: 천원)" above the table, or 예산(천원)): the 5기 and 6기 forms ask for
 * 백만원. The values are read as written, never converted (a fix must write back in the workbook's own unit),
 * so sums across plans and the summaries are off by a thousand until the unit is changed.
 */
import { defineRule, hitMaker } from "../kit";
import { headerRef } from "../vocabulary/places";

const makeHit = hitMaker(["thousandWon"]);

export const budgetsUnit = defineRule({
  id: "budgets/unit",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    if (plan.budgetUnit.unit !== "천원" || plan.budgetYears.length === 0) return [];
    return [makeHit("thousandWon", plan.budgetUnit.ref ?? headerRef(plan), { raw: plan.budgetUnit.raw })];
  },
});
