/**
 * A yearly revision (연차별 시행계획) whose 제출 step is dated after November of the year before: by law
 * the 시·군·구 sends it to the 시·도 by 11월 30일 of the year before (사회보장급여법 시행령 §20). A
 * reviewer must look (warning).
 */
import type { Hit } from "../../finding";
import type { Schedule } from "../../plan";
import { compact } from "../../text";
import { defineRule, hitMaker } from "../kit";
import { stepName } from "./common";

const makeHit = hitMaker(["late"]);

/** The step that sends the plan: the last one saying 제출, else the last step. */
export function submitStep(schedule: Schedule): number {
  for (let i = schedule.steps.length - 1; i >= 0; i--) if (compact(schedule.steps[i].raw).includes("제출")) return i;
  return schedule.steps.length - 1;
}

export const scheduleLateSubmission = defineRule({
  id: "schedule/late-submission",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const schedule = plan.schedule;
    if (!schedule || schedule.steps.length === 0) return [];
    const step = submitStep(schedule);
    const hits: Hit[] = [];
    for (const revision of schedule.revisions) {
      const cell = revision.dates[step];
      const date = cell?.date;
      if (!date) continue;
      const deadlineYear = revision.year - 1;
      if (date.year < deadlineYear || (date.year === deadlineYear && date.month <= 11)) continue;
      hits.push(makeHit("late", cell.ref, { year: revision.year, step: stepName(schedule, step), date: cell.raw, deadline: `${deadlineYear}. 11. 30.` }));
    }
    return hits;
  },
});
