import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { budgetsDashZero } from "./dash-zero";

const one = (isNew: string, budgets: Record<number, string | number>) => ({ period: 6 as const, projects: [{ name: "상담", flags: { isNew }, budgets }] });

ruleTester(budgetsDashZero, {
  valid: [
    { name: "'0' for 비예산", plan: one("×", { 2026: 0, 2027: 0, 2028: "0" }) },
    { name: "a new project's '26 '-' is not a 비예산 year", plan: one("○", { 2026: "-", 2027: 0 }) },
    { name: "a 5기 plan writes '-'", plan: { projects: [{ name: "상담", budgets: { 2023: "-" } }] } },
  ],
  invalid: [
    {
      name: "'-' in a plan year",
      plan: one("○", { 2026: "/", 2027: "-", 2028: "－" }),
      hits: [
        { messageId: "dash", at: [2, 12], fix: { from: "-", to: 0 }, data: { year: 2027 } },
        { messageId: "dash", fix: { from: "－", to: 0 }, data: { year: 2028 } },
      ],
    },
    { name: "'-' in '26 on a continuing project", plan: one("×", { 2026: "-" }), hits: [{ messageId: "dash", at: [2, 11], fix: { from: "-", to: 0 } }] },
  ],
});
