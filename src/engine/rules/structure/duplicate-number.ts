/**
 * The same 사업번호 twice in one numbering scope (the 대표과업 if the project has one, else the strategy):
 * references to "전략 2의 3번 사업" become ambiguous. A number written as a path (6기: Ⅰ-2-5, Ⅱ-1-2-1) is
 * the project's identity across the whole plan, wherever the project stands: the same path twice clashes.
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
