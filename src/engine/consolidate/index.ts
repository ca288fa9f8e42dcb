/** Departments and the coordinator: department input workbooks (split), input rules, consolidation. */
export * from "./types";
export { inputRules, editableCells, refKey, type InputRule, type InputRuleKind } from "./inputRules";
export {
  planDepartmentSplit,
  departmentsOf,
  departmentKey,
  departmentFileName,
  keptRowMap,
  shiftRef,
  type DepartmentSplit,
  type SplitPlan,
  type PlanDepartment,
} from "./split";
export { planConsolidation } from "./planConsolidation";
export { consolidationJson, type ConsolidationJson } from "./json";
