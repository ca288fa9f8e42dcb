/**
 * Every failure the pane can show, rendered in Korean and English from the catalogues: no message id,
 * no JSON, no English sentence in the Korean text, no Korean-only text in the English one.
 */
import { SheetChangedError, SheetNotOwnedError, StoreTooLargeError } from "../app/port";
import { PlanReadError } from "../engine/read/errors";
import { NoDepartmentsError } from "../app/departments";
import { toActionFailure, WorkbookBytesUnavailableError, type ActionFailure } from "./actions";
import { actionFailureText } from "./failureText";

/** Words of the Latin alphabet a Korean message may carry: file formats, Excel's own names and keys. */
const ALLOWED_LATIN = new Set(["Excel", "xlsx", "xls", "xlsb", "ods", "docx", "pptx", "xl", "workbook", "xml", "zip", "OpenDocument", "Word", "PowerPoint", "Enter", "Esc", "PlanCheckStore", "MB"]);

function officeError(code: string): Error {
  return Object.assign(new Error(`${code}: the request failed`), { name: "RichApi.Error", code });
}

const THROWN: [string, unknown][] = [
  ...["other", "empty", "xls", "xlsb", "ods", "docx", "pptx", "zip", "directory"].map((looksLike): [string, unknown] => [
    `notWorkbook (${looksLike})`,
    new PlanReadError("notWorkbook", { looksLike }),
  ]),
  ["damaged", new PlanReadError("damaged", { detail: "end of central directory record signature not found" })],
  ["password", new PlanReadError("passwordProtected")],
  ["no plan", new PlanReadError("noPlanTable", { sheets: "Sheet1, 메모" })],
  ["sheet already exists (검증결과)", new SheetNotOwnedError("검증결과")],
  ["sheet already exists (요약_지표)", new SheetNotOwnedError("요약_지표")],
  ["store too large even in parts", new StoreTooLargeError("PlanCheckStore", 7_340_032)],
  ["form changed since it was read", new SheetChangedError({ sheet: "시행결과_2025", row: 6, col: 2 })],
  ["no departments", new NoDepartmentsError()],
  ["no workbook bytes", new WorkbookBytesUnavailableError()],
  ["Office: cell edit mode", officeError("InvalidOperationInCellEditMode")],
  ["Office: protected", officeError("AccessDenied")],
  ["Office: not found", officeError("ItemNotFound")],
  ["Office: too large", officeError("RequestPayloadSizeLimitExceeded")],
  ["Office: other", officeError("GeneralException")],
];

describe("every failure the pane shows, in both languages", () => {
  it.each(THROWN)("%s: Korean with no id, JSON or English; English with no Korean sentence", (_, error) => {
    const failure: ActionFailure = toActionFailure(error);
    expect(failure.kind).not.toBe("unexpected");
    const ko = actionFailureText(failure, "ko", "계획.xlsx");
    const en = actionFailureText(failure, "en", "plan.xlsx");
    expect(ko).not.toMatch(/[{}]|"|\b[a-z]+[A-Z]\w*\b|Error\b/); // no JSON, no camelCase id, no error name
    // A cell named in A1 (C7) is no English word.
    const latin = ko.replace(/\b[A-Z]{1,3}\d+\b/g, "").replace(/\d+/g, "").match(/[A-Za-z]+/g) ?? [];
    expect(latin.filter((word) => !ALLOWED_LATIN.has(word))).toEqual([]);
    expect(ko).toMatch(/[가-힣]/);
    expect(en).not.toMatch(/[{}]|\b[a-z]+[A-Z]\w*\b/);
    // English may quote the plan's Korean names (시트, 담당부서) but says everything in English.
    expect(en.replace(/'[^']*'|\([^)]*\)|[가-힣_]+/g, "").match(/[A-Za-z]{3,}/g)?.length ?? 0).toBeGreaterThan(3);
  });

  it("names the store and its size when Excel refuses it even in parts", () => {
    const failure = toActionFailure(new StoreTooLargeError("PlanCheckStore", 7_340_032));
    expect(failure).toEqual({ kind: "storeTooLarge", sheet: "PlanCheckStore", megabytes: 7.3 });
    expect(actionFailureText(failure, "ko")).toMatch(/'PlanCheckStore'.*7\.3MB/);
    expect(actionFailureText(failure, "en")).toMatch(/'PlanCheckStore'.*7\.3 MB/);
  });

  it("names the form and its first cell changed since the read, saying nothing was written", () => {
    const failure = toActionFailure(new SheetChangedError({ sheet: "시행결과_2025", row: 6, col: 2 }));
    expect(failure).toEqual({ kind: "sheetChanged", ref: { sheet: "시행결과_2025", row: 6, col: 2 } });
    expect(actionFailureText(failure, "ko")).toBe("'시행결과_2025' 시트의 C7이(가) 읽은 뒤 바뀌어 아무것도 쓰지 않았습니다. 다시 실행해 주세요.");
    expect(actionFailureText(failure, "en")).toBe("Cell C7 of the '시행결과_2025' sheet changed after it was read, so nothing was written. Please run it again.");
  });

  it("an unknown error still leads with a Korean sentence", () => {
    expect(actionFailureText(toActionFailure(new TypeError("x is undefined")), "ko")).toMatch(/^작업을 마치지 못했습니다/);
  });
});
