/**
 * Numbers as they look: targets and budgets typed in fullwidth digits (as a Korean IME types them) or carrying a
 * zero-width space, project numbers written with an en dash, em dash, minus sign or fullwidth hyphen, and a
 * "none" written – or —. The bundled 5기 sample, so written in Excel, reads as the sample: the same findings on
 * the same cells, no "not a number", no number gap; the cells keep what was typed.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { validateGrid } from "../src/app/validateWorkbook";
import type { Grid } from "../src/engine/grid";
import { readWorkbookBytesSync } from "../src/xlsx/readGrid";

const SAMPLE = path.join(__dirname, "..", "assets", "samples", "mapo-5th-plan.xlsx");
const SHEET = "총괄표";
jest.setTimeout(120_000);

/** A1 cell of 총괄표 → [as a district types it, as the sample would write it]. */
const EDITS: Record<string, [string, string]> = {
  // Project numbers: ２. for 2, paths with an en dash, an em dash, a fullwidth hyphen, a minus sign.
  A8: ["２.", "2."],
  A10: ["Ⅰ–1–3", "Ⅰ-1-3"],
  A22: ["Ⅰ—2—2", "Ⅰ-2-2"],
  A59: ["Ⅱ－1－2－1", "Ⅱ-1-2-1"],
  A60: ["Ⅱ−1−2−2", "Ⅱ-1-2-2"],
  // A strategy numbered in a fullwidth digit.
  A6: ["사회보장전략 １ 취약계층사회안전망 보강", "사회보장전략 1 취약계층사회안전망 보강"],
  // Targets: fullwidth digits, point and percent; a zero-width space; a fullwidth count; a "none" written — or –, alone
  // and on a line of a cell holding several targets.
  G8: ["９４．５％", "94.5%"],
  H8: ["9\u200b4.6%", "94.6%"],
  I8: ["９４.７%", "94.7%"],
  G14: ["６８０명", "680명"],
  G45: ["—\n８，１００명\n４９명", "-\n8,100명\n49명"],
  G46: ["–", "-"],
  // Budgets typed as text: with a zero-width space, in fullwidth digits; "none" written –, —, −.
  L11: ["2,\u200b478", "2,478"],
  M11: ["２，４７８", "2,478"],
  L7: ["–", "-"],
  M7: ["—", "-"],
  N7: ["−", "-"],
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-numbers-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The sample with each edited cell set to the first (typed) or second (ASCII) of its pair, written by ExcelJS and read back. */
async function sampleWith(which: 0 | 1): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const sheet = workbook.getWorksheet(SHEET)!;
  for (const [a1, values] of Object.entries(EDITS)) sheet.getCell(a1).value = values[which];
  const file = path.join(dir, `sample-${which}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return readWorkbookBytesSync(new Uint8Array(fs.readFileSync(file)));
}

/** Every finding as its rule, message and cell; every project as its id and number. */
function summary(grid: Grid) {
  const { plan, findings } = validateGrid(grid);
  return {
    findings: findings.map((f) => `${f.ruleId}:${f.messageId}:${f.ref.sheet}!${f.ref.row}:${f.ref.col}`),
    projects: plan.projects.map((p) => `${p.id}:${p.number}`),
    strategies: plan.strategies.map((s) => `${s.id}:${s.name}`),
  };
}

it("reads the sample with numbers typed as they look (fullwidth, zero-width spaces, dashes) as the sample itself", async () => {
  const sample = summary(readWorkbookBytesSync(new Uint8Array(fs.readFileSync(SAMPLE))));
  expect(sample.projects).toHaveLength(51);
  // The ASCII edits keep the sample's findings: what follows compares with the sample itself.
  expect(summary(await sampleWith(1))).toEqual(sample);

  const typed = await sampleWith(0);
  expect(summary(typed)).toEqual(sample);

  const { plan, findings } = validateGrid(typed);
  const project = (id: string) => plan.projects.find((p) => p.id === id)!;
  // The cells keep what was typed; the values are the numbers they look like.
  const target = project("I-1-2").indicators[0].targets[0];
  expect([target.raw, target.value]).toEqual(["９４．５％", { kind: "number", value: 94.5, unit: "%" }]);
  expect(project("I-1-3").numberCell?.raw).toBe("Ⅰ–1–3");
  expect(project("I-1-1").budgets.slice(0, 3).map((b) => [b.raw, b.value.kind])).toEqual([
    ["–", "none"],
    ["—", "none"],
    ["−", "none"],
  ]);
  // A budget typed as text is noted as the sample's "2,478" is, its fix the number it looks like.
  const textNumbers = findings.filter((f) => f.ruleId === "budgets/text-number" && f.ref.row === 10).slice(0, 2);
  expect(textNumbers.map((f) => f.fix && [f.fix.from, f.fix.to])).toEqual([
    ["2,\u200b478", 2478],
    ["２，４７８", 2478],
  ]);
});
