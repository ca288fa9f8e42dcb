import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { flagsValue } from "./value";

ruleTester(flagsValue, {
  valid: [
    { name: "○ and ×", plan: { projects: [{ name: "가", flags: { key: "○", partnership: "×", isNew: "×" } }] } },
    { name: "look-alikes and '-' are other rules' business", plan: { projects: [{ name: "가", flags: { key: "x", partnership: "-", isNew: "O" } }] } },
    { name: "no projects, no column complaint", plan: { withoutFlagColumns: ["isNew"] } },
    { name: "6기: no 중점 or 민관협력 column is expected, the key flag is in the name", plan: { period: 6, projects: [{ name: "(중점추진) 가", flags: { isNew: "○" } }, { name: "나" }] } },
  ],
  invalid: [
    {
      name: "an empty flag cell",
      plan: { projects: [{ name: "가", flags: { partnership: "" } }] },
      hits: [{ messageId: "empty", at: [2, 3], data: { flag: "민관협력사업", name: "가" } }],
    },
    {
      name: "a flag the reader did not find on the row (null) in an existing column",
      plan: { projects: [{ name: "가", flags: { isNew: null } }] },
      hits: [{ messageId: "empty", at: [2, 4] }],
    },
    {
      name: "a value that is not a flag",
      plan: { projects: [{ name: "가", flags: { key: "예" } }] },
      hits: [{ messageId: "unknown", at: [2, 2], data: { value: "예" } }],
    },
    {
      name: "the workbook has no 5기 신규사업 column: once, not per project",
      plan: { withoutFlagColumns: ["isNew"], projects: [{ name: "가" }, { name: "나" }] },
      hits: [{ messageId: "noColumn", at: [0, 0], data: { flag: "5기 신규사업" } }],
    },
  ],
});
