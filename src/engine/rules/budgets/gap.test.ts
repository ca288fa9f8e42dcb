import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { budgetsGap } from "./gap";

ruleTester(budgetsGap, {
  valid: [
    { name: "every year", plan: { projects: [{ name: "가", budgets: years(80, 80, 80, 80, 80) }] } },
    { name: "starts late ('-' in '22)", plan: { projects: [{ name: "장애인직업재활시설", budgets: years("-", 60, 10, 200, 200) }] } },
    { name: "stops early (화력발전소)", plan: { projects: [{ name: "화력발전소", budgets: years("15,389", "5,642", "6,216") }] } },
    { name: "an explicit 0 is a budget", plan: { projects: [{ name: "가", budgets: years(5, 0, 5) }] } },
    { name: "no budget at all", plan: { projects: [{ name: "가", budgets: years("-", "-", "-", "-", "-") }] } },
  ],
  invalid: [
    {
      name: "'-' and an empty cell inside the running years",
      plan: { projects: [{ name: "가", budgets: years(10, "-", 12, null, 14) }] },
      hits: [
        { messageId: "missingYear", at: [2, 12], data: { year: 2023, value: "-", firstYear: 2022, lastYear: 2026 } },
        { messageId: "missingYear", at: [2, 14], data: { year: 2025, value: "" } },
      ],
    },
  ],
});
