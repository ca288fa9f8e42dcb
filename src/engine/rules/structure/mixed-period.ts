/**
 * A workbook that mixes the 5th and 6th periods (years across both, a 6기 header over 5기 years, two plan
 * sheets of different periods) is reported, not guessed: the years chose how it was read, and a reviewer
 * must see that the other period's rules may apply.
 */
import { defineRule, hitMaker } from "../kit";
import { headerRef } from "../vocabulary/places";

const makeHit = hitMaker(["mixed"]);

export const structureMixedPeriod = defineRule({
  id: "structure/mixed-period",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const evidence = plan.periodEvidence;
    if (!evidence.mixed) return [];
    const first = plan.years[0] ?? 0;
    const last = plan.years[plan.years.length - 1] ?? 0;
    return [makeHit("mixed", evidence.headerRef ?? headerRef(plan), { period: plan.period, first, last, other: plan.period === 6 ? 5 : 6 })];
  },
});
