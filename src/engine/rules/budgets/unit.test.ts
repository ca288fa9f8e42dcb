import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { budgetsUnit } from "./unit";

ruleTester(budgetsUnit, {
  valid: [
    { name: "budgets in 백만원", plan: { projects: [{ name: "가", budgets: { 2022: 10 } }] } },
    { name: "천원 but no budget columns", plan: { budgetUnit: "천원", budgetYears: [] } },
  ],
  invalid: [
    {
      name: "a plan in 천원",
      plan: { budgetUnit: "천원", projects: [{ name: "가", budgets: { 2022: 10000 } }] },
      hits: [{ messageId: "thousandWon", at: [0, 0] }],
    },
  ],
});
