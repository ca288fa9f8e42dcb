/**
 * The 검증결과 sheet: one row per finding with a link to its cell, rendered in the chosen language, in
 * the pane's order (errors, then warnings, then information; plan order within), each rule by its name.
 * Built as data here; each adapter writes it (text stays text).
 */
import { countBySeverity, toA1, type Finding, type Plan } from "../engine";
import { renderFinding, type Lang } from "../i18n";
import { ruleTitle, uiText } from "../i18n/ui";
import { inReadingOrder } from "./groupFindings";
import type { GeneratedSheet } from "./port";
import { HIGHLIGHT_FILLS, SHEETS } from "./port";

export const RESULTS_MARKER = "plan-check:results:v1";

export function resultsSheet(plan: Plan, findings: readonly Finding[], lang: Lang, checkedAt: Date): GeneratedSheet {
  const t = (key: Parameters<typeof uiText>[0], data?: Record<string, string | number>) => uiText(key, lang, data);
  const projects = new Map(plan.projects.map((p) => [p.id, p]));
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
      { value: project ? `${project.number ?? ""} ${project.name}`.trim() : "" },
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
