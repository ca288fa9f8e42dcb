import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { budgetsEndsEarly } from "./ends-early";

ruleTester(budgetsEndsEarly, {
  valid: [
    { name: "budgeted to the end", plan: { projects: [{ name: "가", budgets: years(1, 2, 3, 4, 5) }] } },
    { name: "no budget at all is budgets/none's", plan: { projects: [{ name: "가", budgets: years("-", "-") }] } },
    { name: "an unreadable later year is budgets/not-a-number's", plan: { projects: [{ name: "가", budgets: years(1, 2, 3, "미정") }] } },
  ],
  invalid: [
    {
      name: "화력발전소: budget to '24, 착공 → 공사 진행 → 준공 및 개관 to '24 → info",
      plan: {
        projects: [
          {
            name: "화력발전소 내 주민 편의시설",
            indicators: [{ name: "사업진행률", targets: years("착공", "공사 진행", "준공 및 개관") }],
            budgets: years("15,389", "5,642", "6,216"),
          },
        ],
      },
      hits: [{ messageId: "endsWithTargets", severity: "info", at: [2, 14], data: { year: 2024 } }],
    },
    {
      name: "홍대 문화벨트: budget to '25 ('-' in '26) but a target in '26 → warning",
      plan: {
        projects: [
          { name: "문화 벨트 구축", indicators: [{ name: "증가 비율", targets: years("-", "30%", "50%", "90%", "100%") }], budgets: years("-", 10, 196.6, 225, "-") },
        ],
      },
      hits: [{ messageId: "endsBeforeTargets", severity: "warning", at: [2, 15], data: { year: 2025, targetYear: 2026 } }],
    },
  ],
});
