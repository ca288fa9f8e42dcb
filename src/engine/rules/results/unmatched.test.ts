import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { planWithResults } from "../../../../test/kits/engine/results";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { resultsUnmatched } from "./unmatched";

const plan = one("이용자 수", years("100명", "120명", "150명"));

ruleTester(resultsUnmatched, {
  valid: [{ name: "every row placed", plan: planWithResults(plan, { rows: [{ actual: "150명" }] }) }],
  invalid: [
    {
      name: "a project the plan does not have",
      plan: planWithResults(plan, { unmatched: [{ project: "없는 사업", indicator: "참여자 수" }] }),
      hits: [{ messageId: "unknownRow", data: { project: "없는 사업", sheet: "시행결과_2024" } }],
    },
  ],
});
