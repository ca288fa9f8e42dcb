import { LANGS, placeholders } from "./format";
import { resultsTexts } from "./results";

describe("results texts (src/i18n/results.ts)", () => {
  it.each(Object.entries(resultsTexts))("%s has ko and en with the same placeholders", (id, texts) => {
    for (const lang of LANGS) expect({ id, lang, empty: texts[lang].trim() === "" }).toEqual({ id, lang, empty: false });
    expect({ id, en: placeholders(texts.en).sort() }).toEqual({ id, en: placeholders(texts.ko).sort() });
  });
});
