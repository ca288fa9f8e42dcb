/**
 * Target values outside any plausible range: a negative value; a share rate (이용률, 참여율, 지원율 …:
 * a name with 률/율 that is not a relative rate such as 증가율, 확대율, 유지율) above 100%; any percentage
 * above 1000%. The rate and 1000% findings come once per indicator, at the first value out of range.
 */
import type { Hit } from "../../finding";
import { compact } from "../../text";
import { defineRule, hitMaker } from "../kit";
import { allIndicators, isPercentOverShare } from "../vocabulary/indicators";

const makeHit = hitMaker(["negative", "rateOver100", "percentOver1000"]);

/** Above this a percentage is implausible for any indicator. */
export const PERCENT_CEILING = 1000;

/** Rates measured against a base, which may exceed 100%. */
const RELATIVE_RATE_WORDS = /증가|증감|확대|성장|대비|유지|달성|변화|상승|신장|향상|전년/;

export function isShareRate(name: string, unitInName: string | null): boolean {
  const text = compact(`${name}${unitInName ?? ""}`);
  return /[률율]/.test(text) && !RELATIVE_RATE_WORDS.test(text);
}

export const targetsRange = defineRule({
  id: "targets/range",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const indicators = allIndicators(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < indicators.length; i++) {
      const owned = indicators[i];
      // The shared pass tells whether any value is negative or a percentage over 100: most indicators have neither,
      // and their points are never made.
      if (!owned.anyNegative && !owned.anyPercentOverShare) continue;
      const indicator = owned.indicator;
      const points = owned.points;
      if (owned.anyNegative) {
        for (let j = 0; j < points.length; j++) {
          const p = points[j];
          if (p.value < 0) hits.push(makeHit("negative", p.target.ref, { indicator: owned.name, year: p.year, value: p.target.raw }, owned.extra));
        }
      }
      // The percentages over 100 first: only then is the name read (isShareRate), which few indicators need;
      // and only then a list of them is made.
      if (!owned.anyPercentOverShare) continue;
      const over = points.filter(isPercentOverShare);
      const huge = over.find((p) => p.value > PERCENT_CEILING);
      if (huge) {
        hits.push(makeHit("percentOver1000", huge.target.ref, { indicator: owned.name, year: huge.year, value: huge.target.raw, limit: PERCENT_CEILING }, owned.extra));
        continue;
      }
      if (!isShareRate(indicator.name, indicator.unitInName)) continue;
      const max = Math.max(...over.map((p) => p.value));
      hits.push(
        makeHit(
          "rateOver100",
          over[0].target.ref,
          { indicator: owned.name, year: over[0].year, value: over[0].target.raw, max: `${max}%`, count: over.length },
          owned.extra,
        ),
      );
    }
    return hits;
  },
});
