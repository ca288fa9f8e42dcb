/**
 * 입력 규칙 적용 inside Excel: Range.dataValidation (ExcelApi 1.8) — the ○/× list on flags (stop on
 * anything else), a decimal ≥ 0 on budgets (a warning, so '-' for "no budget" can stay), the stage words
 * on a milestone 실적 (a warning) — with the input message and error texts. Values are never touched.
 *
 * One rule per run of consecutive rows of one column with the same rule, not one per cell: a 5,000-row
 * plan's flag and budget columns are a few hundred ranges instead of tens of thousands of cells (per cell
 * the request passed Excel on the web's 5 MB at about 430 projects). Runs are sent in requests sized by
 * bytes (the texts counted as JSON), one sync each — one for any plan of ordinary size.
 */
import { FLAG_LIST, type CellRule } from "../app/port";
import { groupBySize } from "./cells";
import { DEFAULT_ADAPTER_OPTIONS, sheetLookup, type AdapterOptions } from "./context";

export interface RuleRun {
  rule: CellRule;
  rowCount: number;
}

/** Rules → runs: consecutive rows of one sheet and column with the same kind and texts. */
export function ruleRuns(rules: readonly CellRule[]): RuleRun[] {
  const sameRule = (a: CellRule, b: CellRule) => a.kind === b.kind && JSON.stringify([a.texts, a.list]) === JSON.stringify([b.texts, b.list]);
  const sorted = [...rules].sort(
    (a, b) => (a.ref.sheet < b.ref.sheet ? -1 : a.ref.sheet > b.ref.sheet ? 1 : 0) || a.ref.col - b.ref.col || a.ref.row - b.ref.row,
  );
  const runs: RuleRun[] = [];
  for (const rule of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.rule.ref.sheet === rule.ref.sheet && last.rule.ref.col === rule.ref.col && last.rule.ref.row + last.rowCount === rule.ref.row && sameRule(last.rule, rule)) {
      last.rowCount++;
    } else if (!(last && last.rule.ref.sheet === rule.ref.sheet && last.rule.ref.col === rule.ref.col && rule.ref.row < last.rule.ref.row + last.rowCount)) {
      runs.push({ rule, rowCount: 1 }); // (a repeated cell stays in its run)
    }
  }
  return runs;
}

/** A run's share of a request: the object paths and actions (about 600 bytes) and its texts as JSON. */
function runBytes(run: RuleRun): number {
  return 800 + 2 * Buffer.byteLength(JSON.stringify(run.rule.texts), "utf8");
}

export async function setCellRules(
  context: Excel.RequestContext,
  rules: readonly CellRule[],
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
): Promise<void> {
  const sheet = sheetLookup(context);
  for (const group of groupBySize(ruleRuns(rules), runBytes, options.requestBytesPerSync)) {
    for (const { rule, rowCount } of group) {
      const validation = sheet(rule.ref.sheet).getRangeByIndexes(rule.ref.row, rule.ref.col, rowCount, 1).dataValidation;
      validation.clear();
      validation.rule =
        rule.kind === "flag"
          ? { list: { inCellDropDown: true, source: FLAG_LIST } }
          : rule.kind === "stage"
            ? { list: { inCellDropDown: true, source: (rule.list ?? []).join(",") } }
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
