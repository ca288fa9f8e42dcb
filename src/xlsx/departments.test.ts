import { promises as fs } from "fs";
import * as path from "path";
import { Workbook, type Worksheet } from "exceljs";
import { readPlan, type CellRef, type Grid, type Plan } from "../engine";
import { readPageBreaks } from "./pageBreaks";
import { createDepartmentWorkbooks, GUIDE_SHEET, type SplitOptions } from "../app/departments";
import { FLAG_LIST } from "../app/port";
import { splitRecordOf } from "../app/consolidate";
import { xlsxWorkbookFiles } from "./workbookFiles";
import { gridFromWorkbook, readWorkbookBuffer } from "./readGrid";

const MASTER = path.join(__dirname, "../../test/fixtures/layouts/department-column.xlsx");

let masterBytes: Uint8Array;
let master: Plan;

async function load(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const protection = (sheet: Worksheet) => (sheet as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection ?? null;

function cell(sheet: Worksheet, ref: CellRef) {
  const c = sheet.getCell(ref.row + 1, ref.col + 1);
  return c.isMerged ? c.master : c;
}

/** The department forms as this adapter writes them, through the use case that decides and words them. */
async function splitWorkbook(bytes: Uint8Array, options: SplitOptions = {}) {
  const { plan, files, unassigned } = await createDepartmentWorkbooks(xlsxWorkbookFiles, bytes, options);
  return {
    plan,
    workbooks: files.map((f) => ({ department: f.department, fileName: f.name, projectIds: f.projectIds, bytes: f.bytes })),
    unassigned: unassigned.map((p) => p.id),
  };
}

beforeAll(async () => {
  masterBytes = new Uint8Array(await fs.readFile(MASTER));
  master = readPlan(await readWorkbookBuffer(masterBytes));
});

describe("splitWorkbook", () => {
  let split: Awaited<ReturnType<typeof splitWorkbook>>;
  beforeAll(async () => {
    split = await splitWorkbook(masterBytes, { deadline: "2024. 10. 31.", coordinator: "주민생활복지과 복지기획팀", now: new Date(2024, 9, 1) });
  });

  it("writes one workbook per department holding exactly its projects, readable by the engine", async () => {
    expect(split.workbooks.map((w) => w.fileName)).toEqual([
      "주민생활복지과.xlsx",
      "보건소 건강관리과.xlsx",
      "어르신복지과.xlsx",
      "여성가족과.xlsx",
      "주택과.xlsx",
      "안전재난과.xlsx",
      "복지정책과.xlsx",
      "아동청소년과.xlsx",
      "장애인복지과.xlsx",
      "교육지원과.xlsx",
      "문화체육과.xlsx",
      "일자리경제과.xlsx",
    ]);
    for (const w of split.workbooks) {
      const grid = await readWorkbookBuffer(w.bytes);
      // The add-in's store last: the department's projects as split wrote them, for consolidation (three-way).
      expect(grid.sheets.map((s) => s.name)).toEqual([GUIDE_SHEET, "총괄표", "관리체계", "PlanCheckStore"]);
      const plan = readPlan(grid);
      const own = master.projects.filter((p) => p.department?.raw === w.department);
      expect(splitRecordOf(grid)?.projects.map((p) => p.id)).toEqual(own.map((p) => p.id));
      expect((await load(w.bytes)).getWorksheet("PlanCheckStore")!.state).toBe("veryHidden");
      expect(plan.projects.map((p) => [p.id, p.name, p.department?.raw])).toEqual(own.map((p) => [p.id, p.name, p.department?.raw]));
      expect(w.projectIds).toEqual(own.map((p) => p.id));
      for (const p of plan.projects) {
        const m = own.find((o) => o.id === p.id)!;
        expect(p.indicators.map((i) => [i.name, i.targets.map((t) => t.raw)])).toEqual(m.indicators.map((i) => [i.name, i.targets.map((t) => t.raw)]));
        expect(p.budgets.map((b) => b.raw)).toEqual(m.budgets.map((b) => b.raw));
        expect(p.lastRow - p.firstRow).toBe(m.lastRow - m.firstRow);
      }
      expect(plan.schedule?.revisions.length).toBe(master.schedule?.revisions.length);
      expect(plan.unplacedRows).toEqual([]);
    }
  });

  it("puts a ○/× list on the flags and a number ≥ 0 rule on the budgets, with Korean input messages, and nowhere else", async () => {
    for (const w of split.workbooks) {
      const workbook = await load(w.bytes);
      const plan = readPlan(gridFromWorkbook(workbook));
      const sheet = workbook.getWorksheet(plan.sheet)!;
      const validated = new Set<string>();
      for (const p of plan.projects) {
        for (const f of ["key", "partnership", "isNew"] as const) {
          const ref = p.flags[f]!.ref;
          validated.add(`${ref.row}:${ref.col}`);
          expect(cell(sheet, ref).dataValidation).toMatchObject({
            type: "list",
            formulae: [`"${FLAG_LIST}"`],
            showInputMessage: true,
            promptTitle: "○ 또는 ×",
            prompt: expect.stringContaining("○(예) 또는 ×(아니오)"),
            showErrorMessage: true,
            errorStyle: "stop",
          });
        }
        for (const b of p.budgets) {
          validated.add(`${b.ref.row}:${b.ref.col}`);
          expect(cell(sheet, b.ref).dataValidation).toMatchObject({
            type: "decimal",
            operator: "greaterThanOrEqual",
            formulae: [0],
            showInputMessage: true,
            promptTitle: "예산(백만원)",
            prompt: expect.stringContaining("백만원"),
          });
        }
      }
      const model = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
      const addresses = Object.entries(model).filter(([, v]) => v).map(([a]) => a);
      expect(addresses).toHaveLength(validated.size);
    }
  });

  it("locks everything but the department's flags, budgets, indicator names and targets, under a protection without password", async () => {
    const w = split.workbooks.find((x) => x.department === "장애인복지과")!;
    const workbook = await load(w.bytes);
    const plan = readPlan(gridFromWorkbook(workbook));
    const sheet = workbook.getWorksheet(plan.sheet)!;
    expect(protection(sheet)).toMatchObject({ sheet: true, formatColumns: true, formatRows: true, formatCells: true });
    // Structure stays locked: no row or column can be inserted or deleted.
    for (const k of ["insertRows", "insertColumns", "deleteRows", "deleteColumns"]) expect(protection(sheet)?.[k]).not.toBe(true);
    expect(protection(sheet)?.hashValue).toBeUndefined();
    const locked = (ref: CellRef) => cell(sheet, ref).protection?.locked !== false;
    for (const p of plan.projects) {
      expect(locked(p.nameCell.ref)).toBe(true);
      expect(locked(p.numberCell!.ref)).toBe(true);
      expect(locked(p.department!.ref)).toBe(true);
      for (const f of ["key", "partnership", "isNew"] as const) expect(locked(p.flags[f]!.ref)).toBe(false);
      for (const b of p.budgets) expect(locked(b.ref)).toBe(false);
      for (const i of p.indicators) {
        expect(locked(i.nameCell!.ref)).toBe(false);
        for (const t of i.targets) expect(locked(t.ref)).toBe(false);
      }
    }
    for (const s of plan.strategies) expect(locked(s.cell.ref)).toBe(true);
    expect(locked({ sheet: plan.sheet, row: 0, col: 0 })).toBe(true);
  });

  it("keeps the merged blocks of a project and the page breaks before repeated headers", async () => {
    const w = split.workbooks.find((x) => x.department === "장애인복지과")!;
    const grid = await readWorkbookBuffer(w.bytes);
    const plan = readPlan(grid);
    const sheet = grid.sheets.find((s) => s.name === plan.sheet)!;
    const care = plan.projects.find((p) => p.id === "I-2-5")!;
    expect(care.lastRow).toBe(care.firstRow + 1);
    for (const col of [0, 1, 2, 3, 4, 11, 15, 16]) {
      expect(sheet.merges).toContainEqual({ top: care.firstRow, left: col, bottom: care.firstRow + 1, right: col });
    }
    const breaks = (await readPageBreaks(w.bytes)).get(plan.sheet)!.rowBreaks.map((b) => b.id);
    expect(breaks.length).toBeGreaterThan(0);
    for (const id of breaks) expect(sheet.values[id]?.[0]).toBe("연번"); // a break falls just above a repeated header
  });

  it("opens on an 안내 sheet saying what to fill in and by when", async () => {
    const w = split.workbooks.find((x) => x.department === "복지정책과")!;
    const workbook = await load(w.bytes);
    expect(workbook.worksheets[0].name).toBe(GUIDE_SHEET);
    expect(workbook.views[0].activeTab).toBe(0);
    const text = gridFromWorkbook(workbook).sheets[0].values.map((line) => String(line[0] ?? ""));
    expect(text[0]).toBe("복지정책과 입력 양식 안내");
    expect(text.join("\n")).toContain("복지정책과 담당 사업 5개");
    expect(text).toContain("제출 기한: 2024. 10. 31.");
    expect(text).toContain("제출처: 주민생활복지과 복지기획팀");
    expect(text).toContain("만든 날: 2024-10-01");
    expect(text.join("\n")).toMatch(/○\(예\) 또는 ×\(아니오\)/);
    expect(text.join("\n")).toMatch(/백만원/);
  });

  it("leaves the add-in's own sheets out and turns formulas on the plan sheet into their values", async () => {
    const workbook = await load(masterBytes);
    const plan = readPlan(gridFromWorkbook(workbook));
    const sheet = workbook.getWorksheet(plan.sheet)!;
    const housing = plan.projects.find((p) => p.id === "I-1-6")!;
    const b26 = housing.budgets.find((b) => b.year === 2026)!.ref;
    const b25 = housing.budgets.find((b) => b.year === 2025)!.ref;
    cell(sheet, b26).value = { formula: `${String.fromCharCode(65 + b25.col)}${b25.row + 1}*1`, result: 450 } as never;
    for (const name of ["수정이력", "검증결과", "PlanCheckStore"]) workbook.addWorksheet(name).getCell("A1").value = "x";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const out = await splitWorkbook(bytes);
    const w = out.workbooks.find((x) => x.department === "주택과")!;
    const grid: Grid = await readWorkbookBuffer(w.bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual([GUIDE_SHEET, "총괄표", "관리체계", "PlanCheckStore"]);
    // The master's store is not carried over: the department's holds the split's record alone.
    expect(grid.sheets.find((s) => s.name === "PlanCheckStore")!.values.map((line) => line[0])).toEqual(["split"]);
    const sub = readPlan(grid);
    const moved = sub.projects.find((p) => p.id === "I-1-6")!.budgets.find((b) => b.year === 2026)!;
    expect(moved.raw).toBe(450);
    expect(moved.formula).toBeNull();
  });
});
