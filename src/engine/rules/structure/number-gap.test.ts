import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { structureNumberGap } from "./number-gap";

ruleTester(structureNumberGap, {
  valid: [
    { name: "1, 2, 3", plan: { projects: [{ name: "가", strategy: "I-1" }, { name: "나", strategy: "I-1" }, { name: "다", strategy: "I-1" }] } },
    {
      name: "a running 연번 continued from the previous strategy",
      plan: { projects: [{ name: "가", strategy: "I-2", number: 9 }, { name: "나", strategy: "I-2", number: 10 }] },
    },
    { name: "a number written twice is no gap", plan: { projects: [1, 1, 2].map((number, i) => ({ name: `사업${i}`, strategy: "I-1", number })) } },
    {
      name: "1 to 40 without a gap (more numbers than a scope's bits hold)",
      plan: { projects: Array.from({ length: 40 }, (_, i) => ({ name: `사업${i}`, task: "II-1-1", number: i + 1 })) },
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
    {
      name: "1 to 40 without 20 (more numbers than a scope's bits hold)",
      plan: { projects: Array.from({ length: 39 }, (_, i) => ({ name: `사업${i}`, task: "II-1-1", number: i < 19 ? i + 1 : i + 2 })) },
      hits: [{ messageId: "gap", data: { missing: "20", count: 1, max: 40 } }],
    },
    {
      name: "1, 2, 3 and 33 (a gap past a scope's bits)",
      plan: { projects: [1, 2, 3, 33].map((number, i) => ({ name: `사업${i}`, task: "II-1-1", number })) },
      hits: [{ messageId: "gap", data: { missing: Array.from({ length: 29 }, (_, i) => i + 4).join(", "), count: 29 } }],
    },
  ],
});
