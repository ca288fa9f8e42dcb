/**
 * The 6기 layout fixtures (scripts/build-sample-6th.js --fixtures): the same fictional plan kept other ways
 * (repeated cells, one sheet per strategy, subtotals, 천원, Latin I/II numbers with and without a dot, 연계성 as
 * 1,2,3, the flag and 연계성 columns last) reads as the same plan — 16 projects, 4 key, no phantom "#2" — with no
 * error; and the plan with one problem planted per row reports each on its row.
 */
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { planCounts } from "../src/engine";
import { validateGrid } from "../src/app/validateWorkbook";
import { readWorkbookBuffer } from "../src/xlsx/readGrid";

const DIR = path.join(__dirname, "fixtures", "layouts");
const LAYOUTS = ["6th-repeated-cells", "6th-split-sheets", "6th-subtotals", "6th-thousand-won", "6th-latin-reordered", "6th-latin-dots-split-thousand"];

describe.each(LAYOUTS.filter((name) => existsSync(path.join(DIR, `${name}.xlsx`))))("6기 layout %s", (name) => {
  it("reads as the sample's plan, with no error", async () => {
    const grid = await readWorkbookBuffer(new Uint8Array(await fs.readFile(path.join(DIR, `${name}.xlsx`))));
    const { plan, findings } = validateGrid(grid);
    expect(plan.period).toBe(6);
    expect(planCounts(plan)).toMatchObject({ projects: 16, projectRows: 16, keyProjects: 4 });
    expect(plan.projects.some((p) => p.id.includes("#"))).toBe(false);
    expect(plan.strategies.map((s) => s.id)).toEqual(["I-1", "I-2", "II-1"]);
    expect(plan.unplacedRows).toEqual([]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    if (name === "6th-repeated-cells") expect(plan.projects.find((p) => p.id === "I-1-2")?.indicators).toHaveLength(2);
    if (name === "6th-split-sheets") expect(plan.sheets).toEqual(["총괄표", "총괄표 (2)", "총괄표 (3)", "관리체계"]);
    if (name === "6th-subtotals") expect(plan.totals.map((t) => [t.kind, t.scopeId])).toEqual([["subtotal", "I-1"], ["subtotal", "I-2"], ["subtotal", "II-1"], ["total", null]]);
    if (name === "6th-thousand-won" || name === "6th-latin-dots-split-thousand") expect(findings.filter((f) => f.ruleId === "budgets/unit")).toHaveLength(1);
    if (name.startsWith("6th-latin")) {
      expect(plan.projects.map((p) => p.id)).toEqual(expect.arrayContaining(["I-1-1", "I-2-5", "II-1-1-1", "II-1-3-2"]));
      expect(plan.projects.every((p) => p.nationalPlanLink && p.nationalPlanLink.invalid.length === 0 && p.nationalPlanLink.values.length > 0)).toBe(true);
    }
  });
});

it("6th-planted: each planted problem is found, by its rule, on its own row — and nothing else is an error or a warning", async () => {
  const grid = await readWorkbookBuffer(new Uint8Array(await fs.readFile(path.join(DIR, "6th-planted.xlsx"))));
  const { plan, findings } = validateGrid(grid);
  expect(plan.period).toBe(6);
  const at = (f: { ref: { row: number } }) => f.ref.row + 1;
  const byRow = (a: string, b: string) => parseInt(a) - parseInt(b) || a.localeCompare(b);
  const seen = findings.filter((f) => f.severity !== "info" && f.ref.sheet === plan.sheet).map((f) => `${at(f)} ${f.ruleId} ${f.messageId}`).sort(byRow);
  expect(seen).toEqual([
    "7 schedule/department-list unlistedProject",
    "8 link/national-plan empty",
    "9 structure/number-prefix prefix",
    "10 link/national-plan invalid",
    "11 indicators/levels strategy",
    "14 targets/baseline target",
    ...Array(5).fill("15 budgets/decimals decimals"),
    "21 targets/missing slashYear",
    "22 structure/fixed-names taskName",
    "24 structure/duplicate-project repeatsPartOne",
    "27 structure/duplicate-number duplicate",
  ]);
  // The 관리체계 list names 어르신 방문건강관리 otherwise: its line is told on the list's sheet.
  expect(findings.filter((f) => f.ref.sheet !== plan.sheet).map((f) => `${f.ref.sheet}!${at(f)} ${f.severity} ${f.ruleId} ${f.messageId}`)).toEqual([
    "관리체계!12 warning schedule/department-list unknownProject",
  ]);
  const notes = findings.filter((f) => f.severity === "info").map((f) => `${at(f)} ${f.ruleId}`);
  expect(notes).toEqual(expect.arrayContaining(["12 indicators/input", "16 budgets/dash-zero"]));
});
