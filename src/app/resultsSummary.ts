/**
 * 요약_시행결과, written once for the pane and the CLI: the year's summary per strategy and 대표과업 with its
 * chart (met / missed / not reported per strategy), the missed indicators with their reasons, and the
 * carry-forward list for the next 연차별 시행계획.
 */
import { GENERATED_SHEETS, type Plan } from "../engine";
import type { ResultsReport } from "../engine/results/report";
import { summarizeResults, type ResultsSummary } from "../engine/results/summary";
import type { Lang } from "../i18n";
import { resultsText, type ResultsTextKey } from "../i18n/results";
import type { GeneratedCell, GeneratedSheet } from "./port";

export const RESULTS_SUMMARY_MARKER = "plan-check:results-summary:v1";
const HEADER_FILL = "#D9E2F3";
const MISSED_FILL = "#F4B6B6";

export function resultsSummarySheet(plan: Plan, report: ResultsReport, lang: Lang): { sheet: GeneratedSheet; summary: ResultsSummary } {
  const t = (key: ResultsTextKey, data?: Record<string, string | number>) => resultsText(key, lang, data);
  const summary = summarizeResults(plan, report);
  const header = (labels: string[]): GeneratedCell[] => labels.map((value) => ({ value, bold: true, fill: HEADER_FILL, wrap: true }));
  const rows: GeneratedCell[][] = [[{ value: t("summary.title", { year: report.year, sheet: plan.sheet }), bold: true }]];
  const tableHeader = rows.length;
  rows.push(
    header([
      t("summary.col.scope"), t("summary.col.indicators"), t("summary.col.met"), t("summary.col.missed"), t("summary.col.notReported"),
      t("summary.col.noTarget"), t("summary.col.meanAchievement"), t("summary.col.budget"), t("summary.col.spent"), t("summary.col.executionRate"),
    ]),
  );
  for (const r of summary.rows) {
    const label = r.level === "total" ? t("summary.total") : `${r.level === "task" ? "  " : ""}${r.id} ${r.name}`.replace(/\s+/g, " ").trimEnd();
    const bold = r.level !== "task";
    rows.push([
      { value: r.level === "task" ? `  ${label.trim()}` : label, bold },
      { value: r.indicators, bold },
      { value: r.met, bold },
      { value: r.missed, bold, ...(r.missed > 0 ? { fill: MISSED_FILL } : {}) },
      { value: r.notReported, bold },
      { value: r.noTarget, bold },
      { value: r.meanAchievement, numberFormat: "0.0", bold },
      { value: r.budget, numberFormat: "#,##0.0##", bold },
      { value: r.spent, numberFormat: "#,##0.0##", bold },
      { value: r.executionRate, numberFormat: "0.0", bold },
    ]);
  }

  rows.push([]);
  rows.push([{ value: t("summary.missedTitle"), bold: true }]);
  rows.push(header([t("summary.col.project"), t("summary.col.indicator"), t("summary.col.target"), t("summary.col.actual"), t("summary.col.achievement"), t("summary.col.reason")]));
  for (const o of summary.missed) {
    rows.push([
      { value: `${o.project.id} ${o.project.name}`.replace(/\s+/g, " "), wrap: true },
      { value: o.name, wrap: true, link: o.ref },
      { value: o.target?.raw ?? "" },
      { value: o.result?.actual?.raw ?? "" },
      { value: o.evaluation.status === "missed" ? o.evaluation.achievement : null, numberFormat: "0.0" },
      { value: o.result?.reason?.raw ?? t("summary.noReason"), wrap: true },
    ]);
  }

  rows.push([]);
  rows.push([{ value: t("summary.carryTitle"), bold: true }]);
  rows.push(header([t("summary.col.project"), t("summary.col.indicator"), t("summary.col.target"), t("summary.col.actual"), t("summary.col.achievement"), t("summary.col.why")]));
  for (const c of summary.carryForward) {
    const o = c.outcome;
    rows.push([
      { value: `${o.project.id} ${o.project.name}`.replace(/\s+/g, " "), wrap: true },
      { value: o.name, wrap: true, link: o.ref },
      { value: o.target?.raw ?? "" },
      { value: o.result?.actual?.raw ?? "" },
      { value: c.achievement, numberFormat: "0.0" },
      { value: c.why === "missed" ? t("summary.carry.missed") : t("summary.carry.over", { achievement: c.achievement ?? "" }), wrap: true },
    ]);
  }

  // Chart data: strategies only, met / missed / not reported, read from the table above.
  rows.push([]);
  const chartTop = rows.length;
  rows.push(header([t("summary.col.scope"), t("summary.col.met"), t("summary.col.missed"), t("summary.col.notReported")]));
  summary.rows.forEach((r, i) => {
    if (r.level !== "strategy") return;
    const source = tableHeader + 1 + i;
    const ref = (col: number) => `=${String.fromCharCode(65 + col)}${source + 1}`;
    rows.push([{ value: r.id }, { value: r.met, formula: ref(2) }, { value: r.missed, formula: ref(3) }, { value: r.notReported, formula: ref(4) }]);
  });
  const chartBottom = rows.length - 1;
  return {
    summary,
    sheet: {
      name: GENERATED_SHEETS.resultsSummary,
      marker: RESULTS_SUMMARY_MARKER,
      rows,
      columnWidths: [40, 40, 12, 12, 10, 34, 10, 12, 12, 10],
      freezeRows: 2,
      charts:
        chartBottom > chartTop
          ? [{ type: "columnStacked", title: t("summary.chart.title"), data: { top: chartTop, left: 0, bottom: chartBottom, right: 3 }, anchor: { row: 1, col: 11 } }]
          : [],
    },
  };
}

