import type { PlanSpec, ProjectSpec, ScheduleSpec } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { scheduleDepartmentList } from "./department-list";

type Line = [string, string, string, string];

/** A 6기 plan of the projects named (strategy I-1 on row 2, they from row 3) and the 관리체계 list (rows 10, 11, … of its sheet). */
function plan(names: string[], lines: Line[] | null, project: Partial<ProjectSpec> = {}): PlanSpec {
  const schedule: ScheduleSpec | null = lines ? { departments: lines } : null;
  return { period: 6, projects: names.map((name) => ({ name, strategy: "I-1", ...project })), schedule };
}

const line = (name: string, division = "복지정책과"): Line => ["부구청장", "복지국", division, name];
const health = (name: string): Line => ["부구청장", "보건소", "건강증진과", name];

/** Part Ⅱ strategy 1 with its fixed name, 대표과업 2 사각지대 발굴 and one 세부과업 in it; and the lines given. */
function partTwo(lines: Line[]): PlanSpec {
  return {
    period: 6,
    strategies: [{ id: "II-1", name: "사회보장급여 이용·제공 및 수급권자 발굴" }],
    tasks: [{ id: "II-1-2", name: "사각지대 발굴" }],
    projects: [{ name: "위기가구 빅데이터 발굴", task: "II-1-2" }],
    schedule: { departments: lines },
  };
}

/** partTwo's plan with its one 세부과업 named `name`. */
function partTwoNamed(name: string, lines: Line[]): PlanSpec {
  return { ...partTwo(lines), projects: [{ name, task: "II-1-2" }] };
}

/** A department's workbook (one 담당부서, written `department`) of the projects named, and the list. */
function departmentWorkbook(department: string, names: string[], lines: Line[]): PlanSpec {
  return plan(names, lines, { department });
}

ruleTester(scheduleDepartmentList, {
  valid: [
    {
      name: "every line names a project and every project has a line (a key marker or a number in the list too)",
      plan: plan(["(중점추진) 통합돌봄 체계 구축", "어르신 방문건강관리"], [line("(중점추진) 통합돌봄 체계 구축"), line("Ⅰ-1-2 어르신 방문 건강관리", "건강증진과")]),
    },
    { name: "no list", plan: plan(["통합돌봄 체계 구축"], null) },
    { name: "an empty list (a 5기 관리체계)", plan: plan(["통합돌봄 체계 구축"], []) },
    {
      name: "a 담당부서 column gives the department of a project the list leaves out",
      plan: plan(["통합돌봄 체계 구축", "어르신 방문건강관리"], [line("통합돌봄 체계 구축")], { department: "복지정책과" }),
    },
    {
      name: "a department's workbook keeps the other departments' lines",
      plan: plan(["통합돌봄 체계 구축", "1인가구 안부 확인"], [line("통합돌봄 체계 구축"), line("경로당 운영", "노인복지과"), line("1인가구 안부 확인")]),
    },
    {
      name: "lines naming the 대표과업 or the strategy, as the table labels them, numbered, or by name alone",
      plan: partTwo([
        line("위기가구 빅데이터 발굴"),
        line("사각지대 발굴"),
        line("Ⅱ-1-2 사각지대 발굴"),
        line("대표과업 2. 사각지대 발굴"),
        line("Ⅱ-1 사회보장급여 이용ㆍ제공 및 수급권자 발굴"),
        line("발전전략 1. 사회보장급여 이용·제공 및 수급권자 발굴"),
      ]),
    },
    {
      name: "a project's number in another form, or a parenthesised tail, on the list",
      plan: plan(
        ["통합돌봄 체계 구축", "어르신 방문건강관리", "1인가구 안부 확인", "장애인 주간활동", "아동 급식 지원", "경로당 운영"],
        [
          line("Ⅰ-1-1.통합돌봄 체계 구축(중점)"),
          line("[Ⅰ-1-2] 어르신 방문건강관리 (중점추진)"),
          line("I–1–3 1인가구 안부 확인"),
          line("장애인 주간활동(Ⅰ-1-4)"),
          line("① 아동 급식 지원 [신규]"),
          line("경로당 운영 Ⅰ-1-6"),
        ],
      ),
    },
    {
      name: "a project's number written with any dash that looks like '-' (minus sign, figure dash, bar, small hyphen)",
      plan: plan(
        ["통합돌봄 체계 구축", "어르신 방문건강관리", "1인가구 안부 확인", "장애인 주간활동"],
        [line("Ⅰ−1−1 통합돌봄 체계 구축"), line("[Ⅰ‒1‒2] 어르신 방문건강관리"), line("1인가구 안부 확인 Ⅰ―1―3"), line("Ⅰ﹣1﹣4.장애인 주간활동")],
      ),
    },
    {
      name: "a project's number typed in fullwidth (Ｉ, digits, brackets), as a Korean IME types it",
      plan: plan(["통합돌봄 체계 구축", "어르신 방문건강관리", "1인가구 안부 확인"], [line("Ｉ－１－１ 통합돌봄 체계 구축"), line("（２） 어르신 방문건강관리"), line("1인가구 안부 확인 Ｉ-1-3")]),
    },
    {
      name: "a line written as one project's whole name is that project's, though another's name without its tail is the same",
      plan: plan(["돌봄", "돌봄(노인)"], [line("돌봄"), line("돌봄(노인)", "노인복지과")]),
    },
    {
      name: "the 대표과업's line and the project's own line, the task's first: the project's department is its own line's",
      plan: partTwoNamed("사각지대 발굴(신규)", [line("사각지대 발굴", "희망복지지원단"), line("사각지대 발굴(신규)")]),
    },
    {
      name: "the project's own line first, then the 대표과업's: the project's department is still its own line's",
      plan: partTwoNamed("사각지대 발굴(신규)", [line("Ⅱ-1-2-1 사각지대 발굴(신규)"), line("사각지대 발굴", "희망복지지원단")]),
    },
    {
      name: "a line written as a project's whole name is the project's, though its 대표과업 bears the same name",
      plan: partTwoNamed("사각지대 발굴", [line("대표과업 2. 사각지대 발굴", "희망복지지원단"), line("사각지대 발굴")]),
    },
    {
      name: "a project whose name has a tail the list leaves out",
      plan: plan(["통합돌봄 체계 구축(신규)"], [line("통합돌봄 체계 구축")]),
    },
    {
      name: "a department's workbook whose 담당부서 adds the 국 before the list's 과: other departments' lines are not asked",
      plan: departmentWorkbook("보건소 건강증진과", ["어르신 방문건강관리"], [
        line("통합돌봄 체계 구축"),
        health("어르신 방문건강관리"),
        ["부구청장", "복지국", "", "경로당 운영"],
        ["부구청장", "보건소", "치매안심과", "치매 조기검진"],
      ]),
    },
  ],
  invalid: [
    {
      name: "a line naming a 대표과업 gives no project its department",
      plan: partTwo([line("사각지대 발굴")]),
      hits: [{ messageId: "unlistedProject", at: [4, 1], data: { name: "위기가구 빅데이터 발굴" } }],
    },
    {
      name: "a line naming several projects once their tails are left out gives none of them its department, names the line to each, and names no unknown project",
      plan: plan(["돌봄(노인)", "돌봄(아동)"], [line("돌봄")]),
      hits: [
        { messageId: "severalProjectsLine", at: [3, 1], data: { name: "돌봄(노인)", line: "돌봄", sheet: "관리체계", cell: "D11", projects: "돌봄(노인), 돌봄(아동)" }, projectId: "I-1-1" },
        { messageId: "severalProjectsLine", at: [4, 1], data: { name: "돌봄(아동)", line: "돌봄", sheet: "관리체계", cell: "D11", projects: "돌봄(노인), 돌봄(아동)" }, projectId: "I-1-2" },
      ],
    },
    {
      name: "the first line naming several projects is told only to those it names; a project with no line at all is unlisted",
      plan: plan(["통합돌봄 체계 구축", "돌봄(노인)", "돌봄(아동)", "경로당 운영"], [line("통합돌봄 체계 구축"), line("Ⅰ-1-2 돌봄"), line("돌봄")]),
      hits: [
        { messageId: "severalProjectsLine", at: [4, 1], data: { name: "돌봄(노인)", line: "Ⅰ-1-2 돌봄", cell: "D12" } },
        { messageId: "severalProjectsLine", at: [5, 1], data: { name: "돌봄(아동)", line: "Ⅰ-1-2 돌봄", cell: "D12" } },
        { messageId: "unlistedProject", at: [6, 1], data: { name: "경로당 운영" } },
      ],
    },
    {
      name: "a line written as a 대표과업's name is the task's: it gives no project whose name without its tail is the same its department",
      plan: partTwoNamed("사각지대 발굴(신규)", [line("사각지대 발굴")]),
      hits: [{ messageId: "unlistedProject", at: [4, 1], data: { name: "사각지대 발굴(신규)" } }],
    },
    {
      name: "a line labelled as the 대표과업 is the task's, though a project bears the task's name",
      plan: partTwoNamed("사각지대 발굴", [line("대표과업 2. 사각지대 발굴")]),
      hits: [{ messageId: "unlistedProject", at: [4, 1], data: { name: "사각지대 발굴" } }],
    },
    {
      name: "a line written as one project's whole name gives only that project its department",
      plan: plan(["돌봄", "돌봄(노인)"], [line("돌봄")]),
      hits: [{ messageId: "unlistedProject", at: [4, 1], data: { name: "돌봄(노인)" } }],
    },
    {
      name: "a tail or a number does not make another name a project's",
      plan: plan(["어르신 방문건강관리"], [line("어르신 방문건강관리"), line("어르신 방문건강관리 지원(중점)"), line("Ⅰ-1-2 어르신 방문")]),
      hits: [
        { messageId: "unknownProject", at: [11, 3, "관리체계"], data: { project: "어르신 방문건강관리 지원(중점)" } },
        { messageId: "unknownProject", at: [12, 3, "관리체계"], data: { project: "Ⅰ-1-2 어르신 방문" } },
      ],
    },
    {
      name: "in a department's workbook whose 담당부서 adds the 국 before the list's 과, its own line naming no project",
      plan: departmentWorkbook("보건소 건강증진과", ["어르신 방문건강관리"], [
        line("통합돌봄 체계 구축"),
        health("어르신 방문건강관리"),
        health("치매 조기검진 지원"),
      ]),
      hits: [{ messageId: "unknownProject", at: [12, 3, "관리체계"], data: { project: "치매 조기검진 지원" } }],
    },
    {
      name: "in a 국's workbook, the lines of its 과 and the lines giving only the 국",
      plan: departmentWorkbook("복지국", ["통합돌봄 체계 구축"], [
        line("통합돌봄 체계 구축"),
        line("경로당 순회 프로그램", "노인복지과"),
        ["", "복지국", "", "1인가구 안부"],
        health("치매 조기검진 지원"),
      ]),
      hits: [
        { messageId: "unknownProject", at: [11, 3, "관리체계"], data: { project: "경로당 순회 프로그램" } },
        { messageId: "unknownProject", at: [12, 3, "관리체계"], data: { project: "1인가구 안부" } },
      ],
    },
    {
      name: "a line naming no project of the plan",
      plan: plan(["통합돌봄 체계 구축", "어르신 방문건강관리"], [line("통합돌봄 체계 구축"), line("어르신 방문건강관리", "건강증진과"), line("경로당 순회 프로그램", "노인복지과")]),
      hits: [{ messageId: "unknownProject", at: [12, 3, "관리체계"], data: { project: "경로당 순회 프로그램" } }],
    },
    {
      name: "a project with no line",
      plan: plan(["통합돌봄 체계 구축", "어르신 방문건강관리"], [line("통합돌봄 체계 구축"), line("장애인 주간활동", "장애인복지과")]),
      hits: [
        { messageId: "unknownProject", at: [11, 3, "관리체계"], data: { project: "장애인 주간활동" } },
        { messageId: "unlistedProject", at: [4, 1], data: { name: "어르신 방문건강관리" }, projectId: "I-1-2" },
      ],
    },
    {
      name: "a line without 실·국·과",
      plan: plan(["통합돌봄 체계 구축", "어르신 방문건강관리"], [line("통합돌봄 체계 구축"), ["", "", "", "어르신 방문건강관리"]]),
      hits: [{ messageId: "unlistedProject", at: [4, 1], data: { name: "어르신 방문건강관리" } }],
    },
    {
      name: "beside a 담당부서 column, a line naming no project is still told",
      plan: plan(["통합돌봄 체계 구축"], [line("통합돌봄 체계 구축"), line("통합돌봄 체계구축 사업")], { department: "복지정책과" }),
      hits: [{ messageId: "unknownProject", at: [11, 3, "관리체계"], data: { project: "통합돌봄 체계구축 사업" } }],
    },
    {
      name: "in a department's workbook, its own line naming no project",
      plan: plan(["통합돌봄 체계 구축"], [line("통합돌봄 체계 구축"), line("경로당 운영", "노인복지과"), line("통합 돌봄 체계 구축 지원")]),
      hits: [{ messageId: "unknownProject", at: [12, 3, "관리체계"], data: { project: "통합 돌봄 체계 구축 지원" } }],
    },
  ],
});
