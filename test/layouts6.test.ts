/**
 * The 6기 layout fixtures (scripts/build-sample-6th.js --fixtures): the same fictional plan kept four other ways
 * reads as the same plan — 16 projects, 4 key, no phantom "#2" — with no error.
 */
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { planCounts } from "../src/engine";
import { validateGrid } from "../src/app/validateWorkbook";
import { readWorkbookBuffer } from "../src/xlsx/readGrid";

const DIR = path.join(__dirname, "fixtures", "layouts");
const LAYOUTS = ["6th-repeated-cells", "6th-split-sheets", "6th-subtotals", "6th-thousand-won"];

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
    if (name === "6th-thousand-won") expect(findings.filter((f) => f.ruleId === "budgets/unit")).toHaveLength(1);
  });
});
