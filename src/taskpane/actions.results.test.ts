/**
 * The 시행결과 section's actions over a WorkbookPort, on the bundled sample: the form made in the open
 * workbook, a filled results workbook gathered into it, the results checked and highlighted in place,
 * 요약_시행결과 made — and a user's sheet of one of those names stopping the action before anything is written.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { SHEETS, type GeneratedCell } from "../app/port";
import { MemoryPort } from "../../test/kits/app/memoryPort";
import { sampleOnMemory, value } from "../../test/kits/taskpane/sampleActions";
import { createPaneActions } from "./actions";
import { actionFailureText } from "./failureText";

const ROOT = path.join(__dirname, "..", "..");
const FILLED = path.join(ROOT, "test", "fixtures", "results", "mapo-2024-results.xlsx");
const sample = sampleOnMemory();
const port = sample.port;

/** The form's 실적 column values, by row. */
function actuals(memory: MemoryPort, sheet: string): GeneratedCell["value"][] {
  return memory.generated.get(sheet)!.rows.slice(2).map((row) => row[6]?.value ?? null);
}

describe("시행결과 through the pane's actions", () => {
  it("offers the plan period's years, last year first", async () => {
    const actions = createPaneActions(port(), { now: () => new Date(2025, 2, 1) });
    expect(value(await actions.resultsYears())).toEqual({ years: [2023, 2024, 2025, 2026], suggested: 2024 });
    const later = createPaneActions(port(), { now: () => new Date(2031, 2, 1) });
    expect(value(await later.resultsYears()).suggested).toBe(2026);
  });

  it("makes the form, gathers a filled workbook into it, checks with highlights, and makes 요약_시행결과", async () => {
    const memory = port();
    const actions = createPaneActions(memory);
    const form = value(await actions.makeResultsForm(2024, "ko"));
    expect(form).toEqual({ sheet: "시행결과_2024", projects: expect.any(Number), indicators: expect.any(Number) });
    expect(form.indicators).toBeGreaterThan(10);
    expect(actuals(memory, "시행결과_2024").every((v) => v === null)).toBe(true);

    // nothing reported yet: every indicator with a target is not reported
    const empty = value(await actions.checkResults(2024));
    expect(empty.counts.met + empty.counts.missed).toBe(0);
    expect(empty.counts.notReported).toBeGreaterThan(0);

    const gathered = value(await actions.gatherResults(2024, [{ name: "filled.xlsx", bytes: new Uint8Array(await fs.readFile(FILLED)) }], "ko"));
    expect(gathered.sheet).toBe("시행결과_2024");
    expect(gathered.files).toEqual([{ file: "filled.xlsx", department: null }]);
    expect(actuals(memory, "시행결과_2024").filter((v) => v !== null).length).toBeGreaterThan(5);

    const checked = value(await actions.checkResults(2024));
    expect(checked.year).toBe(2024);
    expect(checked.sources).toContain("시행결과_2024");
    expect(checked.counts.met).toBeGreaterThan(0);
    expect(checked.counts.missed).toBeGreaterThan(0);
    const findings = checked.view.result.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.ruleId.startsWith("results/"))).toBe(true);
    expect(checked.view.groups.flatMap((g) => g.projects.flatMap((p) => p.findings))).toHaveLength(findings.length);
    // the same highlights as 계획 검증's: errors and warnings lit where they are, in the open workbook
    const lit = findings.filter((f) => f.severity !== "info");
    expect(lit.length).toBeGreaterThan(0);
    for (const f of lit) expect(memory.fills.has(`${f.ref.sheet}!${f.ref.row},${f.ref.col}`)).toBe(true);

    const summary = value(await actions.writeResultsSummary(2024, "ko"));
    expect(summary.sheets).toEqual(["시행결과_2024", SHEETS.resultsSummary]);
    expect(summary.counts).toEqual(checked.counts);
    expect(memory.generated.has(SHEETS.resultsSummary)).toBe(true);
  }, 60_000);

  it("a user's own 요약_시행결과 stops 요약_시행결과 만들기 before the form is written", async () => {
    const userSheet = { name: SHEETS.resultsSummary, values: [["우리 구 요약"]], merges: [] };
    const memory = new MemoryPort({ sheets: [...sample.grid().sheets, userSheet] });
    const outcome = await createPaneActions(memory).writeResultsSummary(2024, "ko");
    expect(outcome).toEqual({ ok: false, failure: { kind: "sheetNotOwned", sheet: SHEETS.resultsSummary } });
    expect(memory.calls.filter((c) => c.startsWith("replaceSheet"))).toEqual([]);
  });

  it("a picked file with no results of the year: left to the section to name (not a second conflict line), and the whole form beside it is not taken", async () => {
    const memory = port();
    const none = path.join(ROOT, "test", "fixtures", "damaged", "no-plan-table.xlsx");
    const gathered = value(
      await createPaneActions(memory).gatherResults(
        2024,
        [
          { name: "filled.xlsx", bytes: new Uint8Array(await fs.readFile(FILLED)) },
          { name: "빈 파일.xlsx", bytes: new Uint8Array(await fs.readFile(none)) },
        ],
        "ko",
      ),
    );
    expect(gathered.files.map((f) => f.file)).toEqual(["filled.xlsx"]);
    expect(gathered.conflicts).toHaveLength(1);
    expect(gathered.conflicts[0].ko).toContain("filled.xlsx");
    expect(actuals(memory, "시행결과_2024").every((v) => v === null)).toBe(true);
  }, 60_000);

  it("names a picked file that is no workbook, in Korean and English", async () => {
    const outcome = await createPaneActions(port()).gatherResults(2024, [{ name: "메모.txt", bytes: new TextEncoder().encode("not a workbook") }], "ko");
    if (outcome.ok) throw new Error("gathered a text file");
    expect(outcome.failure).toMatchObject({ kind: "read", file: "메모.txt" });
    expect(actionFailureText(outcome.failure, "ko", "mapo.xlsx")).toMatch(/^메모\.txt/);
    expect(actionFailureText(outcome.failure, "en", "mapo.xlsx")).toMatch(/^메모\.txt/);
  });
});
