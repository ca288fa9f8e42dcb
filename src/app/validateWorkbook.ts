/**
 * The validate use case, written once for every face (CLI, task pane, ribbon command): a Grid read by
 * whichever adapter → the plan, its counts, the findings and how many of each severity.
 */
import {
  countBySeverity,
  planCounts,
  readPlan,
  validatePlan,
  type Finding,
  type Grid,
  type Plan,
  type PlanCounts,
  type Severity,
  type ValidateOptions,
} from "../engine";

export type ValidateGridOptions = ValidateOptions;

export interface ValidationResult {
  plan: Plan;
  counts: PlanCounts;
  findings: Finding[];
  severities: Record<Severity, number>;
}

/** Reads the plan from the grid and validates it. Throws PlanReadError when no plan can be read. */
export function validateGrid(grid: Grid, options: ValidateGridOptions = {}): ValidationResult {
  const plan = readPlan(grid);
  const findings = validatePlan(plan, options);
  return { plan, counts: planCounts(plan), findings, severities: countBySeverity(findings) };
}


export { toReadFailure, type ReadFailure } from "./readFailure";
