import {
  areaFromAddress,
  cellFromExcel,
  charsToPoints,
  documentReference,
  formulaFromExcel,
  groupBySize,
  isDateFormat,
  rowBlocks,
  SheetGridBuilder,
  uniformRectangles,
} from "./cells";

describe("cellFromExcel", () => {
  it("tells an error value from text that reads like one by valueTypes", () => {
    expect(cellFromExcel("#REF!", "Error")).toEqual({ error: "#REF!" });
    expect(cellFromExcel("#REF!", "String")).toBe("#REF!");
  });

  it("reads empty as null, and keeps numbers, booleans and text", () => {
    expect(cellFromExcel("", "Empty")).toBeNull();
    expect(cellFromExcel("", "String")).toBeNull();
    expect(cellFromExcel(2478, "Double", "#,##0")).toBe(2478);
    expect(cellFromExcel(0.25, "Double", "0%")).toBe(0.25);
    expect(cellFromExcel(true, "Boolean")).toBe(true);
    expect(cellFromExcel("  사업 ", "String")).toBe("  사업 ");
  });

  it("shows a number in a date format as the ExcelJS adapter does", () => {
    expect(cellFromExcel(44880, "Double", "yyyy-mm-dd")).toBe("2022-11-15");
    expect(cellFromExcel(44880.395833333336, "Double", "m/d/yyyy h:mm")).toBe("2022-11-15 09:30");
    expect(cellFromExcel(44880, "Double", '#,##0"명"')).toBe(44880);
  });
});

describe("isDateFormat", () => {
  it("follows ExcelJS: date letters outside [..] and quotes", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("[$-ko-KR]yyyy\"년\" m\"월\"")).toBe(true);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat("[Red]#,##0")).toBe(false);
    expect(isDateFormat('0"days"')).toBe(false);
    expect(isDateFormat("@")).toBe(false);
  });
});

describe("formulaFromExcel", () => {
  it("keeps formulas only, and not text that equals its own value", () => {
    expect(formulaFromExcel("=SUM(A1:A3)", 6)).toBe("=SUM(A1:A3)");
    expect(formulaFromExcel(6, 6)).toBeNull();
    expect(formulaFromExcel("abc", "abc")).toBeNull();
    expect(formulaFromExcel("=not a formula", "=not a formula")).toBeNull();
    expect(formulaFromExcel('="x"', "x")).toBe('="x"');
  });
});

describe("SheetGridBuilder", () => {
  it("positions a block from A1, trims trailing empties and keeps merges sorted", () => {
    const b = new SheetGridBuilder("S");
    b.addBlock(2, 1, [["a", ""], ["", ""], ["", 3]], undefined, [["String", "Empty"], ["Empty", "Empty"], ["Empty", "Double"]], undefined);
    b.addMerge({ top: 4, left: 1, bottom: 4, right: 2 });
    b.addMerge({ top: 2, left: 1, bottom: 2, right: 2 });
    expect(b.build()).toEqual({
      name: "S",
      values: [[], [], [null, "a"], [], [null, null, 3]],
      merges: [
        { top: 2, left: 1, bottom: 2, right: 2 },
        { top: 4, left: 1, bottom: 4, right: 2 },
      ],
    });
  });
});

describe("a formula whose value is empty text", () => {
  it("reads \"\" when Excel computed empty text (valueTypes String), null when it holds no value (Empty): the engine tells them apart", () => {
    const b = new SheetGridBuilder("S");
    b.addBlock(0, 0, [["", "", ""]], [['=IF(TRUE,"","x")', "=A9*2", ""]], [["String", "Empty", "String"]], undefined);
    expect(b.build()).toEqual({ name: "S", values: [[""]], formulas: [['=IF(TRUE,"","x")', "=A9*2"]], merges: [] });
  });
});

describe("areaFromAddress", () => {
  it("drops the sheet part, quoted or not, and the $ signs", () => {
    expect(areaFromAddress("Sheet1!A1:B2")).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(areaFromAddress("'계획 (1)!'!$C$3:$D$4")).toEqual({ top: 2, left: 2, bottom: 3, right: 3 });
    expect(areaFromAddress("E5")).toEqual({ top: 4, left: 4, bottom: 4, right: 4 });
    expect(areaFromAddress("Sheet1!#REF!")).toBeNull();
  });
});

describe("blocks", () => {
  it("cuts rows into blocks under the cell limit and groups them", () => {
    expect(rowBlocks(10, 4, 12)).toEqual([
      { start: 0, count: 3 },
      { start: 3, count: 3 },
      { start: 6, count: 3 },
      { start: 9, count: 1 },
    ]);
    expect(rowBlocks(2, 100, 10)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
    ]);
    expect(groupBySize([5, 5, 3, 9, 1], (n) => n, 10)).toEqual([[5, 5], [3], [9, 1]]);
  });
});

describe("writing helpers", () => {
  it("quotes sheet names in links and converts widths", () => {
    expect(documentReference("계획", "B7")).toBe("'계획'!B7");
    expect(documentReference("Bob's", "A1")).toBe("'Bob''s'!A1");
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
  });

  it("groups equal formats into rectangles", () => {
    const rows = [
      ["h", "h", "h"],
      ["a", "b", "c"],
      ["a", "b", "c"],
    ];
    const bold = uniformRectangles(rows, (r) => (r === 0 ? true : undefined));
    expect(bold).toEqual([{ top: 0, left: 0, rowCount: 1, columnCount: 3, value: true }]);
    const wrapMiddle = uniformRectangles(rows, (r, c) => (r > 0 && c === 1 ? true : undefined));
    expect(wrapMiddle).toEqual([{ top: 1, left: 1, rowCount: 2, columnCount: 1, value: true }]);
    const fills = uniformRectangles(rows, (r, c) => (r > 0 && c === 0 ? (r === 1 ? "#F00" : "#0F0") : undefined));
    expect(fills).toHaveLength(2);
  });
});
