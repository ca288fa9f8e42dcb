/**
 * A row inside the table that is neither a project, a strategy or task, a total nor a note: its
 * content is not checked and not counted, so the reviewer must look at it. Also a strategy, task or project row
 * above the header of a later sheet of the plan (its header left out at the top): not read, so told.
 */
import { defineRule, hitMaker, sheetRow } from "../kit";

const makeHit = hitMaker(["unplaced", "aboveHeader"]);

export const structureUnplacedRow = defineRule({
  id: "structure/unplaced-row",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    return plan.unplacedRows.map(({ sheet, row, aboveHeader }) => makeHit(aboveHeader ? "aboveHeader" : "unplaced", { sheet, row, col: 0 }, { row: sheetRow(row) }));
  },
});
