import * as path from "path";
import { readPlan, type CellRef, type CellValue, type Grid, type Plan } from "..";
import { readWorkbookFile } from "../../xlsx/readFile";
import { toA1 } from "../a1";
import { consolidationJson } from "./json";
import { planConsolidation } from "./planConsolidation";
import { planDepartmentSplit } from "./split";
import { snapshotPlan } from "../revisions/snapshot";
import { cloneGrid, deleteGridRows, editGrid, insertGridRow } from "../../../test/kits/engine/consolidation";
import type { DepartmentInput } from "./types";

const MASTER = path.join(__dirname, "../../../test/fixtures/layouts/department-column.xlsx");

let grid: Grid;
let master: Plan;

beforeAll(async () => {
  grid = await readWorkbookFile(MASTER);
  master = readPlan(grid);
});

type Edit = (plan: Plan) => { ref: CellRef; value: CellValue }[];

/** A department's workbook as its grid: the split's rows deleted, then `edit` applied (refs of that grid). */
function departmentGrid(department: string): Grid {
  const split = planDepartmentSplit(master, grid).departments.find((d) => d.department === department);
  if (!split) throw new Error(`no department ${department}`);
  return deleteGridRows(grid, master.sheet, split.deleteRows);
}

function departmentPlan(department: string, edit: Edit = () => [], transform: (g: Grid, plan: Plan) => Grid = (g) => g): Plan {
  const base = departmentGrid(department);
  const plan = readPlan(base);
  return readPlan(transform(editGrid(base, edit(plan)), plan));
}

/** The grid with its 담당부서 column (Q) emptied below the header. */
function clearColumn(g: Grid): Grid {
  const copy = cloneGrid(g);
  const header = master.columns.find((c) => c.role === "department")!;
  copy.sheets.find((s) => s.name === master.sheet)!.values.forEach((line, r) => {
    if (r > master.headerRows.last && line) line[header.col] = null;
  });
  return copy;
}

const project = (plan: Plan, id: string) => {
  const p = plan.projects.find((x) => x.id === id);
  if (!p) throw new Error(`no project ${id}`);
  return p;
};
const budget = (plan: Plan, id: string, year: number) => project(plan, id).budgets.find((b) => b.year === year)!.ref;
const target = (plan: Plan, id: string, indicator: number, year: number) => project(plan, id).indicators[indicator].targets.find((t) => t.year === year)!;
const flag = (plan: Plan, id: string, name: "key" | "partnership" | "isNew") => project(plan, id).flags[name]!.ref;

describe("planConsolidation", () => {
  it("applies a department's own change to exactly its master cell, with the value to write and the log entry", () => {
    const plan = departmentPlan("복지정책과", (p) => [{ ref: budget(p, "I-2-3", 2025), value: 8 }]);
    const result = planConsolidation(master, [{ file: "a.xlsx", plan }]);
    expect(consolidationJson(result)).toEqual({
      applied: [{ file: "a.xlsx", projectId: "I-2-3", name: "마포형 케어안심주택 '서브하우스' 운영", field: "budget", year: 2025, before: 6.8, after: 8 }],
      added: [],
      conflicts: [],
      unattributed: [],
    });
    const [change] = result.applied;
    expect(change.ref).toEqual(budget(master, "I-2-3", 2025));
    expect(change.value).toBe(8);
    expect(change.entry).toMatchObject({ type: "changed", projectId: "I-2-3", field: "budget", year: 2025, before: 6.8, after: 8, strategyId: "I-2" });
    expect(result.files).toEqual([{ file: "a.xlsx", readable: true, department: "복지정책과", projects: 5, matched: 5, foreignUnchanged: 0 }]);
    expect(result.departmentsWithoutWorkbook).not.toContain("복지정책과");
    expect(result.departmentsWithoutWorkbook).toHaveLength(11);
  });

  it("applies the same change from two submissions once, and holds back a value they disagree on", () => {
    const first = departmentPlan("어르신복지과", (p) => [
      { ref: budget(p, "I-1-3", 2026), value: 2700 },
      { ref: target(p, "I-2-7", 0, 2025).ref, value: "66%" },
    ]);
    const second = departmentPlan("어르신복지과", (p) => [
      { ref: budget(p, "I-1-3", 2026), value: "2,700" },
      { ref: target(p, "I-2-7", 0, 2025).ref, value: "67%" },
    ]);
    const result = planConsolidation(master, [
      { file: "1차.xlsx", plan: first },
      { file: "2차.xlsx", plan: second },
    ]);
    expect(result.applied.map((c) => [c.projectId, c.field, c.year, c.after, c.files])).toEqual([["I-1-3", "budget", 2026, 2700, ["1차.xlsx", "2차.xlsx"]]]);
    expect(consolidationJson(result).conflicts).toEqual([
      { kind: "disagreement", projectId: "I-2-7", name: "로봇활용 독거어르신 돌봄", files: ["1차.xlsx", "2차.xlsx"], field: "target", year: 2025, values: ["66%", "67%"] },
    ]);
    expect(result.conflicts[0].before).toBe("65%");
  });

  it("holds back a change another workbook of the same department does not make (it keeps the master's value)", () => {
    const changed = departmentPlan("주택과", (p) => [{ ref: budget(p, "I-1-6", 2024), value: 600 }]);
    const kept = departmentPlan("주택과");
    const result = planConsolidation(master, [
      { file: "changed.xlsx", plan: changed },
      { file: "kept.xlsx", plan: kept },
    ]);
    expect(result.applied).toEqual([]);
    expect(consolidationJson(result).conflicts).toEqual([
      { kind: "disagreement", projectId: "I-1-6", name: "주거취약 계층을 위 한 기본생활보장", files: ["changed.xlsx", "kept.xlsx"], field: "budget", year: 2024, values: [600, 550] },
    ]);
  });

  it("takes flags by meaning: O and ○ from two submissions agree", () => {
    const a = departmentPlan("복지정책과", (p) => [{ ref: flag(p, "II-1-2-1", "partnership"), value: "O" }]);
    const b = departmentPlan("복지정책과", (p) => [{ ref: flag(p, "II-1-2-1", "partnership"), value: "○" }]);
    const result = planConsolidation(master, [
      { file: "a.xlsx", plan: a },
      { file: "b.xlsx", plan: b },
    ]);
    expect(result.conflicts).toEqual([]);
    expect(result.applied.map((c) => [c.field, c.before, c.after, c.value, c.files])).toEqual([["flag.partnership", "×", "O", "O", ["a.xlsx", "b.xlsx"]]]);
  });

  it("never applies a change to another department's project; an unchanged one is no conflict", () => {
    // 장애인복지과's workbook with a row of 어르신복지과's II-4-1-2 under its II-4-1-3, budget '24 changed.
    const base = departmentGrid("장애인복지과");
    const basePlan = readPlan(base);
    const copied = master.projects.find((p) => p.id === "II-4-1-2")!;
    const row = (budget2024: CellValue) => {
      const line: CellValue[] = [2, copied.name, "x", "○", "○", copied.indicators[0].name, ...copied.indicators[0].targets.map((t) => t.raw || null)];
      line.push(...copied.budgets.map((b) => (b.year === 2024 ? budget2024 : b.raw)), "어르신복지과");
      return line;
    };
    const after = project(basePlan, "II-4-1-3").lastRow;
    const changed = readPlan(insertGridRow(base, master.sheet, after, row(1500)));
    const unchanged = readPlan(insertGridRow(base, master.sheet, after, row("1,363")));
    expect(project(changed, "II-4-1-2").department?.raw).toBe("어르신복지과");

    const result = planConsolidation(master, [{ file: "장애인복지과.xlsx", plan: changed }]);
    expect(result.applied).toEqual([]);
    expect(consolidationJson(result).conflicts).toEqual([
      { kind: "otherDepartment", projectId: "II-4-1-2", name: "75세이상 어르신 효도밥상 운영", files: ["장애인복지과.xlsx"], field: "budget", year: 2024, values: [1500] },
    ]);
    expect(result.conflicts[0]).toMatchObject({ before: 1363, department: "어르신복지과", workbookDepartment: "장애인복지과" });
    expect(result.files[0]).toMatchObject({ department: "장애인복지과", matched: 5, foreignUnchanged: 0 });

    const quiet = planConsolidation(master, [{ file: "장애인복지과.xlsx", plan: unchanged }]);
    expect(quiet.conflicts).toEqual([]);
    expect(quiet.files[0].foreignUnchanged).toBe(1);
  });

  it("lists a new project with where it belongs, and a new row naming another department as a conflict", () => {
    const base = departmentGrid("복지정책과");
    const basePlan = readPlan(base);
    const last = project(basePlan, "II-1-2-2").lastRow;
    const newRow = (department: string): CellValue[] => [3, "부정수급 예방 교육", "-", "○", "○", "교육 참석 인원(명)", "-", "100명", "120명", "140명", "160명", "-", 5, 5, 5, 5, department];
    const plan = readPlan(insertGridRow(base, master.sheet, last, newRow("복지정책과")));
    const result = planConsolidation(master, [{ file: "a.xlsx", plan }]);
    expect(result.applied).toEqual([]);
    expect(result.conflicts).toEqual([]);
    expect(consolidationJson(result).added).toEqual([
      { file: "a.xlsx", projectId: "II-1-2-3", name: "부정수급 예방 교육", department: "복지정책과", strategyId: "II-1", taskId: "II-1-2", afterProjectId: "II-1-2-2" },
    ]);
    expect(result.added[0].afterRow).toBe(project(master, "II-1-2-2").lastRow);
    expect(result.added[0].project.budgets).toEqual({ 2022: "-", 2023: 5, 2024: 5, 2025: 5, 2026: 5 });

    const foreign = readPlan(insertGridRow(base, master.sheet, last, newRow("주택과")));
    const conflicted = planConsolidation(master, [{ file: "a.xlsx", plan: foreign }]);
    expect(conflicted.added).toEqual([]);
    expect(consolidationJson(conflicted).conflicts).toEqual([
      { kind: "otherDepartment", projectId: "II-1-2-3", name: "부정수급 예방 교육", files: ["a.xlsx"], field: "project", year: null, values: ["부정수급 예방 교육"] },
    ]);
  });

  it("reports a master project missing from its department's workbook, never removes it", () => {
    const plan = departmentPlan("교육지원과", () => [], (g, p) => {
      const i33 = project(p, "I-3-3");
      return deleteGridRows(g, master.sheet, [i33.firstRow]);
    });
    const result = planConsolidation(master, [{ file: "교육.xlsx", plan }]);
    expect(result.applied).toEqual([]);
    expect(consolidationJson(result).conflicts).toEqual([
      { kind: "missingProject", projectId: "I-3-3", name: "독서문화 프로그램 확대", files: ["교육.xlsx"], field: "project", year: null, values: [null] },
    ]);
  });

  it("pairs a renamed project as the revision log does and writes its name cell", () => {
    const plan = departmentPlan("주택과", (p) => [{ ref: project(p, "I-1-6").nameCell.ref, value: "주거취약계층 기본생활보장" }]);
    const result = planConsolidation(master, [{ file: "a.xlsx", plan }]);
    expect(result.conflicts).toEqual([]);
    expect(result.added).toEqual([]);
    expect(result.applied.map((c) => [c.projectId, c.field, c.before, c.after, c.ref, c.value])).toEqual([
      ["I-1-6", "name", "주거취약 계층을 위 한 기본생활보장", "주거취약계층 기본생활보장", project(master, "I-1-6").nameCell.ref, "주거취약계층 기본생활보장"],
    ]);
    expect(result.applied[0].entry.type).toBe("renamed");
  });

  it("writes a multi-line cell whole, with every applied line", () => {
    const plan = departmentPlan("일자리경제과", (p) => {
      const cell = target(p, "I-4-2", 0, 2025);
      return [{ ref: cell.ref, value: "300명\n11,100명\n20명" }];
    });
    const result = planConsolidation(master, [{ file: "a.xlsx", plan }]);
    expect(result.conflicts).toEqual([]);
    expect(result.applied.map((c) => [c.indicator, c.before, c.after, c.line, c.value])).toEqual([
      ["청년 면접 헤어메이 크업 서비스 지원(명)", "250명", "300명", 0, "300명\n11,100명\n20명"],
      ["지역기반 청년 일경 험 사업 참여인원(명)", "15명", "20명", 2, "300명\n11,100명\n20명"],
    ]);
    expect(result.applied[0].ref).toEqual(target(master, "I-4-2", 0, 2025).ref);
  });

  it("matches a project standing twice place by place", () => {
    const plan = departmentPlan("일자리경제과", (p) => [{ ref: budget(p, "II-2-1-2", 2026), value: 950 }]);
    const result = planConsolidation(master, [{ file: "a.xlsx", plan }]);
    expect(result.applied.map((c) => [c.projectId, c.ref])).toEqual([["II-2-1-2", budget(master, "II-2-1-2", 2026)]]);
  });

  it("does not read a column the workbook lacks as a deletion", () => {
    const plan = departmentPlan("주택과", () => [], (g) => {
      const copy = cloneGrid(g);
      for (const line of copy.sheets[0].values) for (let c = 0; c < line.length; c++) if (line[c] === "'22년 예산") line[c] = "비고2";
      return copy;
    });
    expect(plan.budgetYears).toEqual([2023, 2024, 2025, 2026]);
    const result = planConsolidation(master, [{ file: "a.xlsx", plan }]);
    expect(result.applied).toEqual([]);
    expect(result.conflicts).toEqual([]);
  });

  it("reports an indicator added or removed as a change it cannot apply", () => {
    const plan = departmentPlan("주택과", () => [], (g, p) => {
      const row = project(p, "I-1-6").lastRow;
      return insertGridRow(g, master.sheet, row, [null, null, null, null, null, "주거상담 건수", "-", "10건", "12건", "14건", "16건"]);
    });
    const result = planConsolidation(master, [{ file: "a.xlsx", plan }]);
    expect(consolidationJson(result).conflicts).toEqual([
      { kind: "unsupportedChange", projectId: "I-1-6", name: "주거취약 계층을 위 한 기본생활보장", files: ["a.xlsx"], field: "indicator", year: null, values: [2], detail: "indicatorCount" },
    ]);
    expect(result.conflicts[0]).toMatchObject({ before: 1, detail: "indicatorCount" });
  });

  it("never writes an Excel error value (#REF!, #N/A) over the master's budget or target: a change it cannot apply", () => {
    const plan = departmentPlan("복지정책과", (p) => [
      { ref: budget(p, "I-2-3", 2025), value: { error: "#REF!" } },
      { ref: target(p, "I-2-3", 0, 2024).ref, value: { error: "#N/A" } },
    ]);
    const result = planConsolidation(master, [{ file: "a.xlsx", plan }]);
    expect(result.applied).toEqual([]);
    expect(consolidationJson(result).conflicts.map((c) => [c.kind, c.field, c.year, c.values])).toEqual([
      ["unsupportedChange", "target", 2024, ["#N/A"]],
      ["unsupportedChange", "budget", 2025, ["#REF!"]],
    ]);
    expect(result.conflicts.map((c) => c.detail)).toEqual(["errorValue", "errorValue"]);
  });

  it("never writes a value over a formula in the master's budget or target (it would be lost, an undo cannot bring it back): a change it cannot apply", () => {
    const withFormulas = cloneGrid(grid);
    const sheet = withFormulas.sheets.find((s) => s.name === master.sheet)!;
    const formulaAt = (ref: CellRef, formula: string) => {
      sheet.formulas ??= [];
      while (sheet.formulas.length <= ref.row) sheet.formulas.push([]);
      sheet.formulas[ref.row][ref.col] = formula;
    };
    formulaAt(budget(master, "I-2-3", 2025), "=6+0.8");
    formulaAt(target(master, "I-2-3", 0, 2024).ref, '=TEXT(2,"0")&"개소"');
    const coordinated = readPlan(withFormulas);
    expect(budget(coordinated, "I-2-3", 2025)).toEqual(budget(master, "I-2-3", 2025));
    const plan = departmentPlan("복지정책과", (p) => [
      { ref: budget(p, "I-2-3", 2025), value: 8 },
      { ref: target(p, "I-2-3", 0, 2024).ref, value: "3개소" },
      { ref: budget(p, "I-2-3", 2026), value: 9 },
    ]);
    const result = planConsolidation(coordinated, [{ file: "a.xlsx", plan }]);
    // The cell without a formula is applied as ever.
    expect(result.applied.map((c) => [c.field, c.year, c.after])).toEqual([["budget", 2026, 9]]);
    expect(consolidationJson(result).conflicts.map((c) => [c.kind, c.field, c.year, c.values])).toEqual([
      ["unsupportedChange", "target", 2024, ["3개소"]],
      ["unsupportedChange", "budget", 2025, [8]],
    ]);
    expect(result.conflicts.map((c) => c.detail)).toEqual(["masterFormula", "masterFormula"]);
  });

  it("never writes over a formula in the master's flag (the plan keeps it) or in a cell the caller says holds one (a name): masterFormula, naming the cell", () => {
    const withFormulas = cloneGrid(grid);
    const sheet = withFormulas.sheets.find((s) => s.name === master.sheet)!;
    const keyRef = flag(master, "I-2-3", "key");
    sheet.formulas ??= [];
    while (sheet.formulas.length <= keyRef.row) sheet.formulas.push([]);
    sheet.formulas[keyRef.row][keyRef.col] = '=IF(TRUE,"○","×")';
    const coordinated = readPlan(withFormulas);
    const nameRef = project(coordinated, "I-2-2").nameCell.ref;
    const keyNow = project(coordinated, "I-2-3").flags.key!.state;
    const plan = departmentPlan("복지정책과", (p) => [
      { ref: flag(p, "I-2-3", "key"), value: keyNow === "yes" ? "×" : "○" },
      { ref: project(p, "I-2-2").nameCell.ref, value: `${project(p, "I-2-2").name} 확대` },
      { ref: budget(p, "I-2-3", 2026), value: 9 },
    ]);
    const result = planConsolidation(coordinated, [{ file: "a.xlsx", plan }], { masterFormula: (ref) => ref.row === nameRef.row && ref.col === nameRef.col });
    expect(result.applied.map((c) => [c.field, c.year, c.after])).toEqual([["budget", 2026, 9]]);
    expect(result.conflicts.map((c) => [c.kind, c.projectId, c.field, c.detail, c.ref])).toEqual([
      ["unsupportedChange", "I-2-2", "name", "masterFormula", nameRef],
      ["unsupportedChange", "I-2-3", "flag.key", "masterFormula", keyRef],
    ]);
    // The JSON says why and names the master's cell, as the README's consolidate shape does.
    expect(consolidationJson(result).conflicts.map((c) => [c.detail, c.sheet, c.address])).toEqual([
      ["masterFormula", nameRef.sheet, toA1(nameRef.row, nameRef.col)],
      ["masterFormula", keyRef.sheet, toA1(keyRef.row, keyRef.col)],
    ]);
    // Without the caller's word the name is applied, as the plan keeps no name's formula.
    expect(planConsolidation(coordinated, [{ file: "a.xlsx", plan }]).applied.map((c) => c.field)).toEqual(["name", "budget"]);
  });

  it("a department's form in 천원 against a 백만원 master: the same amounts are no change, a changed one is never written as it is", async () => {
    const thousandGrid = await readWorkbookFile(path.join(__dirname, "../../../test/fixtures/layouts/5th-thousand-won.xlsx"));
    const million = readPlan(await readWorkbookFile(path.join(__dirname, "../../../assets/samples/mapo-5th-plan.xlsx")));
    const thousand = readPlan(thousandGrid);
    // The sample has no 담당부서: the coordinator names the file's department.
    const named = { name: "복지과", source: "chosen" as const };
    const withDepartment = (plan: Plan): Plan => ({ ...plan, projects: plan.projects.map((p) => ({ ...p, department: { ...p.nameCell, raw: "복지과" } })) }) as Plan;
    expect(planConsolidation(withDepartment(million), [{ file: "a.xlsx", plan: withDepartment(thousand), named }]).applied).toEqual([]);
    const cell = budget(thousand, "I-1-2", 2024);
    thousandGrid.sheets.find((s) => s.name === cell.sheet)!.values[cell.row][cell.col] = 92500;
    const result = planConsolidation(withDepartment(million), [{ file: "a.xlsx", plan: withDepartment(readPlan(thousandGrid)), named }]);
    expect(result.applied).toEqual([]);
    expect(result.conflicts.map((c) => [c.kind, c.field, c.year, c.before, c.values, c.detail])).toEqual([["unsupportedChange", "budget", 2024, 80, [92.5], "budgetUnit"]]);
  });

  describe("a workbook must name its department", () => {
    const clearDepartments = (g: Grid) => {
      const copy = cloneGrid(g);
      for (const line of copy.sheets[0].values) line[16] = null;
      return copy;
    };
    const unnamed = () => departmentPlan("주택과", (p) => [{ ref: budget(p, "I-1-6", 2026), value: 500 }], clearDepartments);
    const noDepartment = (file: string) => ({
      applied: [],
      added: [],
      conflicts: [{ kind: "noDepartment", projectId: null, name: null, files: [file], field: null, year: null, values: [] }],
      unattributed: [],
    });

    it("refuses a workbook that names none, even when its projects are all one department's", () => {
      const plan = unnamed();
      expect(project(plan, "I-1-6").department).toBeNull();
      expect(consolidationJson(planConsolidation(master, [{ file: "a.xlsx", plan }]))).toEqual(noDepartment("a.xlsx"));
      const stranger = departmentPlan("주택과", (p) => [{ ref: project(p, "I-1-6").nameCell.ref, value: "전혀 다른 사업" }], clearDepartments);
      expect(consolidationJson(planConsolidation(master, [{ file: "b.xlsx", plan: stranger }]))).toEqual(noDepartment("b.xlsx"));
    });

    it.each([["chosen" as const], ["guide" as const]])("takes the department the coordinator or the 안내 sheet names (%s)", (source) => {
      const result = planConsolidation(master, [{ file: "a.xlsx", plan: unnamed(), named: { name: "주택과", source } }]);
      expect(result.files[0]).toMatchObject({ department: "주택과", matched: 1 });
      expect(result.applied.map((c) => [c.projectId, c.after])).toEqual([["I-1-6", 500]]);
      expect(result.conflicts).toEqual([]);
    });

    it("lets the coordinator's choice win: another department's file chosen as 복지정책과's holds none of its projects", () => {
      const plan = departmentPlan("주택과", (p) => [{ ref: budget(p, "I-1-6", 2026), value: 500 }]);
      const result = planConsolidation(master, [{ file: "주택과.xlsx", plan, named: { name: "복지정책과", source: "chosen" } }]);
      expect(result.applied).toEqual([]);
      expect(result.conflicts).toEqual([
        expect.objectContaining({ kind: "notDepartmentFile", files: ["주택과.xlsx"], detail: "noOwn", data: { department: "복지정책과", own: 0, foreign: 1, departments: "주택과" } }),
      ]);
      expect(result.departmentsWithoutWorkbook).toContain("복지정책과");
    });
  });

  describe("the whole plan picked as a department's file", () => {
    const first = () => master.projects.find((p) => p.department?.raw === "복지정책과")!;
    const edited = (g: Grid) => {
      const t = first().indicators[0].targets.find((x) => x.year === 2025)!;
      return editGrid(g, [{ ref: t.ref, value: "999명" }]);
    };

    it("with its 담당부서 column: refused whole, nothing applied, no project reported missing", () => {
      const plan = readPlan(edited(grid));
      const result = planConsolidation(master, [{ file: "계획 전체.xlsx", plan }]);
      expect(consolidationJson(result)).toEqual({
        applied: [],
        added: [],
        conflicts: [{ kind: "notDepartmentFile", projectId: null, name: null, files: ["계획 전체.xlsx"], field: null, year: null, values: [], detail: "others" }],
        unattributed: [],
      });
      // Taken as the department its rows name most, which still leaves most rows another department's.
      const most = result.conflicts[0].workbookDepartment;
      const own = master.projects.filter((p) => p.department?.raw === most).length;
      expect(result.conflicts[0]).toMatchObject({ detail: "others", data: { department: most, own, foreign: master.projects.length - own } });
      expect(result.files[0]).toMatchObject({ readable: true, matched: 0 });
      expect(result.departmentsWithoutWorkbook).toHaveLength(12);
    });

    it("without it: names no department and holds several departments' projects", () => {
      const plan = readPlan(edited(clearColumn(grid)));
      expect(plan.projects.every((p) => p.department === null || p.department.raw === "")).toBe(true);
      const result = planConsolidation(master, [{ file: "계획.xlsx", plan }]);
      expect(result.applied).toEqual([]);
      expect(result.conflicts).toEqual([expect.objectContaining({ kind: "notDepartmentFile", detail: "several", files: ["계획.xlsx"] })]);
      expect(result.conflicts[0].data).toMatchObject({ own: 0, foreign: master.projects.length });
    });

    it("even when the coordinator says it is 복지정책과's", () => {
      const plan = readPlan(edited(clearColumn(grid)));
      const result = planConsolidation(master, [{ file: "계획.xlsx", plan, named: { name: "복지정책과", source: "chosen" } }]);
      expect(result.applied).toEqual([]);
      expect(result.conflicts).toEqual([expect.objectContaining({ kind: "notDepartmentFile", detail: "others" })]);
    });
  });

  it("keeps an unreadable workbook as a conflict and goes on with the others", () => {
    const inputs: DepartmentInput[] = [
      { file: "broken.xlsx", failure: { reason: "damaged", data: { detail: "zip" } } },
      { file: "ok.xlsx", plan: departmentPlan("주택과", (p) => [{ ref: budget(p, "I-1-6", 2026), value: 500 }]) },
    ];
    const result = planConsolidation(master, inputs);
    expect(consolidationJson(result).conflicts).toEqual([
      { kind: "unreadable", projectId: null, name: null, files: ["broken.xlsx"], field: null, year: null, values: ["damaged"], detail: "damaged" },
    ]);
    expect(result.conflicts[0].data).toEqual({ detail: "zip" });
    expect(result.applied).toHaveLength(1);
    expect(result.files.map((f) => [f.file, f.readable])).toEqual([
      ["broken.xlsx", false],
      ["ok.xlsx", true],
    ]);
  });
});

describe("planConsolidation with the values of the split (three-way)", () => {
  const DEPT = "어르신복지과";
  /** What split keeps in the department's file: its projects as the master had them then. */
  const splitRecord = () => {
    const whole = snapshotPlan(master);
    return { ...whole, projects: whole.projects.filter((p) => p.department === DEPT) };
  };
  /** The master once it took the department's first file: I-1-3's 2026 budget 2700. */
  const updatedMaster = () => readPlan(editGrid(grid, [{ ref: budget(master, "I-1-3", 2026), value: 2700 }]));

  it("an older copy, made before a change the master took, does not revert it", () => {
    const updated = updatedMaster();
    const older = departmentPlan(DEPT);
    // Without the split's values the older copy's value looks like the department's edit (the old behaviour).
    expect(planConsolidation(updated, [{ file: "old.xlsx", plan: older }]).applied.map((c) => [c.projectId, c.year, c.before, c.after])).toEqual([["I-1-3", 2026, 2700, 2655]]);
    const result = planConsolidation(updated, [{ file: "old.xlsx", plan: older, split: splitRecord() }]);
    expect(result.applied).toEqual([]);
    expect(result.conflicts).toEqual([]);
    expect(result.files[0]).toMatchObject({ department: DEPT, matched: 6 });
  });

  it("still takes what the older copy itself changed", () => {
    const older = departmentPlan(DEPT, (p) => [{ ref: target(p, "I-2-7", 0, 2025).ref, value: "66%" }]);
    const result = planConsolidation(updatedMaster(), [{ file: "old.xlsx", plan: older, split: splitRecord() }]);
    expect(result.applied.map((c) => [c.projectId, c.field, c.year, c.after])).toEqual([["I-2-7", "target", 2025, "66%"]]);
    expect(result.conflicts).toEqual([]);
  });

  it("a cell both the department and the master changed, to different values, is a disagreement (masterChanged)", () => {
    const other = departmentPlan(DEPT, (p) => [{ ref: budget(p, "I-1-3", 2026), value: 2600 }]);
    const result = planConsolidation(updatedMaster(), [{ file: "b.xlsx", plan: other, split: splitRecord() }]);
    expect(result.applied).toEqual([]);
    expect(result.conflicts).toEqual([
      expect.objectContaining({ kind: "disagreement", detail: "masterChanged", projectId: "I-1-3", field: "budget", year: 2026, before: 2700, values: [2600], split: 2655, files: ["b.xlsx"] }),
    ]);
    // The same value as the master's: nothing to do.
    const same = departmentPlan(DEPT, (p) => [{ ref: budget(p, "I-1-3", 2026), value: 2700 }]);
    const agreed = planConsolidation(updatedMaster(), [{ file: "c.xlsx", plan: same, split: splitRecord() }]);
    expect([agreed.applied, agreed.conflicts]).toEqual([[], []]);
  });
});

describe("two copies of one department, each judged against its own split record", () => {
  const DEPT = "어르신복지과";
  const splitRecord = (of: Plan = master) => {
    const whole = snapshotPlan(of);
    return { ...whole, projects: whole.projects.filter((p) => p.department === DEPT) };
  };
  const changed = (value: string): Edit => (p) => [{ ref: target(p, "I-2-7", 0, 2025).ref, value }];
  const row = (c: { projectId: string | null; field: string | null; year: number | null }) => [c.projectId, c.field, c.year];

  it("a copy untouched since the split has no say: the other copy's change is taken, in either order", () => {
    const a: DepartmentInput = { file: "a.xlsx", plan: departmentPlan(DEPT, changed("66%")), split: splitRecord() };
    const b: DepartmentInput = { file: "b.xlsx", plan: departmentPlan(DEPT), split: splitRecord() };
    for (const inputs of [[a, b], [b, a]]) {
      const result = planConsolidation(master, inputs);
      expect(result.conflicts).toEqual([]);
      expect(result.applied.map((c) => [...row(c), c.after, c.files])).toEqual([["I-2-7", "target", 2025, "66%", ["a.xlsx"]]]);
    }
  });

  it("two copies that changed the cell differently stay a disagreement, naming only the copies that changed it", () => {
    const a: DepartmentInput = { file: "a.xlsx", plan: departmentPlan(DEPT, changed("66%")), split: splitRecord() };
    const b: DepartmentInput = { file: "b.xlsx", plan: departmentPlan(DEPT, changed("70%")), split: splitRecord() };
    const c: DepartmentInput = { file: "c.xlsx", plan: departmentPlan(DEPT), split: splitRecord() };
    const result = planConsolidation(master, [a, b, c]);
    expect(result.applied).toEqual([]);
    expect(result.conflicts.map((x) => [x.kind, ...row(x), x.files, x.values])).toEqual([["disagreement", "I-2-7", "target", 2025, ["a.xlsx", "b.xlsx"], ["66%", "70%"]]]);
  });

  it("a copy without a split record still speaks for every cell: keeping the master's value beside a change is a disagreement", () => {
    const a: DepartmentInput = { file: "a.xlsx", plan: departmentPlan(DEPT, changed("66%")), split: splitRecord() };
    const bare: DepartmentInput = { file: "bare.xlsx", plan: departmentPlan(DEPT) };
    const result = planConsolidation(master, [a, bare]);
    expect(result.applied).toEqual([]);
    expect(result.conflicts.map((x) => [x.kind, ...row(x), x.files])).toEqual([["disagreement", "I-2-7", "target", 2025, ["a.xlsx", "bare.xlsx"]]]);
  });

  it("a copy that changed the cell to what the master holds now still disagrees with another copy's different change", () => {
    // The master took 2700 for I-1-3's 2026 budget; b, split before that, changed it to 2700 too; a, split after, to 2800.
    const updated = readPlan(editGrid(grid, [{ ref: budget(master, "I-1-3", 2026), value: 2700 }]));
    const a: DepartmentInput = { file: "a.xlsx", plan: departmentPlan(DEPT, (p) => [{ ref: budget(p, "I-1-3", 2026), value: 2800 }]), split: splitRecord(updated) };
    const b: DepartmentInput = { file: "b.xlsx", plan: departmentPlan(DEPT, (p) => [{ ref: budget(p, "I-1-3", 2026), value: 2700 }]), split: splitRecord() };
    const result = planConsolidation(updated, [a, b]);
    expect(result.applied).toEqual([]);
    expect(result.conflicts.map((x) => [x.kind, ...row(x), x.files, x.values])).toEqual([["disagreement", "I-1-3", "budget", 2026, ["a.xlsx", "b.xlsx"], [2800, 2700]]]);
  });
});
