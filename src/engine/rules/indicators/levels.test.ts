import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { indicatorsLevels } from "./levels";

const measured = [{ name: "고용률(%)", targets: years(null, "61%", "62%", "63%", "64%") }];
const measured6 = [{ name: "고용률(%)", targets: { 2026: "/", 2027: "61%", 2028: "62%" } }];
const project = (scope: { strategy?: string; task?: string }) => ({ name: "사업", ...scope, indicators: measured });

ruleTester(indicatorsLevels, {
  valid: [
    { name: "a strategy and a task with targets", plan: { strategies: [{ id: "I-1", indicators: measured }], tasks: [{ id: "II-1-1", indicators: measured }], projects: [project({ strategy: "I-1" })] } },
    {
      name: "a 5기 Part II strategy is measured through its tasks",
      plan: { strategies: [{ id: "I-1", indicators: measured }, { id: "II-1" }], tasks: [{ id: "II-1-1", indicators: measured }] },
    },
    {
      name: "one of two task indicators without targets is targets/missing's",
      plan: { tasks: [{ id: "II-1-1", indicators: [...measured, { name: "활동 지원 예산", line: 1 }] }], strategies: [] },
    },
    { name: "a plan without strategies", plan: { projects: [project({})] } },
    {
      name: "a 6기 plan measured at every level",
      plan: { period: 6, strategies: [{ id: "I-1", indicators: measured6 }, { id: "II-1", indicators: measured6 }], tasks: [{ id: "II-1-1", indicators: measured6 }] },
    },
  ],
  invalid: [
    {
      name: "a Part I strategy without an indicator",
      plan: { strategies: [{ id: "I-1", name: "돌봄 강화" }], projects: [project({ strategy: "I-1" })] },
      hits: [{ messageId: "strategy", at: [2, 0], data: { name: "사회보장전략 1. 돌봄 강화", count: 0 } }],
    },
    {
      name: "a 6기 Part II strategy carries its own indicator",
      plan: { period: 6, strategies: [{ id: "I-1", indicators: measured6 }, { id: "II-1", name: "담당인력 역량강화" }], tasks: [{ id: "II-1-1", indicators: measured6 }] },
      hits: [{ messageId: "strategy", data: { name: "지역발전전략 1. 담당인력 역량강화" } }],
    },
    {
      name: "a strategy indicator with only '-' targets",
      plan: { strategies: [{ id: "I-2", indicators: [{ name: "증가율", targets: years("-", "-", "-", "-", "-") }] }] },
      hits: [{ messageId: "strategy", data: { count: 1 } }],
    },
    {
      name: "a 대표과업 without an indicator",
      plan: { strategies: [{ id: "I-1", indicators: measured }], tasks: [{ id: "II-1-1", name: "위기가구 발굴" }], projects: [project({ task: "II-1-1" })] },
      hits: [{ messageId: "task", data: { name: "대표과업 1. 위기가구 발굴" } }],
    },
  ],
});
