/** Korean and English text for every rule message, keyed by rule id, then message id. */
import type { Texts } from "./format";

export const ruleMessages: Record<string, Record<string, Texts>> = {};
