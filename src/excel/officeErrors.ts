/**
 * Excel's refusals (OfficeExtension.Error, name "RichApi.Error", `code` one of Excel.ErrorCodes and the
 * request-level codes) → what the user can do about them. One table for the pane and the ribbon's
 * 검증결과, rendered from the `failure.office.<kind>` texts of src/i18n/ui.ts.
 */

/** What an Office error means to the user; each kind has its ko/en text. */
export type OfficeErrorKind =
  | "editMode"
  | "protected"
  | "notFound"
  | "alreadyExists"
  | "tooLarge"
  | "rangeConflict"
  | "busy"
  | "unsupported"
  | "general"
  | "other";

/**
 * Excel's documented codes (Excel.ErrorCodes plus the Office requests' own) by kind. A code not listed
 * here is "other"; a code is matched whole, compared without case.
 */
export const OFFICE_ERROR_CODES: Readonly<Record<Exclude<OfficeErrorKind, "other">, readonly string[]>> = {
  editMode: ["InvalidOperationInCellEditMode", "EditModeCannotAcquireLock"],
  protected: ["AccessDenied"],
  notFound: ["ItemNotFound", "InvalidReference", "InvalidBinding", "InvalidSelection"],
  alreadyExists: ["ItemAlreadyExists"],
  tooLarge: ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "OperationCellsExceedLimit", "RangeExceedsLimit", "FormulaLengthExceedsLimit"],
  rangeConflict: ["MergedRangeConflict", "FilteredRangeConflict", "PivotTableRangeConflict", "InsertDeleteConflict", "NonBlankCellOffSheet"],
  busy: ["Conflict", "ActivityLimitReached", "ServiceNotAvailable", "Timeout", "RequestAborted", "InactiveWorkbook"],
  unsupported: ["ApiNotFound", "NotImplemented", "UnsupportedOperation", "UnsupportedFeature", "UnsupportedSheet", "UnsupportedFillType"],
  general: ["GeneralException"],
};

const KIND_OF_CODE = new Map<string, OfficeErrorKind>(
  Object.entries(OFFICE_ERROR_CODES).flatMap(([kind, codes]) => codes.map((code) => [code.toLowerCase(), kind as OfficeErrorKind] as const)),
);

/** The code of an Office error (OfficeExtension.Error), or null for any other error. */
export function officeErrorCode(error: unknown): string | null {
  // By shape, not class: office.js may run in another realm (an iframe, the test runtime's sandbox).
  if (typeof error !== "object" || error === null) return null;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "RichApi.Error" && typeof code === "string" && code !== "" ? code : null;
}

/** The kind of an Office error, or null when `error` is not one. */
export function officeErrorKind(error: unknown): OfficeErrorKind | null {
  const code = officeErrorCode(error);
  if (code === null) return null;
  return KIND_OF_CODE.get(code.toLowerCase()) ?? (/protected/i.test(code) ? "protected" : "other");
}

/** Excel's answer to a request or response over its payload limit (Excel on the web: 5 MB each way). */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /PayloadSizeLimitExceeded/i.test(code);
}
