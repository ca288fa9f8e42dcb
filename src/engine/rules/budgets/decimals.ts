/**
 * 6기: budgets are written in 백만원 with at most one decimal, rounded at the second (the 6기 수립 안내).
 * A budget with more → warning, with the rounded value as the fix (none for a formula cell, whose formula
 * a value would replace).
 */
import type { Hit } from "../../finding";
import { cellText } from "../../grid";
import { defineRule, hitMaker, withFix } from "../kit";
import { budgetOwners, hasFraction } from "./common";

const makeHit = hitMaker(["decimals"]);

/** Rounded half away from zero at the second decimal: 12.25 → 12.3, 0.04 → 0. */
export function roundToOneDecimal(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9) / 10;
  return rounded === 0 ? 0 : rounded;
}

export const budgetsDecimals = defineRule({
  id: "budgets/decimals",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    if (plan.period !== 6) return [];
    const hits: Hit[] = [];
    const owners = budgetOwners(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < owners.length; i++) {
      const owner = owners[i];
      // The owner's cells are made only when the shared pass saw an amount to round (owner.budgets makes them).
      if (!owner.anyFraction) continue;
      const budgets = owner.budgets;
      for (let j = 0; j < budgets.length; j++) {
        const budget = budgets[j];
        if (budget.value.kind !== "number") continue;
        const value = budget.value.value;
        if (!hasFraction(value)) continue;
        const from = typeof budget.raw === "number" ? budget.raw : cellText(budget.raw);
        const to = roundToOneDecimal(value);
        // A formula cell gets no fix: a value would replace its formula.
        const extra = budget.formula ? owner.extra : withFix(owner.extra, { ref: budget.ref, from, to });
        hits.push(makeHit("decimals", budget.ref, { name: owner.name, year: budget.year, value: String(from), rounded: to }, extra));
      }
    }
    return hits;
  },
});
