import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { flagsLookAlike } from "./look-alike";

ruleTester(flagsLookAlike, {
  valid: [
    { name: "○ and × only", plan: { projects: [{ name: "가", flags: { key: "○", partnership: "×", isNew: "○" } }] } },
    { name: "'-', empty and unknown values are other rules' business", plan: { projects: [{ name: "가", flags: { key: "-", partnership: "", isNew: "예" } }] } },
    { name: "no flag cells", plan: { projects: [{ name: "가", flags: { key: null, partnership: null, isNew: null } }] } },
  ],
  invalid: [
    {
      name: "Latin x in the seed's Part II rows",
      plan: { projects: [{ name: "마포구 통합사례관리", flags: { key: "x", partnership: "○", isNew: "○" } }] },
      hits: [{ messageId: "lookAlike", fix: { from: "x", to: "×", at: [2, 2] }, data: { flag: "중점추진사업", value: "x", expected: "×" }, projectId: "P-1" }],
    },
    {
      name: "one hit per look-alike cell, yes and no",
      plan: { projects: [{ name: "가", flags: { key: "O", partnership: "◯", isNew: "✕" } }, { name: "나", flags: { key: "0", partnership: "●", isNew: "X" } }] },
      hits: [
        { messageId: "lookAlike", fix: { from: "O", to: "○" } },
        { messageId: "lookAlike", fix: { from: "◯", to: "○" } },
        { messageId: "lookAlike", fix: { from: "✕", to: "×" } },
        { messageId: "lookAlike", fix: { from: "0", to: "○" } },
        { messageId: "lookAlike", fix: { from: "●", to: "○" } },
        { messageId: "lookAlike", fix: { from: "X", to: "×" } },
      ],
    },
  ],
});
