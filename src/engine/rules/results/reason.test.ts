import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { planWithResults } from "../../../../test/kits/engine/results";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { resultsReason } from "./reason";

const rising = one("이용자 수", years("100명", "120명", "150명", "200명"));
const lower = one("고위험 취약노인 판정 율", years("24.5%", "24.5%", "24.3%", "24.1%"));
const works = one("사업진행률", years("", "착공", "공사 진행", "준공 및 개관"));

ruleTester(resultsReason, {
  valid: [
    { name: "met", plan: planWithResults(rising, { rows: [{ actual: "150명" }] }) },
    { name: "missed with a reason", plan: planWithResults(rising, { rows: [{ actual: "140명", reason: "시설 보수로 3개월 휴관" }] }) },
    { name: "lower is better: 23.9% meets 24.3%", plan: planWithResults(lower, { rows: [{ actual: "23.9%" }] }) },
    { name: "a later stage meets an earlier one (준공 for 공사 진행)", plan: planWithResults(works, { rows: [{ actual: "준공" }] }) },
    { name: "'-' target: nothing to achieve", plan: planWithResults(one("지원", years("-", "-", "-", "250명")), { rows: [{ actual: "0명" }] }) },
    { name: "not reported is results/missing's", plan: planWithResults(rising, { rows: [{}] }) },
  ],
  invalid: [
    { name: "missed without a reason", plan: planWithResults(rising, { rows: [{ actual: "140명" }] }), hits: [{ messageId: "noReason", at: [2, 6, "시행결과_2024"], data: { actual: "140명", target: "150명", year: 2024 } }] },
    { name: "lower is better: 25.0% misses 24.3%", plan: planWithResults(lower, { rows: [{ actual: "25.0%" }] }), hits: [{ messageId: "noReason" }] },
    { name: "a stage not reached (착공 for 공사 진행)", plan: planWithResults(works, { rows: [{ actual: "착공" }] }), hits: [{ messageId: "noReason" }] },
    { name: "a delay", plan: planWithResults(works, { rows: [{ actual: "착공 지연" }] }), hits: [{ messageId: "noReason" }] },
    { name: "a percentage-point target missed", plan: planWithResults(one("취업률 증가", years("", "1%p", "2%p")), { rows: [{ actual: "1.5%p" }] }), hits: [{ messageId: "noReason" }] },
  ],
});
