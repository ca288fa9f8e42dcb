/** The plan's ○/× flag columns: their names in the form's words and the column roles they are read from. */
import type { ColumnRole, FlagName, Plan } from "../../plan";

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
