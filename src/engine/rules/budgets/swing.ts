/**
 * A year-to-year budget swing a reviewer must look at: a drop of more than half, or a rise to more
 * than three times (주거취약 계층 4600 → 2100 → 550; 여성센터 1980 → 320). Small amounts are left alone.
 * For a construction project (its indicator is a milestone sequence or a progress rate to 100%:
 * 화력발전소, K-pop 공연장), the budget follows the works, so the swing is only worth knowing (info).
 */
import type { Hit } from "../../finding";
import { defineRule, hitMaker, inYearOrder, percentChange, type HitExtra } from "../kit";
import { isCompletionProjectAt } from "../vocabulary/series";
import { projectName } from "../vocabulary/names";
import { budgetOwners } from "./common";

const makeHit = hitMaker(["drop", "rise"]);

/** A fall by more than this share of the previous year's budget (0.5 = more than 50%). */
export const BUDGET_DROP_RATIO = 0.5;
/** A rise by more than this multiple of the previous year's budget (2 = more than +200%, i.e. over ×3). */
export const BUDGET_RISE_RATIO = 2;
/** Swings smaller than this, in 백만원, are not reported whatever the ratio (1.5 → 0.5 is noise). */
export const BUDGET_SWING_MIN_AMOUNT = 10;

export const budgetsSwing = defineRule({
  id: "budgets/swing",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const owners = budgetOwners(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let p = 0; p < owners.length; p++) {
      const project = owners[p].project;
      // The owners list the plan's projects first, in order: owner p is project p (isCompletionProjectAt).
      if (project === null || amountsTooClose(owners[p].minAmount, owners[p].maxAmount)) continue;
      const budgets = inYearOrder(project.budgets);
      // The project's name and severity, asked at its first swing and kept for the next.
      let name: string | undefined;
      let extra: HitExtra | undefined;
      for (let i = 1; i < budgets.length; i++) {
        const before = budgets[i - 1];
        const after = budgets[i];
        if (before.value.kind !== "number" || after.value.kind !== "number" || after.year !== before.year + 1) continue;
        const from = before.value.value;
        const to = after.value.value;
        if (from <= 0 || to < 0 || Math.abs(to - from) < BUDGET_SWING_MIN_AMOUNT) continue;
        const change = (to - from) / from;
        const messageId = change < -BUDGET_DROP_RATIO ? "drop" : change > BUDGET_RISE_RATIO ? "rise" : null;
        if (!messageId) continue;
        hits.push(
          makeHit(
            messageId,
            after.ref,
            { name: (name ??= projectName(project)), previousYear: before.year, year: after.year, from, to, percent: percentChange(from, to) },
            (extra ??= isCompletionProjectAt(plan, p) ? { projectId: project.id, severity: "info" } : { projectId: project.id }),
          ),
        );
      }
    }
    return hits;
  },
});

/**
 * No two of a project's amounts (the shared pass's smallest and largest) are far enough apart to swing: most
 * projects' budgets move little, and their years are then not walked. The ratios are tested with a margin far
 * above rounding, so that no pair the rule's own division would report is left out.
 */
function amountsTooClose(min: number | null, max: number | null): boolean {
  if (min === null || max === null || !(max - min >= BUDGET_SWING_MIN_AMOUNT)) return true;
  const margin = 1e-9;
  return min > 0 && min >= max * (1 - BUDGET_DROP_RATIO) * (1 + margin) && max <= min * (1 + BUDGET_RISE_RATIO) * (1 - margin);
}
