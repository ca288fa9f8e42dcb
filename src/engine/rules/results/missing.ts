/**
 * A target with no 실적: the row is there but its 실적 cell is empty (or '-'), or — in a results sheet —
 * the indicator has no row at all. Indicators with nothing to achieve that year ('-', '/', no target) are left alone.
 */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { hasValue, indicatorName, targetAt } from "../vocabulary/indicators";
import { isUncomputed } from "../vocabulary/places";
import { actualRef, evaluatedResults } from "./common";

const makeHit = hitMaker(["noActual", "notInResults"]);

export const resultsMissing = defineRule({
  id: "results/missing",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    for (const e of evaluatedResults(plan)) {
      if (e.evaluation.status !== "notReported") continue;
      // A formula saved without its value is results/uncomputed-formula's: the cell is not empty.
      if (e.result.actual && isUncomputed(e.result.actual)) continue;
      hits.push(makeHit("noActual", actualRef(e), { indicator: e.name, year: e.results.year, target: e.target?.raw ?? "" }, { projectId: e.project.id }));
    }
    for (const results of plan.results ?? []) {
      // A department's file answers for its own projects only: the rows it lacks are not missing from it.
      if (results.source !== "sheet" || results.file) continue;
      const answered = new Set(results.indicators.map((r) => r.indicatorId));
      for (const project of plan.projects) {
        for (const indicator of project.indicators) {
          const target = targetAt(indicator, results.year);
          if (answered.has(indicator.id) || !target || !hasValue(target.value)) continue;
          hits.push(
            makeHit(
              "notInResults",
              target.ref,
              { indicator: indicatorName(indicator), year: results.year, sheet: results.sheet },
              { projectId: project.id },
            ),
          );
        }
      }
    }
    return hits;
  },
});
