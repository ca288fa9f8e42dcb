import type { ProjectSpec } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { structureFormCounts } from "./form-counts";

/** n projects in a Part I strategy, the first `keys` of them "(중점추진)". */
const partOne = (strategy: string, n: number, keys = 2): ProjectSpec[] =>
  Array.from({ length: n }, (_, i) => ({ name: `${i < keys ? "(중점추진) " : ""}${strategy} 사업 ${i + 1}`, strategy }));
const partTwo = (strategy: string, tasks = 2, each = 2): ProjectSpec[] =>
  Array.from({ length: tasks * each }, (_, i) => ({ name: `${strategy} 과업 ${i}`, task: `${strategy}-${Math.floor(i / each) + 1}` }));

ruleTester(structureFormCounts, {
  valid: [
    { name: "5 and 8 projects, 2 key each; Part II 2 × 2", plan: { period: 6, projects: [...partOne("I-1", 5), ...partOne("I-2", 8), ...partTwo("II-1"), ...partTwo("II-2", 3, 3)] } },
    { name: "a 5기 plan is not asked", plan: { projects: partOne("I-1", 3, 0) } },
    {
      name: "a department's workbook holds only its own projects",
      plan: { period: 6, projects: partOne("I-1", 2, 0).map((p) => ({ ...p, department: "복지정책과" })) },
    },
    {
      name: "a project repeated on the rows of its indicators counts once",
      plan: { period: 6, projects: [...partOne("I-1", 5), { name: "I-1 사업 5", strategy: "I-1" }] },
    },
  ],
  invalid: [
    {
      name: "six strategies",
      plan: { period: 6, projects: ["I-1", "I-2", "I-3", "I-4", "I-5", "I-6"].flatMap((s) => partOne(s, 5)) },
      hits: [{ messageId: "tooManyStrategies", data: { count: 6, max: 5 } }],
    },
    {
      name: "four projects, one key",
      plan: { period: 6, strategies: [{ id: "I-1", name: "돌봄" }], projects: partOne("I-1", 4, 1) },
      hits: [
        { messageId: "fewProjects", at: [2, 0], data: { name: "사회보장전략 1. 돌봄", count: 4, min: 5 } },
        { messageId: "keyProjects", data: { count: 1, expected: 2 } },
      ],
    },
    {
      name: "a plan of two departments",
      plan: { period: 6, projects: partOne("I-1", 4).map((p, i) => ({ ...p, department: i === 0 ? "복지정책과" : "노인복지과" })) },
      hits: [{ messageId: "fewProjects" }],
    },
    { name: "nine projects", plan: { period: 6, projects: partOne("I-1", 9) }, hits: [{ messageId: "manyProjects", data: { count: 9, max: 8 } }] },
    { name: "three key projects", plan: { period: 6, projects: partOne("I-1", 6, 3) }, hits: [{ messageId: "keyProjects", data: { count: 3 } }] },
    {
      name: "one 대표과업 with one 세부과업",
      plan: { period: 6, projects: [...partOne("I-1", 5), { name: "발굴", task: "II-1-1" }] },
      hits: [
        { messageId: "fewTasks", data: { count: 1, min: 2 } },
        { messageId: "fewSubtasks", data: { count: 1, min: 2 } },
      ],
    },
  ],
});
