/**
 * The same 사업번호 twice in one numbering scope (the 대표과업 if the project has one, else the strategy):
 * references to "전략 2의 3번 사업" become ambiguous.
 */
import type { Hit, Rule } from "../../finding";
import type { Project } from "../../plan";
import { makeHit, numberRef, numberingScope, oneLine, scopeLabel, sheetRow } from "../util";

export const structureDuplicateNumber: Rule = {
  id: "structure/duplicate-number",
  defaultSeverity: "error",
  messageIds: ["duplicate"],
  check(plan) {
    const hits: Hit[] = [];
    const firstByKey = new Map<string, Project>();
    for (const project of plan.projects) {
      if (project.number === null) continue;
      const key = `${numberingScope(project)}\u0000${project.number}`;
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
            number: project.number,
            name: oneLine(project.name),
            otherName: oneLine(first.name),
            otherRow: sheetRow(first.firstRow),
            scope: scopeLabel(plan, project) || plan.sheet,
          },
          { projectId: project.id },
        ),
      );
    }
    return hits;
  },
};
