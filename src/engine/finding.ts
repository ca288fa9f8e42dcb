/**
 * Findings are plain data: a rule id, a message id and the values the message needs. Text is rendered
 * at the edge (src/i18n) in Korean or English.
 */
import type { CellRef } from "./grid";
import type { Plan } from "./plan";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** A certain fix: write `to` where the cell now reads `from`. Applying it is a use case, never validation. */
export interface Fix {
  ref: CellRef;
  from: string | number;
  to: string | number;
}

export type FindingData = Record<string, string | number>;

/** What a rule reports; the runner adds the rule id and severity (on this object: see validatePlan). */
export interface Hit {
  /** Set by the runner, never by a rule. */
  ruleId?: string;
  messageId: string;
  ref: CellRef;
  projectId?: string;
  data?: FindingData;
  fix?: Fix;
  /** Overrides the rule's default severity for this hit (e.g. a '-' flag that breaks the convention). */
  severity?: Severity;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  ref: CellRef;
  projectId?: string;
  data: FindingData;
  fix?: Fix;
}

/**
 * A rule. Written with `defineRule` (src/engine/rules/kit.ts), its id and message ids keep their literal
 * types, so the compiler checks every hit's message id and that the catalogues hold every message.
 */
export interface Rule<Id extends string = string, MessageId extends string = string> {
  /** "family/name", e.g. "flags/look-alike". */
  id: Id;
  defaultSeverity: Severity;
  /** Every message id the rule can report; each has ko and en text in src/i18n/rules.ts. */
  messageIds: readonly MessageId[];
  check(plan: Plan): Hit[];
}
