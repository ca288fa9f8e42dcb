import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { structureErrorCell } from "./error-cell";

ruleTester(structureErrorCell, {
  valid: [{ name: "no error cells", plan: { projects: [{ name: "가" }] } }],
  invalid: [
    {
      name: "#REF! and #DIV/0!",
      plan: { errorCells: [{ row: 4, col: 11, error: "#REF!" }, { row: 5, col: 7, error: "#DIV/0!" }] },
      hits: [
        { messageId: "excelError", at: [4, 11], data: { error: "#REF!", cell: "L5" } },
        { messageId: "excelError", at: [5, 7], data: { error: "#DIV/0!", cell: "H6" } },
      ],
    },
  ],
});
