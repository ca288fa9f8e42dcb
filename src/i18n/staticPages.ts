/**
 * Texts of the pages that run without the bundles (plain ES5 files copied beside them): kept here, out of
 * the pane's catalogue and first load, and equal to the files' own copies (test/build.test.ts).
 */
import type { Texts } from "./format";

export const staticPageTexts: Record<string, Texts> = {
  "fallback.oldWebview": {
    ko: "이 Excel의 웹 구성 요소가 오래되어 작업창을 열 수 없습니다. Office를 최신 버전으로 업데이트하거나 웹용 Excel(office.com)에서 사용하세요.",
    en: "This Excel's web component is too old to run the task pane. Update Office, or use Excel on the web (office.com).",
  },
};
