import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { structureNumberPrefix } from "./number-prefix";

ruleTester(structureNumberPrefix, {
  valid: [
    {
      name: "Ⅰ- and Ⅱ-paths that name their place",
      plan: {
        period: 6,
        projects: [
          { name: "가", strategy: "I-2", numberText: "Ⅰ-2-1" },
          { name: "나", strategy: "I-2", numberText: "I-2-2." },
          { name: "다", task: "II-1-2", numberText: "Ⅱ-1-2-1" },
        ],
      },
    },
    { name: "plain numbers", plan: { period: 6, projects: [{ name: "가", strategy: "I-3", number: 4 }] } },
    { name: "a 5기 plan is not asked", plan: { projects: [{ name: "가", strategy: "I-3", numberText: "Ⅰ-2-4" }] } },
  ],
  invalid: [
    {
      name: "Ⅰ-2-4 under 전략 3",
      plan: { period: 6, strategies: [{ id: "I-3", name: "돌봄" }], projects: [{ name: "가", strategy: "I-3", numberText: "Ⅰ-2-4" }] },
      hits: [{ messageId: "prefix", at: [3, 0], data: { number: "Ⅰ-2-4", expected: "Ⅰ-3-4" } }],
    },
    {
      name: "a Part I number on a 세부과업 of Part II",
      plan: { period: 6, projects: [{ name: "나", task: "II-1-2", numberText: "Ⅰ-1-2" }] },
      hits: [{ messageId: "prefix", data: { expected: "Ⅱ-1-2-2" } }],
    },
    {
      name: "the wrong 대표과업",
      plan: { period: 6, projects: [{ name: "다", task: "II-2-1", numberText: "Ⅱ-2-3-1" }] },
      hits: [{ messageId: "prefix", data: { expected: "Ⅱ-2-1-1" } }],
    },
  ],
});
