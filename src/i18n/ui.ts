/** Korean and English texts of the task pane, the ribbon command and the generated sheets. */
import { format, type Lang, type Texts } from "./format";

export const uiTexts = {
  "severity.error": { ko: "오류", en: "Error" },
  "severity.warning": { ko: "경고", en: "Warning" },
  "severity.info": { ko: "정보", en: "Info" },

  "results.title": { ko: "검증결과 — {sheet} ({time})", en: "Validation results — {sheet} ({time})" },
  "results.severity": { ko: "구분", en: "Severity" },
  "results.cell": { ko: "셀", en: "Cell" },
  "results.project": { ko: "사업", en: "Project" },
  "results.message": { ko: "내용", en: "Finding" },
  "results.fix": { ko: "수정안", en: "Fix" },
  "results.rule": { ko: "규칙", en: "Rule" },
} satisfies Record<string, Texts>;

export type UiTextKey = keyof typeof uiTexts;

export function uiText(key: UiTextKey, lang: Lang, data?: Record<string, string | number>): string {
  return format(uiTexts[key][lang], data);
}
