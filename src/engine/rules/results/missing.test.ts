import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { planWithResults } from "../../../../test/kits/engine/results";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { resultsMissing } from "./missing";

const rising = one("이용자 수", years("100명", "120명", "150명", "200명", "250명"));

ruleTester(resultsMissing, {
  valid: [
    { name: "an actual written", plan: planWithResults(rising, { rows: [{ actual: "160명" }] }) },
    { name: "a '-' target: nothing to report", plan: planWithResults(one("지원", years("-", "250명", "-", "250명", "250명")), { rows: [{}] }) },
    { name: "no results at all", plan: rising },
    { name: "a 실적 formula saved without its value is results/uncomputed-formula's, not missing", plan: planWithResults(rising, { rows: [{ actualFormula: "=B2*2" }] }) },
    {
      name: "beside the targets, an indicator without a target that year has no row to miss",
      plan: planWithResults(one("지원", years("1회", "", "", "2회", "2회")), { source: "columns", rows: [] }),
    },
  ],
  invalid: [
    {
      name: "an empty 실적 cell",
      plan: planWithResults(rising, { rows: [{ reason: "집계 중" }] }),
      hits: [{ messageId: "noActual", at: [2, 6, "시행결과_2024"], data: { year: 2024, target: "150명" }, projectId: "P-1" }],
    },
    { name: "'-' written as the 실적", plan: planWithResults(rising, { rows: [{ actual: "-" }] }), hits: [{ messageId: "noActual" }] },
    {
      name: "a results sheet without the indicator's row",
      plan: planWithResults({ projects: [{ name: "가", indicators: [{ name: "참여자", targets: years("1명", "2명", "3명") }] }, { name: "나", indicators: [{ name: "만족도", targets: years("80%", "81%", "82%") }] }] }, { rows: [{ actual: "3명" }] }),
      hits: [{ messageId: "notInResults", data: { indicator: "만족도", year: 2024, sheet: "시행결과_2024" } }],
    },
  ],
});
