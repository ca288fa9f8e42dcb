/**
 * The ribbon's 계획 검증 button (manifest: ExecuteFunction "validatePlan"), without opening the pane:
 * validate and highlight in place, then write the 검증결과 sheet with the findings and links to their
 * cells — or, when no plan can be read, a 검증결과 sheet saying why. event.completed() is always called.
 */
import { validateInPlace } from "../app/inPlace";
import { SHEETS, type GeneratedSheet, type SheetNotOwnedError, type WorkbookPort } from "../app/port";
import { RESULTS_MARKER, resultsSheet } from "../app/resultsSheet";
import { toReadFailure } from "../app/validateWorkbook";
import { officeErrorCode, officeErrorKind } from "../excel/officeErrors";
import { createOfficePort } from "../excel/officePort";
import { langFromDisplayLanguage, type Lang } from "../i18n";
import { readFailureText } from "../i18n/app";
import { uiText } from "../i18n/ui";

export interface CommandEvent {
  completed(options?: unknown): void;
}

/** One run of the command over any WorkbookPort (tests use a memory port). */
export async function runValidateCommand(port: WorkbookPort, lang: Lang): Promise<void> {
  const sheet = await validateInPlace(port).then(
    (result) => resultsSheet(result.plan, result.findings, lang, new Date()),
    (error: unknown) => failureSheet(commandFailureText(error, lang), lang),
  );
  await port.replaceSheet(sheet);
  // No pane to speak in: the answer is 검증결과 itself, brought to the front (its first row has the counts).
  await port.select({ sheet: SHEETS.results, row: 0, col: 0 });
}

/** Why the command did not validate, in the user's language: the pane's texts, never a stack. */
export function commandFailureText(error: unknown, lang: Lang): string {
  if (error instanceof Error && error.name === "ValidationRunningError") return uiText("failure.running", lang);
  if (error instanceof Error && error.name === "SheetNotOwnedError") return uiText("failure.sheetNotOwned", lang, { sheet: (error as SheetNotOwnedError).sheet });
  const kind = officeErrorKind(error);
  if (kind !== null) return `${uiText(`failure.office.${kind}`, lang)} (${uiText("failure.office.code", lang, { code: officeErrorCode(error) ?? "" })})`;
  return readFailureText(toReadFailure(error), uiText("pane.workbook", lang), lang);
}

/** 검증결과 saying why there are no findings to list. */
function failureSheet(text: string, lang: Lang): GeneratedSheet {
  return {
    name: SHEETS.results,
    marker: RESULTS_MARKER,
    rows: [[{ value: uiText("pane.title", lang), bold: true }], [{ value: text, wrap: true }]],
    columnWidths: [100],
  };
}

export async function validatePlan(event: CommandEvent, port: () => WorkbookPort = () => createOfficePort()): Promise<void> {
  const lang = langFromDisplayLanguage(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  try {
    await runValidateCommand(port(), lang);
  } catch (error) {
    // No UI to show it in from a function command: the console is what is left (F12 tools / runtime logging).
    console.error(uiText("command.failed", lang, { detail: error instanceof Error ? error.message : String(error) }));
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    if (Office.actions?.associate) Office.actions.associate("validatePlan", validatePlan);
  });
  // Older clients look the function up by name on the global object.
  (globalThis as unknown as Record<string, unknown>).validatePlan = validatePlan;
}
