/** A row of a results sheet naming no project or indicator of the plan: its values go nowhere until it is put right. */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";

const makeHit = hitMaker(["unknownRow"]);

export const resultsUnmatched = defineRule({
  id: "results/unmatched",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    for (const results of plan.results ?? []) {
      for (const row of results.unmatched) {
        hits.push(makeHit("unknownRow", row.ref, { project: row.project, indicator: row.indicator, sheet: results.sheet }));
      }
    }
    return hits;
  },
});
