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
  const sorted = [...(options.rules ?? registeredRules)].sort((a, b) => ordinal(a.id, b.id));
  const keyed: { key: number[]; finding: Finding }[] = [];
  const sheets = new Map<string, number>([[plan.sheet, 0]]);
  sorted.forEach((rule, ruleIndex) => {
    const override = options.severities?.[rule.id];
    if (override === "off") return;
    for (const hit of rule.check(plan)) {
      const finding: Finding = {
        ruleId: rule.id,
        severity: override ?? hit.severity ?? rule.defaultSeverity,
        messageId: hit.messageId,
        ref: hit.ref,
        projectId: hit.projectId,
        data: hit.data ?? {},
        fix: hit.fix,
      };
      if (!sheets.has(hit.ref.sheet)) sheets.set(hit.ref.sheet, -1); // ranked below, by name
      keyed.push({ key: [0, hit.ref.row, hit.ref.col, ruleIndex], finding });
    }
  });
  // The plan's sheet first, then the others by name: numbers compare faster than strings in the sort.
  const others = [...sheets.keys()].filter((name) => name !== plan.sheet).sort(ordinal);
  others.forEach((name, i) => sheets.set(name, i + 1));
  for (const item of keyed) item.key[0] = sheets.get(item.finding.ref.sheet) as number;
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.key[3] - b.key[3]);
  return keyed.map((item) => item.finding);
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
