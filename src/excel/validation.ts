/**
 * 입력 규칙 적용 inside Excel: Range.dataValidation (ExcelApi 1.8) on each rule's cell — the ○/× list on
 * flags (stop on anything else), a decimal ≥ 0 on budgets (a warning, so '-' for "no budget" can stay) —
 * with the input message and error texts. Values are never touched. One sync per block of cells.
 */
import { FLAG_LIST, type CellRule } from "../app/port";
import { chunks, DEFAULT_ADAPTER_OPTIONS, sheetLookup, type AdapterOptions } from "./context";

export async function setCellRules(
  context: Excel.RequestContext,
  rules: readonly CellRule[],
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
): Promise<void> {
  const sheet = sheetLookup(context);
  for (const part of chunks(rules, options.formatCellsPerSync)) {
    for (const rule of part) {
      const validation = sheet(rule.ref.sheet).getCell(rule.ref.row, rule.ref.col).dataValidation;
      validation.clear();
      validation.rule =
        rule.kind === "flag"
          ? { list: { inCellDropDown: true, source: FLAG_LIST } }
          : { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator } };
      validation.ignoreBlanks = true;
      validation.prompt = { showPrompt: true, title: rule.texts.promptTitle, message: rule.texts.prompt };
      validation.errorAlert = {
        showAlert: true,
        style: (rule.kind === "flag" ? "Stop" : "Warning") as Excel.DataValidationAlertStyle,
        title: rule.texts.errorTitle,
        message: rule.texts.error,
      };
    }
    await context.sync();
  }
}
