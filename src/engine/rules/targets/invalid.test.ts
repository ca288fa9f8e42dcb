import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { targetsInvalid } from "./invalid";

ruleTester(targetsInvalid, {
  valid: [
    {
      name: "numbers with units, milestones, '-' and empty",
      plan: {
        projects: [
          { name: "가", indicators: [{ name: "이용률", targets: years("94.5%", "680명", "착공", "-", null) }] },
          { name: "나", indicators: [{ name: "준공", targets: years("-", "1건(준공)", "-") }] },
        ],
      },
    },
    {
      name: "an Excel error in a target cell is structure/error-cell's",
      plan: { projects: [{ name: "가", indicators: [{ name: "지표", targets: years("#REF!") }] }], errorCells: [{ row: 2, col: 6, error: "#REF!" }] },
    },
  ],
  invalid: [
    {
      name: "a range and an approximate value, on a project and on a strategy",
      plan: {
        strategies: [{ id: "I-1", indicators: [{ name: "전략 지표", targets: years(null, "약 50명") }] }],
        projects: [{ name: "가", strategy: "I-1", indicators: [{ name: "이용률", targets: years("10~12%") }] }],
      },
      hits: [
        { messageId: "unreadable", at: [2, 7], data: { year: 2023, value: "약 50명", indicator: "전략 지표" } },
        { messageId: "unreadable", at: [3, 6], data: { year: 2022, value: "10~12%" }, projectId: "I-1-1" },
      ],
    },
  ],
});
