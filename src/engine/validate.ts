import type { Finding, Rule, Severity } from "./finding";
import type { Plan } from "./plan";
import { rules as registeredRules } from "./rules";

export interface ValidateOptions {
  /** Rules to run (default: all registered). */
  rules?: readonly Rule[];
  /** Per-rule severity overrides, or "off". */
  severities?: Record<string, Severity | "off">;
}

/** Runs the plan's rules; findings come back in sheet order (row, then column), then by rule id. */
export function validatePlan(plan: Plan, options: ValidateOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of options.rules ?? registeredRules) {
    const override = options.severities?.[rule.id];
    if (override === "off") continue;
    for (const hit of rule.check(plan)) {
      findings.push({
        ruleId: rule.id,
        severity: override ?? hit.severity ?? rule.defaultSeverity,
        messageId: hit.messageId,
        ref: hit.ref,
        projectId: hit.projectId,
        data: hit.data ?? {},
        fix: hit.fix,
      });
    }
  }
  const sheetOrder = (name: string) => (name === plan.sheet ? 0 : 1);
  return findings.sort(
    (a, b) =>
      sheetOrder(a.ref.sheet) - sheetOrder(b.ref.sheet) ||
      ordinal(a.ref.sheet, b.ref.sheet) ||
      a.ref.row - b.ref.row ||
      a.ref.col - b.ref.col ||
      ordinal(a.ruleId, b.ruleId),
  );
}

/** Code-point order: stable across machines and locales, and far cheaper than localeCompare. */
function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
