import * as path from "path";
import { readPlan, type Grid, type Plan } from "..";
import { readWorkbookFile } from "../../xlsx/readFile";
import { departmentFileName, departmentsOf, keptRowMap, planDepartmentSplit, shiftRef } from "./split";
import { editableCells, inputRules } from "./inputRules";
import { deleteGridRows, insertGridRow } from "../../../test/kits/engine/consolidation";

const MASTER = path.join(__dirname, "../../../test/fixtures/layouts/department-column.xlsx");

let grid: Grid;
let plan: Plan;

beforeAll(async () => {
  grid = await readWorkbookFile(MASTER);
  plan = readPlan(grid);
});

describe("departmentsOf", () => {
  it("lists the plan's departments in order of first appearance with their projects", () => {
    const departments = departmentsOf(plan);
    expect(departments.map((d) => d.name)).toEqual([
      "주민생활복지과",
      "보건소 건강관리과",
      "어르신복지과",
      "여성가족과",
      "주택과",
      "안전재난과",
      "복지정책과",
      "아동청소년과",
      "장애인복지과",
      "교육지원과",
      "문화체육과",
      "일자리경제과",
    ]);
    expect(departments.reduce((n, d) => n + d.projects.length, 0)).toBe(plan.projects.length);
    // Both standings of 일자리 네트워크 구축 are 일자리경제과's.
    expect(departments.find((d) => d.name === "일자리경제과")!.projects.map((p) => p.id)).toEqual(["I-4-2", "I-4-4", "I-4-5", "I-4-6", "I-4-7", "II-2-1-2"]);
  });
});

describe("planDepartmentSplit", () => {
  it("keeps exactly each department's projects, with their strategies and tasks, readable as a plan", () => {
    const split = planDepartmentSplit(plan, grid);
    expect(split.unassigned).toEqual([]);
    expect(split.departments).toHaveLength(12);
    for (const department of split.departments) {
      const own = plan.projects.filter((p) => p.department?.raw === department.department);
      const sub = readPlan(deleteGridRows(grid, plan.sheet, department.deleteRows));
      expect({ department: department.department, projects: sub.projects.map((p) => [p.id, p.name, p.department?.raw]) }).toEqual({
        department: department.department,
        projects: own.map((p) => [p.id, p.name, p.department?.raw]),
      });
      // Strategies and tasks: exactly those holding one of the department's projects.
      expect(sub.strategies.map((s) => s.id)).toEqual([...new Set(own.map((p) => p.strategyId))]);
      expect(sub.tasks.map((t) => t.id)).toEqual([...new Set(own.map((p) => p.taskId).filter((t) => t !== null))]);
      // The projects' content is untouched: same indicators, targets and budgets as in the master.
      for (const p of sub.projects) {
        const m = own.find((o) => o.id === p.id)!;
        expect(p.indicators.map((i) => [i.name, i.targets.map((t) => t.raw)])).toEqual(m.indicators.map((i) => [i.name, i.targets.map((t) => t.raw)]));
        expect(p.budgets.map((b) => b.raw)).toEqual(m.budgets.map((b) => b.raw));
      }
      expect(sub.unplacedRows).toEqual([]);
    }
  });

  it("keeps the strategy's own indicator rows, also when they stand after a repeated header", () => {
    const split = planDepartmentSplit(plan, grid);
    const disabled = split.departments.find((d) => d.department === "장애인복지과")!;
    const sub = readPlan(deleteGridRows(grid, plan.sheet, disabled.deleteRows));
    const i4 = sub.strategies.find((s) => s.id === "I-4")!;
    expect(i4.indicators.map((i) => i.name)).toEqual(plan.strategies.find((s) => s.id === "I-4")!.indicators.map((i) => i.name));
    const i2 = sub.strategies.find((s) => s.id === "I-2")!;
    expect(i2.indicators.map((i) => i.targets.map((t) => t.raw))).toEqual(
      plan.strategies.find((s) => s.id === "I-2")!.indicators.map((i) => i.targets.map((t) => t.raw)),
    );
  });

  it("drops a section without the department's projects, total rows and empty repeated headers, never the title or notes", () => {
    const split = planDepartmentSplit(plan, grid);
    const housing = split.departments.find((d) => d.department === "주택과")!;
    const kept = grid.sheets[0].values.filter((_, r) => !housing.deleteRows.includes(r)).map((line) => String(line?.find((v) => v !== null) ?? ""));
    expect(kept).toEqual([
      "제5기 마포구 지역사회보장계획 총괄표",
      "◆ 총괄현황: 4대 추진전략, 4개 발전전략 50개 세부사업 및 과업(8개 중점추진사업)",
      "연번",
      "성과지표명 (단위)",
      "I. 지자체 사회보장사업 전략체계",
      "사회보장전략 1 취약계층사회안전망 보강",
      "연번", // the repeated header above I-1-5 … I-1-8 still stands over 주택과's I-1-6
      "'22년 목표",
      "6",
      "주: 제4기 계획의 '22년 성과지표와 예산을 포함하여 제5기 기본계획의 성과지표와 예산을 작성",
    ]);
  });

  it("drops 소계/합계 rows: a department's subset would not add up to them", () => {
    const withTotal = insertGridRow(grid, plan.sheet, 16, ["소계", null, null, null, null, null, null, null, null, null, null, 100, 200, 300, 400, 500]);
    const totalPlan = readPlan(withTotal);
    expect(totalPlan.totals.map((t) => [t.kind, t.row])).toEqual([["subtotal", 17]]);
    const split = planDepartmentSplit(totalPlan, withTotal);
    for (const department of split.departments) {
      expect(department.deleteRows).toContain(17);
      const sub = readPlan(deleteGridRows(withTotal, plan.sheet, department.deleteRows));
      expect(sub.totals).toEqual([]);
      expect(sub.projects.every((p) => p.department?.raw === department.department)).toBe(true);
    }
  });

  it("gives each department its rules and editable cells, and a file name", () => {
    const split = planDepartmentSplit(plan, grid);
    const welfare = split.departments.find((d) => d.department === "복지정책과")!;
    const own = plan.projects.filter((p) => p.department?.raw === "복지정책과");
    expect(welfare.fileName).toBe("복지정책과.xlsx");
    expect(welfare.rules).toEqual(inputRules(plan, own));
    expect(welfare.rules.filter((r) => r.kind === "flag")).toHaveLength(own.length * 3);
    expect(welfare.rules.filter((r) => r.kind === "budget")).toHaveLength(own.length * 5);
    expect(welfare.editable).toEqual(editableCells(plan, own));
    // Targets and indicator names are editable; names, numbers and departments are not.
    const keys = new Set(welfare.editable.map((r) => `${r.row}:${r.col}`));
    for (const p of own) {
      expect(keys.has(`${p.nameCell.ref.row}:${p.nameCell.ref.col}`)).toBe(false);
      expect(keys.has(`${p.department!.ref.row}:${p.department!.ref.col}`)).toBe(false);
      for (const i of p.indicators) for (const t of i.targets) expect(keys.has(`${t.ref.row}:${t.ref.col}`)).toBe(true);
    }
  });
});

describe("helpers", () => {
  it("keptRowMap moves rows up past deleted ones", () => {
    const map = keptRowMap([2, 3, 7]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(map)).toEqual([0, 1, null, null, 2, 3, 4, null, 5]);
    expect(shiftRef({ sheet: "a", row: 4, col: 1 }, map, "a")).toEqual({ sheet: "a", row: 2, col: 1 });
    expect(shiftRef({ sheet: "b", row: 4, col: 1 }, map, "a")).toEqual({ sheet: "b", row: 4, col: 1 });
    expect(shiftRef({ sheet: "a", row: 3, col: 1 }, map, "a")).toBeNull();
  });

  it("departmentFileName replaces what a file name cannot hold and keeps names unique", () => {
    expect(departmentFileName("보건소 건강관리과")).toBe("보건소 건강관리과.xlsx");
    expect(departmentFileName("복지/정책:과?")).toBe("복지_정책_과_.xlsx");
    expect(departmentFileName("  ")).toBe("부서.xlsx");
    expect(departmentFileName("과.", new Set(["과.xlsx"]))).toBe("과 (2).xlsx");
  });
});
