/**
 * 입력 규칙 (input rules): which cells of a plan a department fills in, and which of them carry an
 * Excel data-validation rule. Data only; the adapters turn them into ○/× dropdowns, number rules and
 * unlocked cells.
 *
 * - flag: the three ○/× cells of a project row (a list rule "○,×").
 * - budget: a project's yearly budget cells (a decimal ≥ 0 rule, in 백만원).
 * Editable (unlocked under sheet protection): the flags and budgets, plus the project's indicator
 * names and yearly targets (free text with a unit, so no rule).
 */
import type { CellRef } from "../grid";
import type { Plan, Project } from "../plan";
import { FLAG_NAMES } from "../plan";

export type InputRuleKind = "flag" | "budget";

export interface InputRule {
  ref: CellRef;
  kind: InputRuleKind;
}

export function refKey(ref: CellRef): string {
  return `${ref.sheet}\u0000${ref.row}\u0000${ref.col}`;
}

/** The rules for the flag and budget cells of `projects` (default: every project of the plan), one per cell. */
export function inputRules(plan: Plan, projects: readonly Project[] = plan.projects): InputRule[] {
  const rules: InputRule[] = [];
  const seen = new Set<string>();
  const add = (ref: CellRef, kind: InputRuleKind) => {
    const key = refKey(ref);
    if (seen.has(key)) return;
    seen.add(key);
    rules.push({ ref, kind });
  };
  for (const project of projects) {
    for (const flag of FLAG_NAMES) {
      const cell = project.flags[flag];
      if (cell) add(cell.ref, "flag");
    }
    for (const budget of project.budgets) add(budget.ref, "budget");
  }
  return rules;
}

/** Every cell a department may change for `projects`: flags, budgets, indicator names and targets. */
export function editableCells(plan: Plan, projects: readonly Project[] = plan.projects): CellRef[] {
  const cells = inputRules(plan, projects).map((rule) => rule.ref);
  const seen = new Set(cells.map(refKey));
  const add = (ref: CellRef) => {
    const key = refKey(ref);
    if (seen.has(key)) return;
    seen.add(key);
    cells.push(ref);
  };
  for (const project of projects) {
    for (const indicator of project.indicators) {
      if (indicator.nameCell) add(indicator.nameCell.ref);
      for (const target of indicator.targets) add(target.ref);
    }
  }
  return cells;
}
