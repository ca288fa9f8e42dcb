/**
 * applyFixes / undoFix on the real bundled sample, through the ExcelJS port: the sample's certain fixes
 * (flag look-alikes such as a Latin "x" for ×, budgets typed as text such as "2,478").
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Finding, Fix } from "../engine";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { applyFixes, readAppliedFixes, STORE_FIXES, undoFix } from "./fixes";
import { validateGrid } from "./validateWorkbook";
import { SHEETS } from "./port";

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");
const PLAN_SHEET = "총괄표";

async function sample(): Promise<ExcelJsWorkbookPort> {
  return ExcelJsWorkbookPort.fromBuffer(await fs.readFile(SAMPLE));
}

async function fixable(port: ExcelJsWorkbookPort): Promise<(Finding & { fix: Fix })[]> {
  return validateGrid(await port.readGrid()).findings.filter((f): f is Finding & { fix: Fix } => !!f.fix);
}

/** Every value of every sheet but the store, keyed "sheet!row,col" (zero-based), from the port's own grid. */
async function allValues(port: ExcelJsWorkbookPort): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (const sheet of (await port.readGrid()).sheets) {
    sheet.values.forEach((row, r) => row.forEach((value, c) => value !== null && out.set(`${sheet.name}!${r},${c}`, value)));
  }
  return out;
}

/** The port's write calls, in order (reads pass through uncounted). */
function counted(port: ExcelJsWorkbookPort): { writes: string[] } {
  const calls = { writes: [] as string[] };
  for (const name of ["writeValues", "writeStore", "highlight", "replaceSheet", "appendRows"] as const) {
    const original = port[name].bind(port) as (...args: unknown[]) => Promise<unknown>;
    (port as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.writes.push(name);
      return original(...args);
    };
  }
  return calls;
}

const key = (ref: Fix["ref"]) => `${ref.sheet}!${ref.row},${ref.col}`;

function rawCell(port: ExcelJsWorkbookPort, ref: Fix["ref"]) {
  return port.workbook.getWorksheet(ref.sheet)!.getCell(ref.row + 1, ref.col + 1);
}

describe("applyFixes on the bundled sample", () => {
  it("writes exactly the fixable cells, as numbers or flag marks, and records them", async () => {
    const port = await sample();
    const findings = await fixable(port);
    const lookAlikes = findings.filter((f) => f.ruleId === "flags/look-alike");
    const textNumbers = findings.filter((f) => f.ruleId === "budgets/text-number");
    expect(lookAlikes.length).toBeGreaterThan(0);
    expect(textNumbers.length).toBeGreaterThan(0);
    expect(lookAlikes.some((f) => f.fix.from === "x" && f.fix.to === "×")).toBe(true);
    expect(textNumbers.some((f) => f.fix.from === "2,478" && f.fix.to === 2478)).toBe(true);

    const before = await allValues(port);
    const outcome = await applyFixes(port, findings, new Date("2024-05-01T09:00:00Z"));
    expect(outcome.skipped).toEqual([]);
    expect(outcome.applied).toHaveLength(findings.length);

    const after = await allValues(port);
    const fixed = new Map(findings.map((f) => [key(f.fix.ref), f.fix.to]));
    for (const [cell, value] of after) expect([cell, value]).toEqual([cell, fixed.has(cell) ? fixed.get(cell) : before.get(cell)]);
    expect([...before.keys()].filter((cell) => !after.has(cell))).toEqual([]);
    for (const f of textNumbers) expect(typeof rawCell(port, f.fix.ref).value).toBe("number");

    const history = await readAppliedFixes(port);
    expect(history).toHaveLength(findings.length);
    expect(history[0]).toMatchObject({ appliedAt: "2024-05-01T09:00:00.000Z" });
    expect(history.map((h) => key(h.ref)).sort()).toEqual([...fixed.keys()].sort());

    // Validating again finds nothing left to fix.
    expect(await fixable(port)).toEqual([]);
  });

  it("skips a fix whose cell was edited since validation, and leaves that cell alone", async () => {
    const port = await sample();
    const findings = await fixable(port);
    const edited = findings.find((f) => f.ruleId === "budgets/text-number")!;
    rawCell(port, edited.fix.ref).value = "2,500"; // the user typed over it
    const outcome = await applyFixes(port, findings);
    expect(outcome.skipped).toEqual([{ fix: edited.fix, now: "2,500" }]);
    expect(outcome.applied).toHaveLength(findings.length - 1);
    expect(rawCell(port, edited.fix.ref).value).toBe("2,500");
    expect((await readAppliedFixes(port)).map((h) => key(h.ref))).not.toContain(key(edited.fix.ref));
  });

  it("fixes a budget typed with a zero-width space or in fullwidth digits as it fixes \"2,478\", and undoes it to what was typed", async () => {
    const port = await sample();
    const [first, second] = (await fixable(port)).filter((f) => f.ruleId === "budgets/text-number");
    rawCell(port, first.fix.ref).value = "2,\u200b478";
    rawCell(port, second.fix.ref).value = "２，４７８";
    const findings = (await fixable(port)).filter((f) => key(f.fix.ref) === key(first.fix.ref) || key(f.fix.ref) === key(second.fix.ref));
    expect(findings.map((f) => [f.fix.from, f.fix.to])).toEqual([
      ["2,\u200b478", 2478],
      ["２，４７８", 2478],
    ]);
    const outcome = await applyFixes(port, findings);
    expect(outcome.skipped).toEqual([]);
    expect([rawCell(port, first.fix.ref).value, rawCell(port, second.fix.ref).value]).toEqual([2478, 2478]);
    const history = await readAppliedFixes(port);
    expect(await undoFix(port, history[0])).toBe(true);
    expect(rawCell(port, first.fix.ref).value).toBe("2,\u200b478");
  });

  it("never writes over a formula: a cell that reads what validation saw but holds a formula is skipped, its formula kept", async () => {
    const port = await sample();
    const findings = await fixable(port);
    const lookAlike = findings.find((f) => f.ruleId === "flags/look-alike")!;
    const textNumber = findings.find((f) => f.ruleId === "budgets/text-number")!;
    // The user replaced the typed values with formulas giving the same text (after validation, or before it).
    rawCell(port, lookAlike.fix.ref).value = { formula: `IF(TRUE,"${lookAlike.fix.from}")`, result: String(lookAlike.fix.from) } as never;
    rawCell(port, textNumber.fix.ref).value = { formula: `TEXT(${textNumber.fix.to},"#,##0")`, result: String(textNumber.fix.from) } as never;
    const outcome = await applyFixes(port, findings);
    expect(outcome.skipped).toEqual([
      { fix: lookAlike.fix, now: String(lookAlike.fix.from), formula: `=IF(TRUE,"${lookAlike.fix.from}")` },
      { fix: textNumber.fix, now: String(textNumber.fix.from), formula: `=TEXT(${textNumber.fix.to},"#,##0")` },
    ].sort((a, b) => findings.findIndex((f) => f.fix === a.fix) - findings.findIndex((f) => f.fix === b.fix)));
    expect(outcome.applied).toHaveLength(findings.length - 2);
    expect(rawCell(port, lookAlike.fix.ref).formula).toBe(`IF(TRUE,"${lookAlike.fix.from}")`);
    expect(rawCell(port, textNumber.fix.ref).formula).toBe(`TEXT(${textNumber.fix.to},"#,##0")`);
  });

  it("an undo never writes over a formula typed in since the fix", async () => {
    const port = await sample();
    const findings = await fixable(port);
    const { applied } = await applyFixes(port, findings);
    const one = applied.find((a) => a.ruleId === "budgets/text-number")!;
    rawCell(port, one.ref).value = { formula: `1000+${Number(one.to) - 1000}`, result: one.to } as never;
    expect(await undoFix(port, one)).toBe(false);
    expect(rawCell(port, one.ref).formula).toBe(`1000+${Number(one.to) - 1000}`);
    expect((await readAppliedFixes(port)).some((h) => h.appliedAt === one.appliedAt && h.address === one.address)).toBe(true);
  });

  it("undoes one fix, forgets it (the others stay listed), and refuses once the cell changed again", async () => {
    const port = await sample();
    const findings = await fixable(port);
    await applyFixes(port, findings);
    const history = await readAppliedFixes(port);
    const one = history.find((h) => h.ruleId === "budgets/text-number")!;
    const other = history.find((h) => h.ruleId === "flags/look-alike")!;

    expect(await undoFix(port, one)).toBe(true);
    expect(rawCell(port, one.ref).value).toBe(one.from); // the text "2,478" again, a string
    expect(rawCell(port, other.ref).value).toBe(other.to); // the other fixes stay
    expect(await readAppliedFixes(port)).toEqual(history.filter((h) => h !== one));
    expect(await undoFix(port, one)).toBe(false); // the cell no longer reads the fixed value

    rawCell(port, other.ref).value = "○";
    expect(await undoFix(port, other)).toBe(false);
    expect(rawCell(port, other.ref).value).toBe("○");
  });

  it("fix and undo again and again: the remembered list and the store come back to what they were", async () => {
    const port = await sample();
    const [finding] = await fixable(port);
    await applyFixes(port, [finding]);
    await undoFix(port, (await readAppliedFixes(port))[0]);
    const store = await port.readStore();
    for (let i = 0; i < 5; i++) {
      const { applied } = await applyFixes(port, [finding], new Date(Date.UTC(2024, 4, 1 + i)));
      expect(await readAppliedFixes(port)).toEqual(applied);
      expect(await undoFix(port, applied[0])).toBe(true);
    }
    expect(await readAppliedFixes(port)).toEqual([]);
    expect(await port.readStore()).toEqual(store);
  });

  it("no longer lists a fix an earlier version kept marked undone", async () => {
    const port = await sample();
    const [finding] = await fixable(port);
    const { applied } = await applyFixes(port, [finding]);
    await port.writeStore({ [STORE_FIXES]: JSON.stringify([{ ...applied[0], undone: true }, { ...applied[0], appliedAt: "2024-05-02T00:00:00.000Z" }]) });
    expect(await readAppliedFixes(port)).toEqual([{ ...applied[0], appliedAt: "2024-05-02T00:00:00.000Z" }]);
  });

  it("writes all the fixes in one batch: one write of the values, one of the store, whatever their number", async () => {
    const port = await sample();
    const findings = await fixable(port);
    expect(findings.length).toBeGreaterThan(2);
    const calls = counted(port);
    const { applied } = await applyFixes(port, findings);
    expect(calls.writes).toEqual(["writeValues", "writeStore"]);
    calls.writes.length = 0;
    await undoFix(port, applied[1]);
    expect(calls.writes).toEqual(["writeValues", "writeStore"]);
  });

  it("keeps the fixed values and the history through save and reopen", async () => {
    const port = await sample();
    const findings = await fixable(port);
    await applyFixes(port, findings);
    const reopened = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    expect((await reopened.readStore())[STORE_FIXES]).toBe((await port.readStore())[STORE_FIXES]);
    expect(await fixable(reopened)).toEqual([]);
    for (const f of findings) expect(rawCell(reopened, f.fix.ref).value).toEqual(f.fix.to);
    // The undo works on the reopened workbook too.
    const [first] = await readAppliedFixes(reopened);
    expect(await undoFix(reopened, first)).toBe(true);
    expect(rawCell(reopened, first.ref).value).toBe(first.from);
  });

  it("does nothing without fixable findings", async () => {
    const port = await sample();
    expect(await applyFixes(port, [])).toEqual({ applied: [], skipped: [] });
    expect(await port.readStore()).toEqual({});
    expect(port.workbook.worksheets.map((s) => s.name)).toEqual([PLAN_SHEET, "관리체계"]);
  });
});

describe("a workbook with a sheet of the user's own named PlanCheckStore", () => {
  /** The user's sheet: visible, a note of their own (Excel's own UI never makes a sheet very hidden). */
  function addOwnStoreSheet(port: ExcelJsWorkbookPort) {
    const mine = port.workbook.addWorksheet(SHEETS.store);
    mine.addRow(["우리 부서 메모", "검토 2024-05-01"]);
    return mine;
  }
  const rows = (sheet: { getSheetValues(): unknown[] }) => JSON.stringify(sheet.getSheetValues());

  it("applyFixes is refused before any cell is written, naming that sheet", async () => {
    const port = await sample();
    const findings = await fixable(port);
    const mine = addOwnStoreSheet(port);
    const before = await allValues(port);
    const kept = rows(mine);
    const calls = counted(port);
    await expect(applyFixes(port, findings)).rejects.toMatchObject({ name: "SheetNotOwnedError", sheet: SHEETS.store });
    expect(calls.writes).toEqual([]);
    expect(await allValues(port)).toEqual(before);
    expect(rows(mine)).toBe(kept);
  });

  it("undoFix is refused before the cell is written back when the store has become the user's since", async () => {
    const port = await sample();
    const { applied } = await applyFixes(port, await fixable(port));
    const one = applied[0];
    // The add-in's store removed, and a sheet of the user's own of that name put in its place.
    port.workbook.removeWorksheet(port.workbook.getWorksheet(SHEETS.store)!.id);
    addOwnStoreSheet(port);
    const calls = counted(port);
    await expect(undoFix(port, one)).rejects.toMatchObject({ name: "SheetNotOwnedError", sheet: SHEETS.store });
    expect(calls.writes).toEqual([]);
    expect(rawCell(port, one.ref).value).toBe(one.to);
  });
});
