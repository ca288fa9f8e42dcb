/** A schedule step whose date is missing or cannot be read as a year and month ('22. 11., 2023. 10.). */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { stepName } from "./common";

const makeHit = hitMaker(["unreadable", "missing"]);

export const scheduleDate = defineRule({
  id: "schedule/date",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const schedule = plan.schedule;
    if (!schedule) return [];
    const hits: Hit[] = [];
    for (const revision of schedule.revisions) {
      revision.dates.forEach((at, index) => {
        if (at.date) return;
        const data = { year: revision.year, step: stepName(schedule, index) };
        if (at.raw.trim() === "") hits.push(makeHit("missing", at.ref, data));
        else hits.push(makeHit("unreadable", at.ref, { ...data, value: at.raw }));
      });
    }
    return hits;
  },
});
