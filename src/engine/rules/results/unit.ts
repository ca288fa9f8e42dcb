/** A 실적 in another unit than its target (명 against a % target): it cannot be compared, so nothing is achieved. */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { evaluatedResults } from "./common";

const makeHit = hitMaker(["unitDiffers"]);

export const resultsUnit = defineRule({
  id: "results/unit",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    for (const e of evaluatedResults(plan)) {
      if (e.evaluation.status !== "unitMismatch" || !e.result.actual) continue;
      hits.push(
        makeHit(
          "unitDiffers",
          e.result.actual.ref,
          { indicator: e.name, actual: e.result.actual.raw, target: e.target?.raw ?? "", actualUnit: e.evaluation.actualUnit, targetUnit: e.evaluation.targetUnit },
          { projectId: e.project.id },
        ),
      );
    }
    return hits;
  },
});
