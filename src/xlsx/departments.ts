/**
 * 부서별 입력 양식 and 입력 규칙 with ExcelJS (Node and the browser; no `fs`).
 *
 * splitByDepartment / splitWorkbook: for each 담당부서 of the master, a copy of the master workbook in
 * which the plan sheet keeps only that department's projects (src/engine/consolidate/split.ts decides
 * which rows go), with
 * - a ○/× list rule on the department's flag cells and a "decimal ≥ 0" rule on its budget cells, each
 *   with a Korean input message (applyCellRules);
 * - every cell locked except the department's flags, budgets, indicator names and targets, and the plan
 *   sheet protected without a password (a department that must add a row for a new project can lift it
 *   under Review > Unprotect Sheet; the 안내 sheet says so);
 * - a first sheet 안내 saying what to fill in and by when;
 * - the add-in's own sheets (검증결과, 요약_*, 수정이력, the store) removed: they describe the whole plan.
 *
 * How rows are deleted. ExcelJS's spliceRows moves values but leaves merged areas, data validations and
 * page breaks where they were (and costs a full shift per deleted block). So: every merge of the plan
 * sheet is noted and undone, kept rows are moved up in one pass (values, styles, heights, notes), the
 * merges are put back shifted (a merge losing its top row keeps its text on its first kept row),
 * validations and page breaks are moved the same way. Formulas on the plan sheet become their cached
 * values first: ExcelJS does not rewrite references when rows move, and a department's form needs none.
 */
import type * as ExcelJS from "exceljs";
import { FLAG_LIST, type CellRule } from "../app/port";
import { applyCellRules, masterCell } from "./dataValidation";
import { isGeneratedSheet, readPlan, type CellRef, type Plan } from "../engine";
import { toA1 } from "../engine/a1";
import { keptRowMap, planDepartmentSplit, shiftRef, type DepartmentSplit } from "../engine/consolidate/split";
import type { InputRule } from "../engine/consolidate/inputRules";
import type { Lang } from "../i18n";
import { departmentText, inputRuleTexts } from "../i18n/departments";
import { readPageBreaks, restorePageBreaks } from "./applyChanges";
import { setOwnStyle } from "./fills";
import { gridFromWorkbook, loadWorkbookBuffer } from "./readGrid";
import { isTabSelected, patchSheetView } from "./writeSheet";

export { FLAG_LIST, applyCellRules };
export const GUIDE_SHEET = "안내";


export interface SplitOptions {
  /** Language of the 안내 sheet and the rule messages (default Korean). */
  lang?: Lang;
  /** 제출 기한 written on the 안내 sheet (default a blank to fill in: "____년 __월 __일"). */
  deadline?: string;
  /** 제출처: who collects the workbooks (e.g. "주민생활복지과 복지기획팀"); left out when absent. */
  coordinator?: string;
  /** The plan's title on the 안내 sheet (default: the plan sheet's name). */
  planTitle?: string;
  /** "만든 날" on the 안내 sheet (default now). */
  now?: Date;
}

export interface DepartmentWorkbook {
  department: string;
  /** "<담당부서>.xlsx" (characters a file name cannot hold replaced by "_"). */
  fileName: string;
  projectIds: string[];
  bytes: Uint8Array;
}

export interface SplitResult {
  plan: Plan;
  workbooks: DepartmentWorkbook[];
  /** Master projects without a 담당부서 (in no workbook). */
  unassigned: string[];
}

type Merge = { top: number; left: number; bottom: number; right: number };

/** Department → bytes of its input workbook. Throws PlanReadError when the master has no readable plan. */
export async function splitByDepartment(masterBytes: Uint8Array, options: SplitOptions = {}): Promise<Map<string, Uint8Array>> {
  const { workbooks } = await splitWorkbook(masterBytes, options);
  return new Map(workbooks.map((w) => [w.department, w.bytes]));
}

export async function splitWorkbook(masterBytes: Uint8Array, options: SplitOptions = {}): Promise<SplitResult> {
  const first = await loadWorkbookBuffer(masterBytes, { skipUnusedParts: false });
  const grid = gridFromWorkbook(first);
  const plan = readPlan(grid);
  const split = planDepartmentSplit(plan, grid);
  const breaks = await readPageBreaks(masterBytes);

  const workbooks: DepartmentWorkbook[] = [];
  for (let i = 0; i < split.departments.length; i++) {
    const department = split.departments[i];
    // A fresh copy per department (the first load serves the first department).
    const workbook = i === 0 ? first : await loadWorkbookBuffer(masterBytes, { skipUnusedParts: false });
    buildDepartmentWorkbook(workbook, plan, department, options);
    restorePageBreaks(workbook, breaks, { sheet: plan.sheet, map: keptRowMap(department.deleteRows) });
    workbooks.push({
      department: department.department,
      fileName: department.fileName,
      projectIds: department.projectIds,
      bytes: new Uint8Array(await workbook.xlsx.writeBuffer()),
    });
  }
  return { plan, workbooks, unassigned: split.unassigned };
}

/** Turns a loaded copy of the master into `department`'s input workbook (in place). */
export function buildDepartmentWorkbook(workbook: ExcelJS.Workbook, plan: Plan, department: DepartmentSplit, options: SplitOptions = {}): void {
  const lang = options.lang ?? "ko";
  for (const sheet of [...workbook.worksheets]) {
    if (isGeneratedSheet(sheet.name)) workbook.removeWorksheet(sheet.id);
  }
  const sheet = workbook.getWorksheet(plan.sheet);
  if (!sheet) throw new Error(`The workbook has no sheet named "${plan.sheet}".`);

  const map = keptRowMap(department.deleteRows);
  if (department.deleteRows.length > 0) deleteRows(workbook, sheet, department.deleteRows, map);

  const move = (ref: CellRef) => shiftRef(ref, map, plan.sheet);
  const rules = department.rules.map((rule) => ({ ...rule, ref: move(rule.ref) })).filter((r): r is InputRule => r.ref !== null);
  applyCellRules(sheet, cellRules(rules, lang));
  for (const ref of department.editable) {
    const moved = move(ref);
    if (!moved) continue;
    const cell = masterCell(sheet, moved);
    // A style object of its own: ExcelJS shares one between the cells of a style.
    setOwnStyle(cell, { protection: { ...(cell.protection ?? {}), locked: false } });
  }
  // No password: protection guards against slips, not people. Column widths and row heights stay adjustable.
  void sheet.protect("", { formatColumns: true, formatRows: true });

  addGuideSheet(workbook, plan, department, options);
}

/**
 * Data-validation rules on cells of `sheet`: "flag" → a list "○,×" (stop on anything else), "budget" →
 * a decimal ≥ 0 (a warning that still lets '-' stand for a year without budget). Each with a Korean
 * (or English) input message. The ExcelJS side of a WorkbookPort `setDataValidation` method.
 */
/** The engine's input rules with their texts in `lang`. */
export function cellRules(rules: readonly InputRule[], lang: Lang): CellRule[] {
  return rules.map((rule) => ({ ...rule, texts: inputRuleTexts(rule.kind, lang) }));
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

function dateText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function addGuideSheet(workbook: ExcelJS.Workbook, plan: Plan, department: DepartmentSplit, options: SplitOptions): void {
  const lang = options.lang ?? "ko";
  const t = (key: Parameters<typeof departmentText>[0], data?: Record<string, string | number>) => departmentText(key, lang, data);
  let name = GUIDE_SHEET;
  for (let n = 2; workbook.worksheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); n++) name = `${GUIDE_SHEET}${n}`;
  const guide = workbook.addWorksheet(name) as ExcelJS.Worksheet & { orderNo: number };

  const lines: { text: string; bold?: boolean; size?: number }[] = [
    { text: t("guide.title", { department: department.department }), bold: true, size: 14 },
    { text: "" },
    { text: t("guide.about", { plan: options.planTitle ?? plan.sheet, department: department.department, projects: department.projectIds.length, sheet: plan.sheet }) },
    { text: t("guide.what") },
    { text: t("guide.flags") },
    { text: t("guide.budgets") },
    { text: t("guide.targets") },
    { text: t("guide.names") },
    { text: t("guide.new") },
    { text: "" },
    { text: t("guide.deadline", { deadline: options.deadline?.trim() || t("guide.deadline.blank") }), bold: true },
  ];
  if (options.coordinator?.trim()) lines.push({ text: t("guide.coordinator", { coordinator: options.coordinator.trim() }), bold: true });
  lines.push({ text: t("guide.made", { date: dateText(options.now ?? new Date()) }) });

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
