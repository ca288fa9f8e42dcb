/**
 * A flag written with a look-alike of ○ or × (Latin O/o, 0, ◯, ● / Latin X/x, ✕, ✖ …): the plan asks
 * for ○ or × and counts only those. The fix writes the real symbol.
 */
import type { Hit } from "../../finding";
import { FLAG_NAMES } from "../../plan";
import { FLAG_NO, FLAG_YES } from "../../read/values";
import { defineRule, hitMaker } from "../kit";
import { FLAG_LABELS } from "../vocabulary/flags";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["lookAlike"]);

export const flagsLookAlike = defineRule({
  id: "flags/look-alike",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    for (const project of plan.projects) {
      for (const flag of FLAG_NAMES) {
        const cell = project.flags[flag];
        if (!cell || cell.exact || (cell.state !== "yes" && cell.state !== "no")) continue;
        const to = cell.state === "yes" ? FLAG_YES : FLAG_NO;
        hits.push(
          makeHit(
            "lookAlike",
            cell.ref,
            { flag: FLAG_LABELS[flag], value: cell.raw, expected: to, name: projectName(project) },
            { projectId: project.id, fix: { ref: cell.ref, from: cell.raw, to } },
          ),
        );
      }
    }
    return hits;
  },
});
