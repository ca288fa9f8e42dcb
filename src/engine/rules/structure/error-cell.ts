/** A cell in the plan table or the schedule holding an Excel error (#REF!, #DIV/0!, #VALUE! …). */
import type { Rule } from "../../finding";
import { cellA1, makeHit } from "../util";

export const structureErrorCell: Rule = {
  id: "structure/error-cell",
  defaultSeverity: "error",
  messageIds: ["excelError"],
  check(plan) {
    return plan.errorCells.map((cell) => makeHit("excelError", cell.ref, { error: cell.error, cell: cellA1(cell.ref) }));
  },
};
