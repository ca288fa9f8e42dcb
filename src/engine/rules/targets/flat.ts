/**
 * The same target in every plan year ('23–'26): the plan asks for outcome indicators that show
 * progress, not outputs held level. Worth knowing (info). A rate held at 100% cannot rise and is left alone.
 */
import type { Hit } from "../../finding";
import { planYearsWithTargets } from "../../counts";
import { defineRule, hitMaker } from "../kit";
import { allIndicators, baselineYear, type NumericPoint } from "../vocabulary/indicators";

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
      // One loop, no filtered copy: stops at the first value that differs (most series move).
      let first: NumericPoint | undefined;
      let count = 0;
      let flat = true;
      const points = owned.points;
      for (let j = 0; j < points.length; j++) {
        const p = points[j];
        if (!years.includes(p.year)) continue;
        if (first === undefined) first = p;
        else if (p.value !== first.value || p.family !== first.family) {
          flat = false;
          break;
        }
        count++;
      }
      if (!flat || first === undefined || count !== years.length) continue;
      if (first.unit === "%" && first.value >= 100) continue;
      // Flat after a drop from the baseline is targets/direction's baselineDrop, a warning.
      const baseline = base === null ? undefined : points.find((p) => p.year === base);
      if (baseline && baseline.family === first.family && baseline.value > first.value) continue;
      hits.push(makeHit("flat", first.target.ref, { indicator: owned.name, value: first.target.raw, years: years.length }, owned.extra));
    }
    return hits;
  },
});
