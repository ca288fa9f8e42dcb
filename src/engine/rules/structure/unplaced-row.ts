/**
 * A row inside the table that is neither a project, a strategy or task, a total nor a note: its
 * content is not checked and not counted, so the reviewer must look at it.
 */
import { defineRule, hitMaker, sheetRow } from "../kit";

const makeHit = hitMaker(["unplaced"]);

export const structureUnplacedRow = defineRule({
  id: "structure/unplaced-row",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    return plan.unplacedRows.map(({ sheet, row }) => makeHit("unplaced", { sheet, row, col: 0 }, { row: sheetRow(row) }));
  },
});
