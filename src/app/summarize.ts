/**
 * 요약 시트 만들기 (summarize): the plan's totals at a glance, written once for every face.
 *
 * Reads the workbook through the port, validates it, and replaces the two summary sheets whole:
 *  - 요약_전략별: a row per strategy and 대표과업 (projects, 중점/민관협력/신규, budget per year, plan-period
 *    total, share), a 합계 row counting a project standing in several places once — with the 중복 차감
 *    rows that make it so and a note saying so — and a chart of the budget by strategy and year;
 *  - 요약_지표: a row per indicator with its targets, the '23→'26 change, its validation status and its type
 *    (투입/산출/성과), then the mix of types per strategy.
 * Every number is the engine's value; where Excel can recompute it from the sheet itself (plan-period
 * totals, the 합계 row, shares, the chart data) the cell also carries the formula, for auditing.
 * The plan's own sheets are never written.
 */
import { columnLetters, toA1, type Plan } from "../engine";
import { summarizeIndicatorMix, summarizeIndicators, type IndicatorMixRow, type IndicatorSummaryRow } from "../engine/summary/indicatorSummary";
import { INDICATOR_KINDS } from "../engine/indicatorKind";
import { summarizeByStrategy, type StrategySummary, type StrategySummaryRow, type SummaryFigures } from "../engine/summary/strategySummary";
import type { Lang } from "../i18n";
import { summaryText, type SummaryTextKey } from "../i18n/summary";
import { checkSheetsOwned, HIGHLIGHT_FILLS, SHEETS, type GeneratedCell, type GeneratedSheet, type WorkbookPort } from "./port";
import { validateGrid, type ValidateGridOptions, type ValidationResult } from "./validateWorkbook";

export const SUMMARY_STRATEGY_MARKER = "plan-check:summary-by-strategy:v1";
export const SUMMARY_INDICATOR_MARKER = "plan-check:summary-by-indicator:v1";

export interface SummarizeOptions extends ValidateGridOptions {
  /** The time in the sheets' titles (default: now). */
  now?: Date;
}

export interface SummaryResult {
  validation: ValidationResult;
  byStrategy: StrategySummary;
  byIndicator: IndicatorSummaryRow[];
  /** The indicator types per strategy (the block under 요약_지표's table). */
  indicatorMix: IndicatorMixRow[];
  sheets: GeneratedSheet[];
}

/** Reads, validates and replaces 요약_전략별 and 요약_지표. Throws PlanReadError when no plan can be read. */
export async function writeSummaries(port: WorkbookPort, lang: Lang = "ko", options: SummarizeOptions = {}): Promise<SummaryResult> {
  // readPlan never takes the add-in's own sheets (요약, 검증결과, 수정이력) for the plan.
  const grid = await port.readGrid();
  const validation = validateGrid(grid, options);
  const now = options.now ?? new Date();
  const byStrategy = summarizeByStrategy(validation.plan);
  const byIndicator = summarizeIndicators(validation.plan, validation.findings);
  const indicatorMix = summarizeIndicatorMix(byIndicator);
  const sheets = [strategySummarySheet(validation.plan, byStrategy, lang, now), indicatorSummarySheet(validation.plan, byIndicator, lang, now, indicatorMix)];
  checkSheetsOwned(grid, sheets); // all first: never 요약_전략별 written and then 요약_지표 refused
  for (const sheet of sheets) await port.replaceSheet(sheet);
  return { validation, byStrategy, byIndicator, indicatorMix, sheets };
}

// ---------------------------------------------------------------------------------------------
// 요약_전략별

const HEADER_FILL = "#D9E2F3";
const STRATEGY_FILL = "#EEF3FA";
const TOTAL_FILL = "#FCE4D6";

function amountFormat(value: number): string {
  return Number.isInteger(value) ? "#,##0" : "#,##0.0##";
}

function timeText(now: Date, lang: Lang): string {
  return now.toLocaleString(lang === "ko" ? "ko-KR" : "en-US");
}

function abs(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

function rowLabel(row: Pick<StrategySummaryRow, "level" | "part" | "number">, lang: Lang): string {
  const t = (key: SummaryTextKey, data?: Record<string, string | number>) => summaryText(key, lang, data);
  if (row.level === "unassigned") return t("summary.level.unassigned");
  if (row.level === "task") return t("summary.level.task", { number: row.number ?? "" });
  return t(row.part === 2 ? "summary.level.part2" : "summary.level.part1", { number: row.number ?? "" });
}

/** The sheet as data; the layout is fixed: title, header, strategy/task rows, 합계, 중복 차감 rows, notes, chart data. */
export function strategySummarySheet(plan: Plan, summary: StrategySummary, lang: Lang, now: Date): GeneratedSheet {
  const t = (key: SummaryTextKey, data?: Record<string, string | number>) => summaryText(key, lang, data);
  const years = summary.budgetYears;
  // A flag column only for the flags the plan has (no 민관협력 in a 6기 plan).
  const flagNames = summary.flagNames;
  const COL = { level: 0, id: 1, name: 2, projects: 3, budget0: 4 + flagNames.length };
  const planTotalCol = COL.budget0 + years.length;
  const shareCol = planTotalCol + 1;
  const figureCols = [COL.projects, ...flagNames.map((_, i) => COL.projects + 1 + i), ...years.map((_, i) => COL.budget0 + i)];
  const planCols = summary.planYears.map((year) => COL.budget0 + years.indexOf(year));
  const FIRST = 2;
  const totalRow = FIRST + summary.rows.length;
  const firstCorrection = totalRow + 1;
  const lastCorrection = totalRow + summary.duplicates.length;

  const planTotalFormula = (row: number): string | undefined => {
    if (planCols.length === 0) return undefined;
    const contiguous = planCols.every((c, i) => i === 0 || c === planCols[i - 1] + 1);
    return contiguous
      ? `=SUM(${toA1(row, planCols[0])}:${toA1(row, planCols[planCols.length - 1])})`
      : `=SUM(${planCols.map((c) => toA1(row, c)).join(",")})`;
  };
  const shareCell = (row: number, share: number | null): GeneratedCell =>
    share === null
      ? { value: null }
      : { value: share, formula: `=${toA1(row, planTotalCol)}/${abs(totalRow, planTotalCol)}`, numberFormat: "0.0%" };
  const figureCells = (row: number, figures: Omit<SummaryFigures, "share">, style: Partial<GeneratedCell>, formulaOf?: (col: number) => string): GeneratedCell[] => {
    const values = [figures.projects, ...flagNames.map((flag) => figures.flags[flag]), ...figures.budgets];
    return [
      ...values.map((value, i) => ({
        value,
        numberFormat: i <= flagNames.length ? "0" : amountFormat(value),
        ...(formulaOf ? { formula: formulaOf(figureCols[i]) } : {}),
        ...style,
      })),
      { value: figures.planTotal, numberFormat: amountFormat(figures.planTotal), formula: planTotalFormula(row), ...style },
    ];
  };

  const header: GeneratedCell[] = [
    t("summary.col.level"),
    t("summary.col.id"),
    t("summary.col.name"),
    t("summary.col.projects"),
    ...flagNames.map((flag) => t(`summary.col.${flag}`)),
    ...years.map((year) => t("summary.col.budget", { year })),
    t("summary.col.planTotal", { from: summary.planYears[0] ?? "", to: summary.planYears[summary.planYears.length - 1] ?? "" }),
    t("summary.col.share"),
  ].map((value) => ({ value, bold: true, fill: HEADER_FILL, wrap: true }));

  const rows: GeneratedCell[][] = [[{ value: t("summary.strategy.title", { sheet: plan.sheet, time: timeText(now, lang) }), bold: true }], header];
  summary.rows.forEach((r, i) => {
    const row = FIRST + i;
    const strategyLevel = r.level !== "task";
    const style: Partial<GeneratedCell> = strategyLevel ? { bold: true, fill: STRATEGY_FILL } : {};
    rows.push([
      { value: rowLabel(r, lang), ...style },
      { value: r.taskId ?? r.strategyId ?? "", ...style },
      { value: r.name, wrap: true, ...style },
      ...figureCells(row, r, style),
      { ...shareCell(row, r.share), ...style },
    ]);
  });

  // 합계: the strategy-level rows less the 중복 차감 rows, as formulas with the engine's values.
  const strategyRows = summary.rows.map((r, i) => (r.level === "task" ? -1 : FIRST + i)).filter((row) => row >= 0);
  const totalFormula = (col: number): string => {
    const plus = strategyRows.length > 0 ? `SUM(${strategyRows.map((row) => toA1(row, col)).join(",")})` : "0";
    const minus = summary.duplicates.length > 0 ? `-SUM(${toA1(firstCorrection, col)}:${toA1(lastCorrection, col)})` : "";
    return `=${plus}${minus}`;
  };
  const totalStyle: Partial<GeneratedCell> = { bold: true, fill: TOTAL_FILL };
  rows.push([
    { value: t("summary.total"), ...totalStyle },
    { value: "", ...totalStyle },
    { value: "", ...totalStyle },
    ...figureCells(totalRow, summary.total, totalStyle, totalFormula),
    { ...shareCell(totalRow, summary.total.share), ...totalStyle },
  ]);
  summary.duplicates.forEach((d, i) => {
    const row = firstCorrection + i;
    rows.push([
      { value: t("summary.correction", { name: d.name, places: d.projectIds.join(", ") }), wrap: true },
      { value: "" },
      { value: d.name, wrap: true },
      ...figureCells(row, d.correction, {}),
    ]);
  });

  // Notes.
  const notes: string[] = [];
  if (summary.duplicates.length > 0) {
    notes.push(
      t("summary.note.duplicates", {
        count: summary.duplicates.length,
        list: summary.duplicates.map((d) => `${d.name} (${d.projectIds.join(", ")})`).join("; "),
      }),
    );
    for (const d of summary.duplicates.filter((g) => !g.budgetsEqual)) notes.push(t("summary.note.budgetsDiffer", { name: d.name, place: d.projectIds[0] }));
  }
  notes.push(t("summary.note.values"));
  rows.push([]);
  for (const note of notes) rows.push([{ value: note }]);

  // Chart data: one row per strategy-level row, one column per budget year, read from the table above.
  rows.push([]);
  rows.push([{ value: t("summary.chart.data"), bold: true }]);
  const chartHeader = rows.length;
  rows.push([{ value: t("summary.chart.strategy"), bold: true, fill: HEADER_FILL }, ...years.map((year) => ({ value: t("summary.chart.year", { year }), bold: true, fill: HEADER_FILL }))]);
  summary.rows.forEach((r, i) => {
    if (r.level === "task") return;
    const row = FIRST + i;
    rows.push([
      { value: rowLabel(r, lang) },
      ...r.budgets.map((value, y) => ({ value, formula: `=${toA1(row, COL.budget0 + y)}`, numberFormat: amountFormat(value) })),
    ]);
  });
  const chartBottom = rows.length - 1;

  return {
    name: SHEETS.summaryByStrategy,
    marker: SUMMARY_STRATEGY_MARKER,
    rows,
    columnWidths: [22, 10, 36, 8, ...flagNames.map((flag) => (flag === "partnership" ? 9 : 7)), ...years.map(() => 13), 15, 8],
    freezeRows: 2,
    charts:
      years.length > 0 && chartBottom > chartHeader
        ? [
            {
              type: "columnClustered",
              title: t("summary.chart.title"),
              data: { top: chartHeader, left: 0, bottom: chartBottom, right: years.length },
              anchor: { row: 1, col: shareCol + 2 },
            },
          ]
        : [],
  };
}

// ---------------------------------------------------------------------------------------------
// 요약_지표

export function indicatorSummarySheet(
  plan: Plan,
  indicators: readonly IndicatorSummaryRow[],
  lang: Lang,
  now: Date,
  mix: readonly IndicatorMixRow[] = summarizeIndicatorMix(indicators),
): GeneratedSheet {
  const t = (key: SummaryTextKey, data?: Record<string, string | number>) => summaryText(key, lang, data);
  const years = plan.targetYears;
  const from = plan.planYears[0] ?? "";
  const to = plan.planYears.length > 1 ? plan.planYears[plan.planYears.length - 1] : "";
  const header: GeneratedCell[] = [
    t("summary.col.indicatorLevel"),
    t("summary.col.strategy"),
    t("summary.col.task"),
    t("summary.col.projectNumber"),
    t("summary.col.project"),
    t("summary.col.indicator"),
    t("summary.col.unit"),
    ...years.map((year) => t("summary.col.target", { year })),
    t("summary.col.change", { from, to }),
    t("summary.col.status"),
    t("summary.col.kind"),
  ].map((value) => ({ value, bold: true, fill: HEADER_FILL, wrap: true }));

  const rows: GeneratedCell[][] = [[{ value: t("summary.indicator.title", { sheet: plan.sheet, time: timeText(now, lang) }), bold: true }], header];
  for (const r of indicators) {
    const status =
      r.status === "ok" ? { value: t("summary.status.ok") } : { value: t(`summary.status.${r.status}`, { count: r.findings }), fill: HIGHLIGHT_FILLS[r.status] };
    rows.push([
      { value: t(`summary.indicatorLevel.${r.level}`) },
      { value: r.strategyId ? `${r.strategyId} ${r.strategyName ?? ""}`.trim() : "", wrap: true },
      { value: r.taskId ? `${r.taskId} ${r.taskName ?? ""}`.trim() : "", wrap: true },
      { value: r.projectNumber },
      { value: r.projectName ?? "", wrap: true },
      { value: r.name, wrap: true, ...(r.nameRef ? { link: r.nameRef } : {}) },
      { value: r.unit ?? "" },
      // A link shows its target's address when the cell is empty (ExcelJS writes links as HYPERLINK formulas): none there.
      ...r.targets.map((target) => ({ value: target.raw, ...(target.ref && target.raw !== "" ? { link: target.ref } : {}) })),
      r.change === null
        ? { value: null }
        : { value: r.change, numberFormat: Number.isInteger(r.change) ? "+#,##0;-#,##0;0" : "+#,##0.0##;-#,##0.0##;0" },
      status,
      { value: t(`summary.kind.${r.kind}`) },
    ]);
  }
  rows.push([]);
  rows.push(...indicatorMixRows(mix, lang));
  return {
    name: SHEETS.summaryByIndicator,
    marker: SUMMARY_INDICATOR_MARKER,
    rows,
    columnWidths: [8, 24, 24, 6, 30, 40, 8, ...years.map(() => 11), 12, 18, 10],
    freezeRows: 2,
  };
}

/** The mix block: a row per strategy with its indicators by type and the input share, then a note. */
function indicatorMixRows(mix: readonly IndicatorMixRow[], lang: Lang): GeneratedCell[][] {
  const t = (key: SummaryTextKey, data?: Record<string, string | number>) => summaryText(key, lang, data);
  const head = (value: string): GeneratedCell => ({ value, bold: true, fill: HEADER_FILL, wrap: true });
  const rows: GeneratedCell[][] = [
    [{ value: t("summary.mix.title"), bold: true }],
    [head(t("summary.col.strategy")), ...INDICATOR_KINDS.map((kind) => head(t(`summary.kind.${kind}`))), head(t("summary.mix.total")), head(t("summary.mix.inputShare"))],
  ];
  for (const m of mix) {
    const name = m.strategyId === null ? t("summary.mix.none") : `${m.strategyId} ${m.strategyName ?? ""}`.trim();
    rows.push([
      { value: name, wrap: true },
      ...INDICATOR_KINDS.map((kind) => ({ value: m.counts[kind], numberFormat: "0" })),
      { value: m.total, numberFormat: "0" },
      { value: m.total > 0 ? m.counts.input / m.total : null, numberFormat: "0.0%" },
    ]);
  }
  rows.push([{ value: t("summary.mix.note") }]);
  return rows;
}
