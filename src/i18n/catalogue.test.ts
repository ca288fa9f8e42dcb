import { rules } from "../engine/rules";
import type { PlanReadFailure } from "../engine/read/errors";
import { appTexts, readFailureText, readFailureTextId } from "./app";
import { LANGS, placeholders, type Texts } from "./format";
import { ruleMessage, ruleTexts } from "./rules";

function expectComplete(id: string, texts: Texts | undefined) {
  expect(texts).toBeDefined();
  for (const lang of LANGS) {
    expect({ id, lang, text: texts![lang]?.trim() || "" }).toEqual(expect.objectContaining({ text: expect.stringMatching(/\S/) }));
  }
  expect({ id, en: placeholders(texts!.en) }).toEqual({ id, en: placeholders(texts!.ko) });
}

describe("app texts (src/i18n/app.ts)", () => {
  it.each(Object.entries(appTexts))("%s has ko and en with the same placeholders", (id, texts) => {
    expectComplete(id, texts);
  });

  const reasons: PlanReadFailure[] = ["notWorkbook", "damaged", "passwordProtected", "noPlanTable", "fileNotFound", "tooLarge", "notRegularFile"];

  it.each(reasons)("a %s failure renders as one line naming the file, in both languages", (reason) => {
    for (const lang of LANGS) {
      const line = readFailureText({ reason, data: {} }, "구청/계획.xlsx", lang);
      expect(line.startsWith("구청/계획.xlsx: ")).toBe(true);
      expect(line).not.toMatch(/\n|\{\w+\}/);
    }
  });

  it("refines notWorkbook and fileNotFound by what was found", () => {
    expect(readFailureTextId({ reason: "notWorkbook", data: { looksLike: "xls" } })).toBe("read.notWorkbook.xls");
    expect(readFailureTextId({ reason: "notWorkbook", data: { looksLike: "xlsb" } })).toBe("read.notWorkbook.format");
    expect(readFailureTextId({ reason: "notWorkbook", data: { looksLike: "zip" } })).toBe("read.notWorkbook");
    expect(readFailureTextId({ reason: "fileNotFound", data: { code: "EACCES" } })).toBe("read.fileNotFound.access");
    expect(readFailureTextId({ reason: "somethingNew" })).toBe("read.unexpected");
    for (const lang of LANGS) {
      const cases: [string, Record<string, string>][] = [
        ["notWorkbook", { looksLike: "xlsb" }],
        ["notWorkbook", { looksLike: "directory" }],
        ["notWorkbook", { looksLike: "empty" }],
        ["fileNotFound", { code: "EACCES" }],
      ];
      for (const [reason, data] of cases) {
        expect(readFailureText({ reason, data }, "a.xlsx", lang)).not.toMatch(/\{\w+\}/);
      }
      expect(readFailureText({ reason: "unexpected", data: { detail: "TypeError: x\n  at y" } }, "a.xlsx", lang)).not.toMatch(
        /\n/,
      );
    }
  });

  it("says what the reader looked for when no plan table is found", () => {
    expect(readFailureText({ reason: "noPlanTable" }, "a.xlsx", "ko")).toContain("사업번호(연번)·사업명·성과지표·예산(백만원)");
    expect(readFailureText({ reason: "noPlanTable" }, "a.xlsx", "en")).toContain("looked for a header row with 사업번호");
  });
});

describe("rule messages (src/i18n/rules.ts)", () => {
  it("every message of every registered rule has ko and en with the same placeholders", () => {
    for (const rule of rules) {
      for (const messageId of rule.messageIds) expectComplete(`${rule.id}/${messageId}`, ruleMessage(rule.id, messageId));
    }
  });

  it("every catalogued rule message has ko and en with the same placeholders", () => {
    for (const [ruleId, { messages }] of Object.entries(ruleTexts)) {
      for (const [messageId, texts] of Object.entries(messages)) expectComplete(`${ruleId}/${messageId}`, texts);
    }
  });
});
