/**
 * The Office.js WorkbookPort's writes of values, sheets and the store against office-addin-mock trees
 * (test/kits/excel/excelMock.ts): what it writes and how many context.sync calls each method makes. Reading,
 * highlights and input rules are tested through Microsoft's runtime (./excelLimits.test.ts, ./useCases.test.ts).
 */
import { HIGHLIGHT_FILLS, SHEETS, type GeneratedSheet } from "../app/port";
import { createOfficePort, SheetNotOwnedError } from "./officePort";
import { workbookMock, type WorkbookMock } from "../../test/kits/excel/excelMock";

function syncCounter(wb: WorkbookMock): jest.SpyInstance {
  return jest.spyOn(wb.context, "sync");
}

describe("writeValues", () => {
  it('writes "=SUM(A1)" as text with numberFormat "@" first, and 2478 as a number', async () => {
    const wb = workbookMock([
      {
        name: "계획",
        cells: { "0,0": { numberFormat: "General" }, "0,1": { numberFormat: "#,##0" }, "0,2": { numberFormat: "@" }, "0,3": {} },
      },
    ]);
    // Record the number format each cell had at the moment its value was written.
    const formatAtWrite: Record<string, unknown> = {};
    for (const col of [0, 1, 2, 3]) {
      const cell = wb.cell("계획", 0, col);
      let values: unknown;
      Object.defineProperty(cell, "values", {
        get: () => values,
        set: (v: unknown) => {
          formatAtWrite[col] = JSON.parse(JSON.stringify(cell.numberFormat));
          values = v;
        },
      });
    }
    const sync = syncCounter(wb);
    await createOfficePort(wb.run).writeValues([
      { ref: { sheet: "계획", row: 0, col: 0 }, value: "=SUM(A1)" },
      { ref: { sheet: "계획", row: 0, col: 1 }, value: 2478 },
      { ref: { sheet: "계획", row: 0, col: 2 }, value: 12 }, // into a text-formatted cell
      { ref: { sheet: "계획", row: 0, col: 3 }, value: null },
    ]);
    const cell = (col: number) => wb.cell("계획", 0, col);
    expect(cell(0).values).toEqual([["=SUM(A1)"]]);
    expect(formatAtWrite[0]).toEqual([["@"]]);
    expect(cell(1).values).toEqual([[2478]]);
    expect(typeof cell(1).values[0][0]).toBe("number");
    expect(cell(1).numberFormat).toEqual([["#,##0"]]);
    expect(cell(2).values).toEqual([[12]]);
    expect(formatAtWrite[2]).toEqual([["General"]]);
    expect(cell(3).values).toEqual([[""]]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("makes one sync when only text is written", async () => {
    const wb = workbookMock([{ name: "계획", cells: { "1,1": {} } }]);
    const sync = syncCounter(wb);
    await createOfficePort(wb.run).writeValues([{ ref: { sheet: "계획", row: 1, col: 1 }, value: "○" }]);
    expect(wb.cell("계획", 1, 1).values).toEqual([["○"]]);
    expect(wb.cell("계획", 1, 1).numberFormat).toEqual([["@"]]);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe("select", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const wb = workbookMock([{ name: "계획", cells: { "6,3": {} } }]);
    const sync = syncCounter(wb);
    await createOfficePort(wb.run).select({ sheet: "계획", row: 6, col: 3 });
    expect(wb.sheet("계획").activate).toHaveBeenCalled();
    expect(wb.cell("계획", 6, 3).select).toHaveBeenCalled();
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe("replaceSheet", () => {
  const results: GeneratedSheet = {
    name: SHEETS.results,
    marker: "plan-check:results:v1",
    rows: [
      [{ value: "검증 결과", bold: true }],
      [
        { value: "구분", bold: true, fill: "#D9E2F3" },
        { value: "셀", bold: true, fill: "#D9E2F3" },
        { value: "사업", bold: true, fill: "#D9E2F3" },
      ],
      [{ value: "오류", fill: HIGHLIGHT_FILLS.error }, { value: "계획!C5", link: { sheet: "계획", row: 4, col: 2 } }, { value: "=cmd|' /C calc'!A0", wrap: true }],
      [{ value: "경고", fill: HIGHLIGHT_FILLS.warning }, { value: "계획!C6", link: { sheet: "계획", row: 5, col: 2 } }, { value: "2478", wrap: true }],
      [{ value: "합계" }, { value: 2, formula: "=COUNTA(A3:A4)" }, { value: 2478, numberFormat: "#,##0" }],
    ],
    columnWidths: [8, 16, 30],
    freezeRows: 2,
    charts: [{ type: "columnClustered", title: "심각도별", data: { top: 1, left: 0, bottom: 3, right: 1 }, anchor: { row: 1, col: 5 } }],
  };

  it("refuses to delete a same-named sheet without the marker, naming it", async () => {
    const wb = workbookMock([{ name: "계획" }, { name: SHEETS.results, firstRow: ["사용자가 만든 표"] }]);
    const port = createOfficePort(wb.run);
    const attempt = port.replaceSheet(results);
    await expect(attempt).rejects.toBeInstanceOf(SheetNotOwnedError);
    await expect(port.replaceSheet(results)).rejects.toThrow(SHEETS.results);
    expect(wb.sheet(SHEETS.results).delete).not.toHaveBeenCalled();
    expect(wb.context.workbook.worksheets.add).not.toHaveBeenCalled();
  });

  it("refuses an empty user sheet of that name too", async () => {
    const wb = workbookMock([{ name: SHEETS.results }]);
    await expect(createOfficePort(wb.run).replaceSheet(results)).rejects.toThrow(SheetNotOwnedError);
    expect(wb.sheet(SHEETS.results).delete).not.toHaveBeenCalled();
  });

  it("creates the sheet in two syncs: values as text, formulas, formats, links, widths, freeze, chart, marker", async () => {
    const wb = workbookMock([{ name: "계획" }]);
    const sync = syncCounter(wb);
    await createOfficePort(wb.run).replaceSheet(results);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(wb.added).toHaveLength(1);
    const s = wb.added[0];
    expect(s.name).toBe(SHEETS.results);

    expect(s.table(5, 3)).toEqual([
      ["검증 결과", null, null],
      ["구분", "셀", "사업"],
      ["오류", "계획!C5", "=cmd|' /C calc'!A0"],
      ["경고", "계획!C6", "2478"],
      ["합계", "=COUNTA(A3:A4)", 2478],
    ]);
    // Text that Excel would parse stayed text; the formula is a formula.
    expect(s.peek(2, 2)).toMatchObject({ value: "=cmd|' /C calc'!A0", numberFormat: "@" });
    expect(s.peek(2, 2)?.formula).toBeUndefined();
    expect(s.peek(3, 2)).toMatchObject({ value: "2478", numberFormat: "@" });
    expect(s.peek(4, 1)).toMatchObject({ formula: "=COUNTA(A3:A4)", numberFormat: "General" });
    expect(s.peek(4, 2)).toMatchObject({ value: 2478, numberFormat: "#,##0" });

    expect(s.peek(0, 0)?.bold).toBe(true);
    expect([0, 1, 2].map((c) => s.peek(1, c)?.bold)).toEqual([true, true, true]);
    expect(s.peek(2, 0)?.bold).toBeUndefined();
    expect([0, 1, 2].map((c) => s.peek(1, c)?.fill)).toEqual(["#D9E2F3", "#D9E2F3", "#D9E2F3"]);
    expect(s.peek(2, 0)?.fill).toBe(HIGHLIGHT_FILLS.error);
    expect(s.peek(3, 0)?.fill).toBe(HIGHLIGHT_FILLS.warning);
    expect([2, 3].map((r) => s.peek(r, 2)?.wrap)).toEqual([true, true]);

    expect(s.peek(2, 1)?.hyperlink).toEqual({ documentReference: "'계획'!C5", textToDisplay: "계획!C5" });
    expect([...s.columnWidths.keys()]).toEqual(["A", "B", "C"]);
    expect(s.columnWidths.get("C")).toBeCloseTo((30 * 7 + 5) * 0.75);
    expect(s.frozenRows).toBe(2);
    expect(s.recordedCharts).toEqual([
      { type: "ColumnClustered", seriesBy: "Columns", data: { row: 1, col: 0, rowCount: 3, columnCount: 2 }, title: "심각도별", position: "F2" },
    ]);

    // The marker: row 1, one blank column after the table.
    expect(s.peek(0, 4)).toMatchObject({ value: "plan-check:results:v1", numberFormat: "@" });
    expect(s.peek(0, 3)).toBeUndefined();
  });

  it("replaces its own sheet: adds the new one, deletes the old, same name and position, three syncs", async () => {
    const wb = workbookMock(
      [{ name: "계획" }, { name: SHEETS.results, position: 1, firstRow: ["old title", null, null, null, "plan-check:results:v1"] }],
      { active: SHEETS.results },
    );
    const sync = syncCounter(wb);
    await createOfficePort(wb.run).replaceSheet(results);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(wb.sheet(SHEETS.results).delete).toHaveBeenCalledTimes(1);
    const s = wb.added[0];
    expect(s.name).toBe(SHEETS.results);
    expect(s.position).toBe(1);
    expect(s.activated).toBe(true);
    expect(s.table(1, 1)).toEqual([["검증 결과"]]);
  });

  it("never touches the store sheet", async () => {
    const wb = workbookMock([{ name: SHEETS.store }]);
    await expect(createOfficePort(wb.run).replaceSheet({ ...results, name: SHEETS.store })).rejects.toThrow(SheetNotOwnedError);
  });
});

describe("appendRows", () => {
  const header = [{ value: "일시", bold: true }, { value: "구분", bold: true }, { value: "사업", bold: true }];
  const marker = "plan-check:revisions:v1";

  it("creates the sheet with header, marker and frozen header when absent (two syncs)", async () => {
    const wb = workbookMock([{ name: "계획" }]);
    const sync = syncCounter(wb);
    await createOfficePort(wb.run).appendRows(SHEETS.revisionLog, marker, header, [[{ value: "2026-11-26" }, { value: "신설" }, { value: "-신규 사업" }]]);
    expect(sync).toHaveBeenCalledTimes(2);
    const s = wb.added[0];
    expect(s.name).toBe(SHEETS.revisionLog);
    expect(s.table(2, 3)).toEqual([
      ["일시", "구분", "사업"],
      ["2026-11-26", "신설", "-신규 사업"],
    ]);
    expect(s.peek(1, 2)?.formula).toBeUndefined();
    expect(s.peek(0, 4)?.value).toBe(marker);
    expect(s.frozenRows).toBe(1);
  });

  it("writes below the last used row and never rewrites existing rows (three syncs)", async () => {
    const existing = [
      ["일시", "구분", "사업", null, marker],
      ["2026-11-01", "신설", "A"],
      ["2026-11-02", "폐지", "B"],
    ];
    const wb = workbookMock([{ name: SHEETS.revisionLog, firstRow: existing[0], usedValues: existing }]);
    const sync = syncCounter(wb);
    await createOfficePort(wb.run).appendRows(SHEETS.revisionLog, marker, header, [[{ value: "2026-11-26" }, { value: "변경" }, { value: "C" }]]);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(wb.added).toHaveLength(0);
    const writes = wb.writes(SHEETS.revisionLog);
    expect([...writes.cells.keys()].every((key) => key.startsWith("3,"))).toBe(true);
    expect(writes.table(4, 3)[3]).toEqual(["2026-11-26", "변경", "C"]);
  });

  it("refuses to append to a user sheet of that name", async () => {
    const wb = workbookMock([{ name: SHEETS.revisionLog, firstRow: ["내 기록"], usedValues: [["내 기록"]] }]);
    await expect(createOfficePort(wb.run).appendRows(SHEETS.revisionLog, marker, header, [[{ value: "x" }]])).rejects.toThrow(SHEETS.revisionLog);
    expect(wb.writes(SHEETS.revisionLog).cells.size).toBe(0);
  });
});

describe("readStore / writeStore", () => {
  it("round-trips a long value split across cells of a very hidden sheet", async () => {
    const long = JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ ref: { sheet: "계획", row: i, col: 2 }, note: "=not a formula'" })));
    expect(long.length).toBeGreaterThan(70_000);

    // No store yet: the first write creates it (two syncs).
    const first = workbookMock([{ name: "계획" }]);
    const sync = syncCounter(first);
    const port = createOfficePort(first.run);
    expect(await port.readStore()).toEqual({});
    await port.writeStore({ highlights: long, lang: "ko", gone: null });
    expect(sync).toHaveBeenCalledTimes(1 + 2);
    const store = first.added[0];
    expect(store.name).toBe(SHEETS.store);
    expect(store.visibility).toBe("VeryHidden");
    const row = [...store.cells.entries()].filter(([key]) => key.startsWith("0,"));
    expect(row.length).toBeGreaterThanOrEqual(4); // key + three or more pieces
    for (const [, cell] of store.cells) {
      expect(cell.numberFormat).toBe("@");
      expect(typeof cell.value === "string" ? cell.value.length : 0).toBeLessThanOrEqual(32_767);
    }

    // Reopen: the sheet now holds what was written.
    const width = Math.max(...[...store.cells.keys()].map((k) => Number(k.split(",")[1]))) + 1;
    const rows = store.table(2, width).map((line) => line.map((v) => (v === null ? "" : v)));
    const second = workbookMock([{ name: "계획" }, { name: SHEETS.store, usedValues: rows, visibility: "VeryHidden" }]);
    const sync2 = syncCounter(second);
    const reopened = createOfficePort(second.run);
    expect(await reopened.readStore()).toEqual({ highlights: long, lang: "ko" });
    expect(sync2).toHaveBeenCalledTimes(2);

    // Updating merges with what is there, clears the old table and writes the new one (three syncs).
    sync2.mockClear();
    await reopened.writeStore({ highlights: null, fixes: "[]" });
    expect(sync2).toHaveBeenCalledTimes(3);
    expect(second.sheet(SHEETS.store).usedValues.clear).toHaveBeenCalled();
    expect(second.writes(SHEETS.store).table(2, 2)).toEqual([
      ["fixes", "[]"],
      ["lang", "ko"],
    ]);
  });

  it.each([
    ["visible, whatever it holds", "Visible", [["baseline", "{}"]]],
    ["very hidden but holding a user's rows", "VeryHidden", [["baseline", "{}"], ["내 메모", "지우지 마세요"]]],
  ])("a user's own sheet of the store's name (%s) is not read as the store and never cleared", async (_, visibility, rows) => {
    const wb = workbookMock([{ name: "계획" }, { name: SHEETS.store, usedValues: rows, visibility }]);
    const port = createOfficePort(wb.run);
    expect(await port.readStore()).toEqual({});
    // Read by a use case about to write: refused there, before its first write.
    await expect(port.readStore({ forWriting: true })).rejects.toMatchObject({ name: "SheetNotOwnedError", sheet: SHEETS.store });
    await expect(port.writeStore({ baseline: "{}" })).rejects.toThrow(SheetNotOwnedError);
    await expect(port.writeStore({ baseline: "{}" })).rejects.toMatchObject({ sheet: SHEETS.store });
    expect(wb.sheet(SHEETS.store).usedValues.clear).not.toHaveBeenCalled();
    expect(wb.writes(SHEETS.store).cells.size).toBe(0);
    expect(wb.added).toHaveLength(0);
  });
});
