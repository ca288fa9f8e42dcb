/** The rule registry, sorted by id. Adding a rule: one file beside this one, one line here. */
import type { Rule } from "../finding";

export const rules: readonly Rule[] = [];
