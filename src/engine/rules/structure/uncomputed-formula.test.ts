import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { structureUncomputedFormula } from "./uncomputed-formula";

ruleTester(structureUncomputedFormula, {
  valid: [
    {
      name: "formulas with their saved results",
      plan: { projects: [{ name: "가", indicators: [{ name: "지표(명)", targets: { 2023: 10 }, formulas: { 2023: "=5*2" } }], budgets: { 2023: 12 }, formulas: { 2023: "=6*2" } }] },
    },
    { name: "empty cells without a formula are the missing-value rules'", plan: { projects: [{ name: "가", indicators: [{ name: "지표(명)", targets: { 2023: "10명" } }] }] } },
  ],
  invalid: [
    {
      name: "a target and a budget saved without their results",
      plan: {
        projects: [
          { name: "가", indicators: [{ name: "지표(명)", targets: { 2023: "10명" }, formulas: { 2024: "=G3+1" } }], budgets: { 2023: 5 }, formulas: { 2025: "=L3*2" } },
        ],
      },
      hits: [
        { messageId: "target", at: [2, 8], data: { formula: "=G3+1", year: 2024, cell: "I3" } },
        { messageId: "budget", at: [2, 14], data: { formula: "=L3*2", year: 2025, cell: "O3" } },
      ],
    },
    {
      name: "a strategy's indicator too",
      plan: { strategies: [{ id: "I-1", name: "사회보장전략 1", indicators: [{ name: "전략지표(%)", formulas: { 2023: "=1/0" } }] }], projects: [{ name: "가", strategy: "I-1" }] },
      hits: [{ messageId: "target", data: { formula: "=1/0", year: 2023 } }],
    },
  ],
});
