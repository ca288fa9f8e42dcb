/**
 * Entry of taskpane.html inside Excel: once Office is ready, the pane's actions run over the Office.js
 * WorkbookPort (and read the open file through getFileAsync for 부서별 양식 만들기). Korean unless Office's display language is English (the pane has a switch too).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createOfficePort } from "../excel/officePort";
import { App } from "./App";
import { createPaneActions } from "./actions";
import { readOpenWorkbookBytes, workbookOpener } from "../excel/officeFile";
import { langFromDisplayLanguage } from "../i18n";

function render(): void {
  const container = document.getElementById("root");
  if (!container) return;
  const lang = langFromDisplayLanguage(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  document.documentElement.lang = lang;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        actions={createPaneActions(createOfficePort(), { readWorkbookBytes: () => readOpenWorkbookBytes(), openWorkbook: workbookOpener() ?? undefined })}
        initialLang={lang}
      />
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => render());
} else {
  render();
}
