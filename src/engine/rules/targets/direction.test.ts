import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { targetsDirection } from "./direction";

ruleTester(targetsDirection, {
  valid: [
    { name: "rising", plan: one("이용자 수", years("100명", "120명", "150명", "200명", "250명")) },
    { name: "rising then flat", plan: one("참여율", years("93%", "94%", "94%", "94%", "94%")) },
    { name: "flat", plan: one("이용률", years("80%", "80%", "80%", "80%", "80%")) },
    { name: "고위험 취약노인 판정율 falls every year: lower is better", plan: one("고위험 취약노인 판정 율", years("24.5%", "24.5%", "24.3%", "24.1%", "23.9%")) },
    { name: "a lower-is-better indicator may fall inside a rising run", plan: one("대기 인원", years("10명", "12명", "11명", "13명", "14명")) },
    { name: "milestones", plan: one("사업진행률", years("착공", "공사 진행", "준공 및 개관")) },
    { name: "every other year (3, 4, 3, 4) has no direction", plan: one("임차연장", years("4개소", "3개소", "4개소", "3개소", "4개소")) },
    { name: "mixed units are targets/unit's", plan: one("지표", years("80%", "82명", "70%", "86%", "88%")) },
    { name: "a rise from the baseline", plan: one("네트워크 운영", years("5회", "7회", "8회", "10회", "12회")) },
    { name: "no baseline ('-' in '22)", plan: one("지원", years("-", "250명", "250명", "250명", "250명")) },
  ],
  invalid: [
    {
      name: "a fall in a rising series",
      plan: one("이용자 수", years("100명", "120명", "150명", "140명", "200명")),
      hits: [{ messageId: "fallAgainstTrend", at: [2, 9], data: { year: 2025, value: "140명", previousYear: 2024, previous: "150명" } }],
    },
    {
      name: "a rise in a falling series",
      plan: one("고위험군 비율", years("30%", "28%", "26%", "27%", "24%")),
      hits: [{ messageId: "riseAgainstTrend", data: { year: 2025 } }],
    },
    {
      name: "청년 일경험 사업 참여인원 49명 → 15명 → 15명 …",
      plan: one("3) 지역기반 청년 일경험 사업 참여인원(명)", years("49명", "15명", "15명", "15명", "15명")),
      hits: [{ messageId: "baselineDrop", at: [2, 7], data: { baselineYear: 2022, baseline: "49명", year: 2023, value: "15명" } }],
    },
    {
      name: "a drop from the baseline that then rises is still a drop",
      plan: one("이용 인원", years("500명", "300명", "350명", "400명", "400명")),
      hits: [{ messageId: "baselineDrop" }],
    },
  ],
});
