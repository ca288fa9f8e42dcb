import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { structureMixedPeriod } from "./mixed-period";

ruleTester(structureMixedPeriod, {
  valid: [
    { name: "a 5기 plan", plan: { projects: [{ name: "가" }] } },
    { name: "a 6기 plan", plan: { period: 6, projects: [{ name: "가" }] } },
  ],
  invalid: [
    {
      name: "a 6기 header over 5기 years: reported at the header cell that names the period",
      plan: { periodEvidence: { byYears: 5, byHeaders: 6, headerRef: { sheet: "총괄표", row: 0, col: 4 }, mixed: true } },
      hits: [{ messageId: "mixed", at: [0, 4], data: { period: 5, first: 2022, last: 2026, other: 6 } }],
    },
  ],
});
