import { chainRows, makeLogSeal } from "../../revisions/log";
import { chainedLog, logEntry as entry, rowCells } from "../../../../test/kits/engine/logRows";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { logTampered } from "./tampered";

const rows = chainedLog(3);
const cells = rows.map(rowCells);
const baseline = '{"savedAt":"2024-10-03T09:00:00+09:00","snapshot":{}}';
const sealed = (head: string, count: number, base = baseline) => ({ revisionLog: JSON.stringify(makeLogSeal(head, count, base)), baseline: base });
const store = sealed(rows[2].checksum, 3);
// Edited, then the whole chain recomputed from the start: every row checks, only the head differs.
const rechained = chainRows(null, [entry(1), { ...entry(2), after: 999 }, entry(3)]).map(rowCells);
// A row appended by hand with its checksum computed by this code.
const forged = chainRows(rows[2].checksum, [entry(4)]).map(rowCells);

ruleTester(logTampered, {
  valid: [
    { name: "no store read (the adapters' own grids)", plan: { revisionLog: { rows: cells } } },
    { name: "a store without log state (older workbooks)", plan: { revisionLog: { rows: cells }, revisionStore: { revisionLog: null, baseline } } },
    { name: "log and store agree", plan: { revisionLog: { rows: cells }, revisionStore: store } },
    { name: "an empty log sealed empty", plan: { revisionStore: sealed("", 0) } },
  ],
  invalid: [
    {
      name: "the last row deleted",
      plan: { revisionLog: { rows: cells.slice(0, 2) }, revisionStore: store },
      hits: [{ messageId: "rowsMissing", at: [2, 12, "수정이력"], data: { missing: 1, recorded: 3 } }],
    },
    {
      name: "every row deleted",
      plan: { revisionLog: { rows: [] }, revisionStore: store },
      hits: [{ messageId: "rowsMissing", at: [0, 12, "수정이력"], data: { missing: 3, recorded: 3 } }],
    },
    { name: "the sheet deleted or renamed", plan: { revisionStore: store }, hits: [{ messageId: "missingSheet", at: [0, 0], data: { recorded: 3 } }] },
    {
      name: "a forged row with its checksum recomputed",
      plan: { revisionLog: { rows: [...cells, ...forged] }, revisionStore: store },
      hits: [{ messageId: "rowsAdded", at: [4, 12, "수정이력"], data: { added: 1, recorded: 3 } }],
    },
    {
      name: "an edit followed by re-chaining",
      plan: { revisionLog: { rows: rechained }, revisionStore: store },
      hits: [{ messageId: "rechained", at: [3, 12, "수정이력"], data: { row: 4 } }],
    },
    {
      name: "the store's row count edited",
      plan: { revisionLog: { rows: cells.slice(0, 2) }, revisionStore: { ...store, revisionLog: store.revisionLog.replace('"rows":3', '"rows":2') } },
      hits: [{ messageId: "storeEdited", at: [0, 0] }],
    },
    {
      name: "the baseline edited",
      plan: { revisionLog: { rows: cells }, revisionStore: { ...store, baseline: baseline.replace("09:00", "10:00") } },
      hits: [{ messageId: "storeEdited", at: [0, 0] }],
    },
    {
      name: "the log state replaced by garbage",
      plan: { revisionLog: { rows: cells }, revisionStore: { ...store, revisionLog: "{}" } },
      hits: [{ messageId: "storeEdited", at: [0, 0] }],
    },
  ],
});
