/**
 * A 달성률 far above 100% (over 150%): worth knowing, as the target was probably set too low — a candidate
 * for the next 연차별 시행계획's revision.
 */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { evaluatedResults } from "./common";

const makeHit = hitMaker(["farAbove"]);

/** Above this 달성률 (percent) a target looks set too low. */
export const FAR_ABOVE = 150;

export const resultsOverAchieved = defineRule({
  id: "results/over-achieved",
  defaultSeverity: "info",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    for (const e of evaluatedResults(plan)) {
      const ev = e.evaluation;
      if (ev.status !== "met" || ev.achievement === null || ev.achievement <= FAR_ABOVE || !e.result.actual) continue;
      hits.push(
        makeHit("farAbove", e.result.actual.ref, { indicator: e.name, achievement: ev.achievement, actual: e.result.actual.raw, target: e.target?.raw ?? "" }, { projectId: e.project.id }),
      );
    }
    return hits;
  },
});
