import type { Grid, SheetGrid } from "./grid";

/**
 * The sheets the add-in writes and owns (recognised by name and a marker): never read as the plan,
 * whatever their columns look like (a 수정이력 row can resemble a plan header).
 */
export const GENERATED_SHEETS = {
  results: "검증결과",
  summaryByStrategy: "요약_전략별",
  summaryByIndicator: "요약_지표",
  revisionLog: "수정이력",
  store: "PlanCheckStore",
  resultsSummary: "요약_시행결과",
} as const;

const NAMES: ReadonlySet<string> = new Set(Object.values(GENERATED_SHEETS).map((name) => name.toLowerCase()));
const STORE_NAME = GENERATED_SHEETS.store.toLowerCase();

/** The add-in's store sheet, whatever the case of its name: Excel's sheet names ignore case (getItem finds it either way). */
export function isStoreSheet(name: string): boolean {
  return name.toLowerCase() === STORE_NAME;
}

// A key the add-in writes ("baseline", "revisionLog", "appliedFixes", …): never a user's heading or number.
const STORE_KEY = /^[A-Za-z][A-Za-z0-9_.:-]*$/;

/**
 * Whether a sheet named GENERATED_SHEETS.store is the add-in's: very hidden (Excel's own UI can hide a sheet but
 * never make it very hidden) and every row holding anything keyed in A as the add-in keys. A user's sheet of that
 * name is neither read as the store (no baseline or seal taken from it) nor cleared: SheetNotOwnedError.
 */
export function isOwnStore(veryHidden: boolean, rows: readonly (readonly unknown[] | undefined)[] | undefined): boolean {
  if (!veryHidden) return false;
  for (const row of rows ?? []) {
    if (!row || row.every((value) => value === null || value === undefined || value === "")) continue;
    const key = row[0];
    if (typeof key !== "string" || !STORE_KEY.test(key)) return false;
  }
  return true;
}

/**
 * The add-in's store in a grid that holds it (a file read whole; the store the pane's read hands on): the sheet of
 * its name, when isOwnStore says it is ours. A sheet whose visibility the reader did not tell (a grid made in
 * memory) is taken by its name, as before readers told it.
 */
export function ownStoreSheet(grid: Grid): SheetGrid | undefined {
  const sheet = grid.sheets.find((s) => isStoreSheet(s.name));
  if (!sheet || sheet.visibility === undefined) return sheet;
  return isOwnStore(sheet.visibility === "veryHidden", sheet.values) ? sheet : undefined;
}

/** The 시행결과 form of a year, 시행결과_2024: one per year, so recognised by its pattern. */
export function isResultsFormSheet(name: string): boolean {
  return /^시행결과_\d{4}$/.test(name);
}

/** Excel compares sheet names without case, and so does this. */
export function isGeneratedSheet(name: string): boolean {
  return NAMES.has(name.toLowerCase()) || isResultsFormSheet(name);
}
