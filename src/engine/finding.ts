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

/** What a rule reports; the runner adds the rule id and severity. */
export interface Hit {
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

export interface Rule {
  /** "family/name", e.g. "flags/look-alike". */
  id: string;
  defaultSeverity: Severity;
  /** Every message id the rule can report; each has ko and en text in src/i18n. */
  messageIds: readonly string[];
  check(plan: Plan): Hit[];
}
