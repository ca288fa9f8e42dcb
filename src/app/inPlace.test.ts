/**
 * validateInPlace / clearHighlights on the real bundled sample, through the ExcelJS port: every fill
 * and every value of the plan sheet compared cell by cell.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import type { Finding, Severity } from "../engine";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { argbOf } from "../xlsx/fills";
import { clearHighlights, marksFor, STORE_HIGHLIGHTS, validateInPlace } from "./inPlace";
import { HIGHLIGHT_FILLS, SHEETS, type FormatSnapshot } from "./port";

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");
const PLAN_SHEET = "총괄표";

async function sample(): Promise<ExcelJsWorkbookPort> {
  return ExcelJsWorkbookPort.fromBuffer(await fs.readFile(SAMPLE));
}

interface CellState {
  value: unknown;
  fill: unknown;
  style: unknown;
}

/** Every cell of the sheet's used box: its value, its fill (null for none) and its whole style, as JSON. */
function cells(port: ExcelJsWorkbookPort, sheetName = PLAN_SHEET): Map<string, CellState> {
  const ws = port.workbook.getWorksheet(sheetName) as ExcelJS.Worksheet;
  const out = new Map<string, CellState>();
  const json = (v: unknown) => (v === undefined ? null : (JSON.parse(JSON.stringify(v)) as unknown));
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= Math.max(ws.columnCount, 20); c++) {
      const cell = ws.getCell(r, c);
      out.set(cell.address, { value: json(cell.value), fill: json(cell.fill), style: json(cell.style) });
    }
  }
  return out;
}

function values(state: Map<string, CellState>): Map<string, unknown> {
  return new Map([...state].map(([address, s]) => [address, s.value]));
}

function solid(severity: Severity): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(HIGHLIGHT_FILLS[severity]) } };
}

function fillAt(port: ExcelJsWorkbookPort, ref: Finding["ref"]): unknown {
  return port.workbook.getWorksheet(ref.sheet)!.getCell(ref.row + 1, ref.col + 1).fill;
}

const key = (ref: Finding["ref"]) => `${ref.sheet}!${ref.row},${ref.col}`;

describe("validateInPlace on the bundled sample", () => {
  it("returns the findings, paints error and warning cells, keeps the originals in the store, changes no value", async () => {
    const port = await sample();
    const before = cells(port);
    const result = await validateInPlace(port);

    expect(result.plan.projects).toHaveLength(51);
    expect(result.severities.error).toBeGreaterThan(0);
    expect(result.severities.warning).toBeGreaterThan(0);
    expect(result.findings.length).toBe(result.severities.error + result.severities.warning + result.severities.info);

    const marks = marksFor(result.findings.filter((f) => f.severity !== "info"));
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(fillAt(port, mark.ref)).toEqual(solid(mark.severity));

    // A cell with only info findings keeps its own fill.
    const marked = new Set(marks.map((m) => key(m.ref)));
    const infoOnly = result.findings.filter((f) => f.severity === "info" && !marked.has(key(f.ref)) && f.ref.sheet === PLAN_SHEET);
    expect(infoOnly.length).toBeGreaterThan(0);
    const painted = cells(port);
    for (const finding of infoOnly) {
      const address = port.workbook.getWorksheet(PLAN_SHEET)!.getCell(finding.ref.row + 1, finding.ref.col + 1).address;
      expect(painted.get(address)?.fill).toEqual(before.get(address)?.fill);
    }

    // The store holds one snapshot per painted cell, with the fill it had before.
    const stored = JSON.parse((await port.readStore())[STORE_HIGHLIGHTS]) as FormatSnapshot[];
    expect(stored.map((s) => key(s.ref)).sort()).toEqual([...marked].sort());
    // (the sample paints some findings' cells itself: restoring them is not restoring "no fill")
    expect(stored.some((s) => (s.format as { noFill: boolean }).noFill === false)).toBe(true);
    for (const snapshot of stored.filter((s) => s.ref.sheet === PLAN_SHEET)) {
      const address = port.workbook.getWorksheet(PLAN_SHEET)!.getCell(snapshot.ref.row + 1, snapshot.ref.col + 1).address;
      expect((snapshot.format as { xlsx: { fill: unknown } }).xlsx.fill).toEqual(before.get(address)?.fill);
    }

    // Only fills changed: every value, and every cell that was not painted, is as it was.
    const after = painted;
    expect(values(after)).toEqual(values(before));
    for (const [address, state] of after) {
      const ref = port.workbook.getWorksheet(PLAN_SHEET)!.getCell(address);
      if (!marked.has(`${PLAN_SHEET}!${Number(ref.row) - 1},${Number(ref.col) - 1}`)) expect(state).toEqual(before.get(address));
    }
  });

  it("does not stack: a second validation keeps the true originals, and clear restores every cell exactly", async () => {
    const port = await sample();
    const before = cells(port);
    await validateInPlace(port);
    const first = (await port.readStore())[STORE_HIGHLIGHTS];
    await validateInPlace(port);
    const second = (await port.readStore())[STORE_HIGHLIGHTS];
    expect(JSON.parse(second)).toEqual(JSON.parse(first));
    expect(values(cells(port))).toEqual(values(before));

    const restored = await clearHighlights(port);
    expect(restored).toBe((JSON.parse(first) as unknown[]).length);
    expect(cells(port)).toEqual(before); // value, fill and whole style of every cell
    expect((await port.readStore())[STORE_HIGHLIGHTS]).toBeUndefined();
    expect(await clearHighlights(port)).toBe(0);
  });

  it("paints info findings only when asked", async () => {
    const port = await sample();
    const result = await validateInPlace(port, { highlightInfo: true });
    for (const mark of marksFor(result.findings)) expect(fillAt(port, mark.ref)).toEqual(solid(mark.severity));
    expect(marksFor(result.findings).some((m) => m.severity === "info")).toBe(true);
  });

  it("survives save and reopen: the store is very hidden and clear restores the saved original", async () => {
    const original = await sample();
    const expected = await ExcelJsWorkbookPort.fromBuffer(await original.toBuffer()); // the sample as ExcelJS saves it
    const port = await sample();
    await validateInPlace(port);
    const reopened = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    expect(reopened.workbook.getWorksheet(SHEETS.store)?.state).toBe("veryHidden");
    expect((await reopened.readGrid()).sheets.map((s) => s.name)).not.toContain(SHEETS.store);
    expect(await reopened.readStore()).toEqual(await port.readStore());

    await clearHighlights(reopened);
    const a = cells(expected);
    const b = cells(reopened);
    expect(values(b)).toEqual(values(a));
    for (const [address, state] of a) expect([address, b.get(address)?.fill]).toEqual([address, state.fill]);
  });

  it("reports progress in order", async () => {
    const steps: string[] = [];
    await validateInPlace(await sample(), { onProgress: (step) => steps.push(step) });
    expect(steps).toEqual(["read", "validate", "highlight", "done"]);
  });
});
