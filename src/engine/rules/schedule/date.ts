/** A schedule step whose date is missing or cannot be read as a year and month ('22. 11., 2023. 10.). */
import type { Hit, Rule } from "../../finding";
import { makeHit } from "../util";
import { stepName } from "./common";

export const scheduleDate: Rule = {
  id: "schedule/date",
  defaultSeverity: "warning",
  messageIds: ["unreadable", "missing"],
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
};
