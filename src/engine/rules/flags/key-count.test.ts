import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { flagsKeyCount } from "./key-count";

ruleTester(flagsKeyCount, {
  valid: [
    { name: "no projects", plan: {} },
    { name: "no 중점 column", plan: { withoutFlagColumns: ["key"], projects: [{ name: "가" }] } },
  ],
  invalid: [
    {
      name: "counts distinct key projects, look-alikes included, at the 중점 column header",
      plan: {
        projects: [
          { name: "가", flags: { key: "×" } },
          { name: "나", flags: { key: "○" } },
          { name: "다", flags: { key: "O" } },
          { name: "나 ", flags: { key: "○" } },
        ],
      },
      hits: [{ messageId: "keyProjects", at: [0, 2], data: { count: 2, rows: 3, projects: 3 } }],
    },
    {
      name: "no key project: zero, at the header of the column",
      plan: { projects: [{ name: "가" }] },
      hits: [{ messageId: "keyProjects", at: [0, 2], data: { count: 0 } }],
    },
    {
      name: "6기: the (중점추진) names are the key projects, noted at the 사업명 header",
      plan: { period: 6, projects: [{ name: "(중점추진) 가" }, { name: "나" }, { name: "(중점추진) 다" }] },
      hits: [{ messageId: "keyProjectsByName", at: [0, 1], data: { count: 2, rows: 2, projects: 3 } }],
    },
  ],
});
