import { chainedLog, rowCells } from "../../../../test/kits/engine/logRows";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { logEditedRow } from "./edited-row";

const chained = chainedLog(3).map(rowCells);
const edited = chained.map((cells, i) => (i === 1 ? cells.map((c, j) => (j === 9 ? 999 : c)) : cells));

ruleTester(logEditedRow, {
  valid: [
    { name: "no 수정이력 sheet", plan: { projects: [{ name: "가" }] } },
    { name: "an intact chain", plan: { revisionLog: { rows: chained } } },
    { name: "an empty log under its header", plan: { revisionLog: { rows: [] } } },
  ],
  invalid: [
    {
      name: "a value changed by hand in the second row",
      plan: { revisionLog: { rows: edited } },
      hits: [{ messageId: "edited", at: [2, 12, "수정이력"], data: { row: 3 } }],
    },
    {
      name: "a row deleted: the row after it breaks",
      plan: { revisionLog: { rows: [chained[0], chained[2]] } },
      hits: [{ messageId: "edited", at: [2, 12, "수정이력"], data: { row: 3 } }],
    },
    {
      name: "the header is gone",
      plan: { revisionLog: { headerRow: null } },
      hits: [{ messageId: "noHeader", at: [0, 0, "수정이력"] }],
    },
  ],
});
