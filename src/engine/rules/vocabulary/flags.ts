/** The plan's ○/× flag columns: their names in the form's words and the column roles they are read from. */
import type { ColumnRole, Flag, FlagName, FlagState, Plan } from "../../plan";
import { FLAG_NAMES } from "../../plan";
import { perRun } from "./perRun";

/** The flag columns by the names the plan gives them (workbook vocabulary, shown in both languages). */
export const FLAG_LABELS: Record<FlagName, string> = {
  key: "중점추진사업",
  partnership: "민관협력사업",
  isNew: "5기 신규사업",
};

/** The flag's name as the plan's own form words it (the 6기 form's new-project flag is "6기 (○,×)"). */
export function flagLabel(plan: Plan, flag: FlagName): string {
  return plan.period === 6 && flag === "isNew" ? "6기 신규사업" : FLAG_LABELS[flag];
}

/**
 * Flags the plan's form has no column for: none under 5기; under 6기 the 중점 (read from "(중점추진)"
 * names) and 민관협력 (moved to each project's card) columns are gone by design.
 */
export function flagsWithoutColumn(plan: Plan): FlagName[] {
  return plan.period === 6 ? ["key", "partnership"] : [];
}

export const FLAG_ROLE: Record<FlagName, ColumnRole> = {
  key: "flag.key",
  partnership: "flag.partnership",
  isNew: "flag.isNew",
};

/** A flag's state as a number (flagCodes): no cell, then FlagState's five. */
export const NO_FLAG = 0;
export const FLAG_STATE_YES = 1;
export const FLAG_STATE_NO = 2;
export const FLAG_STATE_NOT_APPLICABLE = 3;
export const FLAG_STATE_EMPTY = 4;
export const FLAG_STATE_UNKNOWN = 5;
/** The state's bits of a code; above them, the cell is exact (○ or × themselves, not a look-alike). */
export const FLAG_STATE_MASK = 7;
export const FLAG_EXACT = 8;

const STATE_CODES: Record<FlagState, number> = {
  yes: FLAG_STATE_YES,
  no: FLAG_STATE_NO,
  notApplicable: FLAG_STATE_NOT_APPLICABLE,
  empty: FLAG_STATE_EMPTY,
  unknown: FLAG_STATE_UNKNOWN,
};

/**
 * Every project's three flags as codes, at project index · 3 + the flag's place in FLAG_NAMES, read once per run:
 * a read project makes a new flag cell at each ask, and the flag rules and the counts asked each project's flags
 * over and over (the 50,000-row plan: 714,000 flag cells made, where this pass makes 150,000). A rule reads the
 * cell itself only for a hit.
 */
export const flagCodes: (plan: Plan) => Uint8Array = perRun((plan: Plan): Uint8Array => {
  const projects = plan.projects;
  const codes = new Uint8Array(projects.length * FLAG_NAMES.length);
  // By index (kit.ts: run once per plan); each flag by its own name, in FLAG_NAMES order.
  for (let i = 0; i < projects.length; i++) {
    const flags = projects[i].flags;
    const at = i * FLAG_NAMES.length;
    codes[at] = flagCode(flags.key);
    codes[at + 1] = flagCode(flags.partnership);
    codes[at + 2] = flagCode(flags.isNew);
  }
  return codes;
});

/** A flag's place in FLAG_NAMES, i.e. in a project's three codes. */
export const FLAG_AT: Record<FlagName, number> = { key: 0, partnership: 1, isNew: 2 };

function flagCode(cell: Flag | null): number {
  return cell ? STATE_CODES[cell.state] | (cell.exact ? FLAG_EXACT : 0) : NO_FLAG;
}
