import { ruleTester } from "../../testing/ruleTester";
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
  ],
});
