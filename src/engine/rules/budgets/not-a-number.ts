/** A budget cell that is not a number, '-' or empty ("약 50", "미정"): totals cannot be computed. */
import type { Hit } from "../../finding";
import { cellText, isCellError } from "../../grid";
import { defineRule, hitMaker } from "../kit";
import { budgetOwners } from "./common";

const makeHit = hitMaker(["invalid"]);

export const budgetsNotANumber = defineRule({
  id: "budgets/not-a-number",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const owners = budgetOwners(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < owners.length; i++) {
      const owner = owners[i];
      if (!owner.anyInvalid) continue;
      for (const budget of owner.budgets) {
        // An Excel error (#REF!) is structure/error-cell's to report.
        if (budget.value.kind !== "invalid" || isCellError(budget.raw)) continue;
        hits.push(makeHit("invalid", budget.ref, { name: owner.name, year: budget.year, value: cellText(budget.raw) }, owner.extra));
      }
    }
    return hits;
  },
});
