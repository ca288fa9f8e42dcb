/**
 * firstChangedCell: what replaceSheetIfUnchanged counts as the sheet changed since the read — any value or
 * formula, row by row; not a formula's recalculated value, nor empty text against an empty cell.
 */
import type { SheetGrid } from "../engine";
import { firstChangedCell, SheetChangedError } from "./port";

const sheet = (values: SheetGrid["values"], formulas?: SheetGrid["formulas"]): SheetGrid => ({ name: "시행결과_2025", values, merges: [], ...(formulas ? { formulas } : {}) });

describe("firstChangedCell", () => {
  it("is null for the same cells, ragged rows and trailing empties alike", () => {
    const read = sheet([["제목"], [], [1, "a", null]]);
    expect(firstChangedCell("S", read, sheet([["제목", null], [null], [1, "a"], []]))).toBeNull();
    expect(firstChangedCell("S", null, null)).toBeNull();
    expect(firstChangedCell("S", null, sheet([[], [null, ""]]))).toBeNull();
  });

  it("names the first differing cell, row by row: a value typed, cleared or changed in type", () => {
    const read = sheet([["제목"], [null, 5, "x"], [1]]);
    expect(firstChangedCell("S", read, sheet([["제목"], [null, 5, "x"], [1, 7]]))).toEqual({ sheet: "S", row: 2, col: 1 });
    expect(firstChangedCell("S", read, sheet([["제목"], [null, 5, "y"], [2]]))).toEqual({ sheet: "S", row: 1, col: 2 });
    expect(firstChangedCell("S", read, sheet([["제목"], [null, "5", "x"], [1]]))).toEqual({ sheet: "S", row: 1, col: 1 });
    expect(firstChangedCell("S", read, sheet([["제목"], [], [1]]))).toEqual({ sheet: "S", row: 1, col: 1 });
  });

  it("a sheet gone or come since the read differs at its first cell holding something", () => {
    expect(firstChangedCell("S", sheet([[], [null, "a"]]), null)).toEqual({ sheet: "S", row: 1, col: 1 });
    expect(firstChangedCell("S", null, sheet([["제목"]]))).toEqual({ sheet: "S", row: 0, col: 0 });
  });

  it("compares formulas, not their values; a formula typed over a value (or the reverse) is a change; errors by code", () => {
    const read = sheet([[10, 3]], [[null, "=1+2"]]);
    expect(firstChangedCell("S", read, sheet([[10, 4]], [[null, "=1+2"]]))).toBeNull();
    expect(firstChangedCell("S", read, sheet([[10, 3]], [[null, "=1+3"]]))).toEqual({ sheet: "S", row: 0, col: 1 });
    expect(firstChangedCell("S", read, sheet([[10, 3]]))).toEqual({ sheet: "S", row: 0, col: 1 });
    expect(firstChangedCell("S", sheet([[10]]), sheet([[10]], [["=10"]]))).toEqual({ sheet: "S", row: 0, col: 0 });
    expect(firstChangedCell("S", sheet([[{ error: "#REF!" }]]), sheet([[{ error: "#REF!" }]]))).toBeNull();
    expect(firstChangedCell("S", sheet([[{ error: "#REF!" }]]), sheet([[{ error: "#N/A" }]]))).toEqual({ sheet: "S", row: 0, col: 0 });
  });

  it("SheetChangedError carries the cell as data, the message naming it in A1", () => {
    const error = new SheetChangedError({ sheet: "시행결과_2025", row: 6, col: 2 });
    expect(error.name).toBe("SheetChangedError");
    expect(error.ref).toEqual({ sheet: "시행결과_2025", row: 6, col: 2 });
    expect(error.message).toContain("C7");
  });
});
