/**
 * The Office.js WorkbookPort against office-addin-mock trees (./testing/excelMock.ts): what it reads,
 * what it writes, and how many context.sync calls each method makes.
 */
import { HIGHLIGHT_FILLS, SHEETS, type FormatSnapshot, type GeneratedSheet } from "../app/port";
import { createOfficePort, SheetNotOwnedError, type FillSnapshot } from "./officePort";
import { workbookMock, type SheetSpec, type WorkbookMock } from "./testing/excelMock";

function syncCounter(wb: WorkbookMock): jest.SpyInstance {
  return jest.spyOn(wb.context, "sync");
}

describe("readGrid", () => {
  const plan: SheetSpec = {
    name: "계획",
    // Used range C3:F5: grid row 0 = sheet row 1, so rows 0-1 are empty and columns 0-1 are null.
    used: {
      rowIndex: 2,
      columnIndex: 2,
      values: [
        ["전략", "", "예산", "#REF!"],
        ["사업 A", "#REF!", 7, 44880],
        ["=text", "", 10, ""],
      ],
      formulas: [
        ["전략", "", "예산", "#REF!"],
        ["사업 A", "=Z99", 7, 44880],
        ["=text", "", "=SUM(E4:E4)+3", ""],
      ],
      valueTypes: [
        ["String", "Empty", "String", "String"],
        ["String", "Error", "Double", "Double"],
        ["String", "Empty", "Double", "Empty"],
      ],
      numberFormat: [
        ["General", "General", "General", "General"],
        ["General", "General", "#,##0", "yyyy-mm-dd"],
        ["@", "General", "#,##0", "General"],
      ],
    },
    merges: ["'계획'!$C$3:$D$3", "'계획'!$F$4:$F$5"],
  };
  const other: SheetSpec = { name: "메모", used: { rowIndex: 0, columnIndex: 0, values: [["x"]] } };
  const store: SheetSpec = { name: SHEETS.store, used: { rowIndex: 0, columnIndex: 0, values: [["highlights", "[]"]] } };

  it("reads the exact grid: positioned from A1, errors by valueTypes, formulas, merges", async () => {
    const wb = workbookMock([plan, other, store]);
    const grid = await createOfficePort(wb.run).readGrid();
    expect(grid).toEqual({
      sheets: [
        {
          name: "계획",
          values: [
            [],
            [],
            [null, null, "전략", null, "예산", "#REF!"],
            [null, null, "사업 A", { error: "#REF!" }, 7, "2022-11-15"],
            [null, null, "=text", null, 10],
          ],
          formulas: [[], [], [], [null, null, null, "=Z99"], [null, null, null, null, "=SUM(E4:E4)+3"]],
          merges: [
            { top: 2, left: 2, bottom: 2, right: 3 },
            { top: 3, left: 5, bottom: 4, right: 5 },
          ],
        },
        { name: "메모", values: [["x"]], merges: [] },
      ],
    });
  });

  function tallSheet(rows: number): SheetSpec {
    const values = Array.from({ length: rows }, (_, r) => [`사업 ${r}`, r, r * 2, r % 7 === 0 ? "" : "○", "비고"]);
    const formulas = values.map((row, r) => [row[0], row[1], `=B${r + 1}*2`, row[3], row[4]]);
    return { name: "계획", used: { rowIndex: 0, columnIndex: 0, values, formulas }, merges: ["계획!A1:B1"] };
  }

  it("makes the same number of syncs for 50 and 5,000 rows", async () => {
    const counts: number[] = [];
    for (const rows of [50, 5000]) {
      const wb = workbookMock([tallSheet(rows), other]);
      const sync = syncCounter(wb);
      const grid = await createOfficePort(wb.run).readGrid();
      expect(grid.sheets[0].values).toHaveLength(rows);
      expect(grid.sheets[0].formulas?.[rows - 1]?.[2]).toBe(`=B${rows}*2`);
      counts.push(sync.mock.calls.length);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBe(3);
  });

  it("reads in row blocks only above the cell limit, to the same grid", async () => {
    const whole = await createOfficePort(workbookMock([tallSheet(50)]).run).readGrid();

    const spec: SheetSpec & { blockReads: NonNullable<SheetSpec["blockReads"]> } = { ...tallSheet(50), blockReads: [] };
    const wb = workbookMock([spec]);
    const sync = syncCounter(wb);
    const blocked = await createOfficePort(wb.run, { readCellsPerSync: 60 }).readGrid();
    expect(blocked).toEqual(whole);
    // 250 cells, 12 rows (60 cells) a block: 5 blocks, each its own sync, after the 2 fixed ones.
    expect(spec.blockReads.map((b) => b.rowCount)).toEqual([12, 12, 12, 12, 2]);
    expect(sync).toHaveBeenCalledTimes(2 + 5);
  });

  it("degrades to no merges where ExcelApi 1.13 is missing", async () => {
    const wb = workbookMock([plan]);
    const grid = await createOfficePort(wb.run, { apiSupported: (v) => v !== "1.13" }).readGrid();
    expect(grid.sheets[0].merges).toEqual([]);
    expect(grid.sheets[0].values[3][3]).toEqual({ error: "#REF!" });
  });
});

describe("highlight and restoreFormats", () => {
  const sheet: SheetSpec = {
    name: "계획",
    cells: {
      "4,2": { fill: { color: "#FFFFFF", pattern: "None" } }, // no fill
      "4,3": { fill: { color: "#FFFFFF", pattern: "Solid" } }, // a white fill
      "5,2": { fill: { color: "#00B050", pattern: "Solid" } },
      "6,2": { fill: { color: "#FFFF00", pattern: "Gray50", patternColor: "#0000FF" } },
    },
  };
  const ref = (row: number, col: number) => ({ sheet: "계획", row, col });

  it("returns the fills as they were and paints the severity colours", async () => {
    const wb = workbookMock([sheet]);
    const sync = syncCounter(wb);
    const snapshots = await createOfficePort(wb.run).highlight([
      { ref: ref(4, 2), severity: "error" },
      { ref: ref(4, 3), severity: "warning" },
      { ref: ref(5, 2), severity: "info" },
      { ref: ref(5, 2), severity: "error" }, // the same cell twice: one snapshot, the worse colour
      { ref: ref(6, 2), severity: "warning" },
    ]);
    expect(snapshots).toEqual<FormatSnapshot[]>([
      { ref: ref(4, 2), format: { noFill: true, color: "#FFFFFF", pattern: "None", patternColor: "#000000" } },
      { ref: ref(4, 3), format: { noFill: false, color: "#FFFFFF", pattern: "Solid", patternColor: "#000000" } },
      { ref: ref(5, 2), format: { noFill: false, color: "#00B050", pattern: "Solid", patternColor: "#000000" } },
      { ref: ref(6, 2), format: { noFill: false, color: "#FFFF00", pattern: "Gray50", patternColor: "#0000FF" } },
    ]);
    expect(JSON.parse(JSON.stringify(snapshots))).toEqual(snapshots);
    const fill = (row: number, col: number) => wb.cell("계획", row, col).format.fill;
    expect(fill(4, 2).color).toBe(HIGHLIGHT_FILLS.error);
    expect(fill(4, 3).color).toBe(HIGHLIGHT_FILLS.warning);
    expect(fill(5, 2).color).toBe(HIGHLIGHT_FILLS.error);
    expect(fill(6, 2).color).toBe(HIGHLIGHT_FILLS.warning);
    expect(fill(6, 2).pattern).toBe("Solid");
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("without ExcelApi 1.9 records the colour only, white read as no fill", async () => {
    const wb = workbookMock([sheet]);
    const snapshots = await createOfficePort(wb.run, { apiSupported: (v) => v !== "1.9" }).highlight([
      { ref: ref(4, 3), severity: "error" },
      { ref: ref(5, 2), severity: "error" },
    ]);
    expect(snapshots.map((s) => s.format)).toEqual([
      { noFill: true, color: "#FFFFFF" },
      { noFill: false, color: "#00B050" },
    ]);
  });

  it("puts back a no-fill cell with clear() and a coloured one with its colour, in one sync", async () => {
    const wb = workbookMock([sheet]);
    const port = createOfficePort(wb.run);
    const snapshots = await port.highlight([
      { ref: ref(4, 2), severity: "error" },
      { ref: ref(4, 3), severity: "error" },
      { ref: ref(5, 2), severity: "warning" },
      { ref: ref(6, 2), severity: "info" },
    ]);
    const sync = syncCounter(wb);
    await port.restoreFormats(snapshots);
    expect(sync).toHaveBeenCalledTimes(1);

    const fill = (row: number, col: number) => wb.cell("계획", row, col).format.fill;
    expect(fill(4, 2).clear).toHaveBeenCalledTimes(1);
    expect(fill(4, 3).clear).not.toHaveBeenCalled();
    expect(fill(4, 3).color).toBe("#FFFFFF");
    expect(fill(5, 2).clear).not.toHaveBeenCalled();
    expect(fill(5, 2).color).toBe("#00B050");
    expect(fill(6, 2).color).toBe("#FFFF00");
    expect(fill(6, 2).pattern).toBe("Gray50");
    expect(fill(6, 2).patternColor).toBe("#0000FF");
  });

  it("still restores the rest when a snapshot's sheet is gone", async () => {
    const wb = workbookMock([sheet]);
    const gone: FormatSnapshot = { ref: { sheet: "삭제됨", row: 0, col: 0 }, format: { noFill: true, color: "#FFFFFF" } satisfies FillSnapshot };
    const kept: FormatSnapshot = { ref: ref(5, 2), format: { noFill: false, color: "#123456", pattern: "Solid" } satisfies FillSnapshot };
    await createOfficePort(wb.run).restoreFormats([gone, kept]);
    expect(wb.cell("계획", 5, 2).format.fill.color).toBe("#123456");
  });
});

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
    const second = workbookMock([{ name: "계획" }, { name: SHEETS.store, usedValues: rows }]);
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
});

describe("setDataValidation (입력 규칙 적용)", () => {
  it("puts the ○/× list on flags and ≥ 0 on budgets with their texts, values untouched, one sync", async () => {
    const wb = workbookMock([{ name: "계획", cells: { "4,2": {}, "4,11": {} } }]);
    // Range.dataValidation as a plain recorder (the mock would turn assigned objects into mock children);
    // values must never be written.
    const valueWrites: unknown[] = [];
    for (const col of [2, 11]) {
      const recorder = { clear: jest.fn() };
      Object.defineProperty(wb.cell("계획", 4, col), "dataValidation", { get: () => recorder });
      Object.defineProperty(wb.cell("계획", 4, col), "values", { set: (v: unknown) => valueWrites.push(v) });
    }
    const sync = syncCounter(wb);
    const texts = { promptTitle: "○ 또는 ×", prompt: "고르세요", errorTitle: "○ 또는 ×만", error: "○ 또는 ×만 넣을 수 있습니다" };
    await createOfficePort(wb.run).setDataValidation([
      { ref: { sheet: "계획", row: 4, col: 2 }, kind: "flag", texts },
      { ref: { sheet: "계획", row: 4, col: 11 }, kind: "budget", texts },
    ]);
    const flag = wb.cell("계획", 4, 2).dataValidation;
    expect(flag.clear).toHaveBeenCalled();
    expect(flag.rule).toEqual({ list: { inCellDropDown: true, source: "○,×" } });
    expect(flag.prompt).toEqual({ showPrompt: true, title: "○ 또는 ×", message: "고르세요" });
    expect(flag.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    const budget = wb.cell("계획", 4, 11).dataValidation;
    expect(budget.rule).toEqual({ decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect(budget.errorAlert).toMatchObject({ style: "Warning" });
    expect(valueWrites).toEqual([]);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe("readGrid over Excel on the web's payload limit", () => {
  it("reads again in smaller blocks when Excel refuses the response as too large", async () => {
    const rows = Array.from({ length: 40 }, (_, r) => [r + 1, `사업 ${r + 1}`, "○"]);
    const wb = workbookMock([{ name: "계획", used: { rowIndex: 0, columnIndex: 0, values: rows } }]);
    let calls = 0;
    const refusingOnce: typeof wb.run = async (batch) => {
      calls++;
      if (calls === 1) throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
      return wb.run(batch);
    };
    const grid = await createOfficePort(refusingOnce, { readCellsPerSync: 40_000 }).readGrid();
    expect(calls).toBe(2);
    expect(grid.sheets[0].values[39]).toEqual([40, "사업 40", "○"]);
  });

  it("passes any other error on", async () => {
    const failing = async () => {
      throw Object.assign(new Error("boom"), { code: "GeneralException" });
    };
    await expect(createOfficePort(failing).readGrid()).rejects.toThrow("boom");
  });
});
