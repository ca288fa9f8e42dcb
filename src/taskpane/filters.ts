/** The pane's filters as data, and which findings they let through. */
import { SEVERITIES, type Severity } from "../engine/finding";
import type { ValidationView } from "./actions";

export interface FilterState {
  /** Severities shown. */
  severities: Severity[];
  /** Rule ids shown; empty = every rule. */
  rules: string[];
  /** Department shown; null = every department. */
  department: string | null;
}

export const ALL_FILTERS: FilterState = { severities: [...SEVERITIES], rules: [], department: null };

export function isFiltered(filters: FilterState): boolean {
  return filters.severities.length !== SEVERITIES.length || filters.rules.length > 0 || filters.department !== null;
}

/** Indices (into view.result.findings) of the findings the filters let through. */
export function visibleFindings(view: ValidationView, filters: FilterState): Set<number> {
  const shown = new Set<number>();
  view.result.findings.forEach((finding, index) => {
    if (!filters.severities.includes(finding.severity)) return;
    if (filters.rules.length > 0 && !filters.rules.includes(finding.ruleId)) return;
    if (filters.department !== null && view.departments[index] !== filters.department) return;
    shown.add(index);
  });
  return shown;
}
