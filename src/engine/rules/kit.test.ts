import type { RuleCatalogue } from "../../i18n/rules";
import { ruleTexts } from "../../i18n/rules";
import { defineRule, hitMaker } from "./kit";

const ref = { sheet: "총괄표", row: 3, col: 2 };

describe("rule kit", () => {
  it("makes hits with only the keys that are set, and carries the rule's message ids", () => {
    const makeHit = hitMaker(["first", "second"]);
    expect(makeHit.messageIds).toEqual(["first", "second"]);
    expect(makeHit("second", ref)).toEqual({ messageId: "second", ref, data: {} });
    expect(makeHit("first", ref, { value: 1 }, { projectId: "P-1", severity: "info" })).toEqual({
      messageId: "first",
      ref,
      data: { value: 1 },
      projectId: "P-1",
      severity: "info",
    });
  });

  it("lets the compiler refuse a message id the rule does not have", () => {
    const makeHit = hitMaker(["only"]);
    // @ts-expect-error: "other" is not one of this rule's message ids
    const hit = makeHit("other", ref);
    expect(hit.messageId).toBe("other");
    const rule = defineRule({ id: "test/kit", defaultSeverity: "info", messageIds: makeHit.messageIds, check: () => [] });
    const id: "test/kit" = rule.id;
    expect(id).toBe("test/kit");
  });

  it("lets the compiler refuse a catalogue that lacks a rule or a message", () => {
    // @ts-expect-error: a catalogue must hold every registered rule
    const partial: RuleCatalogue = { "flags/key-count": ruleTexts["flags/key-count"] };
    expect(Object.keys(partial)).toEqual(["flags/key-count"]);
    const withoutMessage: RuleCatalogue = {
      ...ruleTexts,
      // @ts-expect-error: flags/key-count's texts must include every one of its messages
      "flags/key-count": { title: ruleTexts["flags/key-count"].title, messages: { keyProjects: ruleTexts["flags/key-count"].messages.keyProjects } },
    };
    expect(Object.keys(withoutMessage["flags/key-count"].messages)).toEqual(["keyProjects"]);
  });
});
