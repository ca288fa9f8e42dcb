/**
 * The five steps of a yearly revision happen in order: 수정 보완 계획 수립 → 기본계획 수정 보완 →
 * 지역사회보장협의체 심의 → 의회 보고 → 복지부 제출. A step dated before an earlier step is an error.
 */
import type { Hit } from "../../finding";
import type { ScheduleDate } from "../../plan";
import { defineRule, hitMaker } from "../kit";
import { compareDates, stepName } from "./common";

const makeHit = hitMaker(["outOfOrder"]);

export const scheduleOrder = defineRule({
  id: "schedule/order",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const schedule = plan.schedule;
    if (!schedule) return [];
    const hits: Hit[] = [];
    for (const revision of schedule.revisions) {
      let latest: { at: ScheduleDate; index: number } | null = null;
      revision.dates.forEach((at, index) => {
        if (!at.date) return;
        if (latest?.at.date && compareDates(at.date, latest.at.date) < 0) {
          hits.push(
            makeHit("outOfOrder", at.ref, {
              year: revision.year,
              step: stepName(schedule, index),
              date: at.raw,
              previousStep: stepName(schedule, latest.index),
              previousDate: latest.at.raw,
            }),
          );
          return;
        }
        latest = { at, index };
      });
    }
    return hits;
  },
});
