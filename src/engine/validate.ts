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

/** The registry in id order, sorted once rather than on every plan. */
const registeredInOrder: readonly Rule[] = [...registeredRules].sort(byId);

/** Runs the plan's rules; findings come back in sheet order (row, then column), then by rule id. */
export function validatePlan(plan: Plan, options: ValidateOptions = {}): Finding[] {
  const sorted = options.rules ? [...options.rules].sort(byId) : registeredInOrder;
  // Findings are gathered rule by rule in id order: a finding's index orders it by rule, then as its rule reported it.
  const findings: Finding[] = [];
  const sheets = new Map<string, number>([[plan.sheet, 0]]);
  withRunMemo(() => {
    // By index, as below (rules/kit.ts).
    for (let r = 0; r < sorted.length; r++) {
      const rule = sorted[r];
      const override = options.severities?.[rule.id];
      if (override === "off") continue;
      const hits = rule.check(plan);
      // By index: for…of in a function run once per plan stays in V8's slow tiers (rules/kit.ts).
      for (let i = 0; i < hits.length; i++) {
        const hit = hits[i];
        // The hit becomes the finding, filled in where it is rather than copied: one object per finding, not two.
        hit.severity = override ?? hit.severity ?? rule.defaultSeverity;
        hit.ruleId = rule.id;
        hit.data ??= {};
        findings.push(hit as Finding);
        if (!sheets.has(hit.ref.sheet)) sheets.set(hit.ref.sheet, -1); // ranked below, by name
      }
    }
  });
  // The plan's sheet first, then the others by name: numbers compare faster than strings in the sort.
  const others = [...sheets.keys()].filter((name) => name !== plan.sheet).sort(ordinal);
  others.forEach((name, i) => sheets.set(name, i + 1));
  const count = findings.length;
  // One number per finding orders it by sheet, row and column: (sheet · rows + row) · columns + col, with rows and
  // columns one past the largest the findings hold (a worksheet has at most 2^20 rows and 2^14 columns, so it is
  // exact, below 2^53 for fewer than 2^19 sheets) and one subtraction compares. Sized to the findings, a plan's keys
  // fit an Int32Array, whose reads V8 gives as small integers: a Float64Array's read is a new heap number, two per
  // comparison of the sort (the sample plan: 5 KB of its rules' 250 KB).
  let rows = 1;
  let columns = 1;
  for (let i = 0; i < count; i++) {
    const ref = findings[i].ref;
    if (ref.row >= rows) rows = ref.row + 1;
    if (ref.col >= columns) columns = ref.col + 1;
  }
  const keyOf = sheets.size * rows * columns <= 2 ** 31 ? new Int32Array(count) : new Float64Array(count);
  const order: number[] = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const ref = findings[i].ref;
    keyOf[i] = ((sheets.get(ref.sheet) as number) * rows + ref.row) * columns + ref.col;
    order[i] = i;
  }
  // The sort is stable: ties keep their index order, i.e. by rule id, then as the rule reported them.
  order.sort((a, b) => keyOf[a] - keyOf[b]);
  const out: Finding[] = new Array<Finding>(count);
  for (let i = 0; i < count; i++) out[i] = findings[order[i]];
  return out;
}

function byId(a: Rule, b: Rule): number {
  return ordinal(a.id, b.id);
}

/** Code-point order: stable across machines and locales, and far cheaper than localeCompare. */
function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  // By index (rules/kit.ts): asked once per plan.
  for (let i = 0; i < findings.length; i++) counts[findings[i].severity] += 1;
  return counts;
}
