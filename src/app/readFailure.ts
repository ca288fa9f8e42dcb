/**
 * Any error met while reading a plan, as the data the faces render (a PlanReadError's reason, else
 * "unexpected"). Apart from the validate use case so the pane can name a failure without loading the engine.
 */
import { PlanReadError, type PlanReadFailure } from "../engine/read/errors";

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
