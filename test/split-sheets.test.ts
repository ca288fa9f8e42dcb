/**
 * 부서별 입력 양식 of a plan spread over several sheets (test/fixtures/layouts/*split*): every plan sheet of a
 * department's workbook holds exactly that department's projects, and a split → one edited target →
 * consolidate round trip changes exactly that cell of the master.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { createDepartmentWorkbooks } from "../src/app/departments";
import { consolidateWorkbooks } from "../src/app/consolidate";
import { readPlan, type Grid, type Plan } from "../src/engine";
import { readWorkbookBuffer } from "../src/xlsx/readGrid";
import { xlsxWorkbookFiles } from "../src/xlsx/workbookFiles";

const LAYOUTS = path.join(__dirname, "fixtures/layouts");
const NOW = new Date(2024, 9, 1, 9, 30, 0);
jest.setTimeout(120_000);

const key = (text: string) => text.replace(/\s+/g, "");
/** Project names per sheet of the plan table, sorted. */
function namesBySheet(plan: Plan, department: string | null): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of plan.projects) {
    if (department !== null && key(p.department?.raw ?? "") !== key(department)) continue;
    (out[p.nameCell.ref.sheet] ??= []).push(p.name);
  }
  for (const names of Object.values(out)) names.sort();
  return out;
}

// (5th-split-parts, the other plan over several sheets, names no 담당부서: it cannot be split.)
describe.each(["6th-split-sheets", "6th-latin-dots-split-thousand"])("split of %s", (name) => {
  it("keeps on every plan sheet exactly the department's projects", async () => {
    const bytes = new Uint8Array(await fs.readFile(path.join(LAYOUTS, `${name}.xlsx`)));
    const master = readPlan(await readWorkbookBuffer(bytes));
    const tableSheets = Object.keys(namesBySheet(master, null));
    expect(tableSheets.length).toBeGreaterThan(1);
    const { files } = await createDepartmentWorkbooks(xlsxWorkbookFiles, bytes);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const plan = readPlan(await readWorkbookBuffer(file.bytes));
      const expected = namesBySheet(master, file.department);
      const actual = namesBySheet(plan, null);
      expect({ file: file.name, projects: actual }).toEqual({ file: file.name, projects: expected });
      // The department's workbook still has every plan sheet, one without its projects included.
      const sheets = (await readWorkbookBuffer(file.bytes)).sheets.map((s) => s.name);
      for (const sheet of master.sheets) expect(sheets).toContain(sheet);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
      // The 안내 sheet names the sheets to fill in (its sentence after the plan's title): those holding the department's projects.
      const about = String(workbook.getWorksheet("안내")!.getCell(3, 1).value);
      const fillIn = about.slice(about.lastIndexOf("시트 "));
      for (const sheet of tableSheets) expect([sheet, fillIn.includes(`「${sheet}」`)]).toEqual([sheet, sheet in expected]);

      // Every sheet of the table is protected; each of the department's flag cells, whatever its sheet, has its ○/× list.
      const protectedSheet = (name: string) => !!(workbook.getWorksheet(name) as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
      for (const sheet of tableSheets) expect([sheet, protectedSheet(sheet)]).toEqual([sheet, true]);
      for (const project of plan.projects) {
        for (const flag of Object.values(project.flags)) {
          if (!flag || flag.from === "name") continue;
          const cell = workbook.getWorksheet(flag.ref.sheet)!.getCell(flag.ref.row + 1, flag.ref.col + 1);
          expect([flag.ref.sheet, flag.ref.row, flag.ref.col, (cell.isMerged ? cell.master : cell).dataValidation?.type]).toEqual([flag.ref.sheet, flag.ref.row, flag.ref.col, "list"]);
        }
      }
    }
  });
});

function cellsOf(grid: Grid, sheets: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of grid.sheets) {
    if (!sheets.includes(sheet.name)) continue;
    sheet.values.forEach((line, r) => line?.forEach((v, c) => v !== null && v !== undefined && v !== "" && out.set(`${sheet.name}!${r},${c}`, JSON.stringify(v))));
  }
  return out;
}

it("round trip on a plan over several sheets: one target edited on a later sheet changes exactly that master cell", async () => {
  const bytes = new Uint8Array(await fs.readFile(path.join(LAYOUTS, "6th-split-sheets.xlsx")));
  const masterGrid = await readWorkbookBuffer(bytes);
  const master = readPlan(masterGrid);
  // A project on a sheet after the first, with a department and a target.
  const project = master.projects.find((p) => p.nameCell.ref.sheet !== master.sheet && p.department && p.indicators.some((i) => i.targets.length > 0))!;
  expect(project).toBeDefined();
  const { files } = await createDepartmentWorkbooks(xlsxWorkbookFiles, bytes);
  const file = files.find((f) => key(f.department) === key(project.department!.raw))!;

  const dept = readPlan(await readWorkbookBuffer(file.bytes));
  const mine = dept.projects.find((p) => p.name === project.name)!;
  const indicator = mine.indicators.find((i) => i.targets.length > 0)!;
  const target = indicator.targets[indicator.targets.length - 1];
  const edited = `999${target.raw.replace(/[\d,.]/g, "")}`;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  workbook.getWorksheet(target.ref.sheet)!.getCell(target.ref.row + 1, target.ref.col + 1).value = edited;
  const editedBytes = new Uint8Array(await workbook.xlsx.writeBuffer());

  const run = await consolidateWorkbooks(xlsxWorkbookFiles, bytes, [{ name: file.name, bytes: editedBytes }], { now: NOW });
  expect(run.result.conflicts).toEqual([]);
  // The rows split dropped on the later sheets are no edits of the department's.
  expect(run.result.unattributed ?? []).toEqual([]);
  expect(run.result.applied.map((a) => [a.projectId, a.field, a.year, a.before, a.after])).toEqual([[project.id, "target", target.year, target.raw, edited]]);

  const before = cellsOf(masterGrid, master.sheets);
  const after = cellsOf(await readWorkbookBuffer(run.bytes), master.sheets);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
  const masterTarget = project.indicators.flatMap((i) => i.targets).find((t) => t.raw === target.raw && t.year === target.year)!;
  expect(changed).toEqual([`${masterTarget.ref.sheet}!${masterTarget.ref.row},${masterTarget.ref.col}`]);
});
