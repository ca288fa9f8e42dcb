/** The pane's text function for one language: every visible string comes from src/i18n. */
import type { Lang } from "../i18n";
import { uiText, type UiTextKey } from "../i18n/ui";

export type T = (key: UiTextKey, data?: Record<string, string | number>) => string;

export function textsFor(lang: Lang): T {
  return (key, data) => uiText(key, lang, data);
}
