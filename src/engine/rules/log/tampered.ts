/**
 * The store remembers the log's last checksum and its number of rows, sealed together with the baseline
 * (src/engine/revisions/log.ts LogSeal). What the chain alone cannot see is reported here: rows cut from
 * the end, the whole log or sheet gone (deleted or renamed), rows added outside the add-in, a log
 * re-chained after an edit, and the store or the baseline edited. Checked where the store is readable
 * (a file read whole: the CLI, the preview).
 */
import type { CellRef } from "../../grid";
import { canonicalCell, parseLogSeal, sealHolds } from "../../revisions/log";
import { defineRule, hitMaker } from "../kit";

const makeHit = hitMaker(["storeEdited", "missingSheet", "rowsMissing", "rowsAdded", "rechained"]);

export const logTampered = defineRule({
  id: "log/tampered",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const store = plan.revisionStore;
    if (!store || store.revisionLog === null) return [];
    const planCell: CellRef = { sheet: plan.sheet, row: 0, col: 0 };
    const state = parseLogSeal(store.revisionLog);
    if (!state || !sealHolds(state, store.baseline)) return [makeHit("storeEdited", planCell, {})];
    const log = plan.revisionLog;
    if (!log) return state.rows > 0 ? [makeHit("missingSheet", planCell, { recorded: state.rows })] : [];
    if (log.headerRow === null) return []; // log/edited-row says the header is gone
    const rows = log.rows;
    const last = rows[rows.length - 1];
    const col = log.columns.checksum ?? 0;
    const at: CellRef = { sheet: log.sheet, row: last ? last.row : log.headerRow, col };
    if (rows.length < state.rows) return [makeHit("rowsMissing", at, { missing: state.rows - rows.length, recorded: state.rows })];
    if (rows.length > state.rows) return [makeHit("rowsAdded", at, { added: rows.length - state.rows, recorded: state.rows })];
    const head = last ? canonicalCell(last.cells[last.cells.length - 1]).toLowerCase() : "";
    return state.rows > 0 && head !== state.head ? [makeHit("rechained", at, { row: at.row + 1 })] : [];
  },
});
