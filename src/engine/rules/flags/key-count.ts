/**
 * How many 중점추진사업 (key projects) the plan has, counting a project that stands in two places once
 * (the seed states 8). Worth knowing when checking the plan's own summary line. Under the 6기 form the
 * key projects are those named "(중점추진) …"; the note then sits on the 사업명 header.
 */
import { planCounts } from "../../counts";
import { defineRule, hitMaker } from "../kit";
import { FLAG_ROLE } from "../vocabulary/flags";
import { columnOf, headerRef } from "../vocabulary/places";

const makeHit = hitMaker(["keyProjects", "keyProjectsByName"]);

export const flagsKeyCount = defineRule({
  id: "flags/key-count",
  defaultSeverity: "info",
  messageIds: makeHit.messageIds,
  check(plan) {
    const col = columnOf(plan, FLAG_ROLE.key) ?? (plan.period === 6 ? columnOf(plan, "name") : null);
    if (col === null || plan.projects.length === 0) return [];
    let keyRows = 0;
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < plan.projects.length; i++) if (plan.projects[i].flags.key?.state === "yes") keyRows++;
    // Distinct projects and key projects, as the plan's counts give them (the groups are worked out once per plan).
    const counts = planCounts(plan);
    // A note about the whole plan: anchored on the 중점 column's header, not on any one project.
    const byName = columnOf(plan, FLAG_ROLE.key) === null;
    return [makeHit(byName ? "keyProjectsByName" : "keyProjects", headerRef(plan, col), { count: counts.keyProjects, rows: keyRows, projects: counts.projects })];
  },
});
