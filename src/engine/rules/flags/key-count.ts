/**
 * How many 중점추진사업 (key projects) the plan has, counting a project that stands in two places once
 * (the seed states 8). Worth knowing when checking the plan's own summary line. Under the 6기 form the
 * key projects are those named "(중점추진) …"; the note then sits on the 사업명 header.
 */
import { countGroupsWhere, projectGroups } from "../../identity";
import { FLAG_NAMES } from "../../plan";
import { defineRule, hitMaker } from "../kit";
import { FLAG_AT, FLAG_ROLE, FLAG_STATE_MASK, FLAG_STATE_YES, flagCodes } from "../vocabulary/flags";
import { columnOf, headerRef } from "../vocabulary/places";

const makeHit = hitMaker(["keyProjects", "keyProjectsByName"]);

export const flagsKeyCount = defineRule({
  id: "flags/key-count",
  defaultSeverity: "info",
  messageIds: makeHit.messageIds,
  check(plan) {
    const col = columnOf(plan, FLAG_ROLE.key) ?? (plan.period === 6 ? columnOf(plan, "name") : null);
    if (col === null || plan.projects.length === 0) return [];
    // Key rows and distinct key projects from the run's flag codes, the projects counted as planCounts counts them.
    // By index (kit.ts: a rule's loops run once per plan).
    const codes = flagCodes(plan);
    const isKey = (i: number) => (codes[i * FLAG_NAMES.length + FLAG_AT.key] & FLAG_STATE_MASK) === FLAG_STATE_YES;
    const groups = projectGroups(plan.projects);
    let keyRows = 0;
    for (let i = 0; i < plan.projects.length; i++) if (isKey(i)) keyRows++;
    const keyProjects = countGroupsWhere(groups, isKey);
    // A note about the whole plan: anchored on the 중점 column's header, not on any one project.
    const byName = columnOf(plan, FLAG_ROLE.key) === null;
    return [makeHit(byName ? "keyProjectsByName" : "keyProjects", headerRef(plan, col), { count: keyProjects, rows: keyRows, projects: groups.count })];
  },
});
