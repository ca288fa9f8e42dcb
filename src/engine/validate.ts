import type { Finding, Rule, Severity } from "./finding";
import type { Plan } from "./plan";
import { rules as registeredRules } from "./rules";
import { withRunMemo } from "./rules/vocabulary/perRun";

export interface ValidateOptions {
  /** Rules to run (default: all registered). */
  rules?: readonly Rule[];
  /** Per-rule severity overrides, or "off". */
  severities?: Record<string, Severity | "off">;
}

/** Runs the plan's rules; findings come back in sheet order (row, then column), then by rule id. */
export function validatePlan(plan: Plan, options: ValidateOptions = {}): Finding[] {
  const sorted = [...(options.rules ?? registeredRules)].sort((a, b) => ordinal(a.id, b.id));
  const findings: Finding[] = [];
  // The sort keys sit in flat number arrays beside the findings: no key object per finding.
  const ruleOf: number[] = [];
  const sheets = new Map<string, number>([[plan.sheet, 0]]);
  withRunMemo(() => {
    for (let ruleIndex = 0; ruleIndex < sorted.length; ruleIndex++) {
      const rule = sorted[ruleIndex];
      const override = options.severities?.[rule.id];
      if (override === "off") continue;
      for (const hit of rule.check(plan)) {
        // The hit becomes the finding, filled in where it is rather than copied: one object per finding, not two.
        hit.severity = override ?? hit.severity ?? rule.defaultSeverity;
        hit.ruleId = rule.id;
        hit.data ??= {};
        findings.push(hit as Finding);
        ruleOf.push(ruleIndex);
        if (!sheets.has(hit.ref.sheet)) sheets.set(hit.ref.sheet, -1); // ranked below, by name
      }
    }
  });
  // The plan's sheet first, then the others by name: numbers compare faster than strings in the sort.
  const others = [...sheets.keys()].filter((name) => name !== plan.sheet).sort(ordinal);
  others.forEach((name, i) => sheets.set(name, i + 1));
  const count = findings.length;
  const sheetOf = new Int32Array(count);
  const rowOf = new Float64Array(count);
  const colOf = new Float64Array(count);
  const order: number[] = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const ref = findings[i].ref;
    sheetOf[i] = sheets.get(ref.sheet) as number;
    rowOf[i] = ref.row;
    colOf[i] = ref.col;
    order[i] = i;
  }
  // Ties keep the order the rule reported them in (as the stable sort on whole keys did).
  order.sort((a, b) => sheetOf[a] - sheetOf[b] || rowOf[a] - rowOf[b] || colOf[a] - colOf[b] || ruleOf[a] - ruleOf[b] || a - b);
  return order.map((i) => findings[i]);
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
