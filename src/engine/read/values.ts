/** Reading single cell values as the plan writes them: flags, targets and budgets. */
import type { CellValue } from "../grid";
import { cellText, isCellError } from "../grid";
import type { BudgetValue, FlagState, TargetValue } from "../plan";

export const FLAG_YES = "○";
export const FLAG_NO = "×";

const YES_LOOK_ALIKES = new Set(["O", "o", "0", "◯", "●", "⭕", "Ｏ", "ｏ", "〇", "◎", "ㅇ"]);
const NO_LOOK_ALIKES = new Set(["X", "x", "✕", "✖", "✗", "✘", "Ｘ", "ｘ", "╳", "ㄨ"]);
/** '-' and the dashes that stand in for it. */
const DASHES = new Set(["-", "–", "—", "－", "―", "‐"]);

export function isDash(text: string): boolean {
  return DASHES.has(text);
}

export function classifyFlag(value: CellValue): { state: FlagState; exact: boolean } {
  const text = cellText(value);
  if (text === "") return { state: "empty", exact: true };
  if (text === FLAG_YES) return { state: "yes", exact: true };
  if (text === FLAG_NO) return { state: "no", exact: true };
  if (text === "-") return { state: "notApplicable", exact: true };
  if (YES_LOOK_ALIKES.has(text)) return { state: "yes", exact: false };
  if (NO_LOOK_ALIKES.has(text)) return { state: "no", exact: false };
  if (DASHES.has(text)) return { state: "notApplicable", exact: false };
  return { state: "unknown", exact: false };
}

/** "2,478" → 2478; "1,000.5" → 1000.5; anything else → null. Commas must group thousands. */
export function parseNumberText(text: string): number | null {
  const t = text.replace(/\s+/g, "");
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return null;
  return Number(t.replace(/,/g, ""));
}

export function parseBudget(value: CellValue): BudgetValue {
  if (value === null || isCellError(value)) return value === null ? { kind: "empty" } : { kind: "invalid" };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value, fromText: false } : { kind: "invalid" };
  if (typeof value === "boolean") return { kind: "invalid" };
  const text = value.trim();
  if (text === "") return { kind: "empty" };
  if (isDash(text)) return { kind: "none" };
  const number = parseNumberText(text);
  return number === null ? { kind: "invalid" } : { kind: "number", value: number, fromText: true };
}

/**
 * "94.5%", "680명", "73천원", "2,000명", "1건(준공)", "0.85%" → number with unit (and note);
 * "착공", "공사 진행", "준공 및 개관" → milestone; "-" → none; "" → empty.
 */
export function parseTarget(value: CellValue): TargetValue {
  if (value === null) return { kind: "empty" };
  if (isCellError(value)) return { kind: "invalid" };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value, unit: "" } : { kind: "invalid" };
  if (typeof value === "boolean") return { kind: "invalid" };
  const text = value.trim();
  if (text === "") return { kind: "empty" };
  if (isDash(text)) return { kind: "none" };
  const match = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([^\d\s().,+\-][^\d()]*?)?\s*(?:\(([^)]*)\))?$/.exec(text);
  if (match) {
    const number = parseNumberText(match[1]);
    if (number !== null) {
      const unit = (match[2] ?? "").trim();
      return match[3] ? { kind: "number", value: number, unit, note: match[3].trim() } : { kind: "number", value: number, unit };
    }
  }
  // A milestone is words without digits: 착공, 공사 진행, 준공 및 개관.
  if (!/\d/.test(text) && /^[\p{Script=Hangul}\p{L}\s·,()]+$/u.test(text)) return { kind: "milestone", label: text };
  return { kind: "invalid" };
}

/**
 * The unit an indicator name announces: "(명)", "(%)", "(단위: %)", "(횟수)", "이용률(%)".
 * Only a parenthesised group that ends the name counts ("구(區) 동(洞) …" is not a unit), and only
 * if it looks like a unit (short, no spaces).
 */
export function unitFromName(name: string): string | null {
  const group = /\(([^()]*)\)\s*$/.exec(name);
  if (!group) return null;
  let inner = group[1].trim();
  inner = inner.replace(/^단위\s*[:：]\s*/, "");
  if (inner === "" || inner.length > 4 || /\s/.test(inner)) return null;
  return inner;
}
