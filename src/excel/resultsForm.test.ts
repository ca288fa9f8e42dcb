/**
 * The 시행결과 form written inside Excel (the pane's 시행결과 양식 만들기 through the Office.js port over a
 * LiveWorkbook): the 달성 여부 formulas, and the 미달성 사유 column's own conditional format — the reason a
 * missed row still needs — which the add-in's highlights leave alone; and the form never written over a
 * value the user typed into it after the run read it (replaceSheetIfUnchanged).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { clearHighlights } from "../app/inPlace";
import { SheetChangedError, SHEETS } from "../app/port";
import { FORM_COLS, FORM_HEADER_ROW, REASON_NEEDED_FILL, resultsForm } from "../app/resultsForm";
import { checkResultsInPlace, gatherResultsInPlace, makeResultsForm, writeResultsSummaryInPlace } from "../app/resultsInPlace";
import { readPlan, toA1, type CellRef, type CellValue } from "../engine";
import { readWorkbookBuffer } from "../xlsx/readGrid";
import { rowBlocks } from "./cells";
import { createOfficePort } from "./officePort";
import { createPaneActions, type ActionFailure } from "../taskpane/actions";
import { actionFailureText } from "../taskpane/failureText";
import { countingPort, LiveWorkbook } from "../../test/kits/excel/liveWorkbook";

const SAMPLE = path.join(__dirname, "..", "..", "assets/samples/mapo-5th-plan.xlsx");

it("writes the form with its 달성 여부 formulas and the 사유 column's mark, kept by 강조 지우기", async () => {
  const live = LiveWorkbook.fromGrid(await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE))));
  const port = createOfficePort(live.run);
  const form = await makeResultsForm(port, 2024, "ko");
  const sheet = live.sheet("시행결과_2024");
  const rules = sheet.conditionalFormats ?? [];
  expect(rules).toEqual([
    expect.objectContaining({ type: "Custom", formula: `=AND($M${FORM_HEADER_ROW + 2}="미달성",LEN(TRIM($I${FORM_HEADER_ROW + 2}))=0)`, fill: REASON_NEEDED_FILL }),
  ]);
  expect(rules[0].area).toMatchObject({ top: FORM_HEADER_ROW + 1, left: FORM_COLS.reason, right: FORM_COLS.reason });
  const grid = await port.readGrid();
  const formulas = grid.sheets.find((s) => s.name === "시행결과_2024")!.formulas ?? [];
  const metFormulas = formulas.map((row) => row?.[FORM_COLS.met]).filter((f): f is string => typeof f === "string");
  expect(metFormulas.length).toBe(form.indicators - 3); // the sample's three indicators without a 2024 target have none
  // A milestone 실적 offers its stages from a list (a warning, so other words are still taken).
  const milestone = form.rules.find((rule) => rule.kind === "stage")!;
  const cell = live.cell(milestone.ref);
  expect(cell?.dataValidation).toMatchObject({ rule: { list: { inCellDropDown: true, source: (milestone.list ?? []).join(",") } }, errorAlert: { style: "Warning" } });
  await clearHighlights(port);
  expect(live.sheet("시행결과_2024").conditionalFormats).toHaveLength(1);
});

it("a 실적 whose formula computed empty text (=IF(…,\"\",…)) is an empty 실적, not a formula saved without its value; one with no value is", async () => {
  const live = LiveWorkbook.fromGrid(await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE))));
  const port = createOfficePort(live.run);
  const form = await makeResultsForm(port, 2024, "ko");
  const [computed, uncomputed] = Object.entries(form.rowOf).filter(([key]) => !key.startsWith("spent:")).map(([, row]) => row);
  const sheet = live.sheet("시행결과_2024");
  // Excel computed the first to "" (valueTypes String); the second was saved without its value (Empty).
  sheet.cells.set(`${computed},${FORM_COLS.actual}`, { formula: '=IF(TRUE,"","x")', value: "" });
  sheet.cells.set(`${uncomputed},${FORM_COLS.actual}`, { formula: "=F3*2" });
  const check = await checkResultsInPlace(port, 2024);
  const named = check.findings.filter((f) => f.ruleId === "results/uncomputed-formula").map((f) => [f.ref.row, f.data.formula]);
  expect(named).toEqual([[uncomputed, "=F3*2"]]);
});

describe("a value typed into the 시행결과 form while the add-in works is never written over", () => {
  const FILLED = path.join(__dirname, "..", "..", "test", "fixtures", "results", "mapo-2024-results.xlsx");
  const YEAR = 2024;
  const FORM = `시행결과_${YEAR}`;

  /** The sample open in Excel with its 2024 form made, the port counting each call's requests. */
  async function withForm() {
    const live = LiveWorkbook.fromGrid(await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE))));
    const port = countingPort(createOfficePort(live.run), live);
    const form = await makeResultsForm(port, YEAR, "ko");
    port.calls.length = 0;
    const row = Object.entries(form.rowOf).find(([key]) => !key.startsWith("spent:"))![1];
    return { live, port, form, typed: { sheet: FORM, row, col: FORM_COLS.actual } };
  }

  /** The user types `value` into `ref` as the run's request number `at` (counted from now) reaches Excel. */
  function typeDuring(live: LiveWorkbook, at: number, ref: CellRef, value: CellValue): void {
    let seen = 0;
    live.refuseRequests((request) => {
      if (!request.cleanup && ++seen === at) live.type(ref, value);
      return null;
    });
  }

  /** What the workbook holds, every sheet, as the next read would find it. */
  const contents = (live: LiveWorkbook) => createOfficePort(live.run).readGrid();

  it("양식 만들기: the form looked at again in its write's own requests — the same requests as before; a 실적 typed since the read stops it whole, the value kept", async () => {
    const { live, port, typed } = await withForm();
    // Unchanged: replaced as replaceSheet replaces it, in as many requests (3: is it there · is it ours, and its cells · written).
    await makeResultsForm(port, YEAR, "ko");
    await port.replaceSheet(resultsForm(readPlan(await port.readGrid()), YEAR, "ko").sheet);
    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "replaceSheetIfUnchanged", syncs: 3 },
      { method: "setDataValidation", syncs: 1 },
      { method: "readGrid", syncs: 3 },
      { method: "replaceSheet", syncs: 3 },
    ]);
    port.calls.length = 0;

    const before = await contents(live);
    const writes = live.writes.length;
    // Typed after the read (3 requests), as the write's first request reaches Excel.
    typeDuring(live, 4, typed, 123);
    const error = await makeResultsForm(port, YEAR, "ko").catch((e: unknown) => e);
    live.refuseRequests(undefined);
    expect(error).toBeInstanceOf(SheetChangedError);
    expect(error).toMatchObject({ ref: typed });
    expect((error as Error).message).toContain(`${toA1(typed.row, typed.col)}`);
    // Nothing written, no input rules either: the form is as the user left it, the typed value in it.
    expect(live.writes.length).toBe(writes);
    expect(live.cell(typed)?.value).toBe(123);
    const after = await contents(live);
    before.sheets.find((s) => s.name === FORM)!.values[typed.row][typed.col] = 123;
    expect(after).toEqual(before);
    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "replaceSheetIfUnchanged", syncs: 2 },
    ]);

    // Made again, the typed value is read and kept.
    await makeResultsForm(port, YEAR, "ko");
    expect(live.cell(typed)?.value).toBe(123);
  });

  it("부서 파일 취합: a value typed into the form while the store is read stops the gathering before anything is written — no form, no 수정이력, no seal", async () => {
    const { live, port, typed } = await withForm();
    const files = [{ file: "filled.xlsx", grid: await readWorkbookBuffer(new Uint8Array(await fs.readFile(FILLED))) }];
    const before = await contents(live);
    const sheets = live.sheets.map((s) => s.name);
    const writes = live.writes.length;
    // Typed as readStore's request (the 4th, after the read's 3) reaches Excel.
    typeDuring(live, 4, typed, "직접 입력");
    const error = await gatherResultsInPlace(port, YEAR, files, "ko").catch((e: unknown) => e);
    live.refuseRequests(undefined);
    expect(error).toBeInstanceOf(SheetChangedError);
    expect(error).toMatchObject({ ref: typed });
    expect(live.writes.length).toBe(writes);
    expect(live.sheets.map((s) => s.name)).toEqual(sheets); // neither 수정이력 nor the store made
    expect(live.cell(typed)?.value).toBe("직접 입력");
    before.sheets.find((s) => s.name === FORM)!.values[typed.row][typed.col] = "직접 입력";
    expect(await contents(live)).toEqual(before);
    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "readStore", syncs: 1 },
      { method: "replaceSheetIfUnchanged", syncs: 2 },
    ]);

    // Left alone, the same gathering goes through in the requests it took with replaceSheet (3 for the form).
    port.calls.length = 0;
    live.type(typed, null);
    const gathered = await gatherResultsInPlace(port, YEAR, files, "ko");
    expect(gathered.logRows.length).toBeGreaterThan(0);
    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "readStore", syncs: 1 },
      { method: "replaceSheetIfUnchanged", syncs: 3 },
      { method: "setDataValidation", syncs: 1 },
      { method: "appendRows", syncs: 2 },
      { method: "writeStore", syncs: 2 },
    ]);
  });

  it("요약_시행결과 만들기: a value typed into the form since the read writes neither the form nor the summary", async () => {
    const { live, port, typed } = await withForm();
    const writes = live.writes.length;
    typeDuring(live, 4, typed, 77);
    const error = await writeResultsSummaryInPlace(port, YEAR, "ko").catch((e: unknown) => e);
    live.refuseRequests(undefined);
    expect(error).toMatchObject({ name: "SheetChangedError", ref: typed });
    expect(live.writes.length).toBe(writes);
    expect(live.has(SHEETS.resultsSummary)).toBe(false);
    expect(live.cell(typed)?.value).toBe(77);
  });

  it("the pane's action comes back with the failure as data (the sheet and the cell), said in one sentence in Korean and English", async () => {
    const { live, port, typed } = await withForm();
    const actions = createPaneActions(port);
    typeDuring(live, 4, typed, 5);
    const outcome = await actions.makeResultsForm(YEAR, "ko");
    live.refuseRequests(undefined);
    expect(outcome).toEqual({ ok: false, failure: { kind: "sheetChanged", ref: typed } });
    const cell = toA1(typed.row, typed.col);
    const failure = (outcome as { failure: ActionFailure }).failure;
    expect(actionFailureText(failure, "ko")).toBe(`'${FORM}' 시트의 ${cell}이(가) 읽은 뒤 바뀌어 아무것도 쓰지 않았습니다. 다시 실행해 주세요.`);
    expect(actionFailureText(failure, "en")).toBe(`Cell ${cell} of the '${FORM}' sheet changed after it was read, so nothing was written. Please run it again.`);
    expect(live.cell(typed)?.value).toBe(5);
  });

  it("a form of more cells than one read takes is looked at again in row blocks, one request each; a value typed in its last rows still stops it", async () => {
    const live = LiveWorkbook.fromGrid(await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE))));
    const cellsPerSync = 300;
    const port = countingPort(createOfficePort(live.run, { readCellsPerSync: cellsPerSync }), live);
    const form = await makeResultsForm(port, YEAR, "ko");
    const read = (await port.readGrid()).sheets.find((s) => s.name === FORM)!;
    const width = read.values.reduce((max, row) => Math.max(max, row.length), 0);
    const blocks = rowBlocks(read.values.length, width, cellsPerSync).length;
    expect(blocks).toBeGreaterThan(1);
    port.calls.length = 0;
    await makeResultsForm(port, YEAR, "ko");
    expect(port.calls.find((c) => c.method === "replaceSheetIfUnchanged")).toEqual({ method: "replaceSheetIfUnchanged", syncs: 3 + blocks });

    const last = Math.max(...Object.values(form.rowOf));
    const typed = { sheet: FORM, row: last, col: FORM_COLS.reason };
    const readSyncs = port.calls.find((c) => c.method === "readGrid")!.syncs;
    const writes = live.writes.length;
    typeDuring(live, readSyncs + 1, typed, "늦게 쓴 사유");
    await expect(makeResultsForm(port, YEAR, "ko")).rejects.toMatchObject({ name: "SheetChangedError", ref: typed });
    live.refuseRequests(undefined);
    expect(live.writes.length).toBe(writes);
    expect(live.cell(typed)?.value).toBe("늦게 쓴 사유");
  });

  it("a form made, or deleted, by someone else since the read is no form as read: nothing written", async () => {
    const live = LiveWorkbook.fromGrid(await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE))));
    const port = createOfficePort(live.run);
    const other = createOfficePort(live.run);
    // Another pane makes the form between this run's read and its write.
    let seen = 0;
    let making: Promise<unknown> | null = null;
    const read = port.readGrid.bind(port);
    port.readGrid = async (options) => {
      const grid = await read(options);
      if (++seen === 1) making = makeResultsForm(other, YEAR, "ko");
      await making;
      return grid;
    };
    await expect(makeResultsForm(port, YEAR, "ko")).rejects.toMatchObject({ name: "SheetChangedError", ref: { sheet: FORM, row: 0, col: 0 } });
    expect(live.has(FORM)).toBe(true);

    // Deleted since the read: not made again from the values read.
    seen = 1;
    const deleting = port.readGrid;
    port.readGrid = async (options) => {
      const grid = await deleting(options);
      live.sheets = live.sheets.filter((s) => s.name !== FORM);
      return grid;
    };
    await expect(makeResultsForm(port, YEAR, "ko")).rejects.toMatchObject({ name: "SheetChangedError", ref: { sheet: FORM, row: 0, col: 0 } });
    expect(live.has(FORM)).toBe(false);
  });
});
