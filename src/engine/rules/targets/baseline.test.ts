import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { targetsBaseline } from "./baseline";

const t = (baseline: string | null) => ({ 2026: baseline, 2027: "10명", 2028: "12명", 2029: "14명", 2030: "16명" });
const b = (baseline: string | number | null) => ({ 2026: baseline, 2027: 10, 2028: 10, 2029: 10, 2030: 10 });
const one = (isNew: string, target: string | null, budget: string | number | null) => ({
  period: 6 as const,
  projects: [{ name: "돌봄", flags: { isNew }, indicators: [{ name: "이용자 수(명)", targets: t(target) }], budgets: b(budget) }],
});

ruleTester(targetsBaseline, {
  valid: [
    { name: "a continuing project with its '26 values", plan: one("×", "8명", 9) },
    { name: "a 비예산 continuing project: '0'", plan: one("×", "8명", 0) },
    { name: "a new project: '/' in '26", plan: one("○", "/", "/") },
    { name: "a 5기 plan", plan: { projects: [{ name: "돌봄", indicators: [{ name: "이용자 수", targets: { 2023: "1명" } }] }] } },
    {
      name: "an indicator without targets is targets/missing's",
      plan: { period: 6, projects: [{ name: "돌봄", flags: { isNew: "×" }, indicators: [{ name: "이용자 수" }], budgets: b(9) }] },
    },
  ],
  invalid: [
    {
      name: "'/' in '26 on a continuing project",
      plan: one("×", "/", "/"),
      hits: [
        { messageId: "target", at: [2, 6], data: { year: 2026, value: "/" } },
        { messageId: "budget", at: [2, 11], data: { year: 2026, value: "/" } },
      ],
    },
    { name: "an empty '26 target", plan: one("×", null, 9), hits: [{ messageId: "target", data: { value: "" } }] },
  ],
});
