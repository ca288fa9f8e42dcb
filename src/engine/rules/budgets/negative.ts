/** A negative budget: a plan budgets spending, never less than nothing. */
import type { Hit } from "../../finding";
import { cellText } from "../../grid";
import { defineRule, hitMaker } from "../kit";
import { budgetOwners } from "./common";

const makeHit = hitMaker(["negative"]);

export const budgetsNegative = defineRule({
  id: "budgets/negative",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const owners = budgetOwners(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < owners.length; i++) {
      const owner = owners[i];
      if (!owner.anyNegative) continue;
      for (const budget of owner.budgets) {
        if (budget.value.kind !== "number" || budget.value.value >= 0) continue;
        hits.push(makeHit("negative", budget.ref, { name: owner.name, year: budget.year, value: cellText(budget.raw) }, owner.extra));
      }
    }
    return hits;
  },
});
