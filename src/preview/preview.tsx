/** Entry of preview.html: the task pane beside a workbook opened in the browser (no Excel needed). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langFromDisplayLanguage } from "../i18n";
import { PreviewApp } from "./PreviewApp";

// Korean by default, as in Excel; ?lang=en stands in for an English Office (the pane's menu switches too).
const lang = langFromDisplayLanguage(new URLSearchParams(window.location.search).get("lang"));

const container = document.getElementById("root") as HTMLElement;
createRoot(container).render(
  <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
    <PreviewApp initialLang={lang} />
  </FluentProvider>,
);
