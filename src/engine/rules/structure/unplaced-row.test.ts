import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { structureUnplacedRow } from "./unplaced-row";

ruleTester(structureUnplacedRow, {
  valid: [{ name: "every row placed", plan: { projects: [{ name: "가" }] } }],
  invalid: [
    { name: "row 13", plan: { unplacedRows: [12] }, hits: [{ messageId: "unplaced", at: [12, 0], data: { row: 13 } }] },
    { name: "row 4, above a later sheet's header", plan: { unplacedAboveHeader: [3] }, hits: [{ messageId: "aboveHeader", at: [3, 0], data: { row: 4 } }] },
  ],
});
