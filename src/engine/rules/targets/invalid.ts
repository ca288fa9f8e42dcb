/** A target that cannot be read as a number with a unit, a milestone, or '-' (e.g. "10~12%", "약 50명"). */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { allIndicators } from "../vocabulary/indicators";
import { isErrorCell } from "../vocabulary/places";

const makeHit = hitMaker(["unreadable"]);

export const targetsInvalid = defineRule({
  id: "targets/invalid",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const indicators = allIndicators(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < indicators.length; i++) {
      const owned = indicators[i];
      if (!owned.anyInvalid) continue;
      for (const target of owned.indicator.targets) {
        if (target.value.kind !== "invalid" || isErrorCell(plan, target.ref)) continue;
        hits.push(makeHit("unreadable", target.ref, { indicator: owned.name, year: target.year, value: target.raw }, owned.extra));
      }
    }
    return hits;
  },
});
