/**
 * The validate use case, written once for every face (CLI, task pane, ribbon command): a Grid read by
 * whichever adapter → the plan, its counts, the findings and how many of each severity.
 */
import {
  countBySeverity,
  planCounts,
  PlanReadError,
  readPlan,
  validatePlan,
  type Finding,
  type Grid,
  type Plan,
  type PlanCounts,
  type PlanReadFailure,
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

/** Why a workbook could not be validated: a PlanReadError's reason, or "unexpected" for anything else. */
export interface ReadFailure {
  reason: PlanReadFailure | "unexpected";
  data: Record<string, string | number>;
}

/** Any error thrown while reading or validating → a ReadFailure a face can render as one line. */
export function toReadFailure(error: unknown): ReadFailure {
  if (error instanceof PlanReadError) return { reason: error.reason, data: { ...error.data } };
  // A PlanReadError from another copy of the engine (two bundles) still counts as one.
  if (error instanceof Error && error.name === "PlanReadError" && typeof (error as PlanReadError).reason === "string") {
    const { reason, data } = error as PlanReadError;
    return { reason, data: { ...(data ?? {}) } };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { reason: "unexpected", data: { detail: message.split("\n")[0].slice(0, 300) } };
}
