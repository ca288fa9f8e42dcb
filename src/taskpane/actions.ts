/**
 * The pane's actions over ANY WorkbookPort: the Office.js port inside Excel, the ExcelJS port in the
 * browser preview, a fake in tests. This is the only pane module that calls the src/app use cases;
 * the React components receive these functions as props and never touch a workbook themselves.
 */
import { applyFixes, readAppliedFixes, undoFix, type AppliedFix, type FixOutcome } from "../app/fixes";
import { groupFindings, type StrategyGroup } from "../app/groupFindings";
import { clearHighlights, validateInPlace } from "../app/inPlace";
import { SHEETS, type WorkbookPort } from "../app/port";
import { resultsSheet } from "../app/resultsSheet";
import { toReadFailure, type ReadFailure, type ValidationResult } from "../app/validateWorkbook";
import { toA1, type Finding } from "../engine";
import type { Lang } from "../i18n";

export type { AppliedFix, FixOutcome } from "../app/fixes";
export type { ReadFailure } from "../app/validateWorkbook";

export type ProgressStep = "read" | "validate" | "highlight" | "done";

/** What the pane shows after a validation. */
export interface ValidationView {
  result: ValidationResult;
  /** Findings grouped strategy → project, in plan order. */
  groups: StrategyGroup[];
  /** Department of each finding's project (by finding index in result.findings), null where none. */
  departments: (string | null)[];
  /** Distinct departments and rule ids, sorted, for the filters. */
  departmentNames: string[];
  ruleIds: string[];
  checkedAt: Date;
}

export type ValidateOutcome = { ok: true; view: ValidationView } | { ok: false; failure: ReadFailure };

export interface PaneActions {
  /** Validates and highlights in place; a plan that cannot be read comes back as a failure, not a throw. */
  validate(onProgress?: (step: ProgressStep) => void): Promise<ValidateOutcome>;
  /** Restores the formats the last validation changed; returns how many cells. */
  clearHighlights(): Promise<number>;
  applyFixes(findings: readonly Finding[]): Promise<FixOutcome>;
  undoFix(fix: AppliedFix): Promise<boolean>;
  readAppliedFixes(): Promise<AppliedFix[]>;
  /** Selects the finding's cell and scrolls it into view. */
  selectFinding(finding: Finding): Promise<void>;
  /** Writes (replaces) the 검증결과 sheet for a validation; returns the sheet's name. */
  writeResultsSheet(view: ValidationView, lang: Lang): Promise<string>;
}

/** "총괄표!C70": where a finding points, as Excel writes it. */
export function findingAddress(finding: Pick<Finding, "ref">): string {
  return `${finding.ref.sheet}!${toA1(finding.ref.row, finding.ref.col)}`;
}

/** A stable key of a finding within one validation. */
export function findingKey(finding: Finding): string {
  return `${findingAddress(finding)}|${finding.ruleId}|${finding.messageId}|${JSON.stringify(finding.data)}`;
}

export function buildView(result: ValidationResult, checkedAt = new Date()): ValidationView {
  const projects = new Map(result.plan.projects.map((p) => [p.id, p]));
  const departments = result.findings.map((f) => (f.projectId ? (projects.get(f.projectId)?.department?.raw?.trim() || null) : null));
  const departmentNames = [...new Set(departments.filter((d): d is string => !!d))].sort((a, b) => a.localeCompare(b, "ko"));
  const ruleIds = [...new Set(result.findings.map((f) => f.ruleId))].sort();
  return { result, groups: groupFindings(result.plan, result.findings), departments, departmentNames, ruleIds, checkedAt };
}

export function createPaneActions(port: WorkbookPort, now: () => Date = () => new Date()): PaneActions {
  return {
    async validate(onProgress) {
      try {
        const result = await validateInPlace(port, { onProgress });
        return { ok: true, view: buildView(result, now()) };
      } catch (error) {
        return { ok: false, failure: toReadFailure(error) };
      }
    },
    clearHighlights: () => clearHighlights(port),
    applyFixes: (findings) => applyFixes(port, findings, now()),
    undoFix: (fix) => undoFix(port, fix),
    readAppliedFixes: () => readAppliedFixes(port),
    selectFinding: (finding) => port.select(finding.ref),
    async writeResultsSheet(view, lang) {
      await port.replaceSheet(resultsSheet(view.result.plan, view.result.findings, lang, view.checkedAt));
      return SHEETS.results;
    },
  };
}
