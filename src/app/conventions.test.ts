import { dateText, markerColumn, needsTextFormat, rowHasMarker, splitStoreValue, storeFromRows, storeToRows } from "./conventions";

describe("date text", () => {
  it("formats dates, times and date-times", () => {
    expect(dateText(new Date(Date.UTC(2022, 10, 15)))).toBe("2022-11-15");
    expect(dateText(new Date(Date.UTC(2022, 10, 15, 8, 5, 9)))).toBe("2022-11-15 08:05:09");
    expect(dateText(new Date(Date.UTC(1899, 11, 30, 12, 0)))).toBe("12:00");
  });
});

describe("text format", () => {
  it("formats every non-empty string as text", () => {
    expect(needsTextFormat("=SUM(A1)")).toBe(true);
    expect(needsTextFormat("2478")).toBe(true);
    expect(needsTextFormat("사업명")).toBe(true);
    expect(needsTextFormat("")).toBe(false);
    expect(needsTextFormat(2478)).toBe(false);
    expect(needsTextFormat(null)).toBe(false);
  });
});

describe("markers", () => {
  it("puts the marker one blank column right of the widest row, and finds it anywhere in row 1", () => {
    expect(markerColumn([[1, 2], [1, 2, 3, 4]])).toBe(5);
    expect(rowHasMarker(["title", null, "plan-check:results:v1"], "plan-check:results:v1")).toBe(true);
    expect(rowHasMarker(["plan-check:results:v1 "], "plan-check:results:v1")).toBe(false);
    expect(rowHasMarker(undefined, "m")).toBe(false);
  });
});

describe("store layout", () => {
  it("splits long values into cells under Excel's limit and joins them back", () => {
    const long = "x".repeat(70_000);
    const pieces = splitStoreValue(long);
    expect(pieces.map((p) => p.length)).toEqual([32_000, 32_000, 6_000]);
    expect(storeFromRows(storeToRows({ a: long, b: "short" }))).toEqual({ a: long, b: "short" });
  });

  it("never starts a piece with an apostrophe nor splits a surrogate pair", () => {
    const value = "ab'cd😀ef'gh";
    const pieces = splitStoreValue(value, 3);
    expect(pieces.join("")).toBe(value);
    for (const piece of pieces.slice(1)) {
      expect(piece.startsWith("'")).toBe(false);
      expect(/^[\uDC00-\uDFFF]/.test(piece)).toBe(false);
    }
  });

  it("pads rows to a rectangle and keeps empty values", () => {
    const rows = storeToRows({ k: "", long: "abc" });
    expect(rows).toEqual([
      ["k", ""],
      ["long", "abc"],
    ]);
    expect(storeFromRows([["k", ""], ["", "ignored"], [null, "x"]])).toEqual({ k: "" });
  });
});
