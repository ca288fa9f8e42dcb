/**
 * The pane's use cases inside Excel: src/app's validateInPlace, writeSummaries, saveBaseline /
 * recordRevision, applyInputRules and consolidateIntoPort, run through the Office.js port
 * (createOfficePort) over office-addin-mock — on the bundled sample plan (assets/samples) and the
 * department-column fixture.
 *
 * The workbook is a LiveWorkbook (test/kits/excel/liveWorkbook.ts): each Excel.run gets a fresh office-addin-mock
 * tree built from a model, and what a batch writes (new sheets, values, fills, validation, the store) is
 * folded back, so the next call reads it — as in Excel. Every write is logged with its cell, so each test
 * also says what was NOT touched; every context.sync is counted, per port call.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { consolidateIntoPort, describeConflict } from "../app/consolidate";
import { applyInputRules, createDepartmentWorkbooks } from "../app/departments";
import { applyFixes, STORE_FIXES } from "../app/fixes";
import { resultsSheet } from "../app/resultsSheet";
import { clearHighlights, marksFor, validateInPlace } from "../app/inPlace";
import { FLAG_LIST, HIGHLIGHT_FILLS, SHEETS, type GeneratedSheet } from "../app/port";
import { logSheetHeader, previewRevision, recordRevision, REVISION_LOG_MARKER, saveBaseline, STORE_BASELINE, type RecordOptions } from "../app/revisionLog";
import { SUMMARY_INDICATOR_MARKER, SUMMARY_STRATEGY_MARKER, writeSummaries } from "../app/summarize";
import { validateGrid } from "../app/validateWorkbook";
import { readPlan, toA1, type CellRef, type Grid } from "../engine";
import { inputRules } from "../engine/consolidate/inputRules";
import { LOG_COLUMNS, readRevisionLog } from "../engine/read/revisionLog";
import { verifyLog } from "../engine/revisions/log";
import { snapshotPlan } from "../engine/revisions/snapshot";
import { gridFromWorkbook, readWorkbookBuffer } from "../xlsx/readGrid";
import { xlsxWorkbookFiles } from "../xlsx/workbookFiles";
import { createOfficePort } from "./officePort";
import { grownPlan } from "../../test/kits/excel/grownPlan";
import { countingPort, LiveWorkbook, type LiveWrite } from "../../test/kits/excel/liveWorkbook";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets/samples/mapo-5th-plan.xlsx");
const DEPARTMENT_MASTER = path.join(ROOT, "test/fixtures/layouts/department-column.xlsx");
const PLAN = "총괄표";

let sample: Grid;

beforeAll(async () => {
  sample = await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE)));
}, 30_000);

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const refKey = (r: { sheet: string; row: number; col: number }) => `${r.sheet}!${r.row},${r.col}`;
const onSheet = (writes: LiveWrite[], sheet: string) => writes.filter((w) => w.sheet === sheet);

const YELLOW = { color: "#FFFF00", pattern: "Solid", patternColor: "#000000" };

/** Gives a cell a fill of the user's own. */
function paint(live: LiveWorkbook, ref: CellRef, fill: typeof YELLOW): void {
  live.sheet(ref.sheet).cells.set(`${ref.row},${ref.col}`, { ...live.cell(ref), fill: { ...fill } });
}

/** A port over a live workbook holding `grid`, counting syncs per call. */
function excelWith(grid: Grid) {
  const live = LiveWorkbook.fromGrid(clone(grid));
  const port = countingPort(createOfficePort(live.run), live);
  return { live, port };
}

/** The cells of every used range readGrid loads (each sheet from A1, as the sample's sheets start there). */
function contentCells(grid: Grid): number {
  return grid.sheets.reduce((sum, s) => sum + s.values.length * Math.max(0, ...s.values.map((line) => line.length)), 0);
}

/** What the content read answers, as UTF-8 JSON: values, formulas, valueTypes and numberFormat of each cell. */
function contentPayloadBytes(grid: Grid): number {
  let bytes = 0;
  for (const s of grid.sheets) {
    const width = Math.max(0, ...s.values.map((line) => line.length));
    const values = s.values.map((line) =>
      Array.from({ length: width }, (_, c) => {
        const v = line[c];
        return v === null || v === undefined ? "" : typeof v === "object" ? v.error : v;
      }),
    );
    const types = values.map((line) => line.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : "String")));
    const formats = values.map((line) => line.map(() => "General"));
    bytes += Buffer.byteLength(JSON.stringify({ values, formulas: values, valueTypes: types, numberFormat: formats }), "utf8");
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------

describe("계획 검증 (validateInPlace) inside Excel", () => {
  it("reads the same grid as ExcelJS, finds what validateGrid finds, shows exactly the marked cells, and changes no cell", async () => {
    const { live, port } = excelWith(sample);
    const expected = validateGrid(sample);
    const marks = marksFor(expected.findings.filter((f) => f.severity !== "info"));
    expect(marks.length).toBeGreaterThan(10);
    // One marked cell has a fill of its own (yellow): shown highlighted, kept as it is.
    const yellow = marks[0].ref;
    paint(live, yellow, YELLOW);

    const result = await validateInPlace(port);

    expect(result.findings).toEqual(expected.findings);
    expect(result.severities).toEqual(expected.severities);
    expect(result.counts).toEqual(expected.counts);
    expect(result.unhighlightedSheets).toEqual([]);
    expect(await createOfficePort(live.run).readGrid()).toEqual(sample);

    for (const mark of marks) expect(live.shownFill(mark.ref)).toBe(HIGHLIGHT_FILLS[mark.severity]);
    expect(live.cell(yellow)?.fill).toEqual(YELLOW);
    // Only conditional formats were added, one per run of a column's marked rows; no cell was written.
    expect(new Set(live.writes.map((w) => w.kind))).toEqual(new Set(["conditionalFormat"]));
    const rules = live.sheet(PLAN).conditionalFormats ?? [];
    expect(rules.length).toBeLessThan(marks.length);
    const covered = rules.reduce((n, f) => n + (f.area.bottom - f.area.top + 1) * (f.area.right - f.area.left + 1), 0);
    expect(covered).toBe(marks.filter((m) => m.ref.sheet === PLAN).length);
    expect(live.sheets.map((s) => s.name)).toEqual([PLAN, "관리체계"]); // no store: nothing needs keeping

    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "storeOfLastRead", syncs: 0 }, // read with the plan (there is none here)
      { method: "highlight", syncs: 1 },
      { method: "exclusive", syncs: 0 }, // the one-run lock rides in the read's first request and the highlight's (./runLock.ts)
    ]);
  });

  it("a second validation replaces the first one's highlights; 강조 지우기 removes them all and leaves every cell as it was", async () => {
    const { live, port } = excelWith(sample);
    const marks = marksFor(validateGrid(sample).findings.filter((f) => f.severity !== "info"));
    const yellow = marks[0].ref;
    paint(live, yellow, YELLOW);
    await validateInPlace(port);
    const first = JSON.stringify((live.sheet(PLAN).conditionalFormats ?? []).map((f) => [f.area, f.formula, f.fill]));

    const before = port.calls.length;
    await validateInPlace(port);
    expect(port.calls.slice(before)).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "storeOfLastRead", syncs: 0 }, // read with the plan (there is none here)
      { method: "highlight", syncs: 1 },
      { method: "exclusive", syncs: 0 },
    ]);
    expect(JSON.stringify((live.sheet(PLAN).conditionalFormats ?? []).map((f) => [f.area, f.formula, f.fill]))).toBe(first);

    const count = (live.sheet(PLAN).conditionalFormats ?? []).length;
    expect(await clearHighlights(port)).toBe(count);
    expect(live.sheet(PLAN).conditionalFormats).toEqual([]);
    expect(live.cell(yellow)?.fill).toEqual(YELLOW);
    for (const mark of marks.slice(1)) expect(live.shownFill(mark.ref)).toBeNull();
    expect(live.writes.filter((w) => w.kind !== "conditionalFormat")).toEqual([]);
  });

  it("makes the same number of syncs for the sample and a 5,000-row plan: 4, the one-run lock included", async () => {
    const big = grownPlan(sample, 5000);
    expect(big.sheets.find((s) => s.name === PLAN)!.values).toHaveLength(5000);
    const bigPlan = readPlan(big);
    expect(bigPlan.projects.length).toBeGreaterThan(3000);
    expect(new Set(bigPlan.projects.map((p) => p.id)).size).toBe(bigPlan.projects.length);
    // The one content read of the 5,000-row plan: 16 columns, 80,088 cells with 관리체계, ~3.0 MB as UTF-8 JSON.
    expect(contentCells(big)).toBe(5000 * 16 + 11 * 8);
    expect(contentPayloadBytes(big)).toBeLessThan(4_000_000);
    // More merged areas than getMergedAreasOrNullObject answers for at once.
    expect(big.sheets.find((s) => s.name === PLAN)!.merges.length).toBeGreaterThan(512);

    const runs: { syncs: number; calls: unknown[]; marks: number }[] = [];
    for (const grid of [sample, big]) {
      const { live, port } = excelWith(grid);
      const result = await validateInPlace(port);
      expect(result.findings).toEqual(validateGrid(grid).findings);
      runs.push({ syncs: live.syncs, calls: port.calls, marks: marksFor(result.findings.filter((f) => f.severity !== "info")).length });
    }
    expect(runs[1].marks).toBeGreaterThan(runs[0].marks * 10); // far more cells shown, in the same one sync
    expect(runs[1].calls).toEqual(runs[0].calls);
    expect(runs[1].syncs).toBe(runs[0].syncs);
    expect(runs[0].syncs).toBe(4);
  }, 300_000);

  it("tells each sheet's visibility in the grid, as the file readers do", async () => {
    const { live, port } = excelWith(sample);
    const hidden = sample.sheets[sample.sheets.length - 1].name;
    live.sheet(hidden).visibility = "Hidden";
    for (const read of [await port.readGrid(), await port.readGrid({ validation: true })]) {
      expect(read.sheets.map((s) => [s.name, s.visibility])).toEqual(sample.sheets.map((s) => [s.name, s.name === hidden ? "hidden" : "visible"]));
    }
  });

  it("leaves the contents of the add-in's output sheets (검증결과, 요약_*) unread, their names kept, and finds what the whole workbook gives", async () => {
    const { live, port } = excelWith(sample);
    await writeSummaries(port, "ko", { now: NOW });
    const first = await validateInPlace(port);
    await port.replaceSheet(resultsSheet(first.plan, first.findings, "ko", NOW));
    const outputs: string[] = [SHEETS.summaryByStrategy, SHEETS.summaryByIndicator, SHEETS.results];
    const whole = await port.readGrid();
    expect(whole.sheets.filter((s) => outputs.includes(s.name)).map((s) => [s.name, s.values.length > 10])).toEqual(outputs.map((name) => [name, true]));

    const read = await port.readGrid({ validation: true });
    expect(read.sheets.map((s) => s.name)).toEqual(whole.sheets.map((s) => s.name));
    expect(read.sheets.filter((s) => outputs.includes(s.name))).toEqual(outputs.map((name) => ({ name, values: [], merges: [], visibility: "visible" })));
    expect(read.sheets.filter((s) => !outputs.includes(s.name))).toEqual(whole.sheets.filter((s) => !outputs.includes(s.name)));

    const syncs = live.syncs;
    const again = await validateInPlace(port);
    expect(again.findings).toEqual(validateGrid(whole).findings);
    expect(live.syncs - syncs).toBe(4);
  });
});

// ---------------------------------------------------------------------------------------------

const NOW = new Date(2024, 9, 15, 14, 3, 5);
const LATER = new Date(2024, 10, 2, 9, 0, 0);
const LATEST = new Date(2024, 10, 20, 16, 30, 0);

/** Where the live sheet differs from the generated sheet it was written from (empty when it is exactly that). */
function differences(live: LiveWorkbook, spec: GeneratedSheet): string[] {
  const sheet = live.sheet(spec.name);
  const out: string[] = [];
  const at = (r: number, c: number) => `${spec.name}!${toA1(r, c)}`;
  spec.rows.forEach((row, r) =>
    row.forEach((g, c) => {
      const cell = sheet.cells.get(`${r},${c}`) ?? {};
      const shown = { value: cell.value ?? null, formula: cell.formula, numberFormat: cell.numberFormat };
      let want: typeof shown;
      if (g.formula) want = { value: null, formula: g.formula, numberFormat: g.numberFormat ?? "General" };
      else if (typeof g.value === "string" && g.value !== "") want = { value: g.value, formula: undefined, numberFormat: "@" };
      else if (g.value === null || g.value === "") want = { value: null, formula: undefined, numberFormat: g.numberFormat ?? "General" };
      else want = { value: g.value, formula: undefined, numberFormat: g.numberFormat ?? "General" };
      if (JSON.stringify(shown) !== JSON.stringify(want)) out.push(`${at(r, c)}: ${JSON.stringify(shown)} ≠ ${JSON.stringify(want)}`);
      if (!!g.bold !== !!cell.bold) out.push(`${at(r, c)}: bold ${cell.bold}`);
      if ((g.fill ?? null) !== (cell.fill?.color ?? null)) out.push(`${at(r, c)}: fill ${cell.fill?.color}`);
      if (!!g.wrap !== !!cell.wrap) out.push(`${at(r, c)}: wrap ${cell.wrap}`);
      const link = g.link ? `'${g.link.sheet}'!${toA1(g.link.row, g.link.col)}` : undefined;
      if (link !== cell.hyperlink?.documentReference) out.push(`${at(r, c)}: link ${cell.hyperlink?.documentReference} ≠ ${link}`);
    }),
  );
  const markerCol = Math.max(0, ...spec.rows.map((row) => row.length)) + 1;
  const marker = sheet.cells.get(`0,${markerCol}`);
  if (marker?.value !== spec.marker || marker.numberFormat !== "@") out.push(`marker: ${JSON.stringify(marker)}`);
  if (sheet.frozenRows !== spec.freezeRows) out.push(`frozen rows: ${sheet.frozenRows}`);
  // Nothing else written: every cell holding something is in the spec or is the marker.
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(",").map(Number);
    const inSpec = c < (spec.rows[r]?.length ?? 0) || (r === 0 && c === markerCol);
    if (!inSpec && (cell.value != null || cell.formula)) out.push(`${at(r, c)}: stray ${JSON.stringify(cell)}`);
  }
  return out;
}

describe("요약 만들기 (writeSummaries) inside Excel", () => {
  it("creates 요약_전략별 and 요약_지표 through replaceSheet — text as text, formulas as formulas, the chart on its data — and writes nothing on the plan's sheets", async () => {
    const { live, port } = excelWith(sample);
    const result = await writeSummaries(port, "ko", { now: NOW });
    expect(result.validation.findings).toEqual(validateGrid(sample).findings);

    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "replaceSheet", syncs: 2 },
      { method: "replaceSheet", syncs: 2 },
    ]);
    expect(live.sheets.map((s) => s.name)).toEqual([PLAN, "관리체계", SHEETS.summaryByStrategy, SHEETS.summaryByIndicator]);
    const [byStrategy, byIndicator] = result.sheets;
    expect(byStrategy.marker).toBe(SUMMARY_STRATEGY_MARKER);
    expect(byIndicator.marker).toBe(SUMMARY_INDICATOR_MARKER);
    for (const spec of result.sheets) expect(differences(live, spec)).toEqual([]);

    // What the check above covers, by example: formulas for auditing, and text Excel would otherwise parse.
    const cells = (spec: GeneratedSheet) => spec.rows.flat();
    expect(cells(byStrategy).filter((c) => c.formula).length).toBeGreaterThan(20);
    expect(cells(byIndicator).some((c) => typeof c.value === "string" && /^[\d.,]+%?$/.test(c.value))).toBe(true); // "94.5%", "1,347"…
    expect(cells(byIndicator).filter((c) => c.link).length).toBeGreaterThan(50);

    const chart = byStrategy.charts![0];
    expect(live.sheet(SHEETS.summaryByStrategy).charts).toEqual([
      {
        type: "ColumnClustered",
        seriesBy: "Columns",
        data: { row: chart.data.top, col: chart.data.left, rowCount: chart.data.bottom - chart.data.top + 1, columnCount: chart.data.right - chart.data.left + 1 },
        title: chart.title,
        position: toA1(chart.anchor.row, chart.anchor.col),
      },
    ]);
    // The chart's data: the strategy rows' budgets by year, each a formula on the table above.
    expect(chart.data.right - chart.data.left).toBe(readPlan(sample).budgetYears.length);
    expect(live.sheet(SHEETS.summaryByIndicator).charts).toEqual([]);

    expect(live.writes.filter((w) => w.sheet === PLAN || w.sheet === "관리체계")).toEqual([]);
    expect(live.has(SHEETS.store)).toBe(false);
  });

  it("replaces its own sheets in place on a second run (3 syncs each), reading the plan alone", async () => {
    const { live, port } = excelWith(sample);
    await writeSummaries(port, "ko", { now: NOW });
    const before = port.calls.length;
    const writesBefore = live.writes.length;
    const again = await writeSummaries(port, "ko", { now: LATER });

    expect(again.validation.findings).toEqual(validateGrid(sample).findings); // 요약 sheets are not read as the plan
    expect(port.calls.slice(before)).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "replaceSheet", syncs: 3 },
      { method: "replaceSheet", syncs: 3 },
    ]);
    expect(live.sheets.map((s) => s.name)).toEqual([PLAN, "관리체계", SHEETS.summaryByStrategy, SHEETS.summaryByIndicator]);
    for (const spec of again.sheets) expect(differences(live, spec)).toEqual([]);
    expect(live.sheet(SHEETS.summaryByStrategy).charts).toHaveLength(1);
    expect(live.runs.slice(-2).map((r) => [r.added, r.deleted])).toEqual([
      [[SHEETS.summaryByStrategy], [SHEETS.summaryByStrategy]],
      [[SHEETS.summaryByIndicator], [SHEETS.summaryByIndicator]],
    ]);
    expect(live.writes.slice(writesBefore).filter((w) => w.sheet === PLAN || w.sheet === "관리체계")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("기준선 저장 and 수정이력 기록 inside Excel", () => {
  const options: RecordOptions = { reason: "2024년 수정·보완 계획", author: "주민생활복지과 홍길동", revisionYear: 2024 };

  it("keeps the baseline in the very hidden store, appends one row per change with a chained checksum, and never rewrites a row", async () => {
    const { live, port } = excelWith(sample);
    const plan = readPlan(sample);

    // 기준선 저장
    const baseline = await saveBaseline(port, { now: NOW });
    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "readStore", syncs: 1 }, // the revision log's seal to carry on
      { method: "writeStore", syncs: 2 },
    ]);
    expect(baseline.snapshot).toEqual(snapshotPlan(plan));
    const store = live.sheet(SHEETS.store);
    expect(store.visibility).toBe("VeryHidden");
    expect(JSON.parse(live.storeEntries()[STORE_BASELINE])).toEqual(baseline);
    expect(live.writes.filter((w) => w.sheet !== SHEETS.store)).toEqual([]);
    expect(live.has(SHEETS.revisionLog)).toBe(false);

    // The user changes one budget in Excel: I-1-3's '24 budget, 2627 → 2700.
    const project = plan.projects.find((p) => p.id === "I-1-3")!;
    const budget = project.budgets.find((b) => b.year === 2024)!;
    expect(budget.value).toMatchObject({ kind: "number", value: 2627 });
    live.type(budget.ref, 2700);

    // The pane's preview: the one change, nothing written.
    let mark = live.runs.length;
    const preview = await previewRevision(port);
    expect(preview.entries.map((e) => [e.projectId, e.field, e.year, e.before, e.after])).toEqual([["I-1-3", "budget", 2024, 2627, 2700]]);
    expect(live.writes.filter((w) => w.run >= mark)).toEqual([]);

    // 수정이력 기록
    mark = live.runs.length;
    let calls = port.calls.length;
    const first = await recordRevision(port, { ...options, now: LATER });
    expect(first.status).toBe("recorded");
    expect(port.calls.slice(calls)).toEqual([
      { method: "readStore", syncs: 2 },
      { method: "readGrid", syncs: 3 },
      { method: "appendRows", syncs: 2 },
      { method: "writeStore", syncs: 3 },
    ]);
    const header = logSheetHeader("ko").map((c) => c.value);
    const log1 = live.table(SHEETS.revisionLog);
    expect(log1).toHaveLength(2);
    expect(log1[0].slice(0, LOG_COLUMNS.length)).toEqual(header);
    expect(log1[0]).toContain(REVISION_LOG_MARKER);
    const row1 = log1[1].slice(0, LOG_COLUMNS.length);
    expect(row1[0]).toMatch(/^2024-11-02T09:00:00[+-]\d\d:\d\d$/); // text, not a date serial
    expect(row1.slice(1, 12)).toEqual([2024, "변경", expect.stringMatching(/^I-1 /), 3, project.name, "예산(백만원)", 2024, 2627, 2700, options.reason, options.author]);
    expect(row1[12]).toMatch(/^x[0-9a-f]{16}$/); // "x" + 16 hex: text Excel cannot take for a number
    expect(live.sheet(SHEETS.revisionLog).cells.get("1,12")?.numberFormat).toBe("@");
    // Only the log and the store were written.
    expect(new Set(live.writes.filter((w) => w.run >= mark).map((w) => w.sheet))).toEqual(new Set([SHEETS.revisionLog, SHEETS.store]));
    // The baseline moved forward to the plan as it is now.
    const moved = JSON.parse(live.storeEntries()[STORE_BASELINE]);
    expect(moved.snapshot).toEqual(snapshotPlan(readPlan(await createOfficePort(live.run).readGrid())));
    expect(moved.snapshot).not.toEqual(baseline.snapshot);

    // Another change, another record: appended below, row 2 untouched, the chain continues.
    const other = plan.projects.find((p) => p.id === "I-1-5")!.budgets.find((b) => b.year === 2025)!;
    expect(other.value).toMatchObject({ kind: "number", value: 39 });
    live.type(other.ref, 45);
    mark = live.runs.length;
    calls = port.calls.length;
    const second = await recordRevision(port, { ...options, now: LATEST });
    expect(second.status).toBe("recorded");
    expect(port.calls.slice(calls)).toEqual([
      { method: "readStore", syncs: 2 },
      { method: "readGrid", syncs: 3 },
      { method: "appendRows", syncs: 3 },
      { method: "writeStore", syncs: 3 },
    ]);
    const log2 = live.table(SHEETS.revisionLog);
    expect(log2).toHaveLength(3);
    expect(log2.slice(0, 2)).toEqual(log1);
    expect(log2[2].slice(6, 10)).toEqual(["예산(백만원)", 2025, 39, 45]);
    const logWrites = live.writes.filter((w) => w.run >= mark && w.sheet === SHEETS.revisionLog);
    expect(logWrites.length).toBeGreaterThan(0);
    expect(new Set(logWrites.map((w) => w.row))).toEqual(new Set([2]));
    const readBack = readRevisionLog(await createOfficePort(live.run).readGrid())!;
    expect(readBack.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(verifyLog(readBack.rows.map((r) => r.cells))).toEqual([]); // each checksum chained to the row before
    expect(validateGrid(await createOfficePort(live.run).readGrid()).findings.filter((f) => f.ruleId === "log/edited-row")).toEqual([]);

    // Still one store, very hidden, holding the latest baseline; the plan's sheets never written.
    expect(live.sheets.filter((s) => s.name === SHEETS.store)).toHaveLength(1);
    expect(live.sheet(SHEETS.store).visibility).toBe("VeryHidden");
    expect(JSON.parse(live.storeEntries()[STORE_BASELINE]).savedAt).toMatch(/^2024-11-20T16:30:00/);
    expect(live.writes.filter((w) => w.sheet === PLAN || w.sheet === "관리체계")).toEqual([]);
  });

  it("says there is no baseline, and writes nothing, before 기준선 저장", async () => {
    const { live, port } = excelWith(sample);
    expect(await recordRevision(port, { ...options, now: LATER })).toEqual({ status: "noBaseline" });
    expect(port.calls).toEqual([{ method: "readStore", syncs: 1 }]);
    expect(live.writes).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("입력 규칙 적용 (applyInputRules) inside Excel", () => {
  it("sets the ○/× list on every flag cell and ≥ 0 on every budget cell, and writes no value", async () => {
    const { live, port } = excelWith(sample);
    const result = await applyInputRules(port, "ko");
    const rules = inputRules(readPlan(sample));
    expect(result.rules).toEqual(rules);
    expect(result.flags).toBe(rules.filter((r) => r.kind === "flag").length);
    expect(result.budgets).toBe(rules.filter((r) => r.kind === "budget").length);
    expect(result.flags).toBeGreaterThan(100);
    expect(result.budgets).toBeGreaterThan(200);
    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "setDataValidation", syncs: 1 },
    ]);

    for (const rule of rules) {
      const validation = live.cell(rule.ref)?.dataValidation;
      if (rule.kind === "flag") {
        expect(validation).toMatchObject({ rule: { list: { inCellDropDown: true, source: FLAG_LIST } }, ignoreBlanks: true, errorAlert: { showAlert: true, style: "Stop" } });
      } else {
        expect(validation).toMatchObject({ rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } }, ignoreBlanks: true, errorAlert: { showAlert: true, style: "Warning" } });
      }
      expect(validation?.prompt).toMatchObject({ showPrompt: true });
    }
    expect(FLAG_LIST).toBe("○,×");
    expect(new Set(live.writes.map((w) => w.kind))).toEqual(new Set(["validation"]));
    expect([...new Set(live.writes.map(refKey))].sort()).toEqual(rules.map((r) => refKey(r.ref)).sort());
    expect(await createOfficePort(live.run).readGrid()).toEqual(sample);
  });
});

// ---------------------------------------------------------------------------------------------

describe("확실한 수정 적용 (applyFixes) inside Excel", () => {
  it("writes the flag marks as text and the text numbers as numbers, into exactly their cells", async () => {
    const { live, port } = excelWith(sample);
    const findings = validateGrid(sample).findings.filter((f) => f.fix);
    const lookAlikes = findings.filter((f) => f.ruleId === "flags/look-alike");
    const textNumbers = findings.filter((f) => f.ruleId === "budgets/text-number");
    expect(lookAlikes.length).toBeGreaterThan(0);
    expect(textNumbers.length).toBeGreaterThan(0);
    expect(lookAlikes.length + textNumbers.length).toBe(findings.length);
    // One text number sits in a cell the user formatted as text: the number must not stay text.
    const textFormatted = textNumbers[0].fix!.ref;
    live.cell(textFormatted)!.numberFormat = "@";

    const outcome = await applyFixes(port, findings, LATER);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.applied).toHaveLength(findings.length);
    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "readStore", syncs: 1 }, // before the first write: is a sheet of the store's name the user's?
      { method: "writeValues", syncs: 2 },
      { method: "writeStore", syncs: 2 },
    ]);

    for (const f of lookAlikes) expect(live.cell(f.fix!.ref)).toMatchObject({ value: f.fix!.to, numberFormat: "@" });
    for (const f of textNumbers) {
      expect(typeof f.fix!.to).toBe("number");
      expect(live.cell(f.fix!.ref)?.value).toBe(f.fix!.to);
      expect(live.cell(f.fix!.ref)?.numberFormat ?? "General").not.toBe("@");
    }
    expect(live.cell(textFormatted)?.numberFormat).toBe("General");
    const planWrites = onSheet(live.writes, PLAN);
    expect([...new Set(planWrites.map(refKey))].sort()).toEqual(findings.map((f) => refKey(f.fix!.ref)).sort());

    // Read back: the sample with exactly these cells changed.
    const expected = clone(sample);
    const planSheet = expected.sheets.find((x) => x.name === PLAN)!;
    for (const f of findings) planSheet.values[f.fix!.ref.row][f.fix!.ref.col] = f.fix!.to;
    expect(await createOfficePort(live.run).readGrid()).toEqual(expected);
    expect(JSON.parse(live.storeEntries()[STORE_FIXES])).toHaveLength(findings.length);
  });
});

describe("a sheet of the user's own named PlanCheckStore inside Excel", () => {
  /** The sample with a visible sheet of the store's name holding the user's notes. */
  const withOwnStore = (grid: Grid): Grid => ({ sheets: [...clone(grid).sheets, { name: SHEETS.store, values: [["우리 부서 메모", "지우지 마세요"]], merges: [] }] });

  it("확실한 수정 적용 is refused before any cell is written, naming that sheet, in the requests it makes anyway", async () => {
    const { live, port } = excelWith(withOwnStore(sample));
    const findings = validateGrid(sample).findings.filter((f) => f.fix);
    expect(findings.length).toBeGreaterThan(0);
    await expect(applyFixes(port, findings, LATER)).rejects.toMatchObject({ name: "SheetNotOwnedError", sheet: SHEETS.store });
    expect(live.writes).toEqual([]);
    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "readStore", syncs: 2 },
    ]);
    expect(live.table(SHEETS.store)).toEqual([["우리 부서 메모", "지우지 마세요"]]);
  });

  it("부서 취합 is refused before any cell is written: no value, no 수정이력", async () => {
    const masterBytes = new Uint8Array(await fs.readFile(DEPARTMENT_MASTER));
    const masterGrid = await readWorkbookBuffer(masterBytes);
    const { files } = await createDepartmentWorkbooks(xlsxWorkbookFiles, masterBytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(files[0].bytes) as unknown as ExcelJS.Buffer);
    const budget = readPlan(gridFromWorkbook(workbook)).projects.flatMap((p) => p.budgets).find((b) => b.value.kind === "number" && !b.value.fromText)!;
    const cell = workbook.getWorksheet(budget.ref.sheet)!.getCell(budget.ref.row + 1, budget.ref.col + 1);
    (cell.isMerged ? cell.master : cell).value = (budget.value as { value: number }).value + 5;
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());

    const { live, port } = excelWith(withOwnStore(masterGrid));
    await expect(consolidateIntoPort(xlsxWorkbookFiles, port, [{ name: files[0].name, bytes: edited }], { now: LATER })).rejects.toMatchObject({
      name: "SheetNotOwnedError",
      sheet: SHEETS.store,
    });
    expect(live.writes).toEqual([]);
    expect(live.sheets.map((x) => x.name)).not.toContain(SHEETS.revisionLog);
  });
});

// ---------------------------------------------------------------------------------------------

/** The department master read as Excel would hold it, and its first department's workbook as split, open in ExcelJS to edit. */
async function firstDepartmentWorkbook() {
  const masterBytes = new Uint8Array(await fs.readFile(DEPARTMENT_MASTER));
  const masterGrid = await readWorkbookBuffer(masterBytes);
  const master = readPlan(masterGrid);
  const { files } = await createDepartmentWorkbooks(xlsxWorkbookFiles, masterBytes);
  const file = files[0];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
  return { masterGrid, master, file, workbook };
}

describe("부서 취합 (consolidateIntoPort) inside Excel", () => {
  it("writes the department's one changed budget into exactly that cell of the open master and appends its 수정이력 row", async () => {
    const { masterGrid, master, file, workbook } = await firstDepartmentWorkbook();
    // The department edits one budget of one of its projects, in its own workbook (ExcelJS).
    const departmentPlan = readPlan(gridFromWorkbook(workbook));
    const project = departmentPlan.projects.find((p) => p.budgets.some((b) => b.value.kind === "number" && !b.value.fromText))!;
    const budget = project.budgets.find((b) => b.value.kind === "number" && !b.value.fromText)!;
    const old = (budget.value as { value: number }).value;
    const worksheet = workbook.getWorksheet(budget.ref.sheet)!;
    const cell = worksheet.getCell(budget.ref.row + 1, budget.ref.col + 1);
    (cell.isMerged ? cell.master : cell).value = old + 5;
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());

    const masterProject = master.projects.find((p) => p.id === project.id)!;
    const masterRef = masterProject.budgets.find((b) => b.year === budget.year)!.ref;
    expect(masterProject.budgets.find((b) => b.year === budget.year)!.value).toMatchObject({ kind: "number", value: old });

    const { live, port } = excelWith(masterGrid);
    const run = await consolidateIntoPort(xlsxWorkbookFiles, port, [{ name: file.name, bytes: edited }], { now: LATER, revisionYear: 2025 });
    expect(run.result.conflicts).toEqual([]);
    expect(run.result.added).toEqual([]);
    expect(run.result.applied).toHaveLength(1);
    expect(run.result.applied[0]).toMatchObject({ projectId: project.id, ref: masterRef, before: old, after: old + 5 });
    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "readStore", syncs: 1 }, // a baseline to move along? (none here) Is a sheet of its name the user's? The seal's too.
      { method: "writeValuesIfUnchanged", syncs: 2 }, // the cell looked at again (a formula or value typed meanwhile?), its format with it
      { method: "appendRows", syncs: 2 },
      { method: "writeStore", syncs: 2 }, // the revision log's seal follows the rows
    ]);

    // Exactly one cell of the master written: the value, as a number.
    const masterWrites = onSheet(live.writes, master.sheet);
    expect(masterWrites.map((w) => [refKey(w), w.kind])).toEqual([[refKey(masterRef), "value"]]);
    expect(live.cell(masterRef)?.value).toBe(old + 5);
    const expected = clone(masterGrid);
    expected.sheets.find((x) => x.name === master.sheet)!.values[masterRef.row][masterRef.col] = old + 5;
    const after = await createOfficePort(live.run).readGrid();
    expect(after.sheets.filter((x) => x.name !== SHEETS.revisionLog)).toEqual(expected.sheets);

    // 수정이력: header and the one row, the file named in 사유; chained from the start.
    const log = live.table(SHEETS.revisionLog);
    expect(log).toHaveLength(2);
    expect(log[0].slice(0, LOG_COLUMNS.length)).toEqual(logSheetHeader("ko").map((c) => c.value));
    expect(log[1].slice(1, 12)).toEqual([2025, "변경", expect.any(String), masterProject.number, masterProject.name, "예산(백만원)", budget.year, old, old + 5, `부서 취합: ${file.name}`, "부서 취합"]);
    expect(verifyLog(readRevisionLog(after)!.rows.map((r) => r.cells))).toEqual([]);
    expect(run.logRows).toHaveLength(1);
    expect(live.sheets.map((x) => x.name)).toEqual([...masterGrid.sheets.map((x) => x.name), SHEETS.revisionLog, SHEETS.store]);
  });
});

describe("부서 취합 inside Excel, a formula in the master's project-name or flag cell", () => {
  it("writes no value over either: the department's rename and flag are named as not applied (masterFormula), the formulas kept", async () => {
    const { masterGrid, master, file, workbook } = await firstDepartmentWorkbook();
    // The department renames its first project and turns its 중점 flag over (ExcelJS).
    const own = readPlan(gridFromWorkbook(workbook)).projects[0];
    const set = (ref: CellRef, value: string) => {
      const cell = workbook.getWorksheet(ref.sheet)!.getCell(ref.row + 1, ref.col + 1);
      (cell.isMerged ? cell.master : cell).value = value;
    };
    set(own.nameCell.ref, `${own.name} 확대`);
    set(own.flags.key!.ref, own.flags.key!.state === "yes" ? "×" : "○");
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());

    // The open master computes that project's name and flag by formulas.
    const project = master.projects.find((p) => p.name === own.name)!;
    const withFormulas = clone(masterGrid);
    const sheet = withFormulas.sheets.find((s) => s.name === master.sheet)!;
    const formulas = { [refKey(project.nameCell.ref)]: `="${project.name}"`, [refKey(project.flags.key!.ref)]: `=IF(TRUE,"${project.flags.key!.raw}","")` };
    sheet.formulas = sheet.values.map((line, r) => line.map((_, c) => formulas[refKey({ sheet: sheet.name, row: r, col: c })] ?? null));

    const { live, port } = excelWith(withFormulas);
    const run = await consolidateIntoPort(xlsxWorkbookFiles, port, [{ name: file.name, bytes: edited }], { now: LATER });
    expect(run.result.applied).toEqual([]);
    expect(run.result.conflicts.map((c) => [c.kind, c.field, c.detail, c.ref])).toEqual(
      expect.arrayContaining([
        ["unsupportedChange", "name", "masterFormula", project.nameCell.ref],
        ["unsupportedChange", "flag.key", "masterFormula", project.flags.key!.ref],
      ]),
    );
    expect(onSheet(live.writes, master.sheet)).toEqual([]);
    expect([live.cell(project.nameCell.ref)?.formula, live.cell(project.flags.key!.ref)?.formula]).toEqual(Object.values(formulas));
  });
});

describe("부서 취합 inside Excel, the master edited while the departments' files are read", () => {
  it("writes over neither a formula nor a value typed meanwhile: each named (masterFormula, masterChanged) with its cell, the cell kept; the untouched one applied", async () => {
    const { masterGrid, master, file, workbook } = await firstDepartmentWorkbook();
    // The department changes three budgets of one of its projects (ExcelJS).
    const departmentPlan = readPlan(gridFromWorkbook(workbook));
    const numeric = (b: { value: { kind: string; fromText?: boolean } }) => b.value.kind === "number" && !b.value.fromText;
    const project = departmentPlan.projects.find((p) => p.budgets.filter(numeric).length >= 3)!;
    const budgets = project.budgets.filter(numeric).slice(0, 3);
    for (const budget of budgets) {
      const cell = workbook.getWorksheet(budget.ref.sheet)!.getCell(budget.ref.row + 1, budget.ref.col + 1);
      (cell.isMerged ? cell.master : cell).value = (budget.value as { value: number }).value + 5;
    }
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    const masterProject = master.projects.find((p) => p.id === project.id)!;
    const [typedFormula, typedValue, untouched] = budgets.map((b) => masterProject.budgets.find((m) => m.year === b.year)!);
    const old = (typedValue.value as { value: number }).value;

    const { live, port } = excelWith(masterGrid);
    // After the master's read (3 requests), while the files are read, the user types into two of those cells.
    let seen = 0;
    live.refuseRequests((r) => {
      if (!r.cleanup && ++seen === 4) {
        live.type(typedValue.ref, old + 1);
        const key = `${typedFormula.ref.row},${typedFormula.ref.col}`;
        live.sheet(typedFormula.ref.sheet).cells.set(key, { ...live.cell(typedFormula.ref), value: 7, formula: "=3+4" });
      }
      return null;
    });
    const run = await consolidateIntoPort(xlsxWorkbookFiles, port, [{ name: file.name, bytes: edited }], { now: LATER, revisionYear: 2025 });
    live.refuseRequests(undefined);

    expect(run.result.applied.map((c) => refKey(c.ref))).toEqual([refKey(untouched.ref)]);
    expect(run.result.conflicts.map((c) => [c.kind, c.detail, c.ref && refKey(c.ref), c.before, c.split])).toEqual([
      ["unsupportedChange", "masterFormula", refKey(typedFormula.ref), (typedFormula.value as { value: number }).value, undefined],
      ["disagreement", "masterChanged", refKey(typedValue.ref), old + 1, old],
    ]);
    // Both cells as the user left them; the untouched one written, logged and undoable alone.
    expect(live.cell(typedFormula.ref)).toMatchObject({ value: 7, formula: "=3+4" });
    expect(live.cell(typedValue.ref)?.value).toBe(old + 1);
    expect(live.cell(untouched.ref)?.value).toBe((untouched.value as { value: number }).value + 5);
    expect(onSheet(live.writes, master.sheet).map(refKey)).toEqual([refKey(untouched.ref)]);
    expect(run.logRows).toHaveLength(1);
    expect(run.undo?.cells.map((c) => refKey(c.ref))).toEqual([refKey(untouched.ref)]);
    // The write looks at its cells again in its own first request: no request more than before (2 for numbers).
    expect(port.calls.map((c) => [c.method, c.syncs])).toEqual([
      ["readGrid", 3],
      ["readStore", 1],
      ["writeValuesIfUnchanged", 2],
      ["appendRows", 2],
      ["writeStore", 2],
    ]);
    // Said in Korean and English, naming the cell.
    const cell = (ref: CellRef) => `${ref.sheet}!${toA1(ref.row, ref.col)}`;
    const [formulaLine, changedLine] = run.result.conflicts.map((c) => [describeConflict(c, "ko"), describeConflict(c, "en")]);
    expect(formulaLine[0]).toContain(`총괄표의 ${cell(typedFormula.ref)} 셀은 수식이라`);
    expect(formulaLine[1]).toContain(`the master's cell ${cell(typedFormula.ref)} holds a formula`);
    expect(changedLine[0]).toContain(`총괄표 ${cell(typedValue.ref)} 셀이 취합하는 동안 ${old}에서 ${old + 1}(으)로 바뀌어`);
    expect(changedLine[1]).toContain(`the master's cell ${cell(typedValue.ref)} changed from ${old} to ${old + 1} while consolidating`);
  });
});
