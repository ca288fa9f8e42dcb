/**
 * 부서 취합 into an open workbook (the pane's path, here through the ExcelJS port) when the workbook already
 * has a sheet named 수정이력 that is the user's own (a revision log kept by hand, no add-in marker): the
 * consolidation must stop before writing anything, never leave the plan changed without its log rows, its
 * seal and its undo.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { readPlan, toA1, type Grid } from "../engine";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { xlsxWorkbookFiles } from "../xlsx/workbookFiles";
import { consolidateIntoPort, describeConflict, guideDepartment, undoConsolidation, type DepartmentFileBytes } from "./consolidate";
import { readWorkbookBuffer } from "../xlsx/readGrid";
import { createDepartmentWorkbooks } from "./departments";
import { SheetNotOwnedError, SHEETS } from "./port";

const MASTER = path.join(__dirname, "../../test/fixtures/layouts/department-column.xlsx");
const NOW = new Date(2024, 9, 1, 9, 30, 0);

/** Every value and formula of every sheet, keyed "sheet!row,col". */
function cells(grid: Grid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of grid.sheets) {
    sheet.values.forEach((row, r) => row.forEach((value, c) => value !== null && (out[`${sheet.name}!${r},${c}`] = value)));
    sheet.formulas?.forEach((row, r) => row.forEach((formula, c) => formula && (out[`${sheet.name}!${r},${c}=`] = formula)));
  }
  return out;
}

let masterBytes: Uint8Array;
let edited: DepartmentFileBytes;

beforeAll(async () => {
  masterBytes = new Uint8Array(await fs.readFile(MASTER));
  // One department's form with one target raised.
  const { files } = await createDepartmentWorkbooks(xlsxWorkbookFiles, masterBytes);
  const own = files[0];
  const port = await ExcelJsWorkbookPort.fromBuffer(own.bytes);
  const plan = readPlan(await port.readGrid());
  const target = plan.projects[0].indicators[0].targets.find((t) => t.year === 2025)!.ref;
  port.workbook.getWorksheet(target.sheet)!.getCell(target.row + 1, target.col + 1).value = "999명";
  edited = { name: own.name, bytes: await port.toBuffer() };
}, 60_000);

/** The master with the user's own 수정이력: a header and a row written by hand, no marker. */
async function masterWithOwnLog(): Promise<ExcelJsWorkbookPort> {
  const port = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
  const log = port.workbook.addWorksheet(SHEETS.revisionLog);
  log.addRow(["일자", "사업명", "내용", "담당"]);
  log.addRow(["2024-03-02", "노인맞춤돌봄", "목표 수정", "홍길동"]);
  return port;
}

describe("부서 취합 into a workbook whose 수정이력 is the user's own", () => {
  it("is refused before anything is written: the plan keeps every value, the user's sheet and the store are untouched", async () => {
    const port = await masterWithOwnLog();
    const before = cells(await port.readGrid());
    await expect(consolidateIntoPort(xlsxWorkbookFiles, port, [edited], { now: NOW })).rejects.toEqual(
      expect.objectContaining({ name: "SheetNotOwnedError", sheet: SHEETS.revisionLog }),
    );
    expect(cells(await port.readGrid())).toEqual(before);
    expect(await port.readStore()).toEqual({});
  });

  it("the same files into the master without that sheet apply the change (the refusal is the sheet's alone)", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    const run = await consolidateIntoPort(xlsxWorkbookFiles, port, [edited], { now: NOW });
    expect(run.result.applied.map((c) => c.after)).toEqual(["999명"]);
  });

  it("an undo is refused before anything is written when 수정이력 has become the user's since", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    const run = await consolidateIntoPort(xlsxWorkbookFiles, port, [edited], { now: NOW });
    // The add-in's log renamed, and a sheet of the user's own put in its place.
    port.workbook.getWorksheet(SHEETS.revisionLog)!.name = "수정이력(보관)";
    port.workbook.addWorksheet(SHEETS.revisionLog).addRow(["메모"]);
    const before = cells(await port.readGrid());
    const store = await port.readStore();
    await expect(undoConsolidation(port, run.undo!, { now: NOW })).rejects.toBeInstanceOf(SheetNotOwnedError);
    expect(cells(await port.readGrid())).toEqual(before);
    expect(await port.readStore()).toEqual(store);
  });
});

describe("부서 취합 into a workbook with a sheet of the user's own named PlanCheckStore", () => {
  /** A sheet of the store's name that is the user's: visible (as Excel's UI makes one), or very hidden holding rows the add-in never writes. */
  const own: [string, "visible" | "veryHidden"][] = [
    ["visible", "visible"],
    ["very hidden, with rows the add-in never writes", "veryHidden"],
  ];
  function addOwnStore(port: ExcelJsWorkbookPort, state: "visible" | "veryHidden") {
    const sheet = port.workbook.addWorksheet(SHEETS.store);
    sheet.addRow(["우리 부서 메모", "취합 전 확인"]);
    sheet.addRow([null, "2024-03-02"]);
    sheet.state = state;
    return sheet;
  }

  it.each(own)("is refused before anything is written (%s): the plan keeps every value, no 수정이력, the user's sheet untouched", async (_, state) => {
    const port = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    const mine = addOwnStore(port, state);
    const before = cells(await port.readGrid());
    const kept = JSON.stringify(mine.getSheetValues());
    await expect(consolidateIntoPort(xlsxWorkbookFiles, port, [edited], { now: NOW })).rejects.toEqual(expect.objectContaining({ name: "SheetNotOwnedError", sheet: SHEETS.store }));
    expect(cells(await port.readGrid())).toEqual(before);
    expect(port.workbook.getWorksheet(SHEETS.revisionLog)).toBeUndefined();
    expect(JSON.stringify(mine.getSheetValues())).toBe(kept);
  });

  it("an undo is refused before anything is written when the store has become the user's since", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    const run = await consolidateIntoPort(xlsxWorkbookFiles, port, [edited], { now: NOW });
    port.workbook.removeWorksheet(port.workbook.getWorksheet(SHEETS.store)!.id);
    addOwnStore(port, "visible");
    const before = cells(await port.readGrid());
    await expect(undoConsolidation(port, run.undo!, { now: NOW })).rejects.toEqual(expect.objectContaining({ name: "SheetNotOwnedError", sheet: SHEETS.store }));
    expect(cells(await port.readGrid())).toEqual(before);
  });

  it("a consolidation that applies nothing writes nothing, so it is not refused", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    addOwnStore(port, "visible");
    const run = await consolidateIntoPort(xlsxWorkbookFiles, port, [], { now: NOW });
    expect(run.result.applied).toEqual([]);
  });
});

describe("a master with a sheet of its own named 안내", () => {
  it("split names the form's guide 안내2; consolidating reads it as the guide, not as ten edits outside any project", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    port.workbook.addWorksheet("안내").addRow(["우리 구 작성 안내"]);
    const master = await port.toBuffer();
    const { files } = await createDepartmentWorkbooks(xlsxWorkbookFiles, master);
    const form = files[0];
    const grid = await readWorkbookBuffer(form.bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["안내", "안내2"]));
    expect(guideDepartment(grid)).toBe(form.department);

    const run = await consolidateIntoPort(xlsxWorkbookFiles, await ExcelJsWorkbookPort.fromBuffer(master), [{ name: form.name, bytes: form.bytes }], { now: NOW });
    expect(run.result.unattributed).toEqual([]);
    expect(run.result.conflicts).toEqual([]);
  });
});

describe("an edit in a project's row that the project diff does not read", () => {
  it("a 6기 department's 제3차 연계성 changed is listed as an edit outside what consolidation applies, not dropped without a word", async () => {
    const gaon = new Uint8Array(await fs.readFile(path.join(__dirname, "../../assets/samples/gaon-6th-plan.xlsx")));
    const { files } = await createDepartmentWorkbooks(xlsxWorkbookFiles, gaon);
    const form = files[0];
    const port = await ExcelJsWorkbookPort.fromBuffer(form.bytes);
    const plan = readPlan(await port.readGrid());
    const project = plan.projects[0];
    const link = plan.columns.find((c) => c.role === "link")!;
    const cell = port.workbook.getWorksheet(project.nameCell.ref.sheet)!.getCell(project.firstRow + 1, link.col + 1);
    const before = String(cell.value);
    cell.value = "②";
    const run = await consolidateIntoPort(xlsxWorkbookFiles, await ExcelJsWorkbookPort.fromBuffer(gaon), [{ name: form.name, bytes: await port.toBuffer() }], { now: NOW });
    expect(run.result.applied).toEqual([]);
    expect(run.result.unattributed).toEqual([{ file: form.name, ref: { sheet: project.nameCell.ref.sheet, row: project.firstRow, col: link.col }, value: "②", before }]);
  });
});

describe("a formula in the master's project-name or flag cell", () => {
  it("is never written over: the department's rename and flag are named as not applied (masterFormula, the cell), the formulas kept", async () => {
    // The department renames its first project and turns its 중점 flag over, in the form split made.
    const { files } = await createDepartmentWorkbooks(xlsxWorkbookFiles, masterBytes);
    const form = files[0];
    const department = await ExcelJsWorkbookPort.fromBuffer(form.bytes);
    const own = readPlan(await department.readGrid()).projects[0];
    const at = (p: ExcelJsWorkbookPort, ref: { sheet: string; row: number; col: number }) => {
      const cell = p.workbook.getWorksheet(ref.sheet)!.getCell(ref.row + 1, ref.col + 1);
      return cell.isMerged ? cell.master : cell;
    };
    const flipped = own.flags.key!.state === "yes" ? "×" : "○";
    at(department, own.nameCell.ref).value = `${own.name} 확대`;
    at(department, own.flags.key!.ref).value = flipped;
    const file = { name: form.name, bytes: await department.toBuffer() };

    // The master computes that project's name and flag by formulas (results saved with them).
    const port = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    const project = readPlan(await port.readGrid()).projects.find((p) => p.name === own.name)!;
    const nameFormula = `"${project.name}"`;
    const flagFormula = `IF(TRUE,"${project.flags.key!.raw}","")`;
    at(port, project.nameCell.ref).value = { formula: nameFormula, result: project.name } as never;
    at(port, project.flags.key!.ref).value = { formula: flagFormula, result: project.flags.key!.raw } as never;

    const run = await consolidateIntoPort(xlsxWorkbookFiles, port, [file], { now: NOW });
    expect(run.result.applied).toEqual([]);
    expect(run.undo).toBeNull();
    expect(run.result.conflicts.map((c) => [c.kind, c.field, c.detail, c.ref])).toEqual(
      expect.arrayContaining([
        ["unsupportedChange", "name", "masterFormula", project.nameCell.ref],
        ["unsupportedChange", "flag.key", "masterFormula", project.flags.key!.ref],
      ]),
    );
    const after = await port.readGrid();
    const formulaOf = (ref: { sheet: string; row: number; col: number }) => after.sheets.find((s) => s.name === ref.sheet)!.formulas?.[ref.row]?.[ref.col];
    expect([formulaOf(project.nameCell.ref), formulaOf(project.flags.key!.ref)]).toEqual([`=${nameFormula}`, `=${flagFormula}`]);
    // The report names the master's cell, in Korean and English.
    const name = run.result.conflicts.find((c) => c.field === "name")!;
    const a1 = `${project.nameCell.ref.sheet}!${toA1(project.nameCell.ref.row, project.nameCell.ref.col)}`;
    expect(describeConflict(name, "ko")).toContain(`총괄표의 ${a1} 셀은 수식이라`);
    expect(describeConflict(name, "en")).toContain(`the master's cell ${a1} holds a formula`);
  });
});
