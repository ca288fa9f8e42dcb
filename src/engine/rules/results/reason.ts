/** A missed target without a 미달성 사유: the evaluation asks why, and the 협의체 reads it. */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { actualRef, evaluatedResults } from "./common";

const makeHit = hitMaker(["noReason"]);

export const resultsReason = defineRule({
  id: "results/reason",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    for (const e of evaluatedResults(plan)) {
      if (e.evaluation.status !== "missed" || e.result.reason) continue;
      const ref = actualRef(e);
      hits.push(
        makeHit("noReason", ref, { indicator: e.name, year: e.results.year, actual: e.result.actual?.raw ?? "", target: e.target?.raw ?? "" }, { projectId: e.project.id }),
      );
    }
    return hits;
  },
});
