/**
 * PaneActions over a WorkbookPort: the pane's use cases on the bundled sample, through the in-memory
 * port (the same calls run over the Office.js port in Excel and the ExcelJS port in the preview).
 */
import * as path from "path";
import { SHEETS } from "../app/port";
import { MemoryPort } from "../app/testing/memoryPort";
import type { Grid } from "../engine";
import { readWorkbookFile } from "../xlsx/readFile";
import { createPaneActions, findingAddress } from "./actions";
import { langFromDisplayLanguage } from "./text";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "mapo-5th-plan.xlsx");
let grid: Grid;

beforeAll(async () => {
  grid = await readWorkbookFile(SAMPLE);
});

function port(): MemoryPort {
  return new MemoryPort(JSON.parse(JSON.stringify(grid)) as Grid);
}

describe("createPaneActions", () => {
  it("validates in place with progress, and groups the findings for the pane", async () => {
    const memory = port();
    const steps: string[] = [];
    const outcome = await createPaneActions(memory, () => new Date("2026-11-26T09:00:00Z")).validate((step) => steps.push(step));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
    const { view } = outcome;
    expect(steps).toEqual(["read", "validate", "highlight", "done"]);
    expect(view.result.plan.sheet).toBe("총괄표");
    expect(view.result.findings.length).toBeGreaterThan(10);
    expect(view.groups.flatMap((g) => g.projects.flatMap((p) => p.findings))).toHaveLength(view.result.findings.length);
    expect(view.ruleIds).toEqual([...view.ruleIds].sort());
    expect(view.departments).toHaveLength(view.result.findings.length);
    expect(view.checkedAt.toISOString()).toBe("2026-11-26T09:00:00.000Z");
    // highlighted where the findings are (errors and warnings), with the originals kept for 강조 지우기
    expect(memory.fills.size).toBeGreaterThan(0);
    expect(memory.store.highlights).toBeDefined();
    const addresses = view.result.findings.map(findingAddress);
    expect(addresses).toContain("총괄표!L11");
  });

  it("selects a finding's cell, fixes after the fact, undoes, and clears highlights", async () => {
    const memory = port();
    const actions = createPaneActions(memory);
    const outcome = await actions.validate();
    if (!outcome.ok) throw new Error("not read");
    const textNumber = outcome.view.result.findings.find((f) => f.ruleId === "budgets/text-number" && findingAddress(f) === "총괄표!L11");
    expect(textNumber?.fix).toEqual(expect.objectContaining({ from: "2,478", to: 2478 }));

    await actions.selectFinding(textNumber!);
    expect(memory.selected).toEqual({ sheet: "총괄표", row: 10, col: 11 });

    const fixed = await actions.applyFixes([textNumber!]);
    expect(fixed.applied).toHaveLength(1);
    expect(memory.planSheets[0].values[10][11]).toBe(2478);
    const applied = await actions.readAppliedFixes();
    expect(applied).toEqual([expect.objectContaining({ address: "L11", from: "2,478", to: 2478 })]);

    expect(await actions.undoFix(applied[0])).toBe(true);
    expect(memory.planSheets[0].values[10][11]).toBe("2,478");
    expect((await actions.readAppliedFixes())[0].undone).toBe(true);

    expect(await actions.clearHighlights()).toBeGreaterThan(0);
    expect(memory.fills.size).toBe(0);
  });

  it("writes the 검증결과 sheet in the pane's language", async () => {
    const memory = port();
    const actions = createPaneActions(memory);
    const outcome = await actions.validate();
    if (!outcome.ok) throw new Error("not read");
    expect(await actions.writeResultsSheet(outcome.view, "en")).toBe(SHEETS.results);
    const rows = memory.generated.get(SHEETS.results)!.rows;
    expect(rows[1].map((c) => c.value)).toEqual(["Severity", "Cell", "Project", "Finding", "Fix", "Rule"]);
    expect(rows).toHaveLength(outcome.view.result.findings.length + 2);
    expect(rows.slice(2).every((row) => row[1].link)).toBe(true);
  });

  it("returns a workbook without a plan as a failure, not a throw", async () => {
    const empty = new MemoryPort({ sheets: [{ name: "Sheet1", values: [["hello"]], merges: [] }] });
    const outcome = await createPaneActions(empty).validate();
    expect(outcome).toEqual({ ok: false, failure: expect.objectContaining({ reason: "noPlanTable" }) });
  });
});

describe("langFromDisplayLanguage", () => {
  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["ko-KR", "ko"],
    ["ja-JP", "ko"],
    ["", "ko"],
    [undefined, "ko"],
    ["eng", "ko"],
  ])("%s → %s", (display, lang) => {
    expect(langFromDisplayLanguage(display)).toBe(lang);
  });
});
