/**
 * 6기 관리체계's list 실 | 국 | 과 | 세부사업(과업) 명 against the plan table, matched by name as the reader matches
 * them (matchDepartmentList): a line naming no project of the plan (a typo, a renamed or dropped project), and,
 * where the table has no 담당부서 column, a project the list gives no department (no line, or a line without
 * 실·국·과). Either way a project's department is not what the plan means: a consistency problem (warning).
 * A department's workbook keeps the whole list: there only its own department's lines are asked. A line naming a
 * 대표과업 or a strategy names something of the plan (matchDepartmentList).
 */
import type { Hit } from "../../finding";
import { normalizeName } from "../../identity";
import type { Plan } from "../../plan";
import { entryDepartment } from "../../read/schedule";
import { oneLine } from "../../text";
import { defineRule, hitMaker } from "../kit";
import { projectName } from "../vocabulary/names";
import { columnOf } from "../vocabulary/places";
import { isDepartmentWorkbook } from "../structure/form-counts";

const makeHit = hitMaker(["unknownProject", "unlistedProject"]);

export const scheduleDepartmentList = defineRule({
  id: "schedule/department-list",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const schedule = plan.schedule;
    if (!schedule?.departments || schedule.departments.length === 0) return [];
    const hits: Hit[] = [];
    const own = isDepartmentWorkbook(plan) ? workbookDepartment(plan) : null;
    const unmatched = schedule.unmatchedEntries ?? [];
    for (let i = 0; i < unmatched.length; i++) {
      const entry = unmatched[i];
      if (own !== null && normalizeName(entryDepartment(entry)?.raw ?? "") !== own) continue;
      hits.push(makeHit("unknownProject", entry.project.ref, { project: oneLine(entry.project.raw) }));
    }
    const byProject = schedule.departmentsByProject;
    if (byProject && columnOf(plan, "department") === null) {
      for (let i = 0; i < plan.projects.length; i++) {
        const project = plan.projects[i];
        if (byProject[project.id]) continue;
        hits.push(makeHit("unlistedProject", project.nameCell.ref, { name: projectName(project) }, { projectId: project.id }));
      }
    }
    return hits;
  },
});

/** The one department of a department's workbook (isDepartmentWorkbook), as it is compared. */
function workbookDepartment(plan: Plan): string {
  const first = plan.projects[0];
  return normalizeName(first.department?.raw ?? plan.schedule?.departmentsByProject?.[first.id]?.raw ?? "");
}
