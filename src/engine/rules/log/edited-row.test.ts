import { chainRows, logRowCells, type LogRow } from "../../revisions/log";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { logEditedRow } from "./edited-row";

const entry = (n: number): Omit<LogRow, "checksum"> => ({
  at: `2024-10-0${n}T09:00:00+09:00`,
  revisionYear: 2024,
  kind: "변경",
  strategy: "I-1 취약계층사회안전망 보강",
  number: 2,
  name: "정신건강 취약계층관리",
  field: "예산(백만원)",
  year: 2024,
  before: 80,
  after: 80 + n,
  reason: "추경",
  author: "주민생활복지과",
});
const chained = chainRows(null, [entry(1), entry(2), entry(3)]).map((row) => [...logRowCells(row), row.checksum]);
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
