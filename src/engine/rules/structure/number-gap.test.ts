import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { structureNumberGap } from "./number-gap";

ruleTester(structureNumberGap, {
  valid: [
    { name: "1, 2, 3", plan: { projects: [{ name: "가", strategy: "I-1" }, { name: "나", strategy: "I-1" }, { name: "다", strategy: "I-1" }] } },
    {
      name: "a running 연번 continued from the previous strategy",
      plan: { projects: [{ name: "가", strategy: "I-2", number: 9 }, { name: "나", strategy: "I-2", number: 10 }] },
    },
    { name: "each task numbers from 1", plan: { projects: [{ name: "가", task: "II-1-1", number: 1 }, { name: "나", task: "II-1-2", number: 1 }] } },
  ],
  invalid: [
    {
      name: "1, 2, 4",
      plan: {
        projects: [
          { name: "가", strategy: "I-1", number: 1 },
          { name: "나", strategy: "I-1", number: 2 },
          { name: "다", strategy: "I-1", number: 4 },
        ],
      },
      hits: [{ messageId: "gap", at: [5, 0], data: { missing: "3", count: 1 } }],
    },
    {
      name: "1, 5 in a task",
      plan: { projects: [{ name: "가", task: "II-1-1", number: 1 }, { name: "나", task: "II-1-1", number: 5 }] },
      hits: [{ messageId: "gap", data: { missing: "2, 3, 4", count: 3 } }],
    },
  ],
});
