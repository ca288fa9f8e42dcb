/**
 * The same 사업번호 twice in one numbering scope (the 대표과업 if the project has one, else the strategy):
 * references to "전략 2의 3번 사업" become ambiguous. A number written as a path (6기: Ⅰ-2-5, Ⅱ-1-2-1) is
 * the project's identity across the whole plan, wherever the project stands: the same path twice clashes.
 */
import type { Hit } from "../../finding";
import type { Project } from "../../plan";
import { oneLine } from "../../text";
import { defineRule, hitMaker, sheetRow } from "../kit";
import { numberRef, numberedByScope, scopeLabel } from "../vocabulary/places";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["duplicate"]);

export const structureDuplicateNumber = defineRule({
  id: "structure/duplicate-number",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    // Each repeated project's first, found by key: no key string made per project (the scopes come grouped, shared
    // with structure/number-gap). Reported after, in plan order.
    let firstOf: Map<Project, Project> | null = null;
    // A path is one key for the whole plan. By index (kit.ts: a rule's loops run once per plan).
    let byPath: Map<string, Project> | null = null;
    for (let i = 0; i < plan.projects.length; i++) {
      const project = plan.projects[i];
      const path = project.numberPath;
      if (project.number === null || !path) continue;
      const key = `${path.part}-${path.levels.join("-")}`;
      const first = (byPath ??= new Map()).get(key);
      if (first === undefined) byPath.set(key, project);
      else (firstOf ??= new Map()).set(project, first);
    }
    // A number without a path, within its scope: the scope's earlier project with the same number.
    numberedByScope(plan).forEach((projects) => {
      if (projects.length < 2) return;
      // Most scopes hold a few projects: compared pairwise; a large one by a map of its numbers.
      const byNumber = projects.length > SMALL_SCOPE ? new Map<number, Project>() : null;
      for (let j = 0; j < projects.length; j++) {
        const project = projects[j];
        if (project.numberPath) continue;
        const number = project.number as number;
        let first: Project | undefined;
        if (byNumber) {
          first = byNumber.get(number);
          if (first === undefined) byNumber.set(number, project);
        } else {
          for (let k = 0; k < j && first === undefined; k++) if (!projects[k].numberPath && sameNumber(projects[k].number as number, number)) first = projects[k];
        }
        if (first !== undefined) (firstOf ??= new Map()).set(project, first);
      }
    });
    if (firstOf === null) return hits;
    const repeated: ReadonlyMap<Project, Project> = firstOf;
    for (let i = 0; i < plan.projects.length; i++) {
      const project = plan.projects[i];
      const first = repeated.get(project);
      if (first === undefined) continue;
      const path = project.numberPath;
      hits.push(
        makeHit(
          "duplicate",
          numberRef(project),
          {
            number: path ? oneLine(path.raw) : (project.number as number),
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

/** Scopes of up to this many projects are searched pairwise (a map per scope costs more than a few comparisons). */
const SMALL_SCOPE = 16;

/** The same number as a map's keys compare them (NaN is NaN, 0 is -0), as the key text compared them before. */
function sameNumber(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}
