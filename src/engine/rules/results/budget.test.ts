import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { planWithResults } from "../../../../test/kits/engine/results";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { resultsBudget } from "./budget";

const plan = one("이용자 수", years("100명", "120명", "150명"), { budgets: { 2024: 50 } });
const textBudget = one("이용자 수", years("100명", "120명", "150명"), { budgets: { 2024: "2,478" } });

ruleTester(resultsBudget, {
  valid: [
    { name: "spent within the budget", plan: planWithResults(plan, { rows: [{ actual: "150명" }], budgets: [{ spent: 48, rate: 96 }] }) },
    { name: "a text budget", plan: planWithResults(textBudget, { rows: [{ actual: "150명" }], budgets: [{ spent: 2400, rate: "96.9%" }] }) },
    { name: "a rate as a fraction", plan: planWithResults(plan, { rows: [{ actual: "150명" }], budgets: [{ spent: 48, rate: 0.96 }] }) },
    { name: "nothing spent, nothing reported", plan: planWithResults(plan, { rows: [{}], budgets: [{ spent: 0 }] }) },
    { name: "spent in a year with nothing to achieve ('-')", plan: planWithResults(one("건립", years("-", "-", "-", "1개소"), { budgets: { 2024: 39 } }), { budgets: [{ spent: 39 }] }) },
  ],
  invalid: [
    { name: "spent over the budget", plan: planWithResults(plan, { rows: [{ actual: "150명" }], budgets: [{ spent: 55 }] }), hits: [{ messageId: "overspent", data: { spent: "55", budget: "50" } }] },
    { name: "a rate over 100% with no amount", plan: planWithResults(plan, { rows: [{ actual: "150명" }], budgets: [{ rate: "104%" }] }), hits: [{ messageId: "rateOver" }] },
    { name: "a rate that is not spent ÷ budget", plan: planWithResults(plan, { rows: [{ actual: "150명" }], budgets: [{ spent: 40, rate: 90 }] }), hits: [{ messageId: "wrongRate", data: { expected: 80 } }] },
    { name: "money spent, no 실적", plan: planWithResults(plan, { rows: [{}], budgets: [{ spent: 30 }] }), hits: [{ messageId: "spentWithoutActual", projectId: "P-1" }] },
  ],
});
