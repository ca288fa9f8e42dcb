/**
 * The same target in every plan year ('23–'26): the plan asks for outcome indicators that show
 * progress, not outputs held level. Worth knowing (info). A rate held at 100% cannot rise and is left alone.
 */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { allIndicators, baselineYear } from "../vocabulary/indicators";

const makeHit = hitMaker(["flat"]);

export const targetsFlat = defineRule({
  id: "targets/flat",
  defaultSeverity: "info",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const years = plan.planYears.filter((y) => plan.targetYears.includes(y));
    if (years.length < 2) return hits;
    for (const owned of allIndicators(plan)) {
      if (owned.milestoneSeries) continue;
      const points = owned.points.filter((p) => years.includes(p.year));
      if (points.length !== years.length) continue;
      const first = points[0];
      if (!points.every((p) => p.value === first.value && p.family === first.family)) continue;
      if (first.unit === "%" && first.value >= 100) continue;
      // Flat after a drop from the baseline is targets/direction's baselineDrop, a warning.
      const base = baselineYear(plan);
      const baseline = base === null ? undefined : owned.points.find((p) => p.year === base);
      if (baseline && baseline.family === first.family && baseline.value > first.value) continue;
      hits.push(makeHit("flat", first.target.ref, { indicator: owned.name, value: first.target.raw, years: years.length }, owned.extra));
    }
    return hits;
  },
});
