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

/** The 시행결과 form of a year, 시행결과_2024: one per year, so recognised by its pattern. */
export function isResultsFormSheet(name: string): boolean {
  return /^시행결과_\d{4}$/.test(name);
}

/** Excel compares sheet names without case, and so does this. */
export function isGeneratedSheet(name: string): boolean {
  return NAMES.has(name.toLowerCase()) || isResultsFormSheet(name);
}
