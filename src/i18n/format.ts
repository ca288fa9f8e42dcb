export type Lang = "ko" | "en";
export const LANGS: readonly Lang[] = ["ko", "en"];

/** Office's display language ("en-US", "ko-KR", …) → the add-in's language: English only for "en…", Korean otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  return typeof displayLanguage === "string" && /^en(\b|-|_|$)/i.test(displayLanguage) ? "en" : "ko";
}

/** Every user-facing text exists in both languages; the type makes a missing one a compile error. */
export type Texts = Record<Lang, string>;

/** Fills "{name}" placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

/** Placeholders a template uses, for the catalogue tests. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
