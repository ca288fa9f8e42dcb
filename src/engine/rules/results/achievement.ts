/**
 * A 달성률 typed (or computed by a formula) that is not what the 실적 and target give, the indicator's direction
 * respected: for 판정율 (lower is better) 24.3% against 25.0% is 102.9%, not 97.2%. A 달성률 written as a
 * fraction (0.95 for 95%) is read as such. A 달성률 where there is nothing to achieve ('-' target) is left to the reader.
 */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { evaluatedResults } from "./common";

const makeHit = hitMaker(["wrongAchievement"]);

/** Percentage points of rounding allowed between the written and the computed 달성률. */
const TOLERANCE = 0.6;

export const resultsAchievement = defineRule({
  id: "results/achievement",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    for (const e of evaluatedResults(plan)) {
      const written = e.result.achievement;
      const ev = e.evaluation;
      if (!written || written.value === null || (ev.status !== "met" && ev.status !== "missed") || ev.achievement === null) continue;
      const expected = ev.achievement;
      const close = (value: number) => Math.abs(value - expected) <= TOLERANCE;
      if (close(written.value) || (written.value <= 5 && close(written.value * 100))) continue;
      hits.push(
        makeHit(
          "wrongAchievement",
          written.ref,
          { indicator: e.name, written: written.raw, expected, actual: e.result.actual?.raw ?? "", target: e.target?.raw ?? "" },
          { projectId: e.project.id },
        ),
      );
    }
    return hits;
  },
});
