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
  const parts = templateParts(template);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    text += (Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : `{${key}}`) + parts[i + 1];
  }
  return text;
}

/** A template split once into text and placeholder names (text, name, text, …): a report formats the same few hundred many times. */
const splitTemplates = new Map<string, readonly string[]>();

/** A template as text, placeholder name, text, …, name, text (split once and kept); format fills it. */
export function templateParts(template: string): readonly string[] {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (splitTemplates.size > 2_000) splitTemplates.clear();
    splitTemplates.set(template, parts);
  }
  return parts;
}

/** Placeholders a template uses, for the catalogue tests. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
