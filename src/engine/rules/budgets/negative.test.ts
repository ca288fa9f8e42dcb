import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { budgetsNegative } from "./negative";

ruleTester(budgetsNegative, {
  valid: [{ name: "zero and positive", plan: { projects: [{ name: "가", budgets: years(0, 1, "-", null) }] } }],
  invalid: [
    {
      name: "a negative number and a negative text number",
      plan: { projects: [{ name: "가", budgets: years(10, -5, "-1,000") }] },
      hits: [
        { messageId: "negative", at: [2, 12], data: { value: "-5", year: 2023 } },
        { messageId: "negative", at: [2, 13], data: { value: "-1,000" } },
      ],
    },
  ],
});
