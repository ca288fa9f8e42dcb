/**
 * 6기 관리체계's list 실 | 국 | 과 | 세부사업(과업) 명 against the plan table, matched by name as the reader matches
 * them (matchDepartmentList): a line naming no project of the plan (a typo, a renamed or dropped project), and,
 * where the table has no 담당부서 column, a project the list gives no department (no line, a line without 실·국·과, or
 * a line naming it and another once their tails are left out: "돌봄" for "돌봄(노인)" and "돌봄(아동)", named with its
 * sheet and cell). Either way a project's department is not what the plan means: a consistency problem (warning).
 * A department's workbook keeps the whole list: there only its own department's lines are asked, its department
 * found in any of the line's 실·국·과 as the plan writes it or as its last words ("보건소 건강관리과" is the list's
 * 과 "건강관리과"). A line naming a 대표과업 or a strategy names something of the plan (matchDepartmentList).
 */
import type { Hit } from "../../finding";
import { normalizeName } from "../../identity";
import type { DepartmentEntry, Plan } from "../../plan";
import { matchDepartmentList, type SeveralProjectsLine } from "../../read/schedule";
import { oneLine } from "../../text";
import { cellA1, defineRule, hitMaker } from "../kit";
import { projectName } from "../vocabulary/names";
import { columnOf } from "../vocabulary/places";
import { isDepartmentWorkbook } from "../structure/form-counts";

const makeHit = hitMaker(["unknownProject", "unlistedProject", "severalProjectsLine"]);

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
      if (own !== null && !isOwnLine(entry, own)) continue;
      hits.push(makeHit("unknownProject", entry.project.ref, { project: oneLine(entry.project.raw) }));
    }
    const byProject = schedule.departmentsByProject;
    if (byProject && columnOf(plan, "department") === null) {
      // The lines naming several projects: as the reader matched them, else (a plan built otherwise) asked of the list.
      let several: Record<string, SeveralProjectsLine> | null = null;
      for (let i = 0; i < plan.projects.length; i++) {
        const project = plan.projects[i];
        if (byProject[project.id]) continue;
        several ??= schedule.severalProjectLines ?? matchDepartmentList(schedule.departments, plan.projects, [...plan.tasks, ...plan.strategies]).several;
        const line = several[project.id];
        const extra = { projectId: project.id };
        if (!line) hits.push(makeHit("unlistedProject", project.nameCell.ref, { name: projectName(project) }, extra));
        else {
          const { ref, raw } = line.entry.project;
          const data = { name: projectName(project), line: oneLine(raw), sheet: ref.sheet, cell: cellA1(ref), projects: line.names.map(oneLine).join(", ") };
          hits.push(makeHit("severalProjectsLine", project.nameCell.ref, data, extra));
        }
      }
    }
    return hits;
  },
});

/** A department's name as compared: its key (normalizeName) and where in the key each of its words starts. */
interface DepartmentName {
  key: string;
  wordStarts: number[];
}

function departmentName(raw: string): DepartmentName {
  const wordStarts: number[] = [];
  let key = "";
  for (const word of raw.trim().split(/\s+/)) {
    const part = normalizeName(word);
    if (part === "") continue;
    wordStarts.push(key.length);
    key += part;
  }
  return { key, wordStarts };
}

/** The one department of a department's workbook (isDepartmentWorkbook), as it is compared. */
function workbookDepartment(plan: Plan): DepartmentName {
  const first = plan.projects[0];
  return departmentName(first.department?.raw ?? plan.schedule?.departmentsByProject?.[first.id]?.raw ?? "");
}

/** The line's 실, 국 or 과 is the workbook's department. */
function isOwnLine(entry: DepartmentEntry, own: DepartmentName): boolean {
  return [entry.division, entry.bureau, entry.office].some((cell) => cell !== null && sameDepartment(departmentName(cell.raw), own));
}

/** The same name after spacing, or one is the other's last whole words ("보건소 건강관리과" and "건강관리과"). */
function sameDepartment(a: DepartmentName, b: DepartmentName): boolean {
  if (a.key === "" || b.key === "") return false;
  if (a.key === b.key) return true;
  const [long, short] = a.key.length > b.key.length ? [a, b] : [b, a];
  const cut = long.key.length - short.key.length;
  return long.wordStarts.includes(cut) && long.key.endsWith(short.key);
}
