import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { placeholders } from "../../i18n/format";
import { ruleMessage, ruleTexts } from "../../i18n/rules";
import { SEVERITIES, type Rule } from "../finding";
import { rules } from "./index";

describe("rule registry", () => {
  const ids = rules.map((r) => r.id);

  it("is sorted by id", () => {
    expect(ids).toEqual([...ids].sort());
  });

  it("has unique ids of the form family/name", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s: a severity, message ids and one file with a test beside it", (id, rule) => {
    expect(SEVERITIES).toContain(rule.defaultSeverity);
    expect(rule.messageIds.length).toBeGreaterThan(0);
    expect(new Set(rule.messageIds).size).toBe(rule.messageIds.length);
    expect(existsSync(join(__dirname, `${id}.ts`))).toBe(true);
    expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s: every message has ko and en text with the same placeholders", (id, rule) => {
    for (const messageId of rule.messageIds) {
      const texts = ruleMessage(id, messageId);
      expect({ messageId, ko: !!texts?.ko.trim(), en: !!texts?.en.trim() }).toEqual({ messageId, ko: true, en: true });
      expect({ messageId, placeholders: placeholders(texts?.en ?? "") }).toEqual({ messageId, placeholders: placeholders(texts?.ko ?? "") });
    }
  });

  it("has no text for a rule or message that does not exist", () => {
    for (const [id, { messages }] of Object.entries(ruleTexts)) {
      const rule = rules.find((r) => r.id === id) as Rule | undefined;
      expect({ id, known: !!rule }).toEqual({ id, known: true });
      for (const messageId of Object.keys(messages)) expect(rule?.messageIds).toContain(messageId);
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s: every message id is exercised by an invalid case of its test", (id, rule) => {
    const source = readFileSync(join(__dirname, `${id}.test.ts`), "utf8");
    const start = source.indexOf("invalid:");
    expect(start).toBeGreaterThan(-1);
    const used = new Set([...source.slice(start).matchAll(/messageId:\s*"(\w+)"/g)].map((m) => m[1]));
    expect(rule.messageIds.filter((m) => !used.has(m))).toEqual([]);
  });
});
