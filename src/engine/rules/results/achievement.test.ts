import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { planWithResults } from "../../../../test/kits/engine/results";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { resultsAchievement } from "./achievement";

const rising = one("이용자 수", years("100명", "120명", "150명", "200명"));
const lower = one("고위험 취약노인 판정 율", years("24.5%", "24.5%", "24.3%", "24.1%"));

ruleTester(resultsAchievement, {
  valid: [
    { name: "right", plan: planWithResults(rising, { rows: [{ actual: "120명", achievement: 80, reason: "휴관" }] }) },
    { name: "right, written with %", plan: planWithResults(rising, { rows: [{ actual: "160명", achievement: "106.7%" }] }) },
    { name: "right, as a fraction", plan: planWithResults(rising, { rows: [{ actual: "120명", achievement: 0.8, reason: "휴관" }] }) },
    { name: "lower is better: target ÷ actual", plan: planWithResults(lower, { rows: [{ actual: "25%", achievement: 97.2, reason: "고령화" }] }) },
    { name: "a milestone has no computed rate", plan: planWithResults(one("사업진행률", years("", "착공", "준공")), { rows: [{ actual: "준공", achievement: 100 }] }) },
    { name: "nothing to achieve", plan: planWithResults(one("지원", years("-", "-", "-")), { rows: [{ actual: "5명", achievement: 100 }] }) },
  ],
  invalid: [
    { name: "miscalculated", plan: planWithResults(rising, { rows: [{ actual: "120명", achievement: 75 }] }), hits: [{ messageId: "wrongAchievement", at: [2, 7, "시행결과_2024"], data: { expected: 80, written: "75" } }] },
    { name: "lower is better computed as actual ÷ target", plan: planWithResults(lower, { rows: [{ actual: "25%", achievement: "102.9%" }] }), hits: [{ messageId: "wrongAchievement", data: { expected: 97.2 } }] },
  ],
});
