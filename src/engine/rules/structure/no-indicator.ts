/** A project without any 성과지표: the plan measures every project by at least one indicator. */
import type { Hit } from "../../finding";
import type { Indicator } from "../../plan";
import { defineRule, hitMaker } from "../kit";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["noIndicator"]);

export const structureNoIndicator = defineRule({
  id: "structure/no-indicator",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const projects = plan.projects;
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < projects.length; i++) {
      const project = projects[i];
      if (project.indicators.some(isReal)) continue;
      hits.push(makeHit("noIndicator", project.nameCell.ref, { name: projectName(project) }, { projectId: project.id }));
    }
    return hits;
  },
});

/** An indicator with a name or a target: one the plan wrote, not an empty row. */
function isReal(indicator: Indicator): boolean {
  return indicator.name.trim() !== "" || indicator.targets.some((t) => t.value.kind !== "empty");
}
