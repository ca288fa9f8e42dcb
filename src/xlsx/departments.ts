/**
 * 부서별 입력 양식 written with ExcelJS (Node and the browser; no `fs`): the master opened once, and for
 * each department a copy of it turned into the department's form as decided by the engine
 * (src/engine/consolidate/split.ts) and worded by the use case (src/app/departments.ts):
 * - the add-in's own sheets (검증결과, 요약_*, 수정이력, the store) removed: they describe the whole plan;
 * - the form's rows deleted from each sheet of the plan table;
 * - its input rules set (applyCellRules) and its editable cells unlocked, the table's sheets protected
 *   without a password (a department that must add a row for a new project can lift it under
 *   Review > Unprotect Sheet; the 안내 sheet says so);
 * - a first sheet 안내 with the given lines.
 *
 * How rows are deleted. ExcelJS's spliceRows moves values but leaves merged areas, data validations and
 * page breaks where they were (and costs a full shift per deleted block). So: every merge of the plan
 * sheet is noted and undone, kept rows are moved up in one pass (values, styles, heights, notes), the
 * merges are put back shifted (a merge losing its top row keeps its text on its first kept row),
 * validations and page breaks are moved the same way. Formulas on the plan sheet become their cached
 * values first: ExcelJS does not rewrite references when rows move, and a department's form needs none.
 */
import type * as ExcelJS from "exceljs";
import { storeToRows, TEXT_FORMAT } from "../app/conventions";
import { SHEETS, type DepartmentForm, type DepartmentFormWriter } from "../app/port";
import { isGeneratedSheet } from "../engine";
import { toA1 } from "../engine/a1";
import { keptRowMap } from "../engine/consolidate/split";
import { readPageBreaks, restorePageBreaks, type SheetBreaks } from "./pageBreaks";
import { applyCellRules, masterCell } from "./dataValidation";
import { setOwnStyle } from "./fills";
import { gridFromWorkbook, loadWorkbookBuffer } from "./readGrid";
import { isTabSelected, patchSheetView } from "./writeSheet";

type Merge = { top: number; left: number; bottom: number; right: number };

/** The master's bytes opened to write department forms from. Fails with PlanReadError when they are no workbook. */
export async function openDepartmentForms(masterBytes: Uint8Array): Promise<DepartmentFormWriter> {
  // The first load is read for the grid and then serves the first form; every later form loads a fresh copy.
  let unused: ExcelJS.Workbook | null = await loadWorkbookBuffer(masterBytes, { skipUnusedParts: false });
  let breaks: Map<string, SheetBreaks> | null = null;
  return {
    grid: gridFromWorkbook(unused),
    async write(form: DepartmentForm): Promise<Uint8Array> {
      const workbook = unused ?? (await loadWorkbookBuffer(masterBytes, { skipUnusedParts: false }));
      unused = null;
      breaks ??= await readPageBreaks(masterBytes);
      buildDepartmentWorkbook(workbook, form);
      restorePageBreaks(workbook, breaks, new Map(Object.entries(deletions(form)).map(([sheet, rows]) => [sheet, keptRowMap(rows)])));
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    },
  };
}

/** Turns a loaded copy of the master into a department's form (in place). */
export function buildDepartmentWorkbook(workbook: ExcelJS.Workbook, form: DepartmentForm): void {
  for (const sheet of [...workbook.worksheets]) {
    if (isGeneratedSheet(sheet.name)) workbook.removeWorksheet(sheet.id);
  }
  const sheets: ExcelJS.Worksheet[] = [];
  for (const name of new Set([form.sheet, ...Object.keys(deletions(form))])) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`The workbook has no sheet named "${name}".`);
    sheets.push(sheet);
  }

  for (const sheet of sheets) {
    const rows = deletions(form)[sheet.name] ?? [];
    if (rows.length > 0) deleteRows(workbook, sheet, rows, keptRowMap(rows));
    applyCellRules(sheet, form.rules);
    for (const ref of form.editable) {
      if (ref.sheet !== sheet.name) continue;
      const cell = masterCell(sheet, ref);
      // A style object of its own: ExcelJS shares one between the cells of a style.
      setOwnStyle(cell, { protection: { ...(cell.protection ?? {}), locked: false } });
    }
    // No password: protection guards against slips, not people. Column widths and row heights stay adjustable;
    // cell formatting stays allowed so that 계획 검증 can highlight inside Excel (rows and columns stay locked).
    void sheet.protect("", { formatColumns: true, formatRows: true, formatCells: true });
  }

  addGuideSheet(workbook, form.guide);
  if (form.store && Object.keys(form.store).length > 0) addStore(workbook, form.store);
}

/** The add-in's store as the port writes it (WorkbookPort.writeStore): very hidden, a key a row, values as text. */
function addStore(workbook: ExcelJS.Workbook, entries: Record<string, string>): void {
  const sheet = workbook.addWorksheet(SHEETS.store);
  sheet.state = "veryHidden";
  storeToRows(entries).forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === "" && c > 0) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.style = { numFmt: TEXT_FORMAT };
      cell.value = text;
    }),
  );
}

/** The rows the form drops, per sheet. */
function deletions(form: DepartmentForm): Record<string, number[]> {
  return form.deleteRowsBySheet ?? { [form.sheet]: form.deleteRows };
}

// ---------------------------------------------------------------------------------------------
// Deleting rows with everything that hangs on them

interface RowInternals {
  _rows: (ExcelJS.Row | undefined)[];
  _merges: Record<string, Merge | undefined>;
}

function sheetMerges(sheet: ExcelJS.Worksheet): Merge[] {
  const internal = (sheet as unknown as RowInternals)._merges ?? {};
  return Object.values(internal)
    .filter((m): m is Merge => !!m)
    .map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

/** Deletes zero-based `rows` of `sheet`, moving what is below up; `map` is keptRowMap(rows). */
function deleteRows(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, rows: readonly number[], map: (row: number) => number | null): void {
  const deleted = new Set(rows);
  const kept = (row1: number) => !deleted.has(row1 - 1);

  // Formulas → their cached values (references would not follow the rows).
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === 6 /* ValueType.Formula */) {
        const result = (cell as unknown as { result?: ExcelJS.CellValue }).result;
        cell.value = result === undefined ? null : (result as ExcelJS.CellValue);
      }
    });
  });

  // Merges: noted, undone, and (shifted) redone at the end. A merge losing its top row hands its text down.
  const merges = sheetMerges(sheet);
  for (const merge of merges) sheet.unMergeCells(merge.top, merge.left, merge.bottom, merge.right);
  const redo: Merge[] = [];
  for (const merge of merges) {
    const keptRows: number[] = [];
    for (let r = merge.top; r <= merge.bottom; r++) if (kept(r)) keptRows.push(r);
    if (keptRows.length === 0) continue;
    if (keptRows[0] !== merge.top) {
      const from = sheet.getCell(merge.top, merge.left);
      const to = sheet.getCell(keptRows[0], merge.left);
      to.value = from.value;
      to.style = from.style;
    }
    const top = (map(keptRows[0] - 1) as number) + 1;
    const bottom = (map(keptRows[keptRows.length - 1] - 1) as number) + 1;
    if (top === bottom && merge.left === merge.right) continue;
    redo.push({ top, left: merge.left, bottom, right: merge.right });
  }

  // Data validations keyed by address move with their cells.
  const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations;
  const moved: Record<string, ExcelJS.DataValidation> = {};
  for (const [address, validation] of Object.entries(validations.model)) {
    if (!validation) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) continue; // a range key ExcelJS did not expand: left out rather than misplaced
    const row = map(Number(m[2]) - 1);
    if (row !== null) moved[`${m[1]}${row + 1}`] = validation;
  }
  validations.model = moved;

  // Kept rows move up in one pass.
  const internals = sheet as unknown as RowInternals;
  const last = internals._rows.length;
  for (let r = 1; r <= last; r++) {
    if (!kept(r)) continue;
    const target = (map(r - 1) as number) + 1;
    if (target === r) continue;
    const src = internals._rows[r - 1];
    if (!src) {
      internals._rows[target - 1] = undefined;
      continue;
    }
    const dst = sheet.getRow(target);
    dst.values = src.values as ExcelJS.CellValue[];
    (dst as unknown as { style: unknown }).style = (src as unknown as { style: unknown }).style;
    dst.height = src.height;
    dst.hidden = src.hidden;
    dst.outlineLevel = src.outlineLevel;
    src.eachCell({ includeEmpty: true }, (cell, col) => {
      const to = dst.getCell(col);
      to.style = cell.style;
      if (cell.note) to.note = cell.note;
    });
  }
  const newLast = last - rows.filter((r) => r < last).length;
  internals._rows.length = Math.max(0, newLast);

  // Defined names (print titles, print areas), deleted blocks bottom-up.
  const names = (workbook as unknown as { definedNames?: { spliceRows(sheet: string, start: number, count: number, inserts: number): void } }).definedNames;
  if (names) {
    const blocks: { start: number; count: number }[] = [];
    for (const r of [...rows].sort((a, b) => a - b)) {
      const lastBlock = blocks[blocks.length - 1];
      if (lastBlock && lastBlock.start + lastBlock.count === r + 1) lastBlock.count++;
      else blocks.push({ start: r + 1, count: 1 });
    }
    for (const block of blocks.reverse()) names.spliceRows(sheet.name, block.start, block.count, 0);
  }

  for (const merge of redo) {
    (sheet as unknown as { mergeCellsWithoutStyle(t: number, l: number, b: number, r: number): void }).mergeCellsWithoutStyle(
      merge.top,
      merge.left,
      merge.bottom,
      merge.right,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The 안내 sheet

function addGuideSheet(workbook: ExcelJS.Workbook, form: DepartmentForm["guide"]): void {
  let name = form.name;
  for (let n = 2; workbook.worksheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); n++) name = `${form.name}${n}`;
  const guide = workbook.addWorksheet(name) as ExcelJS.Worksheet & { orderNo: number };
  const lines = form.lines;

  guide.getColumn(1).width = 110;
  lines.forEach((line, i) => {
    const cell = guide.getCell(i + 1, 1);
    if (line.text !== "") cell.value = line.text;
    cell.font = { name: "맑은 고딕", size: line.size ?? 11, bold: !!line.bold };
    cell.alignment = { vertical: "middle", wrapText: true };
  });

  // First tab, and the one that opens.
  const others = workbook.worksheets.filter((s) => s !== guide) as (ExcelJS.Worksheet & { orderNo: number })[];
  others.sort((a, b) => a.orderNo - b.orderNo).forEach((s, i) => (s.orderNo = i + 1));
  guide.orderNo = 0;
  for (const other of others) if (isTabSelected(other)) patchSheetView(other, { tabSelected: false });
  patchSheetView(guide, { tabSelected: true, activeCell: toA1(0, 0) });
  const views = workbook.views && workbook.views.length > 0 ? workbook.views : [{ x: 0, y: 0, width: 12000, height: 24000, visibility: "visible" as const }];
  workbook.views = views.map((view, i) => (i === 0 ? { ...view, activeTab: 0, firstSheet: 0 } : view)) as ExcelJS.WorkbookView[];
}
