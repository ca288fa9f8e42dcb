/**
 * The 검증결과 sheet: one row per finding with a link to its cell, rendered in the chosen language, in
 * the pane's order (errors, then warnings, then information; the sheet's order within), each rule by its name, each
 * project by its whole number (Ⅱ-1-2-2) and a strategy's or 대표과업's row by its place and name.
 * Built as data here; each adapter writes it (text stays text).
 */
import { countBySeverity, toA1, type Finding, type Plan, type Project, type Strategy, type Task } from "../engine";
import { renderFinding, type Lang } from "../i18n";
import { ruleTitle, uiText } from "../i18n/ui";
import { inReadingOrder } from "./groupFindings";
import type { GeneratedSheet } from "./port";
import { HIGHLIGHT_FILLS, SHEETS } from "./port";

export const RESULTS_MARKER = "plan-check:results:v1";

export function resultsSheet(plan: Plan, findings: readonly Finding[], lang: Lang, checkedAt: Date): GeneratedSheet {
  const t = (key: Parameters<typeof uiText>[0], data?: Record<string, string | number>) => uiText(key, lang, data);
  const projects = new Map(plan.projects.map((p) => [p.id, p]));
  const places = placesOf(plan);
  const rowLabels = strategyRowLabels(plan, places);
  const header = [
    t("results.severity"),
    t("results.cell"),
    t("results.project"),
    t("results.message"),
    t("results.fix"),
    t("results.rule"),
  ].map((value) => ({ value, bold: true, fill: "#D9E2F3" }));
  const rows = inReadingOrder(plan, findings).map((finding) => {
    const project = finding.projectId ? projects.get(finding.projectId) : undefined;
    const address = `${finding.ref.sheet}!${toA1(finding.ref.row, finding.ref.col)}`;
    return [
      { value: t(`severity.${finding.severity}`), fill: HIGHLIGHT_FILLS[finding.severity] },
      { value: address, link: finding.ref },
      { value: project ? projectLabel(places, project) : (rowLabels.get(rowKey(finding.ref.sheet, finding.ref.row)) ?? "") },
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
function projectLabel(places: Places, project: Project): string {
  let number = project.numberPath?.raw ?? project.numberCell?.raw.trim() ?? "";
  const strategy = project.numberPath || project.strategyId === null ? undefined : places.strategies.get(project.strategyId);
  if (strategy && project.number !== null) {
    const task = project.taskId === null ? undefined : places.tasks.get(project.taskId);
    number = [ROMAN[strategy.part], strategy.number, ...(task ? [task.number] : []), project.number].join("-");
  }
  return `${number} ${project.name}`.trim();
}

type Places = { strategies: Map<string, Strategy>; tasks: Map<string, Task> };

function placesOf(plan: Plan): Places {
  return { strategies: new Map(plan.strategies.map((s) => [s.id, s])), tasks: new Map(plan.tasks.map((t) => [t.id, t])) };
}

const rowKey = (sheet: string, row: number) => `${sheet}\u0000${row}`;

/** The rows a strategy or 대표과업 fills (its own row and its indicators'), each with "Ⅰ-2 전략명" / "Ⅱ-1-2 과업명". */
function strategyRowLabels(plan: Plan, places: Places): Map<string, string> {
  const labels = new Map<string, string>();
  const mark = (owner: Strategy | Task, label: string) => {
    const rows = new Set([owner.cell.ref.row]);
    for (const indicator of owner.indicators) {
      if (indicator.nameCell?.ref.sheet === owner.cell.ref.sheet) rows.add(indicator.nameCell.ref.row);
      for (const target of indicator.targets) if (target.ref.sheet === owner.cell.ref.sheet) rows.add(target.ref.row);
    }
    for (const row of rows) labels.set(rowKey(owner.cell.ref.sheet, row), label);
  };
  for (const strategy of plan.strategies) mark(strategy, `${ROMAN[strategy.part]}-${strategy.number} ${strategy.name}`);
  for (const task of plan.tasks) {
    const strategy = places.strategies.get(task.strategyId);
    if (strategy) mark(task, `${ROMAN[strategy.part]}-${strategy.number}-${task.number} ${task.name}`);
  }
  return labels;
}
