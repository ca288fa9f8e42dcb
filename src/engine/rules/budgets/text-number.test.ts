import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { budgetsTextNumber } from "./text-number";

ruleTester(budgetsTextNumber, {
  valid: [{ name: "real numbers", plan: { projects: [{ name: "가", budgets: years(2478, 80, 1.5) }] } }],
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
  ],
});
