/**
 * The same 사업번호 twice in one numbering scope (the 대표과업 if the project has one, else the strategy):
 * references to "전략 2의 3번 사업" become ambiguous. A number written as a path (6기: Ⅰ-2-5, Ⅱ-1-2-1) is
 * the project's identity across the whole plan, wherever the project stands: the same path twice clashes.
 */
import type { Hit } from "../../finding";
import type { Project } from "../../plan";
import { oneLine } from "../../text";
import { defineRule, hitMaker, sheetRow } from "../kit";
import { numberRef, numberingScope, scopeLabel } from "../vocabulary/places";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["duplicate"]);

export const structureDuplicateNumber = defineRule({
  id: "structure/duplicate-number",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const firstByKey = new Map<string, Project>();
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < plan.projects.length; i++) {
      const project = plan.projects[i];
      if (project.number === null) continue;
      const path = project.numberPath;
      const key = path ? `path\u0000${path.part}-${path.levels.join("-")}` : `${numberingScope(project)}\u0000${project.number}`;
      const first = firstByKey.get(key);
      if (!first) {
        firstByKey.set(key, project);
        continue;
      }
      hits.push(
        makeHit(
          "duplicate",
          numberRef(project),
          {
            number: path ? oneLine(path.raw) : project.number,
            name: projectName(project),
            otherName: projectName(first),
            otherRow: sheetRow(first.firstRow),
            scope: scopeLabel(plan, project) || plan.sheet,
          },
          { projectId: project.id },
        ),
      );
    }
    return hits;
  },
});
