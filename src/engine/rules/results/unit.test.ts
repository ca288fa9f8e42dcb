import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { planWithResults } from "../../../../test/kits/engine/results";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { resultsUnit } from "./unit";

const percent = one("이용률", years("80%", "82%", "84%", "86%", "88%"));

ruleTester(resultsUnit, {
  valid: [
    { name: "the same unit", plan: planWithResults(percent, { rows: [{ actual: "85%" }] }) },
    { name: "a bare number takes the target's unit", plan: planWithResults(percent, { rows: [{ actual: 85 }] }) },
    { name: "회 and 건 count the same thing", plan: planWithResults(one("회의", years("4회", "4회", "4회")), { rows: [{ actual: "5건" }] }) },
  ],
  invalid: [
    {
      name: "people against a percentage",
      plan: planWithResults(percent, { rows: [{ actual: "120명" }] }),
      hits: [{ messageId: "unitDiffers", at: [2, 6, "시행결과_2024"], data: { actualUnit: "명", targetUnit: "%", target: "84%" } }],
    },
    {
      name: "a %p target answered in %",
      plan: planWithResults(one("취업률 증가", years("", "1%p", "2%p", "3%p")), { rows: [{ actual: "65%" }] }),
      hits: [{ messageId: "unitDiffers", data: { targetUnit: "%p" } }],
    },
  ],
});
