/**
 * What real Excel does to the add-in and the mock never did (issue 9), each through Microsoft's runtime
 * answered by the live workbook (test/kits/excel/liveWorkbook.ts): protection, inserted rows, more than 512
 * merged areas, gradient fills, cell-edit mode, a rule removed between two calls, two runs at once.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { clearHighlights, marksFor, validateInPlace } from "../app/inPlace";
import { HIGHLIGHT_FILLS } from "../app/port";
import { validateGrid } from "../app/validateWorkbook";
import type { CellRef, Grid } from "../engine";
import { readWorkbookBuffer } from "../xlsx/readGrid";
import { createOfficePort } from "./officePort";
import { grownPlan } from "../../test/kits/excel/grownPlan";
import { LiveWorkbook, MERGED_AREAS_CAP } from "../../test/kits/excel/liveWorkbook";

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");
const PLAN = "총괄표";
const YELLOW = { color: "#FFFF00", pattern: "Solid", patternColor: "#000000" };

let sample: Grid;
beforeAll(async () => {
  sample = await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE)));
}, 30_000);

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const shownMarks = (grid: Grid) => marksFor(validateGrid(grid).findings.filter((f) => f.severity !== "info"));
const rulesOn = (live: LiveWorkbook, sheet = PLAN) => live.sheet(sheet).conditionalFormats ?? [];

function withFill(live: LiveWorkbook, ref: CellRef, fill: typeof YELLOW & { gradient?: boolean }): void {
  live.sheet(ref.sheet).cells.set(`${ref.row},${ref.col}`, { ...live.cell(ref), fill: { ...fill } });
}

describe("the cells' own fills (failures 2, 3 and the gradient of 6)", () => {
  it("never writes a fill: under structure protection (no store sheet can be made) validation still shows, and clear still clears", async () => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    live.structureProtected = true;
    const marks = shownMarks(sample);
    withFill(live, marks[0].ref, YELLOW);
    const port = createOfficePort(live.run);
    await validateInPlace(port);
    expect(live.shownFill(marks[0].ref)).toBe(HIGHLIGHT_FILLS[marks[0].severity]);
    expect(live.cell(marks[0].ref)?.fill).toEqual(YELLOW);
    expect(live.writes.filter((w) => w.kind !== "conditionalFormat")).toEqual([]);
    await clearHighlights(port);
    expect(live.shownFill(marks[0].ref)).toBe(YELLOW.color);
    expect(rulesOn(live)).toEqual([]);
  });

  it("clears the right cells after rows were inserted between 계획 검증 and 강조 지우기: the rules moved with their cells", async () => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    const marks = shownMarks(sample).filter((m) => m.ref.sheet === PLAN);
    const own = marks[marks.length - 1].ref;
    withFill(live, own, YELLOW);
    const port = createOfficePort(live.run);
    await validateInPlace(port);

    const at = marks[0].ref.row; // a project added above the first marked cell
    live.insertRows(PLAN, at, 3);
    const moved = (ref: CellRef) => ({ ...ref, row: ref.row >= at ? ref.row + 3 : ref.row });
    for (const mark of marks) expect(live.shownFill(moved(mark.ref))).toBe(HIGHLIGHT_FILLS[mark.severity]);
    for (let r = at; r < at + 3; r++) for (let c = 0; c < 16; c++) expect(live.shownFill({ sheet: PLAN, row: r, col: c })).toBeNull();

    await clearHighlights(port);
    expect(rulesOn(live)).toEqual([]);
    expect(live.cell(moved(own))?.fill).toEqual(YELLOW);
    for (const mark of marks.slice(0, -1)) expect(live.shownFill(moved(mark.ref))).toBeNull();
  });

  it("reads and validates a workbook with a gradient-filled cell, and leaves the gradient alone", async () => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    const marks = shownMarks(sample);
    const gradient = { ...YELLOW, gradient: true };
    withFill(live, marks[0].ref, gradient);
    const port = createOfficePort(live.run);
    await validateInPlace(port);
    await validateInPlace(port);
    await clearHighlights(port);
    expect(live.cell(marks[0].ref)?.fill).toEqual(gradient);
  });
});

describe("protection (failure 1 inside Excel)", () => {
  it("highlights a department's sheet protected with cell formatting allowed", async () => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    live.sheet(PLAN).protection = { formatCells: true };
    const result = await validateInPlace(createOfficePort(live.run));
    expect(result.unhighlightedSheets).toEqual([]);
    expect(rulesOn(live).length).toBeGreaterThan(0);
  });

  it("leaves a sheet protected against formatting as it is, and names it, instead of failing", async () => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    live.sheet(PLAN).protection = { formatCells: false };
    const result = await validateInPlace(createOfficePort(live.run));
    expect(result.findings).toEqual(validateGrid(sample).findings);
    expect(result.unhighlightedSheets).toEqual([PLAN]);
    expect(live.writes).toEqual([]);
  });
});

describe("more than 512 merged areas (failure 4)", () => {
  it("reads a plan whose merges Excel would refuse to list at once, exactly as ExcelJS reads it", async () => {
    const big = grownPlan(sample, 1200);
    expect(big.sheets.find((s) => s.name === PLAN)!.merges.length).toBeGreaterThan(MERGED_AREAS_CAP);
    const live = LiveWorkbook.fromGrid(clone(big));
    expect(await createOfficePort(live.run).readGrid()).toEqual(big);
  }, 120_000);
});

describe("Excel's ways (failure 6)", () => {
  it("waits while the user types in a cell instead of failing (delayForCellEdit)", async () => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    live.enterCellEdit();
    // Without the flag Excel refuses the request outright.
    await expect(live.runWith(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
    }, { delayForCellEdit: false })).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const validation = validateInPlace(createOfficePort(live.run)).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
    live.leaveCellEdit();
    await validation;
    expect(rulesOn(live).length).toBeGreaterThan(0);
  });

  it("still replaces the highlights when one of them was removed by hand (or undone) between the read and the paint", async () => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    const port = createOfficePort(live.run);
    await validateInPlace(port);
    const count = rulesOn(live).length;
    const grid = await port.readGrid();
    live.sheet(PLAN).conditionalFormats!.shift();
    await port.highlight(marksFor(validateGrid(grid).findings.filter((f) => f.severity !== "info")));
    expect(rulesOn(live)).toHaveLength(count);
  });

  it("two runs at once (the ribbon and the pane): never interleaved — the second is refused, or waits for the first's release — and one set is painted", async () => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    const ribbon = createOfficePort(live.run);
    const pane = createOfficePort(live.run);
    const single = LiveWorkbook.fromGrid(clone(sample));
    await validateInPlace(createOfficePort(single.run));
    // The lock's adds and removals that went through, in order: each run's take is followed by its release.
    const lockSteps = () =>
      live.requests
        .filter((r) => !r.error)
        .flatMap((r) => r.steps.filter((s) => s === "new Names.Add" || s === "call Names.Item.Delete"))
        .map((s) => (s === "new Names.Add" ? "take" : "release"));

    const [first, second] = await Promise.allSettled([validateInPlace(ribbon), validateInPlace(pane)]);
    expect(first.status).toBe("fulfilled");
    if (second.status === "rejected") expect(second.reason).toMatchObject({ name: "ValidationRunningError" });
    expect(lockSteps()).toEqual(second.status === "fulfilled" ? ["take", "release", "take", "release"] : ["take", "release"]);
    expect(rulesOn(live)).toHaveLength(rulesOn(single).length);
    expect([...live.names.values()]).toEqual([]); // the lock went with the run

    // Validating and clearing at once: one of them is refused or waits, and what is left is one whole state.
    const before = lockSteps().length;
    const [validated, cleared] = await Promise.allSettled([validateInPlace(pane), clearHighlights(ribbon)]);
    for (const outcome of [validated, cleared]) if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ name: "ValidationRunningError" });
    const steps = lockSteps().slice(before);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps).toEqual(steps.map((_, i) => (i % 2 === 0 ? "take" : "release")));
    expect([0, rulesOn(single).length]).toContain(rulesOn(live).length);
    await clearHighlights(ribbon);
    expect(rulesOn(live)).toEqual([]);
  });

});
