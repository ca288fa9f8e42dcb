/**
 * A budget typed as text ("2,478" stored as text, not as a number). It reads as a number, but Excel's
 * SUM skips text, so any total over it comes out short. The fix writes the number; a formula giving text
 * (=TEXT(…)) gets no fix (the number would replace the formula) and its own message, asking for the formula to give it.
 */
import type { Hit } from "../../finding";
import { cellText } from "../../grid";
import { defineRule, hitMaker, withFix } from "../kit";
import { budgetOwners } from "./common";

const makeHit = hitMaker(["textNumber", "textNumberFormula"]);

export const budgetsTextNumber = defineRule({
  id: "budgets/text-number",
  defaultSeverity: "info",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const owners = budgetOwners(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < owners.length; i++) {
      const owner = owners[i];
      if (!owner.anyFromText) continue;
      // Asked once per owner, not per cell: a project typed as text is often so in every year.
      let name: string | undefined;
      // Read once: owner.budgets makes the cells at each ask.
      const budgets = owner.budgets;
      for (let j = 0; j < budgets.length; j++) {
        const budget = budgets[j];
        if (budget.value.kind !== "number" || !budget.value.fromText) continue;
        const from = typeof budget.raw === "string" ? budget.raw : cellText(budget.raw);
        const formula = budget.formula;
        if (formula) {
          const data = { name: (name ??= owner.name), year: budget.year, value: from, number: budget.value.value, formula };
          hits.push(makeHit("textNumberFormula", budget.ref, data, owner.extra));
          continue;
        }
        // One place for the finding and its fix: a budget's ref is a new object on each read.
        const ref = budget.ref;
        hits.push(
          makeHit(
            "textNumber",
            ref,
            { name: (name ??= owner.name), year: budget.year, value: from, number: budget.value.value },
            withFix(owner.extra, { ref, from, to: budget.value.value }),
          ),
        );
      }
    }
    return hits;
  },
});
