import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { budgetsNotANumber } from "./not-a-number";

ruleTester(budgetsNotANumber, {
  valid: [
    { name: "numbers, text numbers, '-' and empty", plan: { projects: [{ name: "가", budgets: years(80, "2,478", "-", null, 196.6) }] } },
    { name: "an Excel error is structure/error-cell's", plan: { projects: [{ name: "가", budgets: years({ error: "#REF!" }) }] } },
  ],
  invalid: [
    {
      name: "words in a project's budget",
      plan: { projects: [{ name: "가", budgets: years(80, "약 50", "미정") }] },
      hits: [
        { messageId: "invalid", at: [2, 12], data: { year: 2023, value: "약 50", name: "가" }, projectId: "P-1" },
        { messageId: "invalid", at: [2, 13], data: { year: 2024, value: "미정" } },
      ],
    },
    {
      name: "words in a total row",
      plan: { projects: [{ name: "가", budgets: years(80) }], totals: [{ label: "합계", budgets: years("계산 중") }] },
      hits: [{ messageId: "invalid", at: [3, 11], data: { name: "합계" } }],
    },
  ],
});
