/**
 * A budget typed as text ("2,478" stored as text, not as a number). It reads as a number, but Excel's
 * SUM skips text, so any total over it comes out short. The fix writes the number.
 */
import type { Hit } from "../../finding";
import { cellText } from "../../grid";
import { defineRule, hitMaker, withFix } from "../kit";
import { budgetOwners } from "./common";

const makeHit = hitMaker(["textNumber"]);

export const budgetsTextNumber = defineRule({
  id: "budgets/text-number",
  defaultSeverity: "info",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    for (const owner of budgetOwners(plan)) {
      if (!owner.anyFromText) continue;
      for (const budget of owner.budgets) {
        if (budget.value.kind !== "number" || !budget.value.fromText) continue;
        const from = typeof budget.raw === "string" ? budget.raw : cellText(budget.raw);
        hits.push(
          makeHit(
            "textNumber",
            budget.ref,
            { name: owner.name, year: budget.year, value: from, number: budget.value.value },
            withFix(owner.extra, { ref: budget.ref, from, to: budget.value.value }),
          ),
        );
      }
    }
    return hits;
  },
});
