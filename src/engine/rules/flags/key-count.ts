/**
 * How many 중점추진사업 (key projects) the plan has, counting a project that stands in two places once
 * (the seed states 8). Worth knowing when checking the plan's own summary line.
 */
import type { Rule } from "../../finding";
import { groupByIdentity } from "../../identity";
import { FLAG_ROLE, columnOf, headerRef, makeHit } from "../util";

export const flagsKeyCount: Rule = {
  id: "flags/key-count",
  defaultSeverity: "info",
  messageIds: ["keyProjects"],
  check(plan) {
    const col = columnOf(plan, FLAG_ROLE.key);
    if (col === null || plan.projects.length === 0) return [];
    const keyRows = plan.projects.filter((p) => p.flags.key?.state === "yes");
    const count = groupByIdentity(keyRows).length;
    // A note about the whole plan: anchored on the 중점 column's header, not on any one project.
    return [makeHit("keyProjects", headerRef(plan, col), { count, rows: keyRows.length, projects: groupByIdentity(plan.projects).length })];
  },
};
