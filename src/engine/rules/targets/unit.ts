/**
 * Units that contradict each other. Within one indicator, a year written in another unit than the
 * others (80% then 82명; 회/건/번, 명/인 and 개소/곳 count as the same). Against the unit in the
 * indicator's name, only clear contradictions: the name says % (or a 률/율 word) and the values are
 * counts (명, 개소, 회 …), or the name says a count and the values are %. And a satisfaction score
 * written as a percentage (만족도 4.63%: a 5-point score, not a percent). And a year without a unit among
 * years with one (90%, 92, 94%): the bare number could be anything, and the other rules compare it as if it were
 * in the others' unit.
 */
import type { Hit } from "../../finding";
import { compact } from "../../text";
import { defineRule, hitMaker } from "../kit";
import { allIndicators, SCORE_AS_PERCENT_BELOW, type NumericPoint } from "../vocabulary/indicators";
import { unitClass } from "../vocabulary/units";

const makeHit = hitMaker(["mixedUnits", "nameUnitMismatch", "scoreAsPercent", "missingUnit"]);

/** A series whose every value is within 0–this reads as a 5-point score, which needs no unit (nor a '%'). */
const SCORE_SCALE_MAX = 5;

export const targetsUnit = defineRule({
  id: "targets/unit",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const indicators = allIndicators(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < indicators.length; i++) {
      const owned = indicators[i];
      const indicator = owned.indicator;
      if (owned.milestoneSeries || owned.pointCount === 0) continue;
      // The common indicator, whose every point has a unit of one family (the shared pass tells), has nothing mixed
      // or missing and needs only its first unit: its points are made only for a hit or a small percentage.
      let unit: string;
      let withUnit: readonly NumericPoint[] | null = null;
      if (owned.everyHasUnit && owned.oneFamily) unit = owned.firstUnit;
      else {
        // Read once: owned.points makes the points at each ask.
        const all = owned.points;
        const points = owned.everyHasUnit ? all : all.filter(hasUnit);
        if (points.length === 0) continue;
        const mixed = !ofOneFamily(points);
        const majority = mixed ? majorityOf(points) : points[0];

        // Years without a unit beside those with one: only here, where the shared pass found some of each.
        if (points.length < all.length && !onScoreScale(all)) {
          for (const p of all) {
            // A zero is zero in any unit.
            if (p.unit !== "" || p.value === 0) continue;
            hits.push(makeHit("missingUnit", p.target.ref, { indicator: owned.name, year: p.year, value: p.target.raw, expected: majority.unit }, owned.extra));
          }
        }

        if (mixed) {
          const name = owned.name;
          const expected = majority.unit;
          for (const p of points) {
            if (p.family === majority.family) continue;
            hits.push(makeHit("mixedUnits", p.target.ref, { indicator: name, year: p.year, value: p.target.raw, unit: p.unit, expected }, owned.extra));
          }
          continue;
        }
        withUnit = points;
        unit = points[0].unit;
      }

      const nameUnit = indicator.unitInName;
      const nameClass = nameUnit ? unitClass(nameUnit) : null;
      // The values' class only when the name has one (most names carry no unit).
      const valueClass = nameClass ? unitClass(unit) : null;
      if (nameUnit && nameClass && valueClass && nameClass !== valueClass && (nameClass === "percent" || valueClass === "percent")) {
        const first = (withUnit ?? owned.points)[0];
        hits.push(makeHit("nameUnitMismatch", first.target.ref, { indicator: owned.name, nameUnit, unit, value: first.target.raw }, owned.extra));
      }

      // The name last: a remembered lookup per distinct name, asked only of small percentages.
      // The common indicator's values are all among the points: the shared pass tells whether all are small.
      if (unit === "%" && (withUnit === null ? owned.everyBelowScore : withUnit.every((p) => p.value < SCORE_AS_PERCENT_BELOW))) {
        if (compact(indicator.name).includes("만족도")) {
          const first = (withUnit ?? owned.points)[0];
          hits.push(makeHit("scoreAsPercent", first.target.ref, { indicator: owned.name, value: first.target.raw }, owned.extra));
        }
      }
    }
    return hits;
  },
});

function hasUnit(p: NumericPoint): boolean {
  return p.unit !== "";
}

/** The first point of the family most points are in (the first such family on a tie). */
function majorityOf(points: readonly NumericPoint[]): NumericPoint {
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.family, (counts.get(p.family) ?? 0) + 1);
  let majority = points[0].family;
  for (const [family, n] of counts) if (n > (counts.get(majority) ?? 0)) majority = family;
  return points.find((p) => p.family === majority) ?? points[0];
}

function onScoreScale(points: readonly NumericPoint[]): boolean {
  return points.every((p) => p.value >= 0 && p.value <= SCORE_SCALE_MAX);
}

function ofOneFamily(points: readonly NumericPoint[]): boolean {
  for (let i = 1; i < points.length; i++) if (points[i].family !== points[0].family) return false;
  return true;
}
