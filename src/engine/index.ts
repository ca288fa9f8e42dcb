/** The plan engine: pure TypeScript, no Office.js, no DOM, no fs. */
export * from "./grid";
export * from "./plan";
export * from "./finding";
export { toA1, fromA1, columnLetters, rangeFromA1 } from "./a1";
export { readPlan } from "./read/readPlan";
export { PlanReadError, type PlanReadFailure } from "./read/errors";
export { validatePlan, countBySeverity, type ValidateOptions } from "./validate";
export { planCounts, planSpan, planYearsWithTargets, type PlanCounts } from "./counts";
export { projectIdentity, groupByIdentity, normalizeName } from "./identity";
export { rules } from "./rules";
export { GENERATED_SHEETS, isGeneratedSheet, isStoreSheet, ownStoreSheet } from "./sheets";
export { rowOwners, type RowOwners } from "./rowOwners";
