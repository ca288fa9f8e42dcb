import { LOG_COLUMNS } from "../read/revisionLog";
import { canonicalCell, chainRows, fnv1a64, LOG_GENESIS, logRowCells, revisionKind, rowChecksum, verifyLog, type LogRow } from "./log";

const row = (n: number, extra: Partial<LogRow> = {}): Omit<LogRow, "checksum"> => ({
  at: `2024-10-15T14:0${n}:00+09:00`,
  revisionYear: 2024,
  kind: "변경",
  strategy: "I-1 취약계층사회안전망 보강",
  number: n,
  name: n === 2 ? "=SUM(A1)" : `사업 ${n}`,
  field: "예산(백만원)",
  year: 2024,
  before: "2,478",
  after: 2500 + n,
  reason: "구의회 의결",
  author: "홍길동",
  ...extra,
});

/** A log as the sheet holds it: the 12 cells then the checksum. */
const asSheet = (rows: LogRow[]) => rows.map((r) => [...logRowCells(r), r.checksum]);

describe("FNV-1a 64", () => {
  it("matches the published test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("hashes Korean text by its UTF-8 bytes", () => {
    expect(fnv1a64("수정이력")).not.toBe(fnv1a64("수정이럭"));
    expect(fnv1a64("수정이력")).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("the chained log", () => {
  const rows = chainRows(null, [row(1), row(2), row(3), row(4)]);

  it("has 13 columns, the checksum last, and chains each row to the one before", () => {
    expect(LOG_COLUMNS).toHaveLength(13);
    expect(LOG_COLUMNS[12]).toBe("checksum");
    expect(rows[0].checksum).toBe(rowChecksum(LOG_GENESIS, logRowCells(row(1))));
    expect(rows[1].checksum).toBe(rowChecksum(rows[0].checksum, logRowCells(row(2))));
    expect(rows[0].checksum).toMatch(/^x[0-9a-f]{16}$/);
    expect(verifyLog(asSheet(rows))).toEqual([]);
  });

  it("continues from the last row already in the log", () => {
    const more = chainRows(rows[3].checksum, [row(5)]);
    expect(verifyLog(asSheet([...rows, ...more]))).toEqual([]);
    expect(verifyLog(asSheet([...rows, ...chainRows(null, [row(5)])]))).toEqual([4]);
  });

  it("catches a row edited by hand, and only that row", () => {
    const sheet = asSheet(rows);
    sheet[1][9] = 9999; // 이후
    expect(verifyLog(sheet)).toEqual([1]);
    const reasons = asSheet(rows);
    reasons[2][10] = "구의회 의결 "; // a trailing space is no edit…
    expect(verifyLog(reasons)).toEqual([]);
    reasons[2][10] = "구청장 지시"; // …another reason is
    expect(verifyLog(reasons)).toEqual([2]);
  });

  it("catches a removed row, an inserted row and an edited checksum at the row after", () => {
    const sheet = asSheet(rows);
    expect(verifyLog([sheet[0], sheet[2], sheet[3]])).toEqual([1]);
    const forged = [...logRowCells(row(9)), "x0000000000000000"];
    expect(verifyLog([sheet[0], forged, sheet[1], sheet[2], sheet[3]])).toEqual([1, 2]);
    const checksum = asSheet(rows);
    checksum[0][12] = "x0123456789abcdef";
    expect(verifyLog(checksum)).toEqual([0, 1]);
  });

  it("survives what Excel does to the cells: numbers as text, text as numbers, empty as null", () => {
    const sheet = asSheet(rows).map((cells) => cells.map((v) => (typeof v === "number" ? String(v) : v === "" ? null : v)));
    expect(verifyLog(sheet)).toEqual([]);
    const numeric = asSheet(chainRows(null, [row(1, { before: "80", year: null })])).map((cells) => cells.map((v) => (v === "80" ? 80 : v)));
    expect(verifyLog(numeric)).toEqual([]);
    expect(canonicalCell("2,478")).toBe("2,478");
    expect(canonicalCell(" 1.50 ")).toBe("1.5");
    expect(canonicalCell({ error: "#REF!" })).toBe("#REF!");
    expect(canonicalCell("X0123")).toBe("X0123");
  });

  it("maps entry types to 신설 / 제외·폐지 / 명칭변경 / 변경", () => {
    expect(revisionKind({ type: "added" })).toBe("신설");
    expect(revisionKind({ type: "removed" })).toBe("제외");
    expect(revisionKind({ type: "removed" }, "폐지")).toBe("폐지");
    expect(revisionKind({ type: "renamed" })).toBe("명칭변경");
    expect(revisionKind({ type: "changed" }, "폐지")).toBe("변경");
  });
});
