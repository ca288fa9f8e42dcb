/**
 * The 검증결과 sheet: one row per finding with a link to its cell, rendered in the chosen language, in
 * the pane's order (errors, then warnings, then information; the sheet's order within), each rule by its name, each
 * project by its whole number (Ⅱ-1-2-2) and a strategy's or 대표과업's row by its place and name.
 * Built as data here; each adapter writes it (text stays text).
 */
import { countBySeverity, rowOwners, toA1, type Finding, type Plan, type Project, type RowOwners } from "../engine";
import { renderFinding, type Lang } from "../i18n";
import { ruleTitle, uiText } from "../i18n/ui";
import { inReadingOrder } from "./groupFindings";
import type { GeneratedSheet } from "./port";
import { HIGHLIGHT_FILLS, SHEETS } from "./port";

export const RESULTS_MARKER = "plan-check:results:v1";

export function resultsSheet(plan: Plan, findings: readonly Finding[], lang: Lang, checkedAt: Date): GeneratedSheet {
  const t = (key: Parameters<typeof uiText>[0], data?: Record<string, string | number>) => uiText(key, lang, data);
  const owners = rowOwners(plan);
  const header = [
    t("results.severity"),
    t("results.cell"),
    t("results.project"),
    t("results.message"),
    t("results.fix"),
    t("results.rule"),
  ].map((value) => ({ value, bold: true, fill: "#D9E2F3" }));
  const rows = inReadingOrder(plan, findings).map((finding) => {
    const project = finding.projectId ? owners.projectById.get(finding.projectId) : undefined;
    const address = `${finding.ref.sheet}!${toA1(finding.ref.row, finding.ref.col)}`;
    return [
      { value: t(`severity.${finding.severity}`), fill: HIGHLIGHT_FILLS[finding.severity] },
      { value: address, link: finding.ref },
      { value: project ? projectLabel(owners, project) : rowLabel(owners, finding.ref.sheet, finding.ref.row) },
      { value: renderFinding(finding, lang), wrap: true },
      { value: finding.fix ? `${finding.fix.from} → ${finding.fix.to}` : "" },
      { value: ruleTitle(finding.ruleId, lang) },
    ];
  });
  return {
    name: SHEETS.results,
    marker: RESULTS_MARKER,
    rows: [
      [{ value: t("results.title", { sheet: plan.sheet, time: checkedAt.toLocaleString(lang === "ko" ? "ko-KR" : "en-US"), ...countBySeverity(findings) }), bold: true }],
      header,
      ...rows,
    ],
    columnWidths: [8, 16, 30, 70, 18, 26],
    freezeRows: 2,
  };
}

const ROMAN = ["", "Ⅰ", "Ⅱ"];

/**
 * A project by its whole number: the path as written (6기 "Ⅱ-1-2-2"), or a number written alone (5기 "2")
 * with its strategy's and task's: the last level alone made "2 1인가구 안부 확인" of Ⅰ-1-2 and Ⅱ-1-2-2 alike.
 */
function projectLabel(owners: RowOwners, project: Project): string {
  let number = project.numberPath?.raw ?? project.numberCell?.raw.trim() ?? "";
  const strategy = project.numberPath || project.strategyId === null ? undefined : owners.strategyById.get(project.strategyId);
  if (strategy && project.number !== null) {
    const task = project.taskId === null ? undefined : owners.taskById.get(project.taskId);
    number = [ROMAN[strategy.part], strategy.number, ...(task ? [task.number] : []), project.number].join("-");
  }
  return `${number} ${project.name}`.trim();
}

/**
 * A row no project names, by the 대표과업 or strategy whose own rows (its row, its indicators' on its sheet) hold it:
 * "Ⅱ-1-2 과업명" / "Ⅰ-2 전략명"; a 소계 or any other row has none.
 */
function rowLabel(owners: RowOwners, sheet: string, row: number): string {
  const task = owners.task(sheet, row);
  const taskStrategy = task && task.cell.ref.sheet === sheet ? owners.strategyById.get(task.strategyId) : undefined;
  if (task && taskStrategy) return `${ROMAN[taskStrategy.part]}-${taskStrategy.number}-${task.number} ${task.name}`;
  const strategy = owners.strategy(sheet, row);
  if (strategy && strategy.cell.ref.sheet === sheet) return `${ROMAN[strategy.part]}-${strategy.number} ${strategy.name}`;
  return "";
}
