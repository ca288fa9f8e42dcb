import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { planWithResults } from "../../../../test/kits/engine/results";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { resultsUnreadable } from "./unreadable";

const plan = one("이용자 수", years("100명", "120명", "150명"), { budgets: { 2024: 50 } });

ruleTester(resultsUnreadable, {
  valid: [
    { name: "a number", plan: planWithResults(plan, { rows: [{ actual: "160명" }], budgets: [{ spent: 48 }] }) },
    { name: "a text number spent", plan: planWithResults(plan, { rows: [{ actual: 151 }], budgets: [{ spent: "1,200" }] }) },
    { name: "a stage", plan: planWithResults(one("사업진행률", years("", "착공", "준공")), { rows: [{ actual: "준공 및 개관" }] }) },
  ],
  invalid: [
    { name: "words where a number belongs", plan: planWithResults(plan, { rows: [{ actual: "많이 늘었음 (약 2배)" }] }), hits: [{ messageId: "actual", data: { value: "많이 늘었음 (약 2배)" } }] },
    { name: "an Excel error", plan: planWithResults(plan, { rows: [{ actual: { error: "#REF!" } }] }), hits: [{ messageId: "actual", data: { value: "#REF!" } }] },
    { name: "집행액 in words", plan: planWithResults(plan, { rows: [{ actual: 150 }], budgets: [{ spent: "전액" }] }), hits: [{ messageId: "spent", data: { value: "전액" }, projectId: "P-1" }] },
  ],
});
