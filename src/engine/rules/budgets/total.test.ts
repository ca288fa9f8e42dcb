import type { CellValue } from "../../grid";
import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { sheetFromRows } from "../../../../test/kits/engine/grid";
import { readPlan } from "../../read/readPlan";
import { budgetsTotal, summedAreas } from "./total";

/**
 * A plan over two sheets, one per strategy, each closed by a 소계 whose formula sums its own sheet's rows;
 * `grandTotal`: a 총 계 on the second sheet whose formula sums only that sheet's rows.
 */
function twoSheetPlan(grandTotal = false) {
  const header = ["사업번호", "사업명", "성과지표명", "'23년 목표", "'23년 예산"];
  return readPlan({
    sheets: [
      sheetFromRows("전략1", [header, ["사회보장전략 1 돌봄"], [1, "가", "지표", "1명", 5], [2, "나", "지표", "1명", 7], ["사회보장전략 1 소계", null, null, null, 12]], [], [[], [], [], [], [null, null, null, null, "=SUM(E3:E4)"]]),
      sheetFromRows(
        "전략2",
        [header, ["사회보장전략 2 일자리"], [1, "다", "지표", "1명", 1], [2, "라", "지표", "1명", 2], ["사회보장전략 2 소계", null, null, null, 3], ...(grandTotal ? [["총 계", null, null, null, 15]] : [])],
        [],
        [[], [], [], [], [null, null, null, null, "=SUM(E3:E4)"], [null, null, null, null, "=SUM(E3:E4)"]],
      ),
    ],
  });
}

// Projects without a strategy sit on rows 2, 3, 4 … (Excel 3, 4, 5 …); the '22 budget column is L.
const three = [
  { name: "가", budgets: years(10, 20) },
  { name: "나", budgets: years(5, "-") },
  { name: "다", budgets: years("2,478", 2.5) },
];
/** The same, budgeted in '22 only. */
const three22 = [
  { name: "가", budgets: years(10) },
  { name: "나", budgets: years(5) },
  { name: "다", budgets: years("2,478") },
];

ruleTester(budgetsTotal, {
  valid: [
    { name: "a plan over two sheets: each 소계 formula sums its own sheet's rows", plan: () => twoSheetPlan() },
    { name: "typed totals that add up", plan: { projects: three, totals: [{ budgets: years(2493, 22.5) }] } },
    { name: "a typed total rounded to its own decimals", plan: { projects: three, totals: [{ budgets: years(2493, 23) }] } },
    { name: "a formula over every member row", plan: { projects: three22, totals: [{ budgets: years(2493), formulas: { 2022: "=SUM(L3:L5)" } }] } },
    { name: "L3+L4+L5", plan: { projects: three22, totals: [{ budgets: years(2493), formulas: { 2022: "=L3+L4+L5" } }] } },
    {
      name: "a grand total over subtotal rows covers their members",
      plan: {
        projects: [
          { name: "가", strategy: "I-1", budgets: years(10) },
          { name: "나", strategy: "I-2", budgets: years(5) },
        ],
        totals: [
          { scopeId: "I-1", budgets: years(10) },
          { scopeId: "I-2", budgets: years(5) },
          { budgets: years(15), formulas: { 2022: "=SUM(L7,L8)" } },
        ],
      },
    },
    { name: "other formulas are not judged by coverage", plan: { projects: three22, totals: [{ budgets: years(2493), formulas: { 2022: "=L3*2-L4" } }] } },
    { name: "an unreadable member budget leaves the sum alone", plan: { projects: [{ name: "가", budgets: years("미정") }], totals: [{ budgets: years(99) }] } },
    { name: "an empty total over empty members", plan: { projects: [{ name: "가", budgets: years("-") }], totals: [{ budgets: years("-") }] } },
  ],
  invalid: [
    {
      name: "a plan over two sheets: a 총 계 summing rows of its own sheet leaves out the other sheet's projects",
      plan: () => twoSheetPlan(true),
      hits: [{ messageId: "formulaOmits", at: [5, 4, "전략2"] }],
    },
    {
      name: "a typed total that does not add up",
      plan: { projects: three, totals: [{ label: "소계", budgets: years(2500, 22.5) }] },
      hits: [{ messageId: "mismatch", at: [5, 11], data: { label: "소계", year: 2022, expected: 2493, actual: 2500, difference: 7 } }],
    },
    {
      name: "a formula total short by a text number (Excel's SUM skips '2,478')",
      plan: { projects: three22, totals: [{ budgets: years(15), formulas: { 2022: "=SUM(L3:L5)" } }] },
      hits: [{ messageId: "mismatch", data: { expected: 2493, actual: 15 } }],
    },
    {
      name: "an empty total over budgeted members",
      plan: { projects: three, totals: [{ budgets: years(2493, null) }] },
      hits: [{ messageId: "empty", at: [5, 12], data: { year: 2023, expected: 22.5 } }],
    },
    {
      name: "a SUM that leaves a member row out, though the value matches",
      plan: {
        projects: [...three22, { name: "라", budgets: years(0) }],
        totals: [{ budgets: years(2493), formulas: { 2022: "=SUM(L3:L5)" } }],
      },
      hits: [{ messageId: "formulaOmits", at: [6, 11], data: { cells: "L6", names: "라", formula: "=SUM(L3:L5)", count: 1 } }],
    },
    {
      name: "=SUM(L3,L5) leaves out L4",
      plan: { projects: three22, totals: [{ budgets: years(2488), formulas: { 2022: "=SUM(L3,L5)" } }] },
      hits: [{ messageId: "formulaOmits", data: { cells: "L4", names: "나" } }],
    },
  ],
});

describe("summedAreas", () => {
  it.each([
    ["=SUM(L5:L12)", [{ top: 4, bottom: 11, left: 11, right: 11 }]],
    ["=SUM(L5:L8,L10:L12)", [{ top: 4, bottom: 7, left: 11, right: 11 }, { top: 9, bottom: 11, left: 11, right: 11 }]],
    ["=L5+L6", [{ top: 4, bottom: 4, left: 11, right: 11 }, { top: 5, bottom: 5, left: 11, right: 11 }]],
    ["=SUBTOTAL(9,$L$5:$L$6)", [{ top: 4, bottom: 5, left: 11, right: 11 }]],
    ["=SUM(총괄표!L5)", [{ top: 4, bottom: 4, left: 11, right: 11 }]],
    ["=SUM(L:L)", [{ top: 0, bottom: Number.MAX_SAFE_INTEGER, left: 11, right: 11 }]],
  ])("%s", (formula, areas) => {
    expect(summedAreas(formula, "총괄표")).toEqual(areas);
  });
  it.each(["=L5*2", "=AVERAGE(L5:L6)", "=SUM(다른시트!L5)", "=L5-L6", "=1000"])("%s is not judged", (formula) => {
    expect(summedAreas(formula, "총괄표")).toBeNull();
  });
});

describe("work grows with the plan, not with its square", () => {
  /** `n` strategies, each one project and a 소계 whose formula sums it, under a 총 계 whose formula sums them all. */
  function planOf(n: number) {
    const rows: CellValue[][] = [["사업번호", "사업명", "성과지표명", "'23년 목표", "'23년 예산"]];
    const formulas: (string | null)[][] = [[]];
    for (let k = 1; k <= n; k++) {
      rows.push([`사회보장전략 ${k} 전략${k}`], [1, `사업${k}`, "지표", "1명", 5], [`사회보장전략 ${k} 소계`, null, null, null, 5]);
      formulas.push([], [], [null, null, null, null, `=SUM(E${rows.length - 1}:E${rows.length - 1})`]);
    }
    rows.push(["총 계", null, null, null, 5 * n]);
    formulas.push([null, null, null, null, `=SUM(E2:E${rows.length - 1})`]);
    return readPlan({ sheets: [sheetFromRows("총괄표", rows, [], formulas)] });
  }

  /** Reads of the plan's project and total lists (each element read once counts one) while the rule runs. */
  function listReads(n: number): { reads: number; hits: number } {
    const plan = planOf(n);
    let reads = 0;
    const counted = <T extends object>(list: T[]): T[] =>
      new Proxy(list, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      });
    const hits = budgetsTotal.check({ ...plan, projects: counted(plan.projects), totals: counted(plan.totals) }).length;
    expect(plan.totals).toHaveLength(n + 1);
    return { reads, hits };
  }

  it("twice the totals read the lists about twice as often", () => {
    const small = listReads(200);
    const large = listReads(400);
    expect(small.hits).toBe(0);
    expect(large.hits).toBe(0);
    expect(large.reads / small.reads).toBeLessThan(2.5);
  });
});
