/**
 * A 관리체계 whose last step sends the plan to the ministry ("복지부 제출", as the seed writes it): by law
 * a 시·군·구 submits its plan to the 시·도지사, who sends the province's plan on to 보건복지부
 * (사회보장급여법 §35; the seed's own text says "서울시 제출"). Worth knowing, not an error (info).
 */
import { compact, oneLine } from "../../text";
import { defineRule, hitMaker } from "../kit";

const makeHit = hitMaker(["ministry"]);

export const scheduleSubmitTo = defineRule({
  id: "schedule/submit-to",
  defaultSeverity: "info",
  messageIds: makeHit.messageIds,
  check(plan) {
    const last = plan.schedule?.steps[plan.schedule.steps.length - 1];
    if (!last || !/복지부|보건복지부/.test(compact(last.raw))) return [];
    return [makeHit("ministry", last.ref, { step: oneLine(last.raw) })];
  },
});
