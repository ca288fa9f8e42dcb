import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { budgetsSwing } from "./swing";

ruleTester(budgetsSwing, {
  valid: [
    { name: "steady", plan: { projects: [{ name: "가", budgets: years(750, 750, 750, 750, 750) }] } },
    { name: "a 45% drop (청년고용 1,695 → 930)", plan: { projects: [{ name: "청년고용", budgets: years("1,695", 930, 980, 1030, 1080) }] } },
    { name: "a rise to less than three times (발달장애인 79 → 169)", plan: { projects: [{ name: "가", budgets: years(79, 169, 169) }] } },
    { name: "small amounts (1.5 → 0.5)", plan: { projects: [{ name: "가", budgets: years(1.5, 0.5, 5) }] } },
    { name: "from zero (0 → 1)", plan: { projects: [{ name: "가", budgets: years(0, 100) }] } },
    { name: "not consecutive years ('-' between)", plan: { projects: [{ name: "가", budgets: years(100, "-", 10) }] } },
  ],
  invalid: [
    {
      name: "주거취약 계층 4600 → 2100 → 550 → 450",
      plan: { projects: [{ name: "주거취약 계층", budgets: years(4600, 2100, 550, 450, 450) }] },
      hits: [
        { messageId: "drop", at: [2, 12], data: { from: 4600, to: 2100, percent: -54, previousYear: 2022, year: 2023 } },
        { messageId: "drop", at: [2, 13], data: { from: 2100, to: 550, percent: -74 } },
      ],
    },
    {
      name: "여성센터 1980 → 320",
      plan: { projects: [{ name: "여성센터 건립 및 운영 활성화", indicators: [{ name: "이용인원(명)", targets: years("-", "300명", "350명") }], budgets: years(1980, 320, 360, 400, 440) }] },
      hits: [{ messageId: "drop", severity: "warning", data: { percent: -84 } }],
    },
    {
      name: "a rise beyond three times (홍대 10 → 196.6)",
      plan: { projects: [{ name: "문화벨트", budgets: years("-", 10, 196.6, 225) }] },
      hits: [{ messageId: "rise", data: { from: 10, to: 196.6, percent: 1866 } }],
    },
    {
      name: "a construction project (K-pop 공연장, progress to 100%): info",
      plan: {
        projects: [
          {
            name: "K-pop 복합공연장 조성",
            indicators: [{ name: "공연장 건립 누적 공정 율", targets: years("20%", "47%", "74%", "100%", "-") }],
            budgets: years("4,969", "23,170", "21,268", "8,605", "-"),
          },
        ],
      },
      hits: [
        { messageId: "rise", severity: "info", data: { percent: 366 } },
        { messageId: "drop", severity: "info", data: { percent: -60 } },
      ],
    },
  ],
});
