/**
 * 6기: 제3차 사회보장기본계획과의 연계성 — every project names one or more of ①②③ (1, 2, 3 accepted),
 * comma-separated. An empty cell or anything else leaves the project unlinked to the national plan: error.
 */
import type { Hit } from "../../finding";
import { oneLine } from "../../text";
import { defineRule, hitMaker } from "../kit";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["empty", "invalid"]);

export const linkNationalPlan = defineRule({
  id: "link/national-plan",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const column = plan.columns.find((c) => c.role === "link");
    if (plan.period !== 6 || !column) return [];
    const hits: Hit[] = [];
    for (const project of plan.projects) {
      const link = project.nationalPlanLink;
      const name = projectName(project);
      if (link === undefined) continue;
      if (link === null || link.raw.trim() === "") {
        hits.push(makeHit("empty", link?.ref ?? { ...project.nameCell.ref, col: column.col }, { name }, { projectId: project.id }));
      } else if (link.invalid.length > 0 || link.values.length === 0) {
        hits.push(makeHit("invalid", link.ref, { name, value: oneLine(link.raw), invalid: link.invalid.join(", ") || oneLine(link.raw) }, { projectId: project.id }));
      }
    }
    return hits;
  },
});
