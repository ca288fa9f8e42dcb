/**
 * The ribbon's 계획 검증 button (manifest: ExecuteFunction "validatePlan"), without opening the pane:
 * validate and highlight in place, then write the 검증결과 sheet with the findings and links to their
 * cells — or, when no plan can be read (or another run is validating, or Excel refused), a 검증결과 sheet
 * saying why; when not even 검증결과 can be written, an Office dialog (notice.html) says it. Never only
 * the console. event.completed() is always called.
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
    // Not even 검증결과 could be written: the sentence goes to an Office dialog (and the console for support).
    const text = uiText("command.failed", lang, { detail: commandFailureText(error, lang) });
    console.error(text);
    await showNotice(text);
  } finally {
    event.completed();
  }
}

/** Longest the command waits for the user to close the notice before completing anyway. */
export const NOTICE_WAIT_MS = 10 * 60_000;

/**
 * Shows `text` in an Office dialog (notice.html, beside this page) and resolves when the user closes it —
 * a function command's dialog lives only until event.completed(). Resolves at once where Office has no
 * dialog (the console line is then all there is).
 */
export function showNotice(text: string): Promise<void> {
  return new Promise((resolve) => {
    const ui = typeof Office !== "undefined" ? Office.context?.ui : undefined;
    const page = globalThis.location?.href; // commands.html's address: the dialog must be on the add-in's own origin
    if (!ui || typeof ui.displayDialogAsync !== "function" || !page) return resolve();
    // notice.html beside commands.html (by text: the URL class is missing in the oldest webview).
    const url = `${page.replace(/[^/?#]*(?:[?#].*)?$/, "notice.html")}#${encodeURIComponent(text)}`;
    const timer = setTimeout(resolve, NOTICE_WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return done();
      // The user closing the dialog is the only event a page that never messages its parent sends.
      result.value.addEventHandler(Office.EventType.DialogEventReceived, done);
    });
  });
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    if (Office.actions?.associate) Office.actions.associate("validatePlan", validatePlan);
  });
  // Older clients look the function up by name on the global object.
  (globalThis as unknown as Record<string, unknown>).validatePlan = validatePlan;
}
