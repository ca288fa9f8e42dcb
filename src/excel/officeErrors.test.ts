/**
 * Excel's error codes → one ko/en text each, the same in the pane and in the ribbon's 검증결과
 * (./officeErrors.ts); and an error as Microsoft's runtime raises it is recognised.
 */
import { commandFailureText } from "../commands/commands";
import { uiText } from "../i18n/ui";
import { toActionFailure } from "../taskpane/actions";
import { actionFailureText } from "../taskpane/failureText";
import { createOfficePort } from "./officePort";
import { OFFICE_ERROR_CODES, officeErrorCode, officeErrorKind, type OfficeErrorKind } from "./officeErrors";
import { LiveWorkbook } from "../../test/kits/excel/liveWorkbook";

/** An error as OfficeExtension raises it. */
function richApiError(code: string): Error {
  return Object.assign(new Error(`Excel refused (${code}).`), { name: "RichApi.Error", code });
}

/** Every code of Excel.ErrorCodes (@types/office-js) and the requests' own, with what it must say. */
const EVERY_CODE: [string, OfficeErrorKind][] = [
  ["AccessDenied", "protected"],
  ["ApiNotFound", "unsupported"],
  ["Conflict", "busy"],
  ["DirtySupportingFormula", "other"],
  ["EmptyChartSeries", "other"],
  ["FilteredRangeConflict", "rangeConflict"],
  ["FormulaLengthExceedsLimit", "tooLarge"],
  ["GeneralException", "general"],
  ["InactiveWorkbook", "busy"],
  ["InsertDeleteConflict", "rangeConflict"],
  ["InvalidArgument", "other"],
  ["InvalidBinding", "notFound"],
  ["InvalidOperation", "other"],
  ["InvalidReference", "notFound"],
  ["InvalidSelection", "notFound"],
  ["ItemAlreadyExists", "alreadyExists"],
  ["ItemNotFound", "notFound"],
  ["MergedRangeConflict", "rangeConflict"],
  ["NonBlankCellOffSheet", "rangeConflict"],
  ["NotImplemented", "unsupported"],
  ["OpenWorkbookLinksBlocked", "other"],
  ["OperationCellsExceedLimit", "tooLarge"],
  ["PivotTableRangeConflict", "rangeConflict"],
  ["PowerQueryRefreshResourceChallenge", "other"],
  ["RangeExceedsLimit", "tooLarge"],
  ["RangeImageExceedsLimit", "other"],
  ["RefreshWorkbookLinksBlocked", "other"],
  ["RequestAborted", "busy"],
  ["ResponsePayloadSizeLimitExceeded", "tooLarge"],
  ["UnsupportedFeature", "unsupported"],
  ["UnsupportedFillType", "unsupported"],
  ["UnsupportedOperation", "unsupported"],
  ["UnsupportedSheet", "unsupported"],
  ["InvalidOperationInCellEditMode", "editMode"],
  // The requests' own (Office's error list), beyond Excel.ErrorCodes:
  ["RequestPayloadSizeLimitExceeded", "tooLarge"],
  ["ActivityLimitReached", "busy"],
  ["ServiceNotAvailable", "busy"],
  ["Timeout", "busy"],
  ["EditModeCannotAcquireLock", "editMode"],
  ["SomethingNew", "other"],
];

describe("Office error codes", () => {
  it.each(EVERY_CODE)("%s is said as %s, the same in the pane and in the ribbon's 검증결과, in Korean and English", (code, kind) => {
    const error = richApiError(code);
    expect(officeErrorKind(error)).toBe(kind);
    expect(toActionFailure(error)).toEqual({ kind: "office", code: kind });
    for (const lang of ["ko", "en"] as const) {
      const text = uiText(`failure.office.${kind}`, lang);
      expect(actionFailureText(toActionFailure(error), lang)).toBe(text);
      expect(commandFailureText(error, lang)).toBe(`${text} (${uiText("failure.office.code", lang, { code })})`);
    }
  });

  it("gives each kind its own text, and lists every code once", () => {
    const kinds: OfficeErrorKind[] = [...(Object.keys(OFFICE_ERROR_CODES) as OfficeErrorKind[]), "other"];
    for (const lang of ["ko", "en"] as const) expect(new Set(kinds.map((k) => uiText(`failure.office.${k}`, lang))).size).toBe(kinds.length);
    const codes = Object.values(OFFICE_ERROR_CODES).flat();
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(EVERY_CODE.some(([c]) => c === code)).toBe(true);
  });

  it("is no Office error without the runtime's name or a code", () => {
    expect(officeErrorKind(new Error("AccessDenied"))).toBeNull();
    expect(officeErrorKind(Object.assign(new Error("x"), { code: "AccessDenied" }))).toBeNull();
    expect(officeErrorKind(Object.assign(new Error("x"), { name: "RichApi.Error" }))).toBeNull();
    expect(officeErrorKind("AccessDenied")).toBeNull();
  });

  it("recognises an error as Microsoft's runtime raises it: a sheet added under structure protection", async () => {
    const live = LiveWorkbook.fromGrid({ sheets: [{ name: "Sheet1", values: [["memo"]], merges: [] }] });
    live.structureProtected = true;
    const error = await createOfficePort(live.run)
      .replaceSheet({ name: "검증결과", marker: "m", rows: [[{ value: "x" }]] })
      .catch((e: unknown) => e);
    expect(officeErrorCode(error)).toBe("AccessDenied");
    expect(commandFailureText(error, "ko")).toContain(uiText("failure.office.protected", "ko"));
  });
});
