import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { structureDuplicateNumber } from "./duplicate-number";

ruleTester(structureDuplicateNumber, {
  valid: [
    {
      name: "the same number in different strategies and tasks",
      plan: {
        projects: [
          { name: "가", strategy: "I-1", number: 1 },
          { name: "나", strategy: "I-2", number: 1 },
          { name: "다", task: "II-1-1", number: 1 },
          { name: "라", task: "II-1-2", number: 1 },
        ],
      },
    },
    {
      name: "6기 paths that differ only in their prefix",
      plan: { period: 6, projects: [{ name: "가", strategy: "I-3", numberText: "Ⅰ-3-4" }, { name: "나", strategy: "I-3", numberText: "Ⅰ-2-4" }] },
    },
    { name: "projects without a number", plan: { projects: [{ name: "가", number: null }, { name: "나", number: null }] } },
  ],
  invalid: [
    {
      name: "a 6기 path used twice, even in two places",
      plan: { period: 6, projects: [{ name: "가", strategy: "I-2", numberText: "Ⅰ-2-5" }, { name: "나", strategy: "I-3", numberText: "Ⅰ-2-5" }] },
      hits: [{ messageId: "duplicate", data: { number: "Ⅰ-2-5", name: "나", otherName: "가" } }],
    },
    {
      name: "number 2 twice in one strategy",
      plan: {
        projects: [
          { name: "가", strategy: "I-1", number: 1 },
          { name: "나", strategy: "I-1", number: 2 },
          { name: "다", strategy: "I-1", number: 2 },
        ],
      },
      hits: [{ messageId: "duplicate", at: [5, 0], data: { number: 2, name: "다", otherName: "나", otherRow: 5 }, projectId: "I-1-2#2" }],
    },
    {
      name: "numbers repeated in a scope of many projects (searched by a map), reported in plan order",
      plan: {
        projects: Array.from({ length: 20 }, (_, i) => ({ name: `사업${i + 1}`, strategy: "I-1", number: i === 17 ? 3 : i === 19 ? 19 : i + 1 })),
      },
      hits: [
        { messageId: "duplicate", data: { number: 3, name: "사업18", otherName: "사업3" } },
        { messageId: "duplicate", data: { number: 19, name: "사업20", otherName: "사업19" } },
      ],
    },
    {
      name: "a repeated path and a repeated number, in plan order",
      plan: {
        period: 6,
        projects: [
          { name: "가", strategy: "I-2", numberText: "Ⅰ-2-5" },
          { name: "나", strategy: "I-3", number: 1 },
          { name: "다", strategy: "I-3", number: 1 },
          { name: "라", strategy: "I-3", numberText: "Ⅰ-2-5" },
        ],
      },
      hits: [
        { messageId: "duplicate", data: { number: 1, name: "다", otherName: "나" } },
        { messageId: "duplicate", data: { number: "Ⅰ-2-5", name: "라", otherName: "가" } },
      ],
    },
    {
      name: "number 1 twice in one task",
      plan: { projects: [{ name: "가", task: "II-2-1", number: 1 }, { name: "나", task: "II-2-1", number: 1 }] },
      hits: [{ messageId: "duplicate" }],
    },
  ],
});
