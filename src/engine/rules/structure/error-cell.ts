/** A cell in the plan table or the schedule holding an Excel error (#REF!, #DIV/0!, #VALUE! …). */
import { cellA1, defineRule, hitMaker } from "../kit";

const makeHit = hitMaker(["excelError"]);

export const structureErrorCell = defineRule({
  id: "structure/error-cell",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    return plan.errorCells.map((cell) => makeHit("excelError", cell.ref, { error: cell.error, cell: cellA1(cell.ref) }));
  },
});
