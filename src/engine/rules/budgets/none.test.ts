import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { budgetsNone } from "./none";

ruleTester(budgetsNone, {
  valid: [
    { name: "a budget in some year", plan: { projects: [{ name: "가", flags: { key: "○" }, budgets: years("-", 5) }] } },
    { name: "an unreadable budget is budgets/not-a-number's", plan: { projects: [{ name: "가", budgets: years("미정") }] } },
    { name: "no budget columns", plan: { budgetYears: [], projects: [{ name: "가" }] } },
  ],
  invalid: [
    {
      name: "기본생활보장 지원 체계구축: 중점 with '-' everywhere",
      plan: { projects: [{ name: "기본생활보장 지원 체계구축", flags: { key: "○" }, budgets: years("-", "-", "-", "-", "-") }] },
      hits: [{ messageId: "noBudgetKey", severity: "warning", at: [2, 11], data: { name: "기본생활보장 지원 체계구축" } }],
    },
    {
      name: "a project that is not 중점, with zeros and empties",
      plan: { projects: [{ name: "급여 시스템 모니터링", flags: { key: "-" }, budgets: years(0, null, "-") }] },
      hits: [{ messageId: "noBudget", severity: "info" }],
    },
  ],
});
