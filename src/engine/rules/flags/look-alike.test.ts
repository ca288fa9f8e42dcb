import { gridFromRows } from "../../../../test/kits/engine/grid";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { readPlan } from "../../read/readPlan";
import { flagsLookAlike } from "./look-alike";

/** A workbook read as the app reads it: 중점 C2 a formula showing "O", 민관협력 D2 a typed "O". */
function readWithFormulaFlag() {
  const grid = gridFromRows([["사업번호", "사업명", "중점추진사업 여부", "민관협력사업 여부", "성과지표명", "'23년 목표", "'23년 예산"], [1, "가", "O", "O", "지표", "1명", 5]]);
  grid.sheets[0].formulas = [[], [null, null, '=IF(G2>0,"O","X")']];
  return readPlan(grid);
}

ruleTester(flagsLookAlike, {
  valid: [
    { name: "○ and × only", plan: { projects: [{ name: "가", flags: { key: "○", partnership: "×", isNew: "○" } }] } },
    { name: "'-', empty and unknown values are other rules' business", plan: { projects: [{ name: "가", flags: { key: "-", partnership: "", isNew: "예" } }] } },
    { name: "a formula giving ○ or ×", plan: { projects: [{ name: "가", flags: { key: "○", partnership: "×" }, flagFormulas: { key: '=IF(L3>0,"○","×")', partnership: '=IF(L3>0,"○","×")' } }] } },
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
    {
      name: "a formula showing 'O': named as a formula's result, no fix (a value would replace the formula)",
      plan: { projects: [{ name: "가", flags: { key: "O", partnership: "x" }, flagFormulas: { key: '=IF(L3>0,"O","X")' } }] },
      hits: [
        { messageId: "lookAlikeFormula", at: [2, 2], data: { value: "O", expected: "○", formula: '=IF(L3>0,"O","X")' } },
        { messageId: "lookAlike", fix: { from: "x", to: "×" } },
      ],
    },
    {
      name: "read from a workbook: the formula cell gets no fix, the typed one its fix",
      plan: readWithFormulaFlag,
      hits: [
        { messageId: "lookAlikeFormula", at: [1, 2], data: { formula: '=IF(G2>0,"O","X")' } },
        { messageId: "lookAlike", at: [1, 3], fix: { from: "O", to: "○", at: [1, 3] } },
      ],
    },
  ],
});
