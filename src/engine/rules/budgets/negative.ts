/** A negative budget: a plan budgets spending, never less than nothing. */
import type { Hit, Rule } from "../../finding";
import { cellText } from "../../grid";
import { makeHit } from "../util";
import { allBudgets } from "./common";

export const budgetsNegative: Rule = {
  id: "budgets/negative",
  defaultSeverity: "error",
  messageIds: ["negative"],
  check(plan) {
    const hits: Hit[] = [];
    for (const { budget, owner, projectId } of allBudgets(plan)) {
      if (budget.value.kind !== "number" || budget.value.value >= 0) continue;
      hits.push(makeHit("negative", budget.ref, { name: owner, year: budget.year, value: cellText(budget.raw) }, projectId ? { projectId } : {}));
    }
    return hits;
  },
};
