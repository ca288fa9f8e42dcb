/**
 * A flag written with a look-alike of ○ or × (Latin O/o, 0, ◯, ● / Latin X/x, ✕, ✖ …): the plan asks
 * for ○ or × and counts only those. The fix writes the real symbol; a formula's result gets no fix (the value
 * would replace the formula) and its own message, asking for the formula to give the symbol.
 */
import type { Hit } from "../../finding";
import { FLAG_NAMES, type Flag } from "../../plan";
import { FLAG_NO, FLAG_YES } from "../../read/values";
import { defineRule, hitMaker } from "../kit";
import { FLAG_EXACT, FLAG_LABELS, FLAG_STATE_MASK, FLAG_STATE_NO, FLAG_STATE_YES, flagCodes } from "../vocabulary/flags";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["lookAlike", "lookAlikeFormula"]);

export const flagsLookAlike = defineRule({
  id: "flags/look-alike",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const projects = plan.projects;
    // The run's flag codes tell the few look-alikes: only their cells are made. By index (kit.ts: a rule's loops run once per plan).
    const codes = flagCodes(plan);
    for (let i = 0; i < projects.length; i++) {
      for (let f = 0; f < FLAG_NAMES.length; f++) {
        const code = codes[i * FLAG_NAMES.length + f];
        const state = code & FLAG_STATE_MASK;
        if ((code & FLAG_EXACT) !== 0 || (state !== FLAG_STATE_YES && state !== FLAG_STATE_NO)) continue;
        const project = projects[i];
        const flag = FLAG_NAMES[f];
        const cell = project.flags[flag] as Flag;
        const to = state === FLAG_STATE_YES ? FLAG_YES : FLAG_NO;
        const formula = cell.formula;
        if (formula) {
          const data = { flag: FLAG_LABELS[flag], value: cell.raw, expected: to, name: projectName(project), formula };
          hits.push(makeHit("lookAlikeFormula", cell.ref, data, { projectId: project.id }));
          continue;
        }
        // One place for the finding and its fix: a cell's ref is a new object on each read.
        const ref = cell.ref;
        hits.push(
          makeHit(
            "lookAlike",
            ref,
            { flag: FLAG_LABELS[flag], value: cell.raw, expected: to, name: projectName(project) },
            { projectId: project.id, fix: { ref, from: cell.raw, to } },
          ),
        );
      }
    }
    return hits;
  },
});
