/**
 * Text as other tools hand it to Excel: Hangul decomposed into jamo (NFD: copied from a file name or a PDF on a
 * Mac) and zero-width spaces (copied from a web page) look the same in the cell and must read the same.
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { planCounts } from "../src/engine/counts";
import type { CellValue, Grid } from "../src/engine/grid";
import { readPlan } from "../src/engine/read/readPlan";
import { validatePlan } from "../src/engine/validate";
import { readWorkbookBytesSync } from "../src/xlsx/readGrid";
import { gridFromRows } from "./kits/engine/grid";
import { DEPARTMENT_COL, planRows, samplePlan } from "./kits/engine/planRows";

const SAMPLE = path.join(__dirname, "..", "assets", "samples", "mapo-5th-plan.xlsx");

/** What a plan reads as: its counts, its strategies and tasks, and every finding with its cell and message id (a sheet named in jamo stays so named: compared composed). */
function summary(grid: Grid) {
  const plan = readPlan(grid);
  const findings = validatePlan(plan).map((f) => `${f.ruleId}:${f.messageId}:${f.ref.sheet.normalize("NFC")}!${f.ref.row}:${f.ref.col}`);
  return { counts: planCounts(plan), strategies: plan.strategies.length, tasks: plan.tasks.length, schedule: plan.schedule?.revisions.length, findings };
}

describe("reading decomposed Hangul and zero-width spaces", () => {
  it("reads the sample saved with every text in decomposed Hangul (NFD) as the sample", () => {
    const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
    const parts = unzipSync(bytes);
    for (const name of Object.keys(parts)) if (name.endsWith(".xml")) parts[name] = strToU8(strFromU8(parts[name]).normalize("NFD"));
    const decomposed = zipSync(parts);
    expect(strFromU8(unzipSync(decomposed)["xl/sharedStrings.xml"])).toContain("사업번호".normalize("NFD"));

    const expected = summary(readWorkbookBytesSync(bytes));
    expect(expected.counts.projects).toBe(50);
    expect(expected.schedule).toBe(4);
    expect(summary(readWorkbookBytesSync(decomposed))).toEqual(expected);
  });

  it("reads a plan whose words carry zero-width spaces as the same plan", () => {
    // The header row and the columns of words (number, name, flags, indicator name; 담당부서), not the values.
    const words = (row: number, col: number) => row === 1 || col <= 5 || col === DEPARTMENT_COL;
    const zeroWidth = (text: string) => (text.length > 2 ? `${text.slice(0, 2)}\u200b${text.slice(2)}` : text);
    const rows = planRows(samplePlan());
    const spaced: CellValue[][] = rows.map((line, r) => line.map((v, c) => (typeof v === "string" && words(r, c) ? zeroWidth(v) : v)));
    const expected = summary(gridFromRows(rows));
    expect(expected.strategies).toBe(4);
    expect(summary(gridFromRows(spaced))).toEqual(expected);
  });
});
