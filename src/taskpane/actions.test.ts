/**
 * PaneActions over a WorkbookPort: the pane's use cases on the bundled sample, through the in-memory
 * port (the same calls run over the Office.js port in Excel and the ExcelJS port in the preview).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { NoDepartmentsError } from "../app/departments";
import { SheetNotOwnedError, SHEETS } from "../app/port";
import { MemoryPort } from "../../test/kits/app/memoryPort";
import { SAMPLE, sampleOnMemory, value } from "../../test/kits/taskpane/sampleActions";
import { PlanReadError } from "../engine/read/errors";
import { readPlan } from "../engine";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { gridFromWorkbook } from "../xlsx/readGrid";
import { createPaneActions, findingAddress, toActionFailure, WorkbookBytesUnavailableError } from "./actions";
import { actionFailureText } from "./failureText";
import { langFromDisplayLanguage } from "../i18n";

/** The sample with a 담당부서 column (the sample itself names no department). */
const DEPARTMENTS = path.join(__dirname, "..", "..", "test", "fixtures", "layouts", "department-column.xlsx");
const NOW = new Date(2024, 9, 15, 14, 3, 5);
const sample = sampleOnMemory();
const port = sample.port;

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
    // highlighted where the findings are (errors and warnings); nothing needs keeping for 강조 지우기
    expect(memory.fills.size).toBeGreaterThan(0);
    expect(memory.store).toEqual({});
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
    expect(await actions.readAppliedFixes()).toEqual([]);

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

describe("summaries and the revision log through the pane's actions", () => {
  it("요약 만들기 writes 요약_전략별 and 요약_지표 and counts their rows", async () => {
    const memory = port();
    const summary = value(await createPaneActions(memory, { now: () => NOW }).writeSummaries("ko"));
    expect(summary.sheets).toEqual([SHEETS.summaryByStrategy, SHEETS.summaryByIndicator]);
    expect(summary.strategies).toBeGreaterThan(0);
    expect(summary.tasks).toBeGreaterThan(0);
    expect(summary.indicators).toBeGreaterThan(10);
    expect([...memory.generated.keys()]).toEqual(expect.arrayContaining([SHEETS.summaryByStrategy, SHEETS.summaryByIndicator]));
    // The table (title, header, a row per indicator), then the indicator types per strategy below it.
    const rows = memory.generated.get(SHEETS.summaryByIndicator)!.rows;
    expect(rows[summary.indicators + 2]).toEqual([]);
    expect(rows[summary.indicators + 3][0].value).toBe("전략별 지표 유형 (지표명의 낱말로 분류)");
    expect(memory.planSheets[0].values[10][11]).toBe("2,478"); // the plan is never written
  });

  it("기준선 저장 → a cell edited → the change is previewed → 수정이력 기록 appends it and moves the baseline", async () => {
    const memory = port();
    const actions = createPaneActions(memory, { now: () => NOW });
    expect(value(await actions.previewRevision())).toEqual({ baseline: null, entries: [], removals: 0, planYears: [2023, 2024, 2025, 2026], periods: null });
    expect(value(await actions.recordRevision({ reason: "x", removalType: "제외", author: "", revisionYear: 2025, lang: "ko" }))).toEqual({
      status: "noBaseline",
    });

    const baseline = value(await actions.saveBaseline());
    expect(baseline.savedAt).toMatch(/^2024-10-15T14:03:05[+-]\d{2}:\d{2}$/);
    expect(baseline.projects).toBeGreaterThan(10);
    expect(value(await actions.previewRevision()).entries).toEqual([]);

    memory.setPlanCell("총괄표", 10, 11, 3000); // L11: "2,478" → 3000
    const preview = value(await actions.previewRevision());
    expect(preview.baseline).toEqual(baseline);
    expect(preview.removals).toBe(0);
    expect(preview.entries).toEqual([expect.objectContaining({ type: "changed", field: "budget", year: 2022, before: 2478, after: 3000 })]);

    const recorded = value(
      await actions.recordRevision({ reason: "  예산 조정  ", removalType: "폐지", author: "복지정책과 김OO", revisionYear: 2025, lang: "ko" }),
    );
    expect(recorded).toEqual({ status: "recorded", rows: 1, sheet: SHEETS.revisionLog, baseline: expect.objectContaining({ projects: baseline.projects }) });
    const log = memory.generated.get(SHEETS.revisionLog)!.rows;
    expect(log).toHaveLength(2); // header + one row
    const row = log[1].map((cell) => cell.value);
    expect(row).toEqual(expect.arrayContaining([2025, "변경", "예산 조정", "복지정책과 김OO", 2478, 3000]));
    // the baseline moved forward: nothing left to record
    expect(value(await actions.previewRevision()).entries).toEqual([]);
    expect(value(await actions.recordRevision({ reason: "x", removalType: "제외", author: "", revisionYear: 2025, lang: "ko" })).status).toBe("noChanges");
  });

  it("a removed project is counted for the 제외/폐지 choice, and the choice is what the log says", async () => {
    const memory = port();
    const actions = createPaneActions(memory, { now: () => NOW });
    value(await actions.saveBaseline());
    const plan = readPlan(sample.grid());
    const gone = plan.projects[plan.projects.length - 1];
    for (let row = gone.firstRow; row <= gone.lastRow; row++) {
      memory.planSheets[0].values[row] = memory.planSheets[0].values[row].map(() => null);
    }
    const preview = value(await actions.previewRevision());
    expect(preview.removals).toBe(1);
    expect(preview.entries).toContainEqual(expect.objectContaining({ type: "removed", name: gone.name }));
    value(await actions.recordRevision({ reason: "사업 종료", removalType: "폐지", author: "", revisionYear: 2025, lang: "ko" }));
    const kinds = memory.generated.get(SHEETS.revisionLog)!.rows.slice(1).map((r) => r[2].value);
    expect(kinds).toContain("폐지");
    expect(kinds).not.toContain("제외");
  });

  it("says which sheet is in the way when the user's own sheet has a generated sheet's name", async () => {
    const excel = await ExcelJsWorkbookPort.fromBuffer(await fs.readFile(SAMPLE));
    excel.workbook.addWorksheet(SHEETS.summaryByStrategy).getCell("A1").value = "내 메모";
    const outcome = await createPaneActions(excel).writeSummaries("ko");
    expect(outcome).toEqual({ ok: false, failure: { kind: "sheetNotOwned", sheet: SHEETS.summaryByStrategy } });
    if (outcome.ok) return;
    expect(actionFailureText(outcome.failure, "ko")).toContain(`'${SHEETS.summaryByStrategy}' 시트가 이미 있지만`);
    expect(actionFailureText(outcome.failure, "en")).toContain(`a sheet named '${SHEETS.summaryByStrategy}'`);
    expect(excel.workbook.getWorksheet(SHEETS.summaryByStrategy)!.getCell("A1").value).toBe("내 메모");
  });

  it("turns a workbook without a plan into a read failure, never a throw", async () => {
    const empty = new MemoryPort({ sheets: [{ name: "Sheet1", values: [["hello"]], merges: [] }] });
    const actions = createPaneActions(empty);
    for (const outcome of [await actions.writeSummaries("ko"), await actions.saveBaseline(), await actions.applyInputRules("ko")]) {
      expect(outcome).toEqual({ ok: false, failure: { kind: "read", failure: expect.objectContaining({ reason: "noPlanTable" }) } });
    }
    const failure = (await actions.saveBaseline()) as { ok: false; failure: Parameters<typeof actionFailureText>[0] };
    expect(actionFailureText(failure.failure, "ko", "계획.xlsx")).toMatch(/^계획\.xlsx: 계획 표를 찾지 못했습니다/);
  });
});

describe("toActionFailure", () => {
  it.each([
    ["SheetNotOwnedError", new SheetNotOwnedError("수정이력"), { kind: "sheetNotOwned", sheet: "수정이력" }],
    ["PlanReadError", new PlanReadError("passwordProtected"), { kind: "read", failure: { reason: "passwordProtected", data: {} } }],
    ["WorkbookBytesUnavailableError", new WorkbookBytesUnavailableError(), { kind: "noWorkbookBytes" }],
    ["NoDepartmentsError", new NoDepartmentsError(), { kind: "noDepartments" }],
    ["any other error", new Error("RichApi.Error: 연결 끊김\n    at x"), { kind: "unexpected", detail: "RichApi.Error: 연결 끊김" }],
  ])("%s", (_, error, failure) => {
    expect(toActionFailure(error)).toEqual(failure);
    expect(actionFailureText(toActionFailure(error), "ko")).not.toMatch(/\n|\{\w+\}/);
  });
});

describe("departments through the pane's actions", () => {
  let masterBytes: Uint8Array;
  beforeAll(async () => {
    masterBytes = new Uint8Array(await fs.readFile(DEPARTMENTS));
  });

  it("applies the input rules in place (values untouched)", async () => {
    const memory = port();
    const rules = value(await createPaneActions(memory).applyInputRules("ko"));
    expect(rules.flags).toBeGreaterThan(0);
    expect(rules.budgets).toBeGreaterThan(0);
    expect(memory.cellRules.size).toBe(rules.flags + rules.budgets);
    expect([...memory.cellRules.values()][0].texts.promptTitle).toMatch(/[가-힣]/);
  });

  it("creates one workbook per department from the open workbook's bytes (the preview's source: the port's toBuffer)", async () => {
    const excel = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    const files = value(await createPaneActions(excel, { readWorkbookBytes: () => excel.toBuffer() }).createDepartmentWorkbooks("ko"));
    const departments = [...new Set(readPlan(await excel.readGrid()).projects.map((p) => p.department?.raw.trim()).filter((d) => !!d))];
    expect(files.files.map((f) => f.department).sort()).toEqual([...departments].sort());
    for (const file of files.files) {
      expect(file.name).toBe(`${file.department}.xlsx`);
      expect(file.projects).toBeGreaterThan(0);
      expect([...file.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip: an .xlsx
    }
  });

  it("says so when the open workbook's bytes cannot be had, or the plan names no department", async () => {
    expect(await createPaneActions(port()).createDepartmentWorkbooks("ko")).toEqual({ ok: false, failure: { kind: "noWorkbookBytes" } });
    const sampleBytes = new Uint8Array(await fs.readFile(SAMPLE));
    expect(await createPaneActions(port(), { readWorkbookBytes: async () => sampleBytes }).createDepartmentWorkbooks("ko")).toEqual({
      ok: false,
      failure: { kind: "noDepartments" },
    });
    const throwing = createPaneActions(port(), {
      readWorkbookBytes: async () => {
        throw new WorkbookBytesUnavailableError();
      },
    });
    expect(await throwing.createDepartmentWorkbooks("ko")).toEqual({ ok: false, failure: { kind: "noWorkbookBytes" } });
  });

  it("consolidates one edited department workbook: the change is applied, logged and reported in both languages", async () => {
    const master = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    const actions = createPaneActions(master, { now: () => NOW, readWorkbookBytes: () => master.toBuffer() });
    const split = value(await actions.createDepartmentWorkbooks("ko"));
    const file = split.files[0];

    // The department edits one budget of its first project.
    const department = await ExcelJsWorkbookPort.fromBuffer(file.bytes);
    const plan = readPlan(gridFromWorkbook(department.workbook));
    const edit = plan.projects.flatMap((p) => p.budgets.map((budget) => ({ project: p, budget }))).find(({ budget }) => typeof budget.raw === "number")!;
    const budget = edit.budget;
    const edited = (budget.raw as number) + 111;
    const cell = department.workbook.getWorksheet(budget.ref.sheet)!.getCell(budget.ref.row + 1, budget.ref.col + 1);
    cell.value = edited;
    const bytes = await department.toBuffer();

    const progress: string[] = [];
    const run = value(await actions.consolidate([{ name: file.name, bytes }], "ko", (p) => progress.push(`${p.index}/${p.total} ${p.file}`)));
    expect(progress).toEqual([`1/1 ${file.name}`]);
    expect(run.applied).toHaveLength(1);
    expect(run.applied[0].ko).toContain(String(edited));
    expect(run.applied[0].en).toContain(String(edited));
    expect(run.conflicts).toEqual([]);
    expect(run.logRows).toBe(1);
    expect(run.files).toEqual([{ file: file.name, readable: true, text: { ko: expect.stringContaining(file.name), en: expect.stringContaining(file.name) } }]);

    const masterPlan = readPlan(await master.readGrid());
    const project = masterPlan.projects.find((p) => p.name === edit.project.name)!;
    expect(project.budgets.find((b) => b.year === budget.year)!.raw).toBe(edited);
    expect(master.workbook.getWorksheet(SHEETS.revisionLog)).toBeDefined();
  });

  it("a file naming no department is refused, with the master's departments to choose from; with the user's choice its edit is applied", async () => {
    const master = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    const actions = createPaneActions(master, { now: () => NOW, readWorkbookBytes: () => master.toBuffer() });
    const file = value(await actions.createDepartmentWorkbooks("ko")).files[0];
    // The department emptied its 담당부서 cells and deleted the 안내 sheet: nothing in the file names it.
    const bare = await ExcelJsWorkbookPort.fromBuffer(file.bytes);
    const plan = readPlan(gridFromWorkbook(bare.workbook));
    const column = plan.columns.find((c) => c.role === "department")!;
    const sheet = bare.workbook.getWorksheet(plan.sheet)!;
    for (const p of plan.projects) for (let r = p.firstRow; r <= p.lastRow; r++) sheet.getCell(r + 1, column.col + 1).value = null;
    const budget = plan.projects.flatMap((p) => p.budgets).find((b) => typeof b.raw === "number")!;
    sheet.getCell(budget.ref.row + 1, budget.ref.col + 1).value = (budget.raw as number) + 7;
    bare.workbook.removeWorksheet(bare.workbook.getWorksheet("안내")!.id);
    const bytes = await bare.toBuffer();

    const refused = value(await actions.consolidate([{ name: "이름없음.xlsx", bytes }], "ko"));
    expect(refused.applied).toEqual([]);
    expect(refused.conflicts).toEqual([expect.objectContaining({ kind: "noDepartment", files: ["이름없음.xlsx"] })]);
    expect(refused.departments).toContain(file.department);

    const taken = value(await actions.consolidate([{ name: "이름없음.xlsx", bytes, department: file.department }], "ko"));
    expect(taken.conflicts).toEqual([]);
    expect(taken.applied).toHaveLength(1);
    expect(taken.applied[0].ko).toContain(String((budget.raw as number) + 7));
  });

  it("reports a file that is not a workbook as a conflict, and applies nothing from it", async () => {
    const master = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    const run = value(await createPaneActions(master).consolidate([{ name: "메모.xlsx", bytes: new TextEncoder().encode("hello") }], "ko"));
    expect(run.applied).toEqual([]);
    expect(run.files).toEqual([expect.objectContaining({ file: "메모.xlsx", readable: false })]);
    expect(run.conflicts).toContainEqual(expect.objectContaining({ kind: "unreadable", text: { ko: expect.stringContaining("메모.xlsx"), en: expect.stringContaining("메모.xlsx") } }));
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
