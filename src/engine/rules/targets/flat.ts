/**
 * The same target in every plan year ('23–'26): the plan asks for outcome indicators that show
 * progress, not outputs held level. Worth knowing (info). A rate held at 100% cannot rise and is left alone.
 */
import type { Hit } from "../../finding";
import { planYearsWithTargets } from "../../counts";
import type { Target } from "../../plan";
import { defineRule, hitMaker, inYearOrder } from "../kit";
import { allIndicators, baselineYear } from "../vocabulary/indicators";
import { unitAndFamily } from "../vocabulary/units";

const makeHit = hitMaker(["flat"]);

export const targetsFlat = defineRule({
  id: "targets/flat",
  defaultSeverity: "info",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const years = planYearsWithTargets(plan);
    if (years.length < 2) return hits;
    const base = baselineYear(plan);
    const indicators = allIndicators(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < indicators.length; i++) {
      const owned = indicators[i];
      // A series that rises or falls between plan years is not flat: the shared pass tells (a target's year is one
      // of the plan's target years, so its plan years are those asked here).
      if (owned.milestoneSeries || owned.planRises || owned.planFalls || owned.pointCount === 0) continue;
      // One loop over the targets, no points made (they are most of what this rule would allocate: a fifth of a
      // large plan's indicators are candidates) and no filtered copy: stops at the first value that differs (most
      // series move).
      const targets = inYearOrder(owned.indicator.targets);
      let first: Target | undefined;
      let firstValue = 0;
      let firstUnit = "";
      let firstFamily = "";
      let count = 0;
      let flat = true;
      for (let j = 0; j < targets.length; j++) {
        const target = targets[j];
        const value = target.value;
        if (value.kind !== "number" || !years.includes(target.year)) continue;
        const unit = unitAndFamily(value.unit);
        if (first === undefined) {
          first = target;
          firstValue = value.value;
          firstUnit = unit.unit;
          firstFamily = unit.family;
        } else if (value.value !== firstValue || unit.family !== firstFamily) {
          flat = false;
          break;
        }
        count++;
      }
      if (!flat || first === undefined || count !== years.length) continue;
      if (firstUnit === "%" && firstValue >= 100) continue;
      // Flat after a drop from the baseline is targets/direction's baselineDrop, a warning: the baseline is the first
      // number in the baseline year.
      if (base !== null && belowBaseline(targets, base, firstValue, firstFamily)) continue;
      hits.push(makeHit("flat", first.ref, { indicator: owned.name, value: first.raw, years: years.length }, owned.extra));
    }
    return hits;
  },
});

/** The first number in the baseline year is of the given family and above the given value. */
function belowBaseline(targets: readonly Target[], base: number, value: number, family: string): boolean {
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    const baseline = target.value;
    if (baseline.kind !== "number" || target.year !== base) continue;
    return unitAndFamily(baseline.unit).family === family && baseline.value > value;
  }
  return false;
}
