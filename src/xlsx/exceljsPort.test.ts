import ExcelJS from "exceljs";
import { HIGHLIGHT_FILLS, isHighlightRule, SHEETS, type GeneratedSheet } from "../app/port";
import { PlanReadError } from "../engine/read/errors";
import { ExcelJsWorkbookPort, SheetNotOwnedError } from "./exceljsPort";
import { argbOf } from "./fills";
import { readPageBreaks } from "./pageBreaks";
import { promises as fs } from "fs";
import * as path from "path";

const PATTERN: ExcelJS.Fill = { type: "pattern", pattern: "darkTrellis", fgColor: { argb: "FF00FF00" }, bgColor: { argb: "FF0000FF" } };
const SHARED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };

/** A1 with no fill, B1 with a pattern fill, C1 and D1 sharing one style object (only C1 gets highlighted). */
function formattedWorkbook(): { workbook: ExcelJS.Workbook; shared: Partial<ExcelJS.Style> } {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("계획");
  ws.getCell("A1").value = "x";
  ws.getCell("B1").value = 2478;
  ws.getCell("B1").fill = PATTERN;
  const shared: Partial<ExcelJS.Style> = { fill: SHARED_FILL, font: { bold: true }, numFmt: "#,##0" };
  ws.getCell("C1").style = shared;
  ws.getCell("D1").style = shared;
  ws.getCell("C1").value = "2,478";
  ws.getCell("D1").value = 10;
  ws.getCell("E1").value = { formula: "B1*2", result: 4956 };
  return { workbook, shared };
}

function cellState(ws: ExcelJS.Worksheet, address: string): { value: unknown; fill: unknown } {
  const cell = ws.getCell(address);
  return { value: JSON.parse(JSON.stringify(cell.value ?? null)), fill: cell.fill === undefined ? null : JSON.parse(JSON.stringify(cell.fill)) };
}

const ref = (sheet: string, a1: string) => {
  const col = a1.charCodeAt(0) - 65;
  return { sheet, row: Number(a1.slice(1)) - 1, col };
};

type Rules = ExcelJS.ConditionalFormattingOptions[];
const formats = (ws: ExcelJS.Worksheet): Rules => (ws as unknown as { conditionalFormattings?: Rules }).conditionalFormattings ?? [];
const solidRule = (severity: "error" | "warning" | "info") => ({ type: "pattern", pattern: "solid", bgColor: { argb: argbOf(HIGHLIGHT_FILLS[severity]) } });

describe("ExcelJsWorkbookPort highlight and clearHighlights", () => {
  it("adds one tagged rule per run of a column's cells, the most severe per cell, and touches no cell", async () => {
    const { workbook, shared } = formattedWorkbook();
    const ws = workbook.getWorksheet("계획")!;
    ws.getCell("A2").value = "y";
    const cells = ["A1", "A2", "B1", "C1", "D1", "E1"];
    const before = cells.map((a) => cellState(ws, a));
    const port = new ExcelJsWorkbookPort(workbook);

    expect(
      await port.highlight([
        { ref: ref("계획", "A1"), severity: "error" },
        { ref: ref("계획", "A2"), severity: "error" },
        { ref: ref("계획", "B1"), severity: "info" },
        { ref: ref("계획", "B1"), severity: "warning" },
        { ref: ref("계획", "C1"), severity: "info" },
      ]),
    ).toEqual({ skippedSheets: [] });
    expect(formats(ws).map((b) => [b.ref, b.rules[0].style?.fill])).toEqual([
      ["A1:A2", solidRule("error")],
      ["B1", solidRule("warning")],
      ["C1", solidRule("info")],
    ]);
    expect(formats(ws).every((b) => b.rules.length === 1 && b.rules[0].type === "expression" && isHighlightRule(b.rules[0].formulae?.[0]))).toBe(true);
    expect(cells.map((a) => cellState(ws, a))).toEqual(before);
    expect(ws.getCell("D1").style).toBe(shared);
    expect(shared.fill).toEqual(SHARED_FILL);
  });

  it("replaces its own rules, keeps the user's, and clear removes only its own", async () => {
    const { workbook } = formattedWorkbook();
    const ws = workbook.getWorksheet("계획")!;
    const users: ExcelJS.ConditionalFormattingOptions = {
      ref: "B1:B9",
      rules: [{ type: "expression", priority: 1, formulae: ["B1>100"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FF00FF00" } } } }],
    };
    ws.addConditionalFormatting(users);
    const port = new ExcelJsWorkbookPort(workbook);
    await port.highlight([{ ref: ref("계획", "A1"), severity: "error" }]);
    await port.highlight([{ ref: ref("계획", "C1"), severity: "warning" }]);
    expect(formats(ws).map((b) => b.ref)).toEqual(["B1:B9", "C1"]);
    expect(await port.clearHighlights()).toBe(1);
    expect(formats(ws)).toEqual([users]);
    expect(await port.clearHighlights()).toBe(0);
  });

  it("highlights a merged area through its top-left cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("계획");
    ws.getCell("B2").value = "전략 I";
    ws.mergeCells("B2:C3");
    const port = new ExcelJsWorkbookPort(workbook);
    await port.highlight([{ ref: ref("계획", "C3"), severity: "error" }]);
    expect(formats(ws).map((b) => b.ref)).toEqual(["B2"]);
  });

  it("keeps its rules through save and reopen, and clears them there", async () => {
    const { workbook } = formattedWorkbook();
    const original = await new ExcelJsWorkbookPort(workbook).toBuffer();
    const expected = await ExcelJsWorkbookPort.fromBuffer(original);
    const port = await ExcelJsWorkbookPort.fromBuffer(original);
    await port.highlight(["A1", "B1", "C1"].map((a) => ({ ref: ref("계획", a), severity: "warning" as const })));
    const reopened = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    expect(formats(reopened.workbook.getWorksheet("계획")!)).toHaveLength(3);
    expect(await reopened.clearHighlights()).toBe(3);
    const a = expected.workbook.getWorksheet("계획")!;
    const b = reopened.workbook.getWorksheet("계획")!;
    for (const address of ["A1", "B1", "C1", "D1", "E1"]) expect(cellState(b, address)).toEqual(cellState(a, address));
  });
});

describe("ExcelJsWorkbookPort writeValues and select", () => {
  it("writes text as text (with the text format) and numbers as numbers, also after a save", async () => {
    const { workbook, shared } = formattedWorkbook();
    const ws = workbook.getWorksheet("계획")!;
    ws.getCell("F1").numFmt = "@";
    ws.getCell("F1").value = "2,478";
    const port = new ExcelJsWorkbookPort(workbook);
    await port.writeValues([
      { ref: ref("계획", "A1"), value: "=SUM(B1)" },
      { ref: ref("계획", "C1"), value: 2478 },
      { ref: ref("계획", "F1"), value: 2478 },
      { ref: ref("계획", "B1"), value: "+82 2" },
      { ref: ref("계획", "E1"), value: null },
    ]);
    expect(ws.getCell("A1").value).toBe("=SUM(B1)");
    expect(ws.getCell("A1").numFmt).toBe("@");
    expect(ws.getCell("C1").value).toBe(2478);
    expect(ws.getCell("C1").numFmt).toBe("#,##0"); // a number keeps its number format
    expect(ws.getCell("F1").numFmt).toBe("General"); // "@" would keep a number as text on edit
    expect(ws.getCell("E1").value).toBeNull();
    expect(ws.getCell("D1").style).toBe(shared); // C1's own change did not reach its neighbour
    expect(shared.numFmt).toBe("#,##0");

    const reopened = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    const grid = await reopened.readGrid();
    const sheet = grid.sheets.find((s) => s.name === "계획")!;
    expect(sheet.values[0]).toEqual(["=SUM(B1)", "+82 2", 2478, 10, null, 2478]);
    expect(sheet.formulas).toBeUndefined();
  });

  it("select remembers the cell and makes it the active cell of the active sheet", async () => {
    const { workbook } = formattedWorkbook();
    workbook.addWorksheet("관리체계");
    const port = new ExcelJsWorkbookPort(workbook);
    await port.select(ref("관리체계", "C7"));
    expect(port.lastSelected).toEqual(ref("관리체계", "C7"));
    const reopened = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    expect(reopened.workbook.views[0].activeTab).toBe(1);
    expect(reopened.workbook.getWorksheet("관리체계")!.views[0]).toMatchObject({ activeCell: "C7" });
    await expect(port.select(ref("없음", "A1"))).rejects.toThrow(/없음/);
  });
});

function sheetSpec(overrides: Partial<GeneratedSheet> = {}): GeneratedSheet {
  return {
    name: SHEETS.results,
    marker: "plan-check:results:v1",
    rows: [
      [{ value: "검증 결과", bold: true }],
      [
        { value: "심각도", bold: true, fill: "#D9E2F3" },
        { value: "셀", bold: true, fill: "#D9E2F3" },
        { value: "사업", bold: true, fill: "#D9E2F3" },
        { value: "합계", bold: true },
      ],
      [
        { value: "오류", fill: HIGHLIGHT_FILLS.error },
        { value: "총괄표!L11", link: { sheet: "총괄표", row: 10, col: 11 } },
        { value: "=합계 사업", wrap: true },
        { value: 12, formula: "=SUM(D4:D9)", numberFormat: "#,##0" },
      ],
      [{ value: "경고" }, { value: "", link: { sheet: "It's", row: 0, col: 0 } }, { value: "-1" }, { value: 0.5, numberFormat: "0%" }],
    ],
    columnWidths: [8, 16, 30],
    freezeRows: 2,
    ...overrides,
  };
}

describe("ExcelJsWorkbookPort generated sheets", () => {
  async function withPlan(): Promise<ExcelJsWorkbookPort> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("총괄표").getCell("A1").value = "계획";
    workbook.addWorksheet("관리체계").getCell("A1").value = "일정";
    return new ExcelJsWorkbookPort(workbook);
  }

  it("writes rows, formats, links, a marker, widths and frozen rows that survive a save", async () => {
    const port = await withPlan();
    await port.replaceSheet(sheetSpec());
    const port2 = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    const ws = port2.workbook.getWorksheet(SHEETS.results)!;

    expect(ws.getCell("A1").font).toMatchObject({ bold: true });
    expect(ws.getCell("A2").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } });
    expect(ws.getCell("A3").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: argbOf(HIGHLIGHT_FILLS.error) } });
    expect(ws.getCell("C3").value).toBe("=합계 사업");
    expect(ws.getCell("C3").numFmt).toBe("@");
    expect(ws.getCell("C3").alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell("C4").value).toBe("-1");
    expect(ws.getCell("D3").value).toEqual({ formula: "SUM(D4:D9)", result: 12 });
    expect(ws.getCell("D3").numFmt).toBe("#,##0");
    expect(ws.getCell("D4").value).toBe(0.5);
    expect(ws.getCell("D4").numFmt).toBe("0%");
    expect(ws.getCell("B3").value).toEqual({ formula: `HYPERLINK("#'총괄표'!L11","총괄표!L11")`, result: "총괄표!L11" });
    expect(ws.getCell("B4").value).toEqual({ formula: `HYPERLINK("#'It''s'!A1","It's!A1")`, result: "It's!A1" });
    expect(ws.getCell("F1").value).toBe("plan-check:results:v1"); // one blank column (E) after the widest row
    expect(ws.getColumn(1).width).toBe(8);
    expect(ws.getColumn(3).width).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });

    const grid = await port2.readGrid();
    expect(grid.sheets.map((s) => s.name)).toEqual(["총괄표", "관리체계", SHEETS.results]);
    const results = grid.sheets[2];
    expect(results.values[2]).toEqual(["오류", "총괄표!L11", "=합계 사업", 12]);
    expect(results.formulas?.[2]?.[1]).toBe(`=HYPERLINK("#'총괄표'!L11","총괄표!L11")`);
    expect(results.formulas?.[2]?.[2] ?? null).toBeNull(); // text, not a formula
  });

  it("replaces its own sheet whole, in the same place, and refuses a user's sheet of that name", async () => {
    const port = await withPlan();
    await port.replaceSheet(sheetSpec());
    port.workbook.addWorksheet("메모");
    await port.replaceSheet(sheetSpec({ rows: [[{ value: "두 번째" }]] }));
    expect(port.workbook.worksheets.map((s) => s.name)).toEqual(["총괄표", "관리체계", SHEETS.results, "메모"]);
    const ws = port.workbook.getWorksheet(SHEETS.results)!;
    expect(ws.getCell("A1").value).toBe("두 번째");
    expect(ws.getCell("A3").value).toBeNull(); // nothing of the first version is left
    expect(ws.getCell("C1").value).toBe("plan-check:results:v1");

    const user = await withPlan();
    const mine = user.workbook.addWorksheet(SHEETS.results);
    mine.getCell("A1").value = "제가 만든 시트";
    await expect(user.replaceSheet(sheetSpec())).rejects.toThrow(SheetNotOwnedError);
    await expect(user.replaceSheet(sheetSpec())).rejects.toThrow(SHEETS.results);
    await expect(user.appendRows(SHEETS.results, "plan-check:results:v1", [], [[{ value: 1 }]])).rejects.toThrow(SheetNotOwnedError);
    expect(user.workbook.getWorksheet(SHEETS.results)).toBe(mine);
    expect(mine.getCell("A1").value).toBe("제가 만든 시트");
    expect(mine.getCell("A2").value).toBeNull();

    // Another generated sheet's marker is not this one's.
    const other = await withPlan();
    await other.replaceSheet(sheetSpec({ marker: "plan-check:summary:v1" }));
    await expect(other.replaceSheet(sheetSpec())).rejects.toThrow(SheetNotOwnedError);
  });

  it("compares sheet names as Excel does (ignoring case) and never takes the store's name", async () => {
    const port = await withPlan();
    port.workbook.addWorksheet("results");
    await expect(port.replaceSheet(sheetSpec({ name: "Results" }))).rejects.toThrow(SheetNotOwnedError);
    await expect(port.replaceSheet(sheetSpec({ name: SHEETS.store }))).rejects.toThrow(SheetNotOwnedError);
  });

  it("marks where a chart goes, since ExcelJS cannot draw one", async () => {
    const port = await withPlan();
    const chart = { type: "columnClustered" as const, title: "전략별 예산", data: { top: 1, left: 0, bottom: 3, right: 3 }, anchor: { row: 1, col: 6 } };
    await port.replaceSheet(sheetSpec({ charts: [chart, { ...chart, title: "두 번째", anchor: { row: 2, col: 0 } }] }));
    const ws = port.workbook.getWorksheet(SHEETS.results)!;
    expect(String(ws.getCell("G2").value)).toMatch(/^\[차트\] 전략별 예산 \(.*A2:D4\)/);
    // The second anchor (A3) holds data: the note goes to the first empty cell below it.
    expect(String(ws.getCell("A5").value)).toMatch(/^\[차트\] 두 번째/);
    expect(ws.getCell("A3").value).toBe("오류");
    expect(port.chartsNotDrawn.map((c) => [c.chart.title, c.note])).toEqual([
      ["전략별 예산", { row: 1, col: 6 }],
      ["두 번째", { row: 4, col: 0 }],
    ]);
  });

  it("appends below the last row and never rewrites earlier rows", async () => {
    const port = await withPlan();
    const marker = "plan-check:revisions:v1";
    const header = [{ value: "일시", bold: true }, { value: "내용", bold: true }];
    await port.appendRows(SHEETS.revisionLog, marker, header, [[{ value: "1" }, { value: "첫째" }]]);
    const ws = port.workbook.getWorksheet(SHEETS.revisionLog)!;
    expect(ws.getCell("D1").value).toBe(marker);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    ws.getCell("B2").value = "사용자가 고친 첫째"; // the user edits the log by hand
    const reopened = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    await reopened.appendRows(SHEETS.revisionLog, marker, header, [[{ value: "2" }, { value: "=둘째" }], [{ value: "3" }, { value: "셋째" }]]);
    await reopened.appendRows(SHEETS.revisionLog, marker, header, []);
    const grid = await reopened.readGrid();
    expect(grid.sheets.find((s) => s.name === SHEETS.revisionLog)!.values).toEqual([
      ["일시", "내용", null, marker],
      ["1", "사용자가 고친 첫째"],
      ["2", "=둘째"],
      ["3", "셋째"],
    ]);
  });
});

describe("ExcelJsWorkbookPort store", () => {
  it("keeps entries in a very hidden sheet that survives a save, splits long values and deletes on null", async () => {
    const port = await ExcelJsWorkbookPort.create();
    port.workbook.addWorksheet("총괄표").getCell("A1").value = "계획";
    expect(await port.readStore()).toEqual({});
    await port.writeStore({ gone: null });
    expect(port.workbook.getWorksheet(SHEETS.store)).toBeUndefined(); // nothing to store, no sheet

    const long = "가".repeat(70_000) + "끝";
    await port.writeStore({ highlights: long, number: "2478", formula: "=SUM(A1)", empty: "", apostrophe: "'quoted" });
    await port.writeStore({ number: "0012", other: "x" });
    await port.writeStore({ other: null });

    const reopened = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    expect(await reopened.readStore()).toEqual({ highlights: long, number: "0012", formula: "=SUM(A1)", empty: "", apostrophe: "'quoted" });
    const store = reopened.workbook.getWorksheet(SHEETS.store)!;
    expect(store.state).toBe("veryHidden");
    const row = store.getRow(1).values as unknown[];
    expect(row.slice(1).every((v) => typeof v === "string" && v.length <= 32_000)).toBe(true);
    expect(store.getCell("B1").numFmt).toBe("@");
    // The store is the add-in's bookkeeping, not part of the plan's grid.
    expect((await reopened.readGrid()).sheets.map((s) => s.name)).toEqual(["총괄표"]);
  });

  it.each([
    ["visible, holding store-like rows", "visible" as const, [["baseline", "{}"]]],
    ["very hidden, holding a user's rows", "veryHidden" as const, [["내 메모", "지우지 마세요"]]],
  ])("a user's own sheet of the store's name, any case (%s), is not read as the store and never recreated", async (_, state, rows) => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("총괄표").getCell("A1").value = "계획";
    const own = workbook.addWorksheet("plancheckstore");
    rows.forEach((row, r) => row.forEach((value, c) => (own.getCell(r + 1, c + 1).value = value)));
    own.state = state;
    const port = await ExcelJsWorkbookPort.fromBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(await port.readStore()).toEqual({});
    await expect(port.writeStore({ baseline: "{\"x\":1}" })).rejects.toMatchObject({ name: "SheetNotOwnedError", sheet: "plancheckstore" });
    const again = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    const sheet = again.workbook.getWorksheet("plancheckstore")!;
    expect(sheet.state).toBe(state);
    rows.forEach((row, r) => row.forEach((value, c) => expect(sheet.getCell(r + 1, c + 1).value).toBe(value)));
  });
});

describe("ExcelJsWorkbookPort.fromBuffer", () => {
  it("reports bytes that are not a workbook as PlanReadError", async () => {
    await expect(ExcelJsWorkbookPort.fromBuffer(new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(PlanReadError);
    await expect(ExcelJsWorkbookPort.fromBuffer(new Uint8Array(0))).rejects.toMatchObject({ reason: "notWorkbook" });
  });

  it("keeps data validations and conditional formats on the way through", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("총괄표");
    ws.getCell("C3").value = "○";
    ws.getCell("C3").dataValidation = { type: "list", allowBlank: true, formulae: ['"○,×"'] };
    ws.addConditionalFormatting({ ref: "D1:D9", rules: [{ type: "expression", priority: 1, formulae: ["D1<0"], style: { font: { color: { argb: "FFFF0000" } } } }] });
    const port = await ExcelJsWorkbookPort.fromBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
    await port.writeStore({ a: "b" });
    const again = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    const sheet = again.workbook.getWorksheet("총괄표")!;
    expect(sheet.getCell("C3").dataValidation).toMatchObject({ type: "list", formulae: ['"○,×"'] });
    expect((sheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toHaveLength(1);
  });
});

describe("page breaks", () => {
  it("keeps the plan's manual page breaks through a load and save (ExcelJS alone drops them)", async () => {
    const bytes = new Uint8Array(await fs.readFile(path.resolve(__dirname, "../../assets/samples/mapo-5th-plan.xlsx")));
    const before = await readPageBreaks(bytes);
    expect(before.get("총괄표")!.rowBreaks.length).toBeGreaterThan(0);
    const port = await ExcelJsWorkbookPort.fromBuffer(bytes);
    expect(await readPageBreaks(await port.toBuffer())).toEqual(before);
  });
});
