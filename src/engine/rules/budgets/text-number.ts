/**
 * A budget typed as text ("2,478" stored as text, not as a number). It reads as a number, but Excel's
 * SUM skips text, so any total over it comes out short. The fix writes the number.
 */
import type { Hit, Rule } from "../../finding";
import { cellText } from "../../grid";
import { makeHit } from "../util";
import { allBudgets } from "./common";

export const budgetsTextNumber: Rule = {
  id: "budgets/text-number",
  defaultSeverity: "info",
  messageIds: ["textNumber"],
  check(plan) {
    const hits: Hit[] = [];
    for (const { budget, owner, projectId } of allBudgets(plan)) {
      if (budget.value.kind !== "number" || !budget.value.fromText) continue;
      const from = typeof budget.raw === "string" ? budget.raw : cellText(budget.raw);
      hits.push(
        makeHit(
          "textNumber",
          budget.ref,
          { name: owner, year: budget.year, value: from, number: budget.value.value },
          { ...(projectId ? { projectId } : {}), fix: { ref: budget.ref, from, to: budget.value.value } },
        ),
      );
    }
    return hits;
  },
};
