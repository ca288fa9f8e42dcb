import type { CellRef } from "./grid";
import type { Hit, Rule } from "./finding";
import type { Plan } from "./plan";
import { validatePlan } from "./validate";

/** A rule reporting a hit at each of the refs, in the order given. */
function ruleAt(id: string, refs: CellRef[]): Rule {
  return {
    id,
    defaultSeverity: "info",
    messageIds: ["at"],
    check: (): Hit[] => refs.map((ref) => ({ messageId: "at", ref })),
  };
}

const plan = { sheet: "총괄표" } as Plan;

function places(rules: Rule[]): string[] {
  return validatePlan(plan, { rules }).map((f) => `${f.ruleId} ${f.ref.sheet}!${f.ref.row},${f.ref.col}`);
}

describe("validatePlan's order", () => {
  it("puts the plan's sheet first, the others by name, then row and column; a cell's findings by rule id, then as reported", () => {
    const b = ruleAt("b/second", [
      { sheet: "관리체계", row: 0, col: 0 },
      { sheet: "총괄표", row: 5, col: 2 },
      { sheet: "가", row: 3, col: 1 },
    ]);
    const a = ruleAt("a/first", [
      { sheet: "총괄표", row: 5, col: 2 },
      { sheet: "총괄표", row: 5, col: 1 },
      { sheet: "총괄표", row: 5, col: 2 },
      { sheet: "총괄표", row: 40, col: 0 },
    ]);
    expect(places([b, a])).toEqual([
      "a/first 총괄표!5,1",
      "a/first 총괄표!5,2",
      "a/first 총괄표!5,2",
      "b/second 총괄표!5,2",
      "a/first 총괄표!40,0",
      "b/second 가!3,1",
      "b/second 관리체계!0,0",
    ]);
  });

  it("orders cells at Excel's limits, on several sheets, exactly", () => {
    // 3 sheets · 2^20 rows · 2^14 columns: keys past 2^31 (the Float64Array path).
    const last = { row: 2 ** 20 - 1, col: 2 ** 14 - 1 };
    const rule = ruleAt("a/far", [
      { sheet: "나", ...last },
      { sheet: "총괄표", ...last },
      { sheet: "가", row: 0, col: 0 },
      { sheet: "나", row: last.row, col: last.col - 1 },
      { sheet: "총괄표", row: 0, col: 1 },
      { sheet: "가", ...last },
    ]);
    expect(places([rule])).toEqual([
      `a/far 총괄표!0,1`,
      `a/far 총괄표!${last.row},${last.col}`,
      `a/far 가!0,0`,
      `a/far 가!${last.row},${last.col}`,
      `a/far 나!${last.row},${last.col - 1}`,
      `a/far 나!${last.row},${last.col}`,
    ]);
  });
});
