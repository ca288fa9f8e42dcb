/** A project without any 성과지표: the plan measures every project by at least one indicator. */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["noIndicator"]);

export const structureNoIndicator = defineRule({
  id: "structure/no-indicator",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    for (const project of plan.projects) {
      const real = project.indicators.filter((i) => i.name.trim() !== "" || i.targets.some((t) => t.value.kind !== "empty"));
      if (real.length > 0) continue;
      hits.push(makeHit("noIndicator", project.nameCell.ref, { name: projectName(project) }, { projectId: project.id }));
    }
    return hits;
  },
});
