/**
 * ESLint-style rule tests: `valid` plans give no hit; each `invalid` plan gives exactly the listed hits,
 * in order, by message id and severity (and fix, data and cell where the case names them). Every hit's
 * data must fill its message's placeholders in both languages, and every message id of the rule must be
 * exercised by some invalid case.
 */
import type { FindingData, Hit, Rule, Severity } from "../../../src/engine/finding";
import type { Plan } from "../../../src/engine/plan";
import { placeholders } from "../../../src/i18n/format";
import { ruleMessage } from "../../../src/i18n/rules";
import { buildPlan, type PlanSpec } from "./planBuilder";

export interface ExpectedHit<MessageId extends string = string> {
  /** One of the rule's own message ids (the compiler refuses another). */
  messageId: MessageId;
  /** Default: the rule's default severity. */
  severity?: Severity;
  /** Required when the hit carries a fix; `at` is [row, col] of the fixed cell (zero-based). */
  fix?: { from: string | number; to: string | number; at?: [number, number] };
  /** Values the hit's data must hold (a subset). */
  data?: Partial<FindingData>;
  /** The hit's cell, zero-based [row, col] (and sheet, if not the plan's). */
  at?: [number, number] | [number, number, string];
  projectId?: string;
}

export interface ValidCase {
  name: string;
  plan: PlanSpec | (() => Plan);
}

export interface InvalidCase<MessageId extends string = string> extends ValidCase {
  hits: ExpectedHit<MessageId>[];
}

export interface RuleCases<MessageId extends string = string> {
  valid: ValidCase[];
  invalid: InvalidCase<MessageId>[];
}

function planOf(c: ValidCase): Plan {
  return typeof c.plan === "function" ? c.plan() : buildPlan(c.plan);
}

function checkData(rule: Rule, hit: Hit): void {
  const texts = ruleMessage(rule.id, hit.messageId);
  expect({ rule: rule.id, messageId: hit.messageId, hasText: !!texts }).toEqual({ rule: rule.id, messageId: hit.messageId, hasText: true });
  expect(rule.messageIds).toContain(hit.messageId);
  const data = hit.data ?? {};
  for (const [key, value] of Object.entries(data)) {
    expect({ key, type: typeof value }).toEqual({ key, type: expect.stringMatching(/^(string|number)$/) });
    if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
  }
  if (texts) {
    const missing = [...placeholders(texts.ko), ...placeholders(texts.en)].filter((p) => !(p in data));
    expect({ messageId: hit.messageId, missing }).toEqual({ messageId: hit.messageId, missing: [] });
  }
}

export function ruleTester<MessageId extends string>(rule: Rule<string, MessageId>, cases: RuleCases<NoInfer<MessageId>>): void {
  describe(rule.id, () => {
    describe("valid", () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        const hits = rule.check(planOf(c));
        expect(hits.map((h) => h.messageId)).toEqual([]);
      });
    });

    describe("invalid", () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        const plan = planOf(c);
        const hits = rule.check(plan);
        const actual = hits.map((h) => ({ messageId: h.messageId, severity: h.severity ?? rule.defaultSeverity }));
        const expected = c.hits.map((e) => ({ messageId: e.messageId, severity: e.severity ?? rule.defaultSeverity }));
        expect(actual).toEqual(expected);
        hits.forEach((hit, i) => {
          const want = c.hits[i];
          checkData(rule, hit);
          if (want.fix || hit.fix) {
            expect(hit.fix ? { from: hit.fix.from, to: hit.fix.to } : undefined).toEqual(want.fix ? { from: want.fix.from, to: want.fix.to } : undefined);
            expect(hit.fix?.ref).toEqual(hit.ref);
            if (want.fix?.at) expect([hit.fix?.ref.row, hit.fix?.ref.col]).toEqual(want.fix.at);
          }
          if (want.data) expect(hit.data).toMatchObject(want.data);
          if (want.at) {
            const [row, col, sheet] = want.at;
            expect({ row: hit.ref.row, col: hit.ref.col, sheet: hit.ref.sheet }).toEqual({ row, col, sheet: sheet ?? hit.ref.sheet });
            if (sheet === undefined) expect(hit.ref.sheet).toBe(plan.sheet);
          }
          if (want.projectId !== undefined) expect(hit.projectId).toBe(want.projectId);
        });
      });
    });

    it("exercises every message id in an invalid case", () => {
      const used = new Set(cases.invalid.flatMap((c) => c.hits.map((h) => h.messageId)));
      expect(rule.messageIds.filter((id) => !used.has(id))).toEqual([]);
    });
  });
}
