import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { planWithResults } from "../../../../test/kits/engine/results";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { resultsUncomputedFormula } from "./uncomputed-formula";

const plan = one("이용자 수", years("100명", "120명", "150명"), { budgets: { 2024: 50 } });

ruleTester(resultsUncomputedFormula, {
  valid: [
    { name: "values", plan: planWithResults(plan, { rows: [{ actual: "160명" }], budgets: [{ spent: 48 }] }) },
    { name: "formulas with their saved values", plan: planWithResults(plan, { rows: [{ actual: 160, actualFormula: "=80*2" }], budgets: [{ spent: 48, spentFormula: "=24*2" }] }) },
    { name: "empty cells without a formula are results/missing's", plan: planWithResults(plan, { rows: [{}], budgets: [{}] }) },
    { name: "no results at all", plan },
  ],
  invalid: [
    {
      name: "a 실적 and a 집행액 saved without their values",
      plan: planWithResults(plan, { rows: [{ actualFormula: "=B2*2" }], budgets: [{ spentFormula: "=SUM(M3:M9)" }] }),
      hits: [
        { messageId: "actual", at: [2, 6, "시행결과_2024"], data: { formula: "=B2*2", year: 2024, sheet: "시행결과_2024", cell: "G3", indicator: "이용자 수" }, projectId: "P-1" },
        { messageId: "spent", at: [3, 10, "시행결과_2024"], data: { formula: "=SUM(M3:M9)", year: 2024, sheet: "시행결과_2024", cell: "K4" }, projectId: "P-1" },
      ],
    },
    {
      name: "a year with nothing to achieve: the cell still cannot be read",
      plan: planWithResults(one("지원", years("-", "-", "-")), { rows: [{ actualFormula: "=H3" }] }),
      hits: [{ messageId: "actual", data: { formula: "=H3" } }],
    },
  ],
});
