/**
 * Why a file cannot be read as a plan. Carries a reason and data only; the CLI and the pane render it
 * (src/i18n/app.ts) as one clear line, never a stack trace.
 */
export type PlanReadFailure =
  | "notWorkbook"
  | "damaged"
  | "passwordProtected"
  | "noPlanTable"
  | "fileNotFound"
  | "tooLarge"
  | "notRegularFile";

export class PlanReadError extends Error {
  constructor(
    readonly reason: PlanReadFailure,
    readonly data: Record<string, string | number> = {},
  ) {
    super(`${reason} ${JSON.stringify(data)}`);
    this.name = "PlanReadError";
  }
}
