/** A missed target without a 미달성 사유: the evaluation asks why, and the 협의체 reads it. */
import type { Hit, Rule } from "../../finding";
import { makeHit } from "../util";
import { actualRef, evaluatedResults } from "./common";

export const resultsReason: Rule = {
  id: "results/reason",
  defaultSeverity: "error",
  messageIds: ["noReason"],
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
};
