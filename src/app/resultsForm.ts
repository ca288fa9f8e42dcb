/**
 * The 시행결과 form for a plan and a year, written once for the pane (a 시행결과_<year> sheet in the open
 * workbook), the CLI (a new workbook) and the department workbooks: every project's indicators with that
 * year's target, and 실적, 달성률 (a formula that respects the indicator's direction), 미달성 사유, 예산, 집행액
 * and 집행률 (a formula). Making it again keeps every value already written in it.
 */
import { readPlan, toA1, type CellRef, type Grid, type Plan } from "../engine";
import { departmentFileName, departmentKey, departmentsOf } from "../engine/consolidate/split";
import { indicatorDirection, STAGE_WORDS, stageOf } from "../engine/results/achievement";
import { resultsSheetName } from "../engine/results/read";
import { achievementOf, resultsReport, type IndicatorOutcome } from "../engine/results/report";
import type { ResultCell } from "../engine/results/types";
import { isUncomputed } from "../engine/rules/vocabulary/places";
import type { Lang } from "../i18n";
import { resultsText } from "../i18n/results";
import { gridSheet, type CellRule, type GeneratedCell, type GeneratedSheet, type SheetConditionalFormat, type WorkbookPort } from "./port";

export const RESULTS_FORM_MARKER = "plan-check:results-form:v1";

/** Zero-based columns of the form (the reader finds them by their headers; tests and rules use these). */
export const FORM_COLS = { id: 0, number: 1, name: 2, department: 3, indicator: 4, target: 5, actual: 6, achievement: 7, reason: 8, budget: 9, spent: 10, executionRate: 11, met: 12 } as const;
/** The header row; data start on the next. */
export const FORM_HEADER_ROW = 1;

const HEADER_FILL = "#D9E2F3";
const INPUT_FILL = "#FFF9E6";
/** A 미달성 사유 cell still to fill: its row's 실적 misses the target. */
export const REASON_NEEDED_FILL = "#F8CBAD";

export interface ResultsForm {
  sheet: GeneratedSheet;
  /** In-cell rules for the input cells (numbers where a number is expected). */
  rules: CellRule[];
  /** The cells a department fills in (실적, 미달성 사유, 집행액): the only ones left open when the form is locked. */
  editable: CellRef[];
  /** The row of each indicator (by id) and of each project's 집행액 (by "spent:" + project id). */
  rowOf: Record<string, number>;
  indicators: number;
  projects: number;
}

export interface ResultsFormOptions {
  /** Only this 담당부서's projects (a department's form). */
  department?: string;
}

/** The number a numeric target holds, for the 달성률 formula; null for stages and '-'. */
function targetNumber(outcome: IndicatorOutcome): number | null {
  return outcome.target?.value.kind === "number" ? outcome.target.value.value : null;
}

export function resultsForm(plan: Plan, year: number, lang: Lang, options: ResultsFormOptions = {}): ResultsForm {
  const t = (key: Parameters<typeof resultsText>[0], data?: Record<string, string | number>) => resultsText(key, lang, data);
  const name = resultsSheetName(year);
  // A 실적, 사유 or 집행액 of this very cell that is a formula (saved with its value or without, or computing empty text):
  // written back as that formula, never replaced by its value or emptied when the form is made again (or gathered into;
  // gathering takes no value over it). Elsewhere the formula would mean other cells: left out.
  const keptFormula = (cell: ResultCell | null | undefined, row: number, col: number, value: GeneratedCell["value"]): GeneratedCell | null =>
    cell && cell.formula && cell.ref.sheet === name && cell.ref.row === row && cell.ref.col === col
      ? { value: isUncomputed(cell) ? null : value, formula: cell.formula, fill: INPUT_FILL }
      : null;
  const report = resultsReport(plan, year);
  const department = (outcomeProject: { department: { raw: string } | null }) => outcomeProject.department?.raw.trim() ?? "";
  const wanted = (p: { department: { raw: string } | null }) =>
    options.department === undefined || departmentKey(department(p)) === departmentKey(options.department);

  const title = options.department ? t("form.titleDepartment", { year, department: options.department }) : t("form.title", { year, sheet: plan.sheet });
  const headers = [
    t("form.col.id"), t("form.col.number"), t("form.col.name"), t("form.col.department"), t("form.col.indicator"),
    t("form.col.target", { year }), t("form.col.actual", { year }), t("form.col.achievement"), t("form.col.reason"),
    t("form.col.budget", { year }), t("form.col.spent"), t("form.col.executionRate"), t("form.col.met"),
  ];
  const metWord = t("status.met");
  const missedWord = t("status.missed");
  const rows: GeneratedCell[][] = [[{ value: title, bold: true }], headers.map((value) => ({ value, bold: true, fill: HEADER_FILL, wrap: true }))];
  const rules: CellRule[] = [];
  const editable: CellRef[] = [];
  const rowOf: Record<string, number> = {};
  const budgets = new Map(report.budgets.map((b) => [b.project.id, b]));
  let indicatorCount = 0;
  let projectCount = 0;

  const byProject = new Map<string, IndicatorOutcome[]>();
  for (const outcome of report.indicators) byProject.set(outcome.project.id, [...(byProject.get(outcome.project.id) ?? []), outcome]);

  for (const project of plan.projects) {
    if (!wanted(project)) continue;
    projectCount++;
    const outcomes = byProject.get(project.id) ?? [];
    const budget = budgets.get(project.id);
    const lines: (IndicatorOutcome | null)[] = outcomes.length > 0 ? outcomes : [null];
    lines.forEach((outcome, i) => {
      const row = rows.length;
      const a1 = (col: number) => toA1(row, col);
      const first = i === 0;
      let metCell: GeneratedCell = { value: null };
      const cells: GeneratedCell[] = [
        { value: project.id },
        { value: first ? (project.numberCell?.raw ?? "") : "" },
        { value: project.name, wrap: true },
        { value: department(project) },
        { value: outcome?.name ?? "", wrap: true },
        { value: outcome?.target && outcome.target.raw !== "" ? outcome.target.raw : t("form.noTarget") },
      ];
      if (outcome) {
        indicatorCount++;
        rowOf[outcome.indicator.id] = row;
        const result = outcome.result;
        const actualValue = result?.actual?.raw ? (result.actual.value.kind === "number" && result.actual.value.unit === "" ? result.actual.value.value : result.actual.raw) : null;
        const goal = targetNumber(outcome);
        const lower = indicatorDirection(plan, outcome.indicator) === "lower";
        const achievement = achievementOf(outcome.evaluation);
        const formula =
          goal === null
            ? undefined
            : lower
              ? `=IF(AND(ISNUMBER(${a1(FORM_COLS.actual)}),${a1(FORM_COLS.actual)}<>0),ROUND(${goal}/${a1(FORM_COLS.actual)}*100,1),"")`
              : goal === 0
                ? undefined
                : `=IF(ISNUMBER(${a1(FORM_COLS.actual)}),ROUND(${a1(FORM_COLS.actual)}/${goal}*100,1),"")`;
        const met = metFormula(a1(FORM_COLS.actual), outcome, lower, metWord, missedWord);
        metCell = met ? { value: outcome.evaluation.status === "met" ? metWord : outcome.evaluation.status === "missed" ? missedWord : "", formula: met } : { value: null };
        cells.push(
          keptFormula(result?.actual ?? result?.blankFormulas?.actual, row, FORM_COLS.actual, actualValue) ?? { value: actualValue, fill: INPUT_FILL },
          formula ? { value: achievement ?? "", formula, numberFormat: "0.0" } : { value: result?.achievement?.raw ?? null },
          { value: result?.reason?.raw ?? null, fill: INPUT_FILL, wrap: true, ...keptFormula(result?.reason ?? result?.blankFormulas?.reason, row, FORM_COLS.reason, result?.reason?.raw ?? null) },
        );
        if (goal !== null) rules.push(actualRule(name, row, outcome, lang));
        else if (outcome.target?.value.kind === "milestone") rules.push(stageRule(name, row, outcome.target.value.label, lang));
        editable.push({ sheet: name, row, col: FORM_COLS.actual }, { sheet: name, row, col: FORM_COLS.reason });
      } else {
        cells.push({ value: null }, { value: null }, { value: null });
      }
      if (first) {
        const spent = budget?.result?.spent;
        const spentValue = spent?.raw ? (spent.value.kind === "number" ? spent.value.value : spent.raw) : null;
        cells.push(
          { value: budget?.budget ?? null, numberFormat: "#,##0.0##" },
          { value: spentValue, fill: INPUT_FILL, numberFormat: "#,##0.0##", ...keptFormula(spent ?? budget?.result?.blankFormulas?.spent, row, FORM_COLS.spent, spentValue) },
          budget?.budget
            ? {
                value: spent?.value.kind === "number" ? (budget.executionRate ?? "") : "",
                formula: `=IF(AND(ISNUMBER(${a1(FORM_COLS.spent)}),ISNUMBER(${a1(FORM_COLS.budget)}),${a1(FORM_COLS.budget)}<>0),ROUND(${a1(FORM_COLS.spent)}/${a1(FORM_COLS.budget)}*100,1),"")`,
                numberFormat: "0.0",
              }
            : { value: null },
        );
        editable.push({ sheet: name, row, col: FORM_COLS.spent });
        rowOf[`spent:${project.id}`] = row;
        rules.push({
          ref: { sheet: name, row, col: FORM_COLS.spent },
          kind: "budget",
          texts: {
            promptTitle: t("rule.spent.promptTitle"),
            prompt: t("rule.spent.prompt", { budget: budget?.budget ?? "-" }),
            errorTitle: t("rule.spent.errorTitle"),
            error: t("rule.spent.error"),
          },
        });
      }
      while (cells.length < FORM_COLS.met) cells.push({ value: null });
      cells.push(metCell);
      rows.push(cells);
    });
  }
  const lastData = rows.length - 1;
  rows.push([]);
  rows.push([{ value: t("form.note"), wrap: false }]);
  return {
    sheet: {
      name,
      marker: RESULTS_FORM_MARKER,
      rows,
      columnWidths: [10, 7, 28, 14, 34, 12, 12, 10, 30, 12, 12, 10, 10],
      freezeRows: FORM_HEADER_ROW + 1,
      // A reason is required where the result is under target: data validation cannot fire on a cell nobody
      // edits, so the 사유 cell is marked while its row's 달성 여부 says missed and it is empty.
      conditionalFormats: lastData > FORM_HEADER_ROW ? [reasonNeeded(FORM_HEADER_ROW + 1, lastData, missedWord)] : [],
    },
    rules,
    editable,
    rowOf,
    indicators: indicatorCount,
    projects: projectCount,
  };
}

/** The 사유 column's mark, for rows top..bottom: 달성 여부 says missed and the 사유 is empty. */
export function reasonNeeded(top: number, bottom: number, missedWord: string): SheetConditionalFormat {
  const row = top + 1;
  const met = `$${toA1(0, FORM_COLS.met).replace(/\d+$/, "")}${row}`;
  const reason = `$${toA1(0, FORM_COLS.reason).replace(/\d+$/, "")}${row}`;
  return { top, left: FORM_COLS.reason, bottom, right: FORM_COLS.reason, formula: `AND(${met}="${missedWord}",LEN(TRIM(${reason}))=0)`, fill: REASON_NEEDED_FILL };
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * 달성 여부 as an Excel formula over the row's 실적 cell, deciding as the checker does (achievement.ts): a
 * number against a numeric target in the indicator's direction; a stage against a milestone target (a word
 * of an earlier failing stage first, then any word of the target's stage or a later one; a target outside
 * the known stages by its text). Empty while nothing is written or the 실적 cannot be compared; null where
 * there is nothing to achieve ('-', '/', no target).
 */
export function metFormula(actual: string, outcome: IndicatorOutcome, lower: boolean, met: string, missed: string): string | null {
  const goal = outcome.target?.value;
  if (!goal) return null;
  if (goal.kind === "number") return `=IF(ISNUMBER(${actual}),IF(${actual}${lower ? "<=" : ">="}${goal.value},${quoted(met)},${quoted(missed)}),"")`;
  if (goal.kind !== "milestone") return null;
  // Nothing to compare: empty, '-' or '/' (nothing reported), or a number against a stage.
  const blank = `OR(ISNUMBER(${actual}),TRIM(${actual})="",TRIM(${actual})="-",TRIM(${actual})="/")`;
  const wanted = stageOf(goal.label);
  if (wanted === null) return `=IF(${blank},"",IF(SUBSTITUTE(${actual}," ","")=${quoted(goal.label.replace(/\s+/g, ""))},${quoted(met)},${quoted(missed)}))`;
  const any = (words: readonly string[]) => `OR(${words.map((w) => `ISNUMBER(SEARCH(${quoted(w)},${actual}))`).join(",")})`;
  const failing = STAGE_WORDS.filter((s) => s.rank < 0).flatMap((s) => s.words);
  const reached = STAGE_WORDS.filter((s) => s.rank >= Math.max(wanted, 0)).flatMap((s) => s.words);
  return `=IF(${blank},"",IF(${any(failing)},${quoted(missed)},IF(${any(reached)},${quoted(met)},${quoted(missed)})))`;
}

/** The stages a milestone 실적 is offered, in order, after the target's own words. */
const STAGE_CHOICES = ["설계", "착공", "공사 진행", "준공", "미착공", "지연"];

/** A stage in a milestone 실적 cell, from a list (a warning: "공사 진행 중 (70%)" is still taken). */
function stageRule(sheet: string, row: number, target: string, lang: Lang): CellRule {
  const own = target.replace(/[,\s]+/g, " ").trim();
  return {
    ref: { sheet, row, col: FORM_COLS.actual },
    kind: "stage",
    list: [...new Set([own, ...STAGE_CHOICES])].filter((w) => w !== ""),
    texts: {
      promptTitle: resultsText("rule.actual.promptTitle", lang),
      prompt: resultsText("rule.stage.prompt", lang, { target }),
      errorTitle: resultsText("rule.actual.errorTitle", lang),
      error: resultsText("rule.stage.error", lang),
    },
  };
}

/** A number ≥ 0 in a numeric 실적 cell (a warning: a district may still write "160명"). */
function actualRule(sheet: string, row: number, outcome: IndicatorOutcome, lang: Lang): CellRule {
  return {
    ref: { sheet, row, col: FORM_COLS.actual },
    kind: "budget",
    texts: {
      promptTitle: resultsText("rule.actual.promptTitle", lang),
      prompt: resultsText("rule.actual.prompt", lang, { target: outcome.target?.raw ?? "" }),
      errorTitle: resultsText("rule.actual.errorTitle", lang),
      error: resultsText("rule.actual.error", lang),
    },
  };
}

/**
 * 시행결과 양식 만들기 in the open workbook: the form replaces an earlier one whole, carrying over every value
 * written in it, with its in-cell rules.
 */
export async function writeResultsForm(port: WorkbookPort, year: number, lang: Lang): Promise<ResultsForm> {
  const grid = await port.readGrid();
  const form = resultsForm(readPlan(grid), year, lang);
  await replaceFormAsRead(port, form.sheet, grid);
  await port.setDataValidation(form.rules);
  return form;
}

/**
 * The form replaced only while it holds what `read` found of it, where the user may type meanwhile (inside
 * Excel: SheetChangedError, nothing written, rather than a typed value lost under the values carried over
 * from the read); elsewhere replaced.
 */
export function replaceFormAsRead(port: WorkbookPort, sheet: GeneratedSheet, read: Grid): Promise<void> {
  if (!port.replaceSheetIfUnchanged) return port.replaceSheet(sheet);
  return port.replaceSheetIfUnchanged(sheet, gridSheet(read, sheet.name));
}

export interface DepartmentResultsForm {
  /** File name: "<담당부서>.xlsx", safe on every file system. */
  name: string;
  department: string;
  form: ResultsForm;
}

/** One form per 담당부서, each holding only that department's projects (empty when the plan names none). */
export function departmentResultsForms(plan: Plan, year: number, lang: Lang): DepartmentResultsForm[] {
  const taken = new Set<string>();
  return departmentsOf(plan).map((d) => {
    const name = departmentFileName(d.name, taken);
    taken.add(name.toLowerCase());
    return { name, department: d.name, form: resultsForm(plan, year, lang, { department: d.name }) };
  });
}
