/**
 * 수정이력 is append-only: each row's 검증값 chains to the row before, so a row edited by hand (or one
 * removed or inserted before it) no longer matches. A log whose header is gone cannot be verified.
 */
import { verifyLog } from "../../revisions/log";
import { defineRule, hitMaker } from "../kit";

const makeHit = hitMaker(["edited", "noHeader"]);

export const logEditedRow = defineRule({
  id: "log/edited-row",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const log = plan.revisionLog;
    if (!log) return [];
    if (log.headerRow === null) return [makeHit("noHeader", { sheet: log.sheet, row: 0, col: 0 }, {})];
    const col = log.columns.checksum ?? 0;
    return verifyLog(log.rows.map((r) => r.cells)).map((index) => {
      const row = log.rows[index].row;
      return makeHit("edited", { sheet: log.sheet, row, col }, { row: row + 1 });
    });
  },
});
