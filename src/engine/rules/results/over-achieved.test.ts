import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { planWithResults } from "../../../../test/kits/engine/results";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { resultsOverAchieved } from "./over-achieved";

const rising = one("이용자 수", years("100명", "120명", "150명", "200명"));

ruleTester(resultsOverAchieved, {
  valid: [
    { name: "just above", plan: planWithResults(rising, { rows: [{ actual: "180명" }] }) },
    { name: "exactly 150%", plan: planWithResults(rising, { rows: [{ actual: "225명" }] }) },
    { name: "missed", plan: planWithResults(rising, { rows: [{ actual: "100명", reason: "예산 삭감" }] }) },
    { name: "a milestone has no rate", plan: planWithResults(one("사업진행률", years("", "착공", "착공")), { rows: [{ actual: "준공" }] }) },
  ],
  invalid: [
    { name: "twice the target", plan: planWithResults(rising, { rows: [{ actual: "300명" }] }), hits: [{ messageId: "farAbove", data: { achievement: 200 } }] },
    {
      name: "lower is better: a third of the target",
      plan: planWithResults(one("자살률", years("30", "29", "27")), { rows: [{ actual: 9 }] }),
      hits: [{ messageId: "farAbove", data: { achievement: 300 } }],
    },
  ],
});
