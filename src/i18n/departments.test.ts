import { CONFLICT_KINDS } from "../engine/consolidate/types";
import { conflictKindText, departmentTexts } from "./departments";
import { LANGS, placeholders } from "./format";

describe("department texts (src/i18n/departments.ts)", () => {
  it.each(Object.entries(departmentTexts))("%s has ko and en with the same placeholders", (id, texts) => {
    for (const lang of LANGS) expect({ id, lang, empty: texts[lang].trim() === "" }).toEqual({ id, lang, empty: false });
    expect({ id, en: placeholders(texts.en) }).toEqual({ id, en: placeholders(texts.ko) });
  });

  it("names every conflict kind in both languages, and has a line for it", () => {
    for (const kind of CONFLICT_KINDS) {
      for (const lang of LANGS) expect(conflictKindText(kind, lang)).not.toBe("");
      expect(departmentTexts).toHaveProperty([`line.${kind}`]);
    }
  });

  it("keeps the in-cell rule texts within Excel's limits (title 32, message 255)", () => {
    for (const kind of ["flag", "budget"]) {
      for (const lang of LANGS) {
        const t = (k: string) => departmentTexts[`rule.${kind}.${k}` as keyof typeof departmentTexts][lang];
        expect(t("title").length).toBeLessThanOrEqual(32);
        expect(t("errorTitle").length).toBeLessThanOrEqual(32);
        expect(t("prompt").length).toBeLessThanOrEqual(255);
        expect(t("error").length).toBeLessThanOrEqual(255);
      }
    }
  });
});
