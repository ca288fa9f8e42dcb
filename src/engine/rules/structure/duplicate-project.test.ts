import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { structureDuplicateProject } from "./duplicate-project";

const network = (strategy: { strategy?: string; task?: string }, isNew: string, budgets = years(741, 780, 830, 880, 920)) => ({
  name: "일자리 네트워크 구축",
  ...strategy,
  flags: { key: "×", partnership: "○", isNew },
  budgets,
});

ruleTester(structureDuplicateProject, {
  valid: [
    { name: "different projects", plan: { projects: [{ name: "일자리 네트워크 구축" }, { name: "일자리 창출" }] } },
  ],
  invalid: [
    {
      name: "6기: a 세부과업 repeating a Part I project",
      plan: { period: 6, projects: [{ name: "(중점추진) 통합사례관리", strategy: "I-1" }, { name: "통합 사례관리", task: "II-1-1" }] },
      hits: [{ messageId: "repeatsPartOne", severity: "error", projectId: "II-1-1-1" }],
    },
    {
      name: "the seed's 일자리 네트워크 구축: two places, 신규 × vs ○, same budget",
      plan: { projects: [network({ strategy: "I-4" }, "×"), { ...network({ task: "II-2-1" }, "○"), name: "일자리 네트워크 구 축" }] },
      hits: [
        { messageId: "duplicate", severity: "warning", at: [6, 1], data: { name: "일자리 네트워크 구 축", row: 7, otherRow: 4, otherCell: "B4" }, projectId: "II-2-1-1" },
        { messageId: "flagDiffers", severity: "error", at: [6, 4], data: { flag: "5기 신규사업", value: "○", otherValue: "×", row: 7, otherRow: 4 } },
      ],
    },
    {
      name: "look-alikes compare by meaning ('x' and '×' agree); budgets differ in two years",
      plan: { projects: [network({ strategy: "I-4" }, "×"), network({ task: "II-2-1" }, "x", years(741, 780, "-", 880, 900))] },
      hits: [
        { messageId: "duplicate" },
        { messageId: "budgetDiffers", severity: "warning", at: [6, 13], data: { years: "'24, '26", count: 2 } },
      ],
    },
  ],
});
