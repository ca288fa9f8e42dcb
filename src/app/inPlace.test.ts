/**
 * validateInPlace / clearHighlights on the real bundled sample, through the ExcelJS port: the highlights
 * are the add-in's tagged conditional formats, and every value and style of the plan sheet is compared
 * cell by cell — nothing of the user's is touched.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { toA1 } from "../engine";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { argbOf } from "../xlsx/fills";
import { clearHighlights, marksFor, validateInPlace } from "./inPlace";
import { HIGHLIGHT_FILLS, isHighlightRule, SHEETS } from "./port";

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");
const PLAN_SHEET = "총괄표";

async function sample(): Promise<ExcelJsWorkbookPort> {
  return ExcelJsWorkbookPort.fromBuffer(await fs.readFile(SAMPLE));
}

interface CellState {
  value: unknown;
  style: unknown;
}

/** Every cell of the sheet's used box: its value and its whole style, as JSON. */
function cells(port: ExcelJsWorkbookPort, sheetName = PLAN_SHEET): Map<string, CellState> {
  const ws = port.workbook.getWorksheet(sheetName) as ExcelJS.Worksheet;
  const out = new Map<string, CellState>();
  const json = (v: unknown) => (v === undefined ? null : (JSON.parse(JSON.stringify(v)) as unknown));
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= Math.max(ws.columnCount, 20); c++) {
      const cell = ws.getCell(r, c);
      out.set(cell.address, { value: json(cell.value), style: json(cell.style) });
    }
  }
  return out;
}

type Rules = ExcelJS.ConditionalFormattingOptions[];
const formatsOf = (port: ExcelJsWorkbookPort, sheet = PLAN_SHEET): Rules =>
  (port.workbook.getWorksheet(sheet) as unknown as { conditionalFormattings?: Rules }).conditionalFormattings ?? [];
const ours = (port: ExcelJsWorkbookPort, sheet = PLAN_SHEET): Rules =>
  formatsOf(port, sheet).filter((b) => b.rules.some((r) => r.type === "expression" && (r.formulae ?? []).some(isHighlightRule)));

/** Cell → the colour the add-in's rules give it ("C5" → "FFF4B6B6"). */
function shown(port: ExcelJsWorkbookPort, sheet = PLAN_SHEET): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of ours(port, sheet)) {
    const [from, to] = block.ref.split(":");
    const top = Number(/\d+/.exec(from)![0]);
    const bottom = Number(/\d+/.exec(to ?? from)![0]);
    const letters = /^[A-Z]+/.exec(from)![0];
    const fill = (block.rules[0].style?.fill as ExcelJS.FillPattern).bgColor?.argb ?? "";
    for (let r = top; r <= bottom; r++) out.set(`${letters}${r}`, fill);
  }
  return out;
}

describe("validateInPlace on the bundled sample", () => {
  it("returns the findings and shows error and warning cells through tagged conditional formats, changing no cell", async () => {
    const port = await sample();
    const before = cells(port);
    const userFormats = JSON.stringify(formatsOf(port));
    const result = await validateInPlace(port);

    expect(result.plan.projects).toHaveLength(51);
    expect(result.severities.error).toBeGreaterThan(0);
    expect(result.severities.warning).toBeGreaterThan(0);
    expect(result.findings.length).toBe(result.severities.error + result.severities.warning + result.severities.info);
    expect(result.unhighlightedSheets).toEqual([]);

    const marks = marksFor(result.findings.filter((f) => f.severity !== "info")).filter((m) => m.ref.sheet === PLAN_SHEET);
    expect(marks.length).toBeGreaterThan(0);
    const colours = shown(port);
    for (const mark of marks) expect(colours.get(toA1(mark.ref.row, mark.ref.col))).toBe(argbOf(HIGHLIGHT_FILLS[mark.severity]));
    // Nothing else is shown: a cell with only info findings, or none, keeps its own look.
    expect(colours.size).toBe(marks.length);
    // Every value and every style (the cells' own fills included) is as it was.
    expect(cells(port)).toEqual(before);
    expect(JSON.stringify(formatsOf(port).filter((b) => !ours(port).includes(b)))).toBe(userFormats);
    expect(await port.readStore()).toEqual({}); // nothing needs keeping
  });

  it("does not stack: a second validation replaces the first one's rules, and clear removes them all", async () => {
    const port = await sample();
    const before = cells(port);
    await validateInPlace(port);
    const first = JSON.stringify(ours(port));
    await validateInPlace(port);
    expect(JSON.stringify(ours(port))).toBe(first);
    const count = ours(port).length;
    expect(await clearHighlights(port)).toBe(count);
    expect(ours(port)).toEqual([]);
    expect(cells(port)).toEqual(before);
    expect(await clearHighlights(port)).toBe(0);
  });

  it("shows info findings only when asked", async () => {
    const port = await sample();
    const result = await validateInPlace(port, { highlightInfo: true });
    const colours = shown(port);
    const marks = marksFor(result.findings).filter((m) => m.ref.sheet === PLAN_SHEET);
    for (const mark of marks) expect(colours.get(toA1(mark.ref.row, mark.ref.col))).toBe(argbOf(HIGHLIGHT_FILLS[mark.severity]));
    expect(marks.some((m) => m.severity === "info")).toBe(true);
  });

  it("survives save and reopen: the rules are in the file, and clear removes them there", async () => {
    const original = await sample();
    const expected = await ExcelJsWorkbookPort.fromBuffer(await original.toBuffer()); // the sample as ExcelJS saves it
    const port = await sample();
    await validateInPlace(port);
    const reopened = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    expect(ours(reopened).length).toBe(ours(port).length);
    expect(reopened.workbook.getWorksheet(SHEETS.store)).toBeUndefined();

    expect(await clearHighlights(reopened)).toBe(ours(port).length);
    expect(cells(reopened)).toEqual(cells(expected));
  });

  it("reports progress in order", async () => {
    const steps: string[] = [];
    await validateInPlace(await sample(), { onProgress: (step) => steps.push(step) });
    expect(steps).toEqual(["read", "validate", "highlight", "done"]);
  });
});
