import { rules } from "../engine/rules";
import { LANGS, placeholders } from "./format";
import { ruleTexts } from "./rules";
import { uiText, uiTexts } from "./ui";

const ruleTitles = Object.fromEntries(Object.entries(ruleTexts).map(([id, texts]) => [id, texts.title]));

describe("pane texts (src/i18n/ui.ts)", () => {
  it.each(Object.entries(uiTexts))("%s has ko and en with the same placeholders", (id, texts) => {
    for (const lang of LANGS) expect({ id, lang, empty: texts[lang].trim() === "" }).toEqual({ id, lang, empty: false });
    expect({ id, en: placeholders(texts.en).sort() }).toEqual({ id, en: placeholders(texts.ko).sort() });
  });

  it("fills every placeholder it is given", () => {
    const text = uiText("revision.recorded", "ko", { sheet: "수정이력", rows: 3 });
    expect(text).toBe("'수정이력' 시트에 3행을 기록하고 기준선을 새로 저장했습니다.");
  });

  it.each(Object.entries(ruleTitles))("rule title %s has ko and en", (id, texts) => {
    for (const lang of LANGS) expect({ id, lang, empty: texts[lang].trim() === "" }).toEqual({ id, lang, empty: false });
  });

  it("names every registered rule in Korean and English, and no rule that is not registered", () => {
    const ids: readonly string[] = rules.map((r) => r.id);
    expect(ids.filter((id) => !ruleTitles[id])).toEqual([]);
    expect(Object.keys(ruleTitles).filter((id) => !ids.includes(id))).toEqual([]);
  });
});
