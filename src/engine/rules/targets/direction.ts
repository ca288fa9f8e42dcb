/**
 * A target that goes against its series. The direction comes from the plan years' own values (more
 * rises than falls → rising); a fall in a rising series (or a rise in a falling one) is a warning.
 * Lower-is-better indicators (판정율, 감소, 자살률, 대기 …) may fall: the seed's 고위험 취약노인 판정율
 * 24.5 → 23.9 says nothing. Flat series, milestone sequences and series with mixed units are left alone.
 * Separately, a drop from the previous plan's baseline ('22) to the first plan year, with no fall after
 * (청년 일경험 사업 참여인원 49명 → 15명 → 15명 …), is a warning the reviewer should see.
 */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { allIndicators, baselineYear, type NumericPoint } from "../vocabulary/indicators";
import { isLowerBetter, seriesDirection } from "../vocabulary/series";

const makeHit = hitMaker(["fallAgainstTrend", "riseAgainstTrend", "baselineDrop"]);

export const targetsDirection = defineRule({
  id: "targets/direction",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const base = baselineYear(plan);
    const planYears = plan.planYears;
    // The plan years' points and values of one indicator at a time, in two lists reused for each, not made for each:
    // written by index and cut to length (emptying a list with length = 0 drops its storage, to be grown again).
    const points: NumericPoint[] = [];
    const values: number[] = [];
    const indicators = allIndicators(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < indicators.length; i++) {
      const owned = indicators[i];
      if (owned.milestoneSeries || owned.pointCount === 0 || !owned.oneFamily) continue;
      // The shared pass tells the moves between plan years: only a series that both rises and falls can go against
      // its direction; one that never falls can only have dropped from its baseline; one that only falls, neither.
      if (owned.planFalls) {
        if (!owned.planRises) continue;
        // Plain loops, no filter/map/every chains: this runs for every indicator of every plan.
        const all = owned.points;
        let n = 0;
        for (let j = 0; j < all.length; j++) {
          const p = all[j];
          if (planYears.includes(p.year)) {
            points[n] = p;
            values[n] = p.value;
            n++;
          }
        }
        points.length = n;
        values.length = n;
        const direction = seriesDirection(values);
        // Whether less is better, read from the name only when a move could be reported (few series have one).
        let lower: boolean | undefined;
        for (let j = 1; j < points.length; j++) {
          const previous = points[j - 1];
          const point = points[j];
          let against: "fallAgainstTrend" | "riseAgainstTrend" | null = null;
          if (direction === "rising" && point.value < previous.value) {
            lower ??= isLowerBetter(owned.name);
            if (!lower) against = "fallAgainstTrend";
          } else if (direction === "falling" && point.value > previous.value) against = "riseAgainstTrend";
          if (against === null) continue;
          const data = { indicator: owned.name, year: point.year, value: point.target.raw, previousYear: previous.year, previous: previous.target.raw };
          hits.push(makeHit(against, point.target.ref, data, owned.extra));
        }
        continue;
      }

      // Never falling: a drop from the baseline to the first plan year is the one thing to show; the shared pass
      // tells (without a baseline year, never), and only such an indicator's points are made.
      if (!owned.belowBaseline) continue;
      const all = owned.points;
      let first: NumericPoint | undefined;
      for (let j = 0; j < all.length && first === undefined; j++) if (planYears.includes(all[j].year)) first = all[j];
      if (!first || first.year !== planYears[0]) continue;
      const baseline = all.find((p) => p.year === base);
      if (baseline && first.value < baseline.value && !isLowerBetter(owned.name)) {
        hits.push(
          makeHit(
            "baselineDrop",
            first.target.ref,
            { indicator: owned.name, baselineYear: baseline.year, baseline: baseline.target.raw, year: first.year, value: first.target.raw },
            owned.extra,
          ),
        );
      }
    }
    return hits;
  },
});
