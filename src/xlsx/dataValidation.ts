/** In-cell input rules (Excel data validation) written with ExcelJS: 입력 규칙 적용 and department workbooks. */
import type * as ExcelJS from "exceljs";
import { FLAG_LIST, type CellRule } from "../app/port";
import type { CellRef } from "../engine";

/** The cell that holds what (row, col) shows: the top-left of its merged block. */
export function masterCell(sheet: ExcelJS.Worksheet, ref: CellRef): ExcelJS.Cell {
  const cell = sheet.getCell(ref.row + 1, ref.col + 1);
  return cell.isMerged ? cell.master : cell;
}

/** Data validation on each rule's cell (the top-left of a merged block); the rest of the sheet untouched. */
export function applyCellRules(sheet: ExcelJS.Worksheet, rules: readonly CellRule[]): void {
  for (const rule of rules) {
    if (rule.ref.sheet !== sheet.name) continue;
    const validation: ExcelJS.DataValidation =
      rule.kind === "flag"
        ? { type: "list", allowBlank: true, formulae: [`"${FLAG_LIST}"`], errorStyle: "stop" }
        : rule.kind === "stage"
          ? { type: "list", allowBlank: true, formulae: [`"${(rule.list ?? []).join(",")}"`], errorStyle: "warning" }
          : { type: "decimal", operator: "greaterThanOrEqual", allowBlank: true, formulae: [0], errorStyle: "warning" };
    masterCell(sheet, rule.ref).dataValidation = { ...validation, showInputMessage: true, showErrorMessage: true, ...rule.texts };
  }
}

