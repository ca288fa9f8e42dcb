/**
 * Gathering the departments' 시행결과 files with the plans' guarantees: a file is a department's only when
 * it names one (its 담당부서 column, the 안내 sheet split wrote, the user's choice) and holds that
 * department's rows; a copy of the whole form or a file naming no department is a conflict naming the
 * file, and nothing of it is taken. The forms are the add-in's own (departmentResultsForms, resultsForm).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Grid } from "../src/engine/grid";
import { readPlan, toA1, type Plan } from "../src/engine";
import { FORM_COLS, FORM_HEADER_ROW, departmentResultsForms, resultsForm, type ResultsForm } from "../src/app/resultsForm";
import { checkResults, type ResultsWorkbook } from "../src/app/resultsCheck";
import { gatherResults } from "../src/engine/results/gather";
import { readResults } from "../src/engine/results/read";
import { describeResultsConflict, gatherResultsInPlace, makeResultsForm } from "../src/app/resultsInPlace";
import { undoConsolidation } from "../src/app/consolidate";
import { SHEETS } from "../src/app/port";
import { validateGrid } from "../src/app/validateWorkbook";
import { MemoryPort } from "./kits/app/memoryPort";
import { main } from "../src/cli/main";
import { ExcelJsWorkbookPort } from "../src/xlsx/exceljsPort";
import { readWorkbookBuffer } from "../src/xlsx/readGrid";

jest.setTimeout(60_000);

const MASTER = path.join(__dirname, "fixtures/layouts/department-column.xlsx");
const YEAR = 2024;

let masterGrid: Grid;
let plan: Plan;
beforeAll(async () => {
  masterGrid = await readWorkbookBuffer(fs.readFileSync(MASTER));
  plan = readPlan(masterGrid);
});

/** The form as a workbook's grid, every numeric 실적 filled with its target plus `plus`. */
function filled(form: ResultsForm, plus = 0, edit?: (row: (string | number | null)[]) => void): Grid {
  const values = form.sheet.rows.map((row, r) => {
    const cells = row.map((c) => (c.value === undefined ? null : (c.value as string | number | null)));
    const target = /^([\d.]+)/.exec(String(cells[FORM_COLS.target] ?? ""));
    if (r > FORM_HEADER_ROW && cells[FORM_COLS.indicator] && target) {
      cells[FORM_COLS.actual] = Number(target[1]) + plus;
      edit?.(cells);
    }
    return cells;
  });
  return { sheets: [{ name: form.sheet.name, values, merges: [] }] };
}

const departmentForm = (name: string) => departmentResultsForms(plan, YEAR, "ko").find((d) => d.department === name)!.form;
const taken = (check: ReturnType<typeof checkResults>, projectIds: string[]) =>
  check.report.indicators.filter((o) => projectIds.includes(o.project.id) && o.result?.actual).length;
const idsOf = (department: string) => plan.projects.filter((p) => p.department?.raw.trim() === department).map((p) => p.id);

type FormCell = { value: number | string | null; formula: string };

/** The master's 시행결과 form made in memory, the first 주택과 indicator's 실적 and its project's 집행액 set to the formulas given. */
async function formWithHousingFormulas(actual?: FormCell, spent?: FormCell) {
  const port = new MemoryPort(masterGrid);
  const made = await makeResultsForm(port, YEAR, "ko");
  const housing = plan.projects.find((p) => p.department?.raw.trim() === "주택과" && p.indicators.length > 0)!;
  const row = made.rowOf[housing.indicators[0].id];
  const spentRow = made.rowOf[`spent:${housing.id}`];
  const cells = port.generated.get(made.sheet.name)!.rows;
  if (actual) cells[row][FORM_COLS.actual] = actual;
  if (spent) cells[spentRow][FORM_COLS.spent] = spent;
  return { port, made, housing, row, spentRow };
}

describe("gathering results files: whose file is it?", () => {
  it("a copy of the whole form among the departments' files is refused whole, naming the file; the departments' values are taken", () => {
    const files: ResultsWorkbook[] = [
      { file: "보건소 건강관리과.xlsx", grid: filled(departmentForm("보건소 건강관리과")) },
      { file: "전체 사본.xlsx", grid: filled(resultsForm(plan, YEAR, "ko"), 7) },
    ];
    const check = checkResults(masterGrid, YEAR, files);
    expect(check.conflicts).toEqual([
      expect.objectContaining({ kind: "notDepartmentFile", projectId: null, files: ["전체 사본.xlsx"], detail: "others", data: expect.objectContaining({ department: "주민생활복지과" }) }),
    ]);
    // Only the department's own file was taken: its values, none of the copy's (no disagreement either).
    expect(taken(check, idsOf("보건소 건강관리과"))).toBeGreaterThan(0);
    expect(taken(check, plan.projects.map((p) => p.id))).toBe(taken(check, idsOf("보건소 건강관리과")));
    expect(check.departments).toEqual([
      { file: "보건소 건강관리과.xlsx", department: "보건소 건강관리과" },
      { file: "전체 사본.xlsx", department: "주민생활복지과" },
    ]);
    const ko = describeResultsConflict(check.conflicts[0], "ko");
    expect(ko).toContain("전체 사본.xlsx");
    expect(ko).toContain("부서 파일 아님");
    expect(describeResultsConflict(check.conflicts[0], "en")).toContain("Not a department's file");
  });

  it("a file whose rows name no department is refused unless the user names its department (or its 안내 sheet does)", () => {
    const blank = () => filled(departmentForm("어르신복지과"), 0, (row) => void (row[FORM_COLS.department] = null));
    const unnamed = checkResults(masterGrid, YEAR, [{ file: "a.xlsx", grid: blank() }, { file: "b.xlsx", grid: filled(departmentForm("주택과")) }]);
    expect(unnamed.conflicts).toEqual([expect.objectContaining({ kind: "noDepartment", files: ["a.xlsx"] })]);
    expect(taken(unnamed, idsOf("어르신복지과"))).toBe(0);
    expect(describeResultsConflict(unnamed.conflicts[0], "ko")).toContain("a.xlsx");

    const chosen = checkResults(masterGrid, YEAR, [{ file: "a.xlsx", grid: blank(), department: "어르신복지과" }, { file: "b.xlsx", grid: filled(departmentForm("주택과")) }]);
    expect(chosen.conflicts).toEqual([]);
    expect(taken(chosen, idsOf("어르신복지과"))).toBeGreaterThan(0);

    const guide = blank();
    guide.sheets.push({ name: "안내", values: [["어르신복지과 입력 양식 안내"]], merges: [] });
    const guided = checkResults(masterGrid, YEAR, [{ file: "a.xlsx", grid: guide }, { file: "b.xlsx", grid: filled(departmentForm("주택과")) }]);
    expect(guided.conflicts).toEqual([]);
    expect(taken(guided, idsOf("어르신복지과"))).toBe(taken(chosen, idsOf("어르신복지과")));
  });

  it("two files of one department that disagree on a 실적 or a 집행액: a conflict each, naming both files and values, neither taken", () => {
    const department = "주택과";
    const spent = (amount: number) => (row: (string | number | null)[]) => void (row[FORM_COLS.spent] = row[FORM_COLS.budget] === null ? null : amount);
    const check = checkResults(masterGrid, YEAR, [
      { file: "a.xlsx", grid: filled(departmentForm(department), 0, spent(10)) },
      { file: "b.xlsx", grid: filled(departmentForm(department), 5, spent(20)) },
    ]);
    const indicators = check.conflicts.filter((c) => c.kind === "disagree" && c.indicator !== "");
    const budgets = check.conflicts.filter((c) => c.kind === "disagree" && c.indicator === "");
    expect(indicators.length).toBeGreaterThan(0);
    expect(budgets.length).toBeGreaterThan(0);
    for (const c of [...indicators, ...budgets]) {
      expect(idsOf(department)).toContain(c.projectId);
      expect(c.files).toEqual(["a.xlsx", "b.xlsx"]);
      expect(c.values[0]).not.toBe(c.values[1]);
    }
    expect(budgets.map((c) => c.values)).toContainEqual(["10", "20"]);
    for (const c of indicators) expect(plan.projects.find((p) => p.id === c.projectId)!.indicators.map((i) => i.name)).toContain(c.indicator);
    // Neither file's value stands where they disagree.
    expect(taken(check, idsOf(department))).toBe(0);
  });

  it("an Excel error (#REF!, #DIV/0!) in a 실적 or 집행액 is a conflict naming the file and the value, never taken as a value", () => {
    const department = "주택과";
    let first = true;
    const broken = (row: (string | number | null)[]) => {
      if (!first) return;
      first = false;
      const cells = row as unknown[];
      cells[FORM_COLS.actual] = { error: "#REF!" };
      cells[FORM_COLS.spent] = { error: "#DIV/0!" };
    };
    const check = checkResults(masterGrid, YEAR, [{ file: "a.xlsx", grid: filled(departmentForm(department), 0, broken) }]);
    expect(check.conflicts.map((c) => [c.kind, c.files, c.values])).toEqual([
      ["errorValue", ["a.xlsx"], ["#REF!"]],
      ["errorValue", ["a.xlsx"], ["#DIV/0!"]],
    ]);
    for (const c of check.conflicts) expect(idsOf(department)).toContain(c.projectId);
    expect(check.changes.filter((c) => /^#/.test(c.after ?? ""))).toEqual([]);
    expect(check.report.indicators.filter((o) => o.result?.actual?.raw.startsWith("#"))).toEqual([]);
    expect(describeResultsConflict(check.conflicts[0], "ko")).toContain("#REF!");
    expect(describeResultsConflict(check.conflicts[1], "en")).toContain("#DIV/0!");
  });

  it("a 실적 or 집행액 written as a formula saved without its value is a conflict naming the file and the formula (formulaNoValue): never taken, the master's value kept, nothing logged", async () => {
    const department = "주택과";
    const firstRow = (grid: Grid) => grid.sheets[0].values.findIndex((row, r) => r > FORM_HEADER_ROW && typeof row[FORM_COLS.actual] === "number" && row[FORM_COLS.budget] !== null);
    const spent = (grid: Grid) => void (grid.sheets[0].values[firstRow(grid)][FORM_COLS.spent] = 7);
    const port = new MemoryPort(masterGrid);
    const valued = filled(departmentForm(department));
    spent(valued);
    const first = await gatherResultsInPlace(port, YEAR, [{ file: "주택과.xlsx", grid: valued }], "ko");
    expect(first.check.conflicts).toEqual([]);
    const formBefore = port.generated.get(first.form.sheet.name)!.rows.map((r) => r.map((c) => c.value));
    const logBefore = port.generated.get(SHEETS.revisionLog)!.rows.map((r) => r.map((c) => c.value));
    expect(logBefore.length).toBeGreaterThan(1);

    // The same values again, but the first row's 실적 and 집행액 are formulas a script saved without values.
    const copy = filled(departmentForm(department));
    spent(copy);
    const row = firstRow(copy);
    const sheet = copy.sheets[0];
    sheet.values[row][FORM_COLS.actual] = null;
    sheet.values[row][FORM_COLS.spent] = null;
    sheet.formulas = sheet.values.map(() => []);
    sheet.formulas[row][FORM_COLS.actual] = "=F3*2";
    sheet.formulas[row][FORM_COLS.spent] = "=SUM(J3:J9)";
    const { check, logRows, form } = await gatherResultsInPlace(port, YEAR, [{ file: "주택과 사본.xlsx", grid: copy }], "ko");
    expect(check.conflicts.map((c) => [c.kind, c.files, c.values])).toEqual([
      ["formulaNoValue", ["주택과 사본.xlsx"], ["=F3*2"]],
      ["formulaNoValue", ["주택과 사본.xlsx"], ["=SUM(J3:J9)"]],
    ]);
    for (const c of check.conflicts) expect(idsOf(department)).toContain(c.projectId);
    expect(check.conflicts[1].indicator).toBe("");
    // Not taken: nothing changed, nothing logged, the master's form as it was, and no finding for a cell not taken.
    expect(check.changes).toEqual([]);
    expect(logRows).toEqual([]);
    expect(port.generated.get(SHEETS.revisionLog)!.rows.map((r) => r.map((c) => c.value))).toEqual(logBefore);
    expect(port.generated.get(form.sheet.name)!.rows.map((r) => r.map((c) => c.value))).toEqual(formBefore);
    expect(check.findings.filter((f) => f.ruleId === "results/uncomputed-formula")).toEqual([]);

    const ko = describeResultsConflict(check.conflicts[0], "ko");
    expect(ko).toContain("주택과 사본.xlsx");
    expect(ko).toContain("=F3*2");
    expect(ko).toContain("Excel에서 열어");
    expect(describeResultsConflict(check.conflicts[1], "en")).toMatch(/=SUM\(J3:J9\).*saved without its value/);
  });

  it("the master's own 실적 and 집행액 saved as formulas without values survive a gathering (written back as their formulas) and are named by the check", async () => {
    const { port, made, housing, row, spentRow } = await formWithHousingFormulas({ value: null, formula: "=F3*2" }, { value: null, formula: "=J3*0.9" });
    const { check } = await gatherResultsInPlace(port, YEAR, [{ file: "여성가족과.xlsx", grid: filled(departmentForm("여성가족과")) }], "ko");
    expect(check.conflicts).toEqual([]);
    const after = port.generated.get(made.sheet.name)!.rows;
    expect(after[row][FORM_COLS.actual]).toMatchObject({ value: null, formula: "=F3*2" });
    expect(after[spentRow][FORM_COLS.spent]).toMatchObject({ value: null, formula: "=J3*0.9" });
    expect(check.changes.filter((c) => c.projectId === housing.id)).toEqual([]);
    const named = check.findings.filter((f) => f.ruleId === "results/uncomputed-formula").map((f) => [f.projectId, f.messageId, f.data.formula]);
    expect(named).toEqual([[housing.id, "actual", "=F3*2"], [housing.id, "spent", "=J3*0.9"]]);
  });

  it("a department chosen for another department's file: none of its own rows, refused whole", () => {
    const check = checkResults(masterGrid, YEAR, [{ file: "a.xlsx", grid: filled(departmentForm("여성가족과")), department: "교육지원과" }]);
    expect(check.conflicts).toEqual([expect.objectContaining({ kind: "notDepartmentFile", files: ["a.xlsx"] })]);
    expect(taken(check, plan.projects.map((p) => p.id))).toBe(0);
  });

  it("a lone copy of the whole form is the year's results as a whole (results PLAN FORM); beside a department's file it is refused", () => {
    const whole = { file: "form.xlsx", grid: filled(resultsForm(plan, YEAR, "ko")) };
    const lone = checkResults(masterGrid, YEAR, [whole]);
    expect(lone.conflicts).toEqual([]);
    expect(lone.departments).toEqual([{ file: "form.xlsx", department: null }]);
    expect(taken(lone, plan.projects.map((p) => p.id))).toBeGreaterThan(taken(lone, idsOf("주민생활복지과")));
    const two = checkResults(masterGrid, YEAR, [whole, { file: "주택과.xlsx", grid: filled(departmentForm("주택과")) }]);
    expect(two.conflicts).toEqual([expect.objectContaining({ kind: "notDepartmentFile", files: ["form.xlsx"] })]);
  });
});

/** A picked workbook that is no results form: a department's phone list. */
const phoneList = (): Grid => ({ sheets: [{ name: "비상연락망", values: [["이름", "전화"], ["홍길동", "010-0000-0000"]], merges: [] }] });

describe("a picked file in which no results of the year were found", () => {
  it("is named (noResults, with the file and the year), and a lone whole form beside it is no longer the year's whole results", () => {
    const whole = { file: "form.xlsx", grid: filled(resultsForm(plan, YEAR, "ko")) };
    const check = checkResults(masterGrid, YEAR, [whole, { file: "비상연락망.xlsx", grid: phoneList() }]);
    expect(check.conflicts).toEqual([
      expect.objectContaining({ kind: "noResults", projectId: null, files: ["비상연락망.xlsx"], values: [], data: { year: YEAR } }),
      expect.objectContaining({ kind: "notDepartmentFile", files: ["form.xlsx"] }),
    ]);
    expect(taken(check, plan.projects.map((p) => p.id))).toBe(0);
    expect(describeResultsConflict(check.conflicts[0], "ko")).toContain("비상연락망.xlsx에서 2024년 시행결과를 찾지 못했습니다");
    expect(describeResultsConflict(check.conflicts[0], "en")).toContain("no 2024 results were found in 비상연락망.xlsx");
  });

  it("gatherResults decides on the files picked, not on those that held results; a department's file beside it is taken", () => {
    const sets = readResults(filled(departmentForm("주택과")), plan, { year: YEAR }).map((r) => ({ ...r, file: "주택과.xlsx" }));
    const gathered = gatherResults(plan, sets, { picked: { files: ["주택과.xlsx", "빈 파일.xlsx"], year: YEAR } });
    expect(gathered.conflicts).toEqual([expect.objectContaining({ kind: "noResults", files: ["빈 파일.xlsx"], data: { year: YEAR } })]);
    expect(gathered.departments).toEqual([{ file: "주택과.xlsx", department: "주택과" }]);
    const wholeSets = readResults(filled(resultsForm(plan, YEAR, "ko")), plan, { year: YEAR }).map((r) => ({ ...r, file: "form.xlsx" }));
    const refused = gatherResults(plan, wholeSets, { picked: { files: ["form.xlsx", "빈 파일.xlsx"], year: YEAR } });
    expect(refused.sets).toEqual([]);
    expect(refused.conflicts.map((c) => c.kind)).toEqual(["noResults", "notDepartmentFile"]);
  });
});

describe("gathering logged in 수정이력, as plan consolidation logs", () => {
  it("one chained row per value taken (실적, 미달성 사유, 집행액: old → new, the file in 사유), nothing for values not taken", async () => {
    const port = new MemoryPort(masterGrid);
    const women = filled(departmentForm("여성가족과"), 0, (row) => void (row[FORM_COLS.reason] = "예산 삭감"));
    const dataRow = women.sheets[0].values.findIndex((row, r) => r > FORM_HEADER_ROW && typeof row[FORM_COLS.spent] === "object");
    women.sheets[0].values[dataRow][FORM_COLS.spent] = 12.5;
    const copy = filled(resultsForm(plan, YEAR, "ko"), 3);
    const { check, logRows } = await gatherResultsInPlace(port, YEAR, [{ file: "여성가족과.xlsx", grid: women }, { file: "사본.xlsx", grid: copy }], "ko");

    const actuals = check.report.indicators.filter((o) => o.result?.actual).length;
    expect(actuals).toBeGreaterThan(0);
    expect(check.changes.filter((c) => c.field === "actual")).toHaveLength(actuals);
    expect(check.changes.filter((c) => c.field === "reason")).toHaveLength(actuals);
    expect(check.changes.filter((c) => c.field === "spent")).toEqual([expect.objectContaining({ before: null, after: "12.5", files: ["여성가족과.xlsx"] })]);
    expect(logRows).toHaveLength(check.changes.length);

    const rows = port.generated.get(SHEETS.revisionLog)!.rows.map((r) => r.map((c) => c.value));
    expect(rows).toHaveLength(1 + check.changes.length);
    const first = check.changes[0];
    const project = plan.projects.find((p) => p.id === first.projectId)!;
    expect(rows[1].slice(2, 12)).toEqual(["변경", expect.any(String), expect.anything(), project.name, `실적: ${project.indicators.find((i) => i.id === first.indicatorId)!.name}`, YEAR, null, first.after, "시행결과 취합: 여성가족과.xlsx", "부서 취합"]);
    expect(rows.flat().join(" ")).not.toContain("사본.xlsx"); // the refused copy wrote nothing
    // The log reads back whole: chained and sealed (no log/edited-row finding).
    expect(validateGrid(await port.readGrid()).findings.filter((f) => f.ruleId.startsWith("log/"))).toEqual([]);

    // Gathering the same file again changes nothing more: no new rows.
    const again = await gatherResultsInPlace(port, YEAR, [{ file: "여성가족과.xlsx", grid: women }], "ko");
    expect(again.logRows).toEqual([]);
    expect(port.generated.get(SHEETS.revisionLog)!.rows).toHaveLength(1 + check.changes.length);
  });

  it("is undone as one step by plan consolidation's undo: the form's cells back, one reversing 수정이력 row each; refused once a cell changed", async () => {
    const port = new MemoryPort(masterGrid);
    await makeResultsForm(port, YEAR, "ko");
    const { form } = await gatherResultsInPlace(port, YEAR, [{ file: "주택과.xlsx", grid: filled(departmentForm("주택과"), 0, (row) => void (row[FORM_COLS.reason] = "사유")) }], "ko");
    const before = await port.readGrid();
    const { undo, check } = await gatherResultsInPlace(port, YEAR, [{ file: "주택과.xlsx", grid: filled(departmentForm("주택과"), 5) }], "ko");
    expect(undo?.cells.length).toBe(check.changes.length);
    expect(check.changes.map((c) => c.field)).toEqual(expect.arrayContaining(["actual", "reason"]));

    // Edited since: nothing written.
    const first = undo!.cells[0].ref;
    const edited = new MemoryPort(masterGrid);
    await gatherResultsInPlace(edited, YEAR, [{ file: "주택과.xlsx", grid: filled(departmentForm("주택과"), 5) }], "ko").then(async (g) => {
      edited.editGeneratedCell(form.sheet.name, first.row, first.col, 999);
      expect(await undoConsolidation(edited, g.undo!, { lang: "ko" })).toMatchObject({ status: "changedSince" });
    });

    const undone = await undoConsolidation(port, undo!, { lang: "ko" });
    expect(undone).toMatchObject({ status: "undone", cells: check.changes.length });
    const after = await port.readGrid();
    const formOf = (grid: Grid) => grid.sheets.find((s) => s.name === form.sheet.name)!.values;
    for (const { ref } of undo!.cells) expect(formOf(after)[ref.row][ref.col]).toEqual(formOf(before)[ref.row][ref.col]);
    const log = port.generated.get(SHEETS.revisionLog)!.rows.map((r) => r.map((c) => c.value));
    expect(log.slice(-check.changes.length).every((row) => row[10] === "시행결과 취합 되돌리기: 주택과.xlsx")).toBe(true);
    expect(validateGrid(after).findings.filter((f) => f.ruleId.startsWith("log/"))).toEqual([]);
  });
});

describe("a formula in the master's form where a department's file gives a value", () => {
  /** The master's form, with the first 주택과 indicator's 실적 and the project's 집행액 written as formulas (when given), then 주택과 gathered. */
  async function gatheredOver(actual?: FormCell, spent?: FormCell) {
    const { port, made, housing, row, spentRow } = await formWithHousingFormulas(actual, spent);
    const women = filled(departmentForm("주택과"), 5);
    const dataRow = women.sheets[0].values.findIndex((line, r) => r > FORM_HEADER_ROW && line[FORM_COLS.id] === housing.id);
    women.sheets[0].values[dataRow][FORM_COLS.spent] = 12.5;
    const gathered = await gatherResultsInPlace(port, YEAR, [{ file: "주택과.xlsx", grid: women }], "ko");
    const form = () => port.generated.get(made.sheet.name)!.rows;
    return { port, gathered, row, spentRow, form, housing, sheet: made.sheet.name };
  }

  it.each([
    ["saved without its value", null, null],
    ["with its value", 9, 99],
  ])("is never written over (%s): the value is not taken (masterFormula, naming the cell and the formula), the formula kept", async (_, actualValue, spentValue) => {
    const { gathered, row, spentRow, form, housing, sheet } = await gatheredOver({ value: actualValue, formula: "=F3*2" }, { value: spentValue, formula: "=J3*0.9" });
    const cell = (r: number, c: number) => `${sheet}!${toA1(r, c)}`;
    expect(gathered.check.conflicts.map((c) => [c.kind, c.projectId, c.files, c.data])).toEqual([
      ["masterFormula", housing.id, ["주택과.xlsx"], { cell: cell(row, FORM_COLS.actual), formula: "=F3*2" }],
      ["masterFormula", housing.id, ["주택과.xlsx"], { cell: cell(spentRow, FORM_COLS.spent), formula: "=J3*0.9" }],
    ]);
    expect(form()[row][FORM_COLS.actual]).toMatchObject({ value: actualValue, formula: "=F3*2" });
    expect(form()[spentRow][FORM_COLS.spent]).toMatchObject({ value: spentValue, formula: "=J3*0.9" });
    // Nothing of those two logged or left to an undo.
    expect(gathered.check.changes.filter((c) => c.projectId === housing.id && (c.field === "spent" || c.indicatorId === housing.indicators[0].id))).toEqual([]);
    expect((gathered.undo?.cells ?? []).map((c) => [c.ref.row, c.ref.col])).not.toContainEqual([row, FORM_COLS.actual]);
    const ko = describeResultsConflict(gathered.check.conflicts[0], "ko");
    expect(ko).toContain(`칸(${cell(row, FORM_COLS.actual)})은 수식(=F3*2)이라 주택과.xlsx의 값`);
    expect(describeResultsConflict(gathered.check.conflicts[1], "en")).toContain(`is a formula (=J3*0.9) in ${cell(spentRow, FORM_COLS.spent)}, which the value of 주택과.xlsx (12.5) would replace`);
  });

  it("a 실적, 사유 or 집행액 formula computing empty text is the user's formula: kept through a gathering and a new form, not taken over, not 'saved without its value'", async () => {
    const actualFormula = '=IF(F3="","",F3*2)';
    const spentFormula = '=IF(J3="","",J3*0.9)';
    const { port, gathered, row, spentRow, form, housing, sheet } = await gatheredOver({ value: "", formula: actualFormula }, { value: "", formula: spentFormula });
    const cell = (r: number, c: number) => `${sheet}!${toA1(r, c)}`;
    expect(gathered.check.conflicts.map((c) => [c.kind, c.projectId, c.data])).toEqual([
      ["masterFormula", housing.id, { cell: cell(row, FORM_COLS.actual), formula: actualFormula }],
      ["masterFormula", housing.id, { cell: cell(spentRow, FORM_COLS.spent), formula: spentFormula }],
    ]);
    expect(gathered.check.findings.filter((f) => f.ruleId === "results/uncomputed-formula")).toEqual([]);
    expect(form()[row][FORM_COLS.actual]).toMatchObject({ formula: actualFormula });
    expect(form()[spentRow][FORM_COLS.spent]).toMatchObject({ formula: spentFormula });
    // A 사유 formula too, and the form made again keeps all three.
    form()[row][FORM_COLS.reason] = { value: "", formula: '=IF(G3="","","사유")' };
    await makeResultsForm(port, YEAR, "ko");
    expect(form()[row][FORM_COLS.actual]).toMatchObject({ formula: actualFormula });
    expect(form()[row][FORM_COLS.reason]).toMatchObject({ formula: '=IF(G3="","","사유")' });
    expect(form()[spentRow][FORM_COLS.spent]).toMatchObject({ formula: spentFormula });
  });

  it("a department's value that is the formula's own result changes nothing and is no conflict; the formula stays", async () => {
    const port = new MemoryPort(masterGrid);
    const made = await makeResultsForm(port, YEAR, "ko");
    const housing = plan.projects.find((p) => p.department?.raw.trim() === "주택과" && p.indicators.length > 0)!;
    const row = made.rowOf[housing.indicators[0].id];
    const women = filled(departmentForm("주택과"), 5);
    const dataRow = women.sheets[0].values.findIndex((line, r) => r > FORM_HEADER_ROW && line[FORM_COLS.indicator] && line[FORM_COLS.id] === housing.id);
    const same = women.sheets[0].values[dataRow][FORM_COLS.actual] as number;
    port.generated.get(made.sheet.name)!.rows[row][FORM_COLS.actual] = { value: same, formula: "=F3+5" };
    const gathered = await gatherResultsInPlace(port, YEAR, [{ file: "주택과.xlsx", grid: women }], "ko");
    expect(gathered.check.conflicts).toEqual([]);
    expect(port.generated.get(made.sheet.name)!.rows[row][FORM_COLS.actual]).toMatchObject({ value: same, formula: "=F3+5" });
  });

  it("an undo never writes over a formula the user put in a gathered cell since: nothing is undone", async () => {
    const { port, gathered, row, form } = await gatheredOver();
    const taken = form()[row][FORM_COLS.actual].value;
    expect(taken).toEqual(expect.any(Number));
    // The user's own formula, showing the very value the gathering wrote.
    form()[row][FORM_COLS.actual] = { value: taken, formula: "=G3+0" };
    const undone = await undoConsolidation(port, gathered.undo!, { lang: "ko" });
    expect(undone).toMatchObject({ status: "changedSince" });
    expect(form()[row][FORM_COLS.actual]).toEqual({ value: taken, formula: "=G3+0" });
  });
});

describe("gathering into a workbook whose 수정이력 is the user's own (no add-in marker)", () => {
  /** Every value of every sheet, keyed "sheet!row,col". */
  const cellsOf = (grid: Grid) =>
    Object.fromEntries(grid.sheets.flatMap((sheet) => sheet.values.flatMap((row, r) => row.flatMap((value, c) => (value === null ? [] : [[`${sheet.name}!${r},${c}`, value]])))));
  async function withOwnLog(): Promise<ExcelJsWorkbookPort> {
    const port = await ExcelJsWorkbookPort.fromBuffer(fs.readFileSync(MASTER));
    const log = port.workbook.addWorksheet(SHEETS.revisionLog);
    log.addRow(["일자", "사업명", "내용", "담당"]);
    log.addRow(["2024-03-02", "노인맞춤돌봄", "실적 수정", "홍길동"]);
    return port;
  }

  it("is refused before anything is written: no form, no summary, the user's sheet and the store untouched", async () => {
    const port = await withOwnLog();
    const before = cellsOf(await port.readGrid());
    await expect(gatherResultsInPlace(port, YEAR, [{ file: "여성가족과.xlsx", grid: filled(departmentForm("여성가족과")) }], "ko")).rejects.toEqual(
      expect.objectContaining({ name: "SheetNotOwnedError", sheet: SHEETS.revisionLog }),
    );
    expect(cellsOf(await port.readGrid())).toEqual(before);
    expect(port.workbook.getWorksheet(`시행결과_${YEAR}`)).toBeUndefined();
    expect(await port.readStore()).toEqual({});
  });

  it("a gathering that takes no value writes no log row, so it is not refused", async () => {
    const port = await withOwnLog();
    const { check, logRows } = await gatherResultsInPlace(port, YEAR, [], "ko");
    expect(check.changes).toEqual([]);
    expect(logRows).toEqual([]);
    expect(port.workbook.getWorksheet(`시행결과_${YEAR}`)).toBeDefined();
  });
});

describe("gathering into a workbook with a sheet of the user's own named PlanCheckStore", () => {
  const cellsOf = (grid: Grid) =>
    Object.fromEntries(grid.sheets.flatMap((sheet) => sheet.values.flatMap((row, r) => row.flatMap((value, c) => (value === null ? [] : [[`${sheet.name}!${r},${c}`, value]])))));

  it("is refused before anything is written: no form, no 수정이력, the user's sheet untouched", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(fs.readFileSync(MASTER));
    const mine = port.workbook.addWorksheet(SHEETS.store);
    mine.addRow(["우리 부서 메모", "실적 확인"]);
    const before = cellsOf(await port.readGrid());
    const kept = JSON.stringify(mine.getSheetValues());
    await expect(gatherResultsInPlace(port, YEAR, [{ file: "여성가족과.xlsx", grid: filled(departmentForm("여성가족과")) }], "ko")).rejects.toEqual(
      expect.objectContaining({ name: "SheetNotOwnedError", sheet: SHEETS.store }),
    );
    expect(cellsOf(await port.readGrid())).toEqual(before);
    expect(port.workbook.getWorksheet(`시행결과_${YEAR}`)).toBeUndefined();
    expect(JSON.stringify(mine.getSheetValues())).toBe(kept);
  });
});

describe("plan-check results with department files", () => {
  async function run(args: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdoutIsTTY: false, env: {} });
    return { code, stdout, stderr };
  }
  async function write(file: string, form: ResultsForm, edit: (row: (string | number | null)[]) => void = () => undefined) {
    const port = await ExcelJsWorkbookPort.create();
    const grid = filled(form, 0, edit);
    await port.replaceSheet({ ...form.sheet, rows: grid.sheets[0].values.map((row) => row.map((value) => ({ value: value as string | number | null }))) });
    fs.writeFileSync(file, await port.toBuffer());
  }

  it("lists a whole-form copy as not a department's file (exit 1), and takes a file named with --department FILE=부서", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "results-gather-"));
    const health = path.join(dir, "health.xlsx");
    const copy = path.join(dir, "copy.xlsx");
    const nameless = path.join(dir, "nameless.xlsx");
    await write(health, departmentForm("보건소 건강관리과"));
    await write(copy, resultsForm(plan, YEAR, "ko"));
    await write(nameless, departmentForm("주택과"), (row) => void (row[FORM_COLS.department] = null));

    const refused = await run(["results", MASTER, health, copy, nameless, "--year", String(YEAR), "--format", "json"]);
    expect(refused.code).toBe(1);
    const json = JSON.parse(refused.stdout);
    expect(json.conflicts.map((c: { kind: string; files: string[] }) => [c.kind, c.files])).toEqual([
      ["notDepartmentFile", [copy]],
      ["noDepartment", [nameless]],
    ]);
    const text = await run(["results", MASTER, health, copy, "--year", String(YEAR)]);
    expect(text.stdout).toContain(`${copy}:`);

    const named = await run(["results", MASTER, health, nameless, "--year", String(YEAR), "--format", "json", "--department", `${nameless}=주택과`]);
    expect(named.stderr).toBe("");
    expect(JSON.parse(named.stdout).conflicts).toEqual([]);
    expect(named.code).toBe(0);
    const usage = await run(["results", MASTER, health, "--year", String(YEAR), "--department", `${nameless}=주택과`]);
    expect(usage.code).toBe(2);
  });

  it("names a picked file with no results of the year in text and JSON (exit 1), and a whole form beside it is refused, not taken as the year's results", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "results-gather-"));
    const copy = path.join(dir, "copy.xlsx");
    const phones = path.join(dir, "phones.xlsx");
    await write(copy, resultsForm(plan, YEAR, "ko"));
    const port = await ExcelJsWorkbookPort.create();
    await port.replaceSheet({ name: "비상연락망", marker: "", rows: phoneList().sheets[0].values.map((row) => row.map((value) => ({ value: value as string }))) });
    fs.writeFileSync(phones, await port.toBuffer());

    const json = await run(["results", MASTER, copy, phones, "--year", String(YEAR), "--format", "json"]);
    expect(json.code).toBe(1);
    const out = JSON.parse(json.stdout);
    expect(out.conflicts.map((c: { kind: string; files: string[] }) => [c.kind, c.files])).toEqual([
      ["noResults", [phones]],
      ["notDepartmentFile", [copy]],
    ]);
    expect(out.indicators.some((o: { resultsFile?: string }) => o.resultsFile === copy)).toBe(false);
    const text = await run(["results", MASTER, copy, phones, "--year", String(YEAR), "--lang", "en"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`no ${YEAR} results were found in ${phones}`);
    // Nothing found anywhere is still "no results" (exit 2), naming every file.
    const none = await run(["results", MASTER, phones, "--year", String(YEAR)]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(phones);
  });
});
