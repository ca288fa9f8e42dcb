import { years } from "../../../../test/kits/engine/planBuilder";
import { gridFromRows } from "../../../../test/kits/engine/grid";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { readPlan } from "../../read/readPlan";
import { budgetsTextNumber } from "./text-number";

/** A workbook read as the app reads it: '23 예산 E2 a =TEXT formula showing "2,478", '24 예산 F2 typed "80". */
function readWithTextFormula() {
  const grid = gridFromRows([["사업번호", "사업명", "성과지표명", "'23년 목표", "'23년 예산", "'24년 예산"], [1, "가", "지표", "1명", "2,478", "80"]]);
  grid.sheets[0].formulas = [[], [null, null, null, null, '=TEXT(G2,"#,##0")']];
  return readPlan(grid);
}

ruleTester(budgetsTextNumber, {
  valid: [
    { name: "real numbers", plan: { projects: [{ name: "가", budgets: years(2478, 80, 1.5) }] } },
    { name: "a formula giving a number", plan: { projects: [{ name: "가", budgets: years(2478), formulas: { 2022: "=SUM(Q3:R3)" } }] } },
  ],
  invalid: [
    {
      name: "건강취약계층 2,478 written as text",
      plan: { projects: [{ name: "건강취약계층을 위한 기본생활보장", budgets: years("2,478", 2478) }] },
      hits: [{ messageId: "textNumber", severity: "info", fix: { from: "2,478", to: 2478, at: [2, 11] }, data: { number: 2478, year: 2022 } }],
    },
    {
      name: "a total row typed as text",
      plan: { projects: [{ name: "가", budgets: years(80) }], totals: [{ budgets: years("80") }] },
      hits: [{ messageId: "textNumber", fix: { from: "80", to: 80 } }],
    },
    {
      name: "a formula giving text (=TEXT(…)): named as a formula's result, no fix (a value would replace the formula)",
      plan: { projects: [{ name: "가", budgets: years("2,478", "80"), formulas: { 2022: '=TEXT(Q3,"#,##0")' } }] },
      hits: [
        { messageId: "textNumberFormula", at: [2, 11], data: { value: "2,478", number: 2478, formula: '=TEXT(Q3,"#,##0")' } },
        { messageId: "textNumber", fix: { from: "80", to: 80 } },
      ],
    },
    {
      name: "read from a workbook: the formula cell gets no fix, the typed one its fix",
      plan: readWithTextFormula,
      hits: [
        { messageId: "textNumberFormula", at: [1, 4], data: { formula: '=TEXT(G2,"#,##0")' } },
        { messageId: "textNumber", at: [1, 5], fix: { from: "80", to: 80, at: [1, 5] } },
      ],
    },
  ],
});
