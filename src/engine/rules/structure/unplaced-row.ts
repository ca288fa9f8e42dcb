/**
 * A row inside the table that is neither a project, a strategy or task, a total nor a note: its
 * content is not checked and not counted, so the reviewer must look at it.
 */
import type { Rule } from "../../finding";
import { makeHit, sheetRow } from "../util";

export const structureUnplacedRow: Rule = {
  id: "structure/unplaced-row",
  defaultSeverity: "warning",
  messageIds: ["unplaced"],
  check(plan) {
    return plan.unplacedRows.map((row) => makeHit("unplaced", { sheet: plan.sheet, row, col: 0 }, { row: sheetRow(row) }));
  },
};
