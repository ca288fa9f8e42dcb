/**
 * Every step of a revision dated the same month (the seed: every step of the '23 revision is '22. 11.):
 * the order cannot be checked from the dates, and 협의체 심의 and 의회 보고 fall in the month the plan
 * itself is written. Worth knowing (info).
 */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";

const makeHit = hitMaker(["sameMonth"]);

export const scheduleSameMonth = defineRule({
  id: "schedule/same-month",
  defaultSeverity: "info",
  messageIds: makeHit.messageIds,
  check(plan) {
    const schedule = plan.schedule;
    if (!schedule) return [];
    const hits: Hit[] = [];
    for (const revision of schedule.revisions) {
      const dates = revision.dates;
      if (dates.length < 2 || dates.some((d) => !d.date)) continue;
      const first = dates[0].date as NonNullable<(typeof dates)[0]["date"]>;
      if (!dates.every((d) => d.date?.year === first.year && d.date.month === first.month)) continue;
      // With days written, the order can be checked (schedule/order does).
      if (dates.every((d) => d.date?.day !== undefined)) continue;
      hits.push(makeHit("sameMonth", dates[0].ref, { year: revision.year, date: dates[0].raw, count: dates.length }));
    }
    return hits;
  },
});
