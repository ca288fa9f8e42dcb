/**
 * Every project states each of the three flags as ○ or ×: an empty cell or a value that is neither
 * (nor a look-alike, nor '-') makes the plan's counts wrong. A workbook without a flag column at all
 * is reported once — except the 6기 form's 중점 and 민관협력 columns, which that form dropped (a key
 * project is marked "(중점추진)" in its name).
 */
import type { Hit } from "../../finding";
import { FLAG_NAMES, type Flag } from "../../plan";
import { defineRule, hitMaker } from "../kit";
import { FLAG_ROLE, FLAG_STATE_EMPTY, FLAG_STATE_MASK, FLAG_STATE_UNKNOWN, NO_FLAG, flagCodes, flagLabel, flagsWithoutColumn } from "../vocabulary/flags";
import { columnOf, flagRef, headerRef } from "../vocabulary/places";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["empty", "unknown", "noColumn"]);

export const flagsValue = defineRule({
  id: "flags/value",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    if (plan.projects.length === 0) return hits;
    const notExpected = flagsWithoutColumn(plan);
    const missingColumns = FLAG_NAMES.filter((flag) => columnOf(plan, FLAG_ROLE[flag]) === null);
    for (const flag of missingColumns) {
      if (!notExpected.includes(flag)) hits.push(makeHit("noColumn", headerRef(plan), { flag: flagLabel(plan, flag) }));
    }
    const projects = plan.projects;
    // The run's flag codes tell the few projects to report: only their cells are made. By index (kit.ts: a rule's
    // loops run once per plan).
    const codes = flagCodes(plan);
    for (let i = 0; i < projects.length; i++) {
      for (let f = 0; f < FLAG_NAMES.length; f++) {
        const state = codes[i * FLAG_NAMES.length + f] & FLAG_STATE_MASK;
        const empty = state === NO_FLAG || state === FLAG_STATE_EMPTY;
        if (!empty && state !== FLAG_STATE_UNKNOWN) continue;
        const flag = FLAG_NAMES[f];
        if (missingColumns.includes(flag)) continue;
        const project = projects[i];
        const ref = flagRef(plan, project, flag);
        if (!ref) continue;
        const data = { flag: flagLabel(plan, flag), name: projectName(project) };
        if (empty) hits.push(makeHit("empty", ref, data, { projectId: project.id }));
        else hits.push(makeHit("unknown", ref, { ...data, value: (project.flags[flag] as Flag).raw }, { projectId: project.id }));
      }
    }
    return hits;
  },
});
