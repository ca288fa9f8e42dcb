/** An ActionFailure as one line in the pane's language: never a stack trace. */
import { toA1 } from "../engine/a1";
import type { Lang } from "../i18n";
import { readFailureText } from "../i18n/app";
import { uiText } from "../i18n/ui";
import type { ActionFailure } from "./actions";

export function actionFailureText(failure: ActionFailure, lang: Lang, workbookName?: string): string {
  const workbook = workbookName ?? uiText("pane.workbook", lang);
  switch (failure.kind) {
    case "read":
      return readFailureText(failure.failure, failure.file ?? workbook, lang);
    case "sheetNotOwned":
      return uiText("failure.sheetNotOwned", lang, { sheet: failure.sheet });
    case "sheetChanged":
      return uiText("failure.sheetChanged", lang, { sheet: failure.ref.sheet, cell: toA1(failure.ref.row, failure.ref.col) });
    case "storeTooLarge":
      return uiText("failure.storeTooLarge", lang, { sheet: failure.sheet, megabytes: failure.megabytes });
    case "noDepartments":
      return uiText("failure.noDepartments", lang);
    case "noWorkbookBytes":
      return uiText(failure.unsupportedHost ? "failure.noCompressedFile" : "failure.noWorkbookBytes", lang);
    case "office":
      return uiText(`failure.office.${failure.code}`, lang);
    case "running":
      return uiText("failure.running", lang);
    default:
      return uiText("status.failed", lang, { detail: failure.detail });
  }
}
