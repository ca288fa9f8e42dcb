/**
 * Departments and the coordinator, end to end on the sample with departments assigned
 * (test/fixtures/layouts/department-column.xlsx):
 *   split → the scenario's edited department workbooks (test/fixtures/departments/scenario.json, built in
 *   memory by scripts/build-department-fixtures.js) → consolidate → exactly the expected applied changes,
 *   new projects and conflicts, and nothing else changed in the master, cell by cell.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Workbook } from "exceljs";
import { applyInputRules, createDepartmentWorkbooks, NoDepartmentsError } from "../src/app/departments";
import { consolidateIntoPort, consolidateWorkbooks, consolidationJson, describeConsolidation, undoConsolidation, type ConsolidationRun } from "../src/app/consolidate";
import { validateGrid } from "../src/app/validateWorkbook";
import { MemoryPort } from "./kits/app/memoryPort";
import { validateInPlace } from "../src/app/inPlace";
import { previewRevision, saveBaseline } from "../src/app/revisionLog";
import { ExcelJsWorkbookPort } from "../src/xlsx/exceljsPort";
import { readPlan, type CellValue, type Grid, type Plan } from "../src/engine";
import { toA1 } from "../src/engine/a1";
import { readRevisionLog } from "../src/engine/read/revisionLog";
import { verifyLog } from "../src/engine/revisions/log";
import { readPageBreaks } from "../src/xlsx/pageBreaks";
import { gridFromWorkbook, readWorkbookBuffer } from "../src/xlsx/readGrid";
import { xlsxWorkbookFiles } from "../src/xlsx/workbookFiles";
import { main } from "../src/cli/main";
import * as os from "os";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildScenario } = require("../scripts/build-department-fixtures.js") as {
  buildScenario(
    masterBytes: Uint8Array,
    deps: { split(bytes: Uint8Array): Promise<{ department: string; bytes: Uint8Array }[]>; readPlan(workbook: Workbook): Plan },
  ): Promise<{ name: string; note: string; bytes: Uint8Array }[]>;
};

const MASTER = path.join(__dirname, "fixtures/layouts/department-column.xlsx");
const NOW = new Date(2024, 9, 1, 9, 30, 0);

let masterBytes: Uint8Array;
let masterGrid: Grid;
let master: Plan;
let files: { name: string; bytes: Uint8Array }[];
let run: ConsolidationRun & { bytes: Uint8Array };
let progress: string[];

beforeAll(async () => {
  masterBytes = new Uint8Array(await fs.readFile(MASTER));
  masterGrid = await readWorkbookBuffer(masterBytes);
  master = readPlan(masterGrid);
  files = await buildScenario(masterBytes, {
    split: async (bytes) => (await createDepartmentWorkbooks(xlsxWorkbookFiles, bytes)).files,
    readPlan: (workbook) => readPlan(gridFromWorkbook(workbook)),
  });
  progress = [];
  run = await consolidateWorkbooks(xlsxWorkbookFiles, masterBytes, files, {
    now: NOW,
    onProgress: ({ index, total, file }) => progress.push(`${index}/${total} ${file}`),
  });
}, 60_000);

const ref = (id: string, pick: (p: Plan["projects"][number]) => { row: number; col: number }) => {
  const p = master.projects.find((x) => x.id === id)!;
  const r = pick(p);
  return toA1(r.row, r.col);
};

describe("split", () => {
  it("gives every department a workbook with exactly its projects", async () => {
    const { files: split, unassigned } = await createDepartmentWorkbooks(xlsxWorkbookFiles, masterBytes);
    expect(unassigned).toEqual([]);
    const departments = [...new Set(master.projects.map((p) => p.department!.raw))];
    expect(split.map((f) => f.department)).toEqual(departments);
    for (const file of split) {
      const plan = readPlan(await readWorkbookBuffer(file.bytes));
      expect(plan.projects.map((p) => p.name)).toEqual(master.projects.filter((p) => p.department!.raw === file.department).map((p) => p.name));
    }
  });
});

describe("a plan without 담당부서", () => {
  it("cannot be split or consolidated, and says so", async () => {
    const bytes = new Uint8Array(await fs.readFile(path.join(__dirname, "fixtures/layouts/one-header-row.xlsx")));
    await expect(createDepartmentWorkbooks(xlsxWorkbookFiles, bytes)).rejects.toBeInstanceOf(NoDepartmentsError);
    await expect(consolidateWorkbooks(xlsxWorkbookFiles, bytes, files)).rejects.toBeInstanceOf(NoDepartmentsError);
  });
});

describe("consolidate the scenario", () => {
  it("applies exactly the departments' own changes, lists the new project and reports every conflict", () => {
    expect(consolidationJson(run.result)).toEqual({
      applied: [
        { file: "어르신복지과.xlsx", projectId: "I-1-3", name: "노인을 위한 기본생 활 보장", field: "budget", year: 2026, before: 2655, after: 2700 },
        { file: "복지정책과.xlsx", projectId: "I-2-2", name: "1인 가구 돌봄 (더이음)", field: "target", year: 2024, before: "102%", after: "105%" },
        { file: "복지정책과.xlsx", projectId: "I-2-3", name: "마포형 케어안심주택 '서브하우스' 운영", field: "budget", year: 2025, before: 6.8, after: 8 },
        { file: "일자리경제과.xlsx", projectId: "I-4-2", name: "청년고용 활성화", field: "target", year: 2025, before: "15명", after: "20명" },
        { file: "복지정책과.xlsx", projectId: "II-1-2-1", name: "급여 시스템 모니터 링", field: "flag.partnership", year: null, before: "×", after: "○" },
        { file: "일자리경제과.xlsx", projectId: "II-2-1-2", name: "일자리 네트워크 구 축", field: "budget", year: 2026, before: 920, after: 950 },
      ],
      added: [
        {
          file: "복지정책과.xlsx",
          projectId: "II-1-2-3",
          name: "부정수급 예방 교육",
          department: "복지정책과",
          strategyId: "II-1",
          taskId: "II-1-2",
          afterProjectId: "II-1-2-2",
        },
      ],
      conflicts: [
        { kind: "unreadable", projectId: null, name: null, files: ["손상된 파일.xlsx"], field: null, year: null, values: ["notWorkbook"], detail: "notWorkbook" },
        {
          kind: "disagreement",
          projectId: "I-2-7",
          name: "로봇활용 독거어르신 돌봄",
          files: ["어르신복지과.xlsx", "어르신복지과-2차.xlsx"],
          field: "target",
          year: 2025,
          values: ["66%", "67%"],
        },
        { kind: "missingProject", projectId: "I-3-3", name: "독서문화 프로그램 확대", files: ["교육지원과.xlsx"], field: "project", year: null, values: [null] },
        { kind: "otherDepartment", projectId: "II-4-1-2", name: "75세이상 어르신 효도밥상 운영", files: ["장애인복지과.xlsx"], field: "budget", year: 2024, values: [1500] },
      ],
      unattributed: [],
    });
    expect(run.result.applied[0].files).toEqual(["어르신복지과.xlsx", "어르신복지과-2차.xlsx"]);
    expect(run.result.departmentsWithoutWorkbook).toEqual(["주민생활복지과", "보건소 건강관리과", "여성가족과", "안전재난과", "아동청소년과", "문화체육과"]);
  });

  it("reads and validates every file, reporting progress per file", () => {
    expect(progress).toEqual(files.map((f, i) => `${i + 1}/${files.length} ${f.name}`));
    expect(run.checks.map((c) => [c.file, c.department, c.failure?.reason ?? null])).toEqual([
      ["복지정책과.xlsx", "복지정책과", null],
      ["장애인복지과.xlsx", "장애인복지과", null],
      ["어르신복지과.xlsx", "어르신복지과", null],
      ["어르신복지과-2차.xlsx", "어르신복지과", null],
      ["일자리경제과.xlsx", "일자리경제과", null],
      ["교육지원과.xlsx", "교육지원과", null],
      ["주택과.xlsx", "주택과", null],
      ["손상된 파일.xlsx", null, "notWorkbook"],
    ]);
    for (const check of run.checks.slice(0, 7)) expect(check.severities).toEqual(expect.objectContaining({ error: expect.any(Number) }));
  });

  it("changes exactly the applied cells of the master, and nothing else in any sheet", async () => {
    const after = await readWorkbookBuffer(run.bytes);
    const expected: Record<string, CellValue> = {
      [ref("I-1-3", (p) => p.budgets.find((b) => b.year === 2026)!.ref)]: 2700,
      [ref("I-2-2", (p) => p.indicators[0].targets.find((t) => t.year === 2024)!.ref)]: "105%",
      [ref("I-2-3", (p) => p.budgets.find((b) => b.year === 2025)!.ref)]: 8,
      [ref("I-4-2", (p) => p.indicators[2].targets.find((t) => t.year === 2025)!.ref)]: "250명\n11,100명\n20명",
      [ref("II-1-2-1", (p) => p.flags.partnership!.ref)]: "○",
      [ref("II-2-1-2", (p) => p.budgets.find((b) => b.year === 2026)!.ref)]: 950,
    };
    // 수정이력 and the store (the log's seal: head and row count).
    expect(after.sheets.map((s) => s.name)).toEqual([...masterGrid.sheets.map((s) => s.name), "수정이력", "PlanCheckStore"]);
    const changed: Record<string, CellValue> = {};
    for (const before of masterGrid.sheets) {
      const now = after.sheets.find((s) => s.name === before.name)!;
      expect(now.merges).toEqual(before.merges);
      expect(now.formulas ?? []).toEqual(before.formulas ?? []);
      const rows = Math.max(before.values.length, now.values.length);
      for (let r = 0; r < rows; r++) {
        const cols = Math.max(before.values[r]?.length ?? 0, now.values[r]?.length ?? 0);
        for (let c = 0; c < cols; c++) {
          const a = before.values[r]?.[c] ?? null;
          const b = now.values[r]?.[c] ?? null;
          if (JSON.stringify(a) !== JSON.stringify(b)) {
            expect(before.name).toBe(master.sheet);
            changed[toA1(r, c)] = b;
          }
        }
      }
    }
    expect(changed).toEqual(expected);
    expect(await readPageBreaks(run.bytes)).toEqual(await readPageBreaks(masterBytes));
  });

  it("logs every applied change in 수정이력 with the file it came from, on an intact checksum chain", async () => {
    const after = await readWorkbookBuffer(run.bytes);
    const log = readRevisionLog(after)!;
    expect(log.headerRow).toBe(0);
    expect(log.rows).toHaveLength(6);
    expect(verifyLog(log.rows.map((r) => r.cells))).toEqual([]);
    const cells = log.rows.map((r) => r.cells);
    expect(cells.map((c) => [c[1], c[2], c[5], c[6], c[7], c[8], c[9], c[10], c[11]])).toEqual([
      [2025, "변경", "노인을 위한 기본생 활 보장", "예산(백만원)", 2026, 2655, 2700, "부서 취합: 어르신복지과.xlsx, 어르신복지과-2차.xlsx", "부서 취합"],
      [2025, "변경", "1인 가구 돌봄 (더이음)", "목표: '더이음' 사업 참여자 수 유지율", 2024, "102%", "105%", "부서 취합: 복지정책과.xlsx", "부서 취합"],
      [2025, "변경", "마포형 케어안심주택 '서브하우스' 운영", "예산(백만원)", 2025, 6.8, 8, "부서 취합: 복지정책과.xlsx", "부서 취합"],
      [2025, "변경", "청년고용 활성화", "목표: 지역기반 청년 일경 험 사업 참여인원(명)", 2025, "15명", "20명", "부서 취합: 일자리경제과.xlsx", "부서 취합"],
      [2025, "변경", "급여 시스템 모니터 링", "민관협력사업 여부", null, "×", "○", "부서 취합: 복지정책과.xlsx", "부서 취합"],
      [2025, "변경", "일자리 네트워크 구 축", "예산(백만원)", 2026, 920, 950, "부서 취합: 일자리경제과.xlsx", "부서 취합"],
    ]);
    expect(String(cells[0][0])).toMatch(/^2024-10-01T09:30:00[+-]\d\d:\d\d$/);
  });

  it("applies nothing twice: the consolidated master with the same files has no change left to apply", async () => {
    const again = await consolidateWorkbooks(xlsxWorkbookFiles, run.bytes, files, { now: NOW });
    expect(again.result.applied).toEqual([]);
    expect(again.result.conflicts.map((c) => c.kind)).toEqual(["unreadable", "disagreement", "missingProject", "otherDepartment"]);
    expect(again.logRows).toEqual([]);
  });

  it("says in its report that new projects were not inserted", () => {
    const text = describeConsolidation({ ...run, master }, "ko").join("\n");
    expect(text).toContain("신설 후보 — 총괄표에 넣지 않았습니다");
    expect(text).toContain("II-1-2-3 부정수급 예방 교육 (복지정책과)");
    expect(text).toContain("[제출본 간 불일치] I-2-7 로봇활용 독거어르신 돌봄");
    expect(text).toContain("부서 취합: 파일 8개 · 반영 6건 · 신설 후보 1건 · 충돌 4건");
    const en = describeConsolidation({ ...run, master }, "en").join("\n");
    expect(en).toContain("not inserted into the master");
    expect(en).not.toMatch(/\{\w+\}/);
    expect(text).not.toMatch(/\{\w+\}/);
  });
});

describe("consolidateIntoPort (the pane: the open master)", () => {
  it("reads once, writes the applied values in one call and appends the log rows in one more", async () => {
    const port = new MemoryPort(masterGrid);
    const inPlace = await consolidateIntoPort(xlsxWorkbookFiles, port, files, { now: NOW });
    // The store read once, before the first write (whose sheet it is; the baseline; the seal written from it).
    expect(port.calls).toEqual(["readGrid", "readStore", "writeValues", "appendRows 수정이력", "writeStore"]);
    expect(consolidationJson(inPlace.result)).toEqual(consolidationJson(run.result));
    expect(inPlace.logRows).toEqual(run.logRows);
    const after = readPlan(await port.readGrid());
    expect(after.projects.find((p) => p.id === "I-2-3")!.budgets.find((b) => b.year === 2025)!.raw).toBe(8);
    expect(after.projects.find((p) => p.id === "I-2-7")!.indicators[0].targets.find((t) => t.year === 2025)!.raw).toBe("65%");
  });
});

describe("the baseline and consolidation", () => {
  it("moves a baseline that matched the plan forward with the applied changes: 수정이력 기록 then finds nothing to log twice", async () => {
    const port = new MemoryPort(await readWorkbookBuffer(masterBytes));
    await saveBaseline(port, { now: NOW });
    const consolidated = await consolidateIntoPort(xlsxWorkbookFiles, port, files, { now: NOW });
    expect(consolidated.logRows.length).toBeGreaterThan(0);
    expect(consolidated.baselineMoved).toBe(true);
    expect((await previewRevision(port)).entries).toEqual([]);
  });

  it("leaves a baseline with changes not yet recorded where it was", async () => {
    const grid = await readWorkbookBuffer(masterBytes);
    const port = new MemoryPort(grid);
    await saveBaseline(port, { now: NOW });
    const budget = master.projects[0].budgets[0].ref;
    await port.writeValues([{ ref: budget, value: 1234 }]);
    const consolidated = await consolidateIntoPort(xlsxWorkbookFiles, port, files, { now: NOW });
    expect(consolidated.baselineMoved).toBe(false);
    const entries = (await previewRevision(port)).entries;
    expect(entries).toEqual(expect.arrayContaining([expect.objectContaining({ projectId: master.projects[0].id, field: "budget", after: 1234 })]));
    expect(entries.length).toBe(1 + consolidated.logRows.length);
  });
});

describe("department workbooks of a validated master", () => {
  it("carry none of the coordinator's highlights: every cell's own fill", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    await validateInPlace(port);
    const highlighted = await port.toBuffer();
    const fresh = await createDepartmentWorkbooks(xlsxWorkbookFiles, masterBytes);
    const fromHighlighted = await createDepartmentWorkbooks(xlsxWorkbookFiles, highlighted);
    const fills = async (bytes: Uint8Array) => {
      const workbook = await (await ExcelJsWorkbookPort.fromBuffer(bytes)).workbook;
      const out: string[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => out.push(`${sheet.name}!${cell.address} ${JSON.stringify(cell.fill ?? null)}`))));
      return out;
    };
    expect(fromHighlighted.files.map((f) => f.name)).toEqual(fresh.files.map((f) => f.name));
    for (let i = 0; i < fresh.files.length; i++) {
      expect(await fills(fromHighlighted.files[i].bytes)).toEqual(await fills(fresh.files[i].bytes));
    }
  }, 60_000);
});

describe("입력 규칙 적용 (applyInputRules)", () => {
  it("sets the ○/× list on every project's flag cells and ≥ 0 on its budget cells, in the chosen language, touching no value", async () => {
    const port = new MemoryPort(masterGrid);
    const before = JSON.stringify((await port.readGrid()).sheets.map((s) => s.values));
    const result = await applyInputRules(port, "ko");
    expect(result).toMatchObject({ flags: master.projects.length * 3, budgets: master.projects.length * 5 });
    expect(port.calls).toEqual(["readGrid", "readGrid", "setDataValidation"]);
    const key = master.projects[0].flags.key!.ref;
    expect(port.cellRules.get(`${key.sheet}!${key.row},${key.col}`)).toMatchObject({ kind: "flag", texts: { promptTitle: "○ 또는 ×" } });
    const budget = master.projects[0].budgets[0].ref;
    expect(port.cellRules.get(`${budget.sheet}!${budget.row},${budget.col}`)).toMatchObject({ kind: "budget" });
    expect(JSON.stringify((await port.readGrid()).sheets.map((s) => s.values))).toBe(before);
  });

  it("writes real Excel data validation through the ExcelJS port, surviving save and reopen", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    const { rules } = await applyInputRules(port, "en");
    const bytes = await port.toBuffer();
    const reopened = await ExcelJsWorkbookPort.fromBuffer(bytes);
    const sheet = reopened.workbook.getWorksheet(master.sheet)!;
    const at = (ref: { row: number; col: number }) => sheet.getCell(ref.row + 1, ref.col + 1).dataValidation;
    expect(at(master.projects[0].flags.key!.ref)).toMatchObject({ type: "list", formulae: ['"○,×"'], errorStyle: "stop", promptTitle: "○ or ×" });
    expect(at(master.projects[0].budgets[0].ref)).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", errorStyle: "warning" });
    for (const rule of rules) expect(at(rule.ref)?.type).toBe(rule.kind === "flag" ? "list" : "decimal");
    expect((sheet as unknown as { sheetProtection?: unknown }).sheetProtection ?? null).toBeNull(); // rules in place; the coordinator's sheet stays unlocked
    expect(await readWorkbookBuffer(bytes)).toEqual(await readWorkbookBuffer(masterBytes));
    expect(await readPageBreaks(bytes)).toEqual(await readPageBreaks(masterBytes));
  });
});

// ---------------------------------------------------------------------------------------------
// Only a department's file is taken as one (the whole plan picked by mistake is refused whole)

const DEPARTMENT_FIXTURES = path.join(__dirname, "fixtures/departments");
const WHOLE_COPY = path.join(DEPARTMENT_FIXTURES, "계획 전체 사본.xlsx");
const WHOLE_NO_COLUMN = path.join(DEPARTMENT_FIXTURES, "담당부서 없는 계획.xlsx");

async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdoutIsTTY: false, env: {} });
  return { code, stdout, stderr };
}

/** Every value of every sheet, by sheet name. */
const sheetValues = (grid: Grid) => Object.fromEntries(grid.sheets.map((s) => [s.name, s.values]));

describe("consolidate refuses a file that is not a department's", () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "plan-check-notdept-"));
  });
  afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

  it.each([
    ["a copy of the whole master", WHOLE_COPY, "others"],
    ["the whole master without its 담당부서 column", WHOLE_NO_COLUMN, "several"],
  ])("CLI: %s with edited targets is refused whole, exit 1, the master's values unchanged", async (_, file, why) => {
    const out = path.join(tmp, `${why}.xlsx`);
    const run = await runCli(["consolidate", MASTER, file, "-o", out, "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      applied: [],
      added: [],
      conflicts: [{ kind: "notDepartmentFile", projectId: null, files: [path.basename(file)], field: null, values: [] }],
    });
    expect(sheetValues(await readWorkbookBuffer(new Uint8Array(await fs.readFile(out))))).toEqual(sheetValues(await readWorkbookBuffer(masterBytes)));
    const text = await runCli(["consolidate", MASTER, file, "-o", path.join(tmp, `${why}-ko.xlsx`)]);
    expect(text.stdout).toContain(`[부서 파일 아님] ${path.basename(file)}: `);
    expect(text.stdout).toContain("아무것도 반영하지 않았습니다");
    const en = await runCli(["consolidate", MASTER, file, "-o", path.join(tmp, `${why}-en.xlsx`), "--lang", "en"]);
    expect(en.stdout).toContain(`[Not a department's file] ${path.basename(file)}: `);
    expect(en.stdout).not.toMatch(/[가-힣]{2,} 파일|\{\w+\}/);
  });

  it("CLI: --department FILE=부서 names a file's department, and cannot make the whole plan one department's", async () => {
    const wrong = await runCli(["consolidate", MASTER, WHOLE_NO_COLUMN, "-o", path.join(tmp, "chosen.xlsx"), "--department", `${WHOLE_NO_COLUMN}=주민생활복지과`, "--format", "json"]);
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ applied: [], conflicts: [{ kind: "notDepartmentFile" }] });
    const unknown = await runCli(["consolidate", MASTER, WHOLE_NO_COLUMN, "-o", path.join(tmp, "x.xlsx"), "--department", "없는.xlsx=복지정책과"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("없는.xlsx");
  });

  it("CLI: a department file whose 담당부서 column was emptied is taken by its 안내 sheet, or by --department", async () => {
    const split = await createDepartmentWorkbooks(xlsxWorkbookFiles, masterBytes);
    const housing = split.files.find((f) => f.department === "주택과")!;
    const port = await ExcelJsWorkbookPort.fromBuffer(housing.bytes);
    const plan = readPlan(await port.readGrid());
    const column = plan.columns.find((c) => c.role === "department")!;
    const budget = plan.projects[0].budgets.find((b) => b.year === 2026)!.ref;
    const sheet = port.workbook.getWorksheet(plan.sheet)!;
    for (const p of plan.projects) for (let r = p.firstRow; r <= p.lastRow; r++) sheet.getCell(r + 1, column.col + 1).value = null;
    sheet.getCell(budget.row + 1, budget.col + 1).value = 600;
    const withGuide = path.join(tmp, "주택과-부서열없음.xlsx");
    await fs.writeFile(withGuide, await port.toBuffer());
    port.workbook.removeWorksheet(port.workbook.getWorksheet("안내")!.id);
    const bare = path.join(tmp, "주택과-안내없음.xlsx");
    await fs.writeFile(bare, await port.toBuffer());

    const byGuide = await runCli(["consolidate", MASTER, withGuide, "-o", path.join(tmp, "g.xlsx"), "--format", "json"]);
    expect(JSON.parse(byGuide.stdout)).toMatchObject({ applied: [{ projectId: plan.projects[0].id, field: "budget", year: 2026, after: 600 }], conflicts: [] });
    const nameless = await runCli(["consolidate", MASTER, bare, "-o", path.join(tmp, "n.xlsx"), "--format", "json"]);
    expect(JSON.parse(nameless.stdout)).toMatchObject({ applied: [], conflicts: [{ kind: "noDepartment", files: [path.basename(bare)] }] });
    const chosen = await runCli(["consolidate", MASTER, bare, "-o", path.join(tmp, "c.xlsx"), "--department", `${bare}=주택과`, "--format", "json"]);
    expect(JSON.parse(chosen.stdout)).toMatchObject({ applied: [{ projectId: plan.projects[0].id, after: 600 }], conflicts: [] });
  });

  it("the pane: the whole plan picked after a department's real change is refused; 185천원 stays and nothing is logged", async () => {
    const port = new MemoryPort(await readWorkbookBuffer(masterBytes));
    const i11 = master.projects.find((p) => p.id === "I-1-1")!;
    const target2025 = i11.indicators[0].targets.find((t) => t.year === 2025)!;
    expect(target2025.raw).toBe("180천원");
    // 주민생활복지과's own file raises the '25 target to 185천원 …
    const split = await createDepartmentWorkbooks(xlsxWorkbookFiles, masterBytes);
    const own = split.files.find((f) => f.department === i11.department!.raw)!;
    const ownPort = await ExcelJsWorkbookPort.fromBuffer(own.bytes);
    const ownPlan = readPlan(await ownPort.readGrid());
    const ownTarget = ownPlan.projects.find((p) => p.id === "I-1-1")!.indicators[0].targets.find((t) => t.year === 2025)!.ref;
    ownPort.workbook.getWorksheet(ownPlan.sheet)!.getCell(ownTarget.row + 1, ownTarget.col + 1).value = "185천원";
    const first = await consolidateIntoPort(xlsxWorkbookFiles, port, [{ name: own.name, bytes: await ownPort.toBuffer() }], { now: NOW });
    expect(first.result.applied.map((c) => [c.projectId, c.after])).toEqual([["I-1-1", "185천원"]]);
    // … then the whole plan, still saying 180천원, is picked as a department's file.
    for (const file of [WHOLE_NO_COLUMN, MASTER]) {
      port.calls.length = 0;
      const second = await consolidateIntoPort(xlsxWorkbookFiles, port, [{ name: "계획.xlsx", bytes: new Uint8Array(await fs.readFile(file)) }], { now: NOW });
      expect(second.result.applied).toEqual([]);
      expect(second.result.conflicts.map((c) => c.kind)).toEqual(["notDepartmentFile"]);
      expect(second.logRows).toEqual([]);
      expect(port.calls).not.toContain("writeValues");
      const grid = await port.readGrid();
      expect(grid.sheets.find((s) => s.name === target2025.ref.sheet)!.values[target2025.ref.row][target2025.ref.col]).toBe("185천원");
      expect(readRevisionLog(grid)!.rows).toHaveLength(1);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 취합 되돌리기: one step back, appended to 수정이력

describe("undoConsolidation", () => {
  const LATER = new Date(2024, 9, 2, 10, 0, 0);
  const logFindings = (grid: Grid) => validateGrid(grid).findings.filter((f) => f.ruleId.startsWith("log/"));

  it("restores every master cell the consolidation wrote and appends one reversing 수정이력 row per change; the chain and the seal hold", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
    const before = sheetValues(await readWorkbookBuffer(masterBytes));
    const applied = await consolidateIntoPort(xlsxWorkbookFiles, port, files, { now: NOW });
    expect(applied.undo?.cells).toHaveLength(6);
    const undone = await undoConsolidation(port, applied.undo!, { now: LATER });
    expect(undone).toMatchObject({ status: "undone", cells: 6 });

    const after = await readWorkbookBuffer(await port.toBuffer());
    const { [master.sheet]: plan } = sheetValues(after);
    expect(plan).toEqual(before[master.sheet]);
    const log = readRevisionLog(after)!;
    expect(log.rows).toHaveLength(12);
    expect(verifyLog(log.rows.map((r) => r.cells))).toEqual([]);
    // The recorded rows are as they were; the new ones swap before and after and say why.
    expect(log.rows.slice(0, 6).map((r) => r.cells)).toEqual(applied.logRows.map((row) => [row.at, row.revisionYear, row.kind, row.strategy, row.number, row.name, row.field, row.year, row.before, row.after, row.reason, row.author, row.checksum]));
    const reversed = log.rows.slice(6).map((r) => r.cells);
    expect(reversed.map((c) => [c[5], c[8], c[9], c[10]])).toEqual(applied.logRows.map((row) => [row.name, row.after, row.before, `부서 취합 되돌리기: ${String(row.reason).replace("부서 취합: ", "")}`]));
    expect(logFindings(after)).toEqual([]);
  });

  it("moves a baseline the consolidation moved back with the plan: 수정이력 기록 then finds nothing", async () => {
    const port = new MemoryPort(await readWorkbookBuffer(masterBytes));
    await saveBaseline(port, { now: NOW });
    const applied = await consolidateIntoPort(xlsxWorkbookFiles, port, files, { now: NOW });
    expect(applied.baselineMoved).toBe(true);
    const undone = await undoConsolidation(port, applied.undo!, { now: LATER });
    expect(undone).toMatchObject({ status: "undone", baselineMoved: true });
    expect((await previewRevision(port)).entries).toEqual([]);
  });

  it("writes nothing when a consolidated cell was edited since, and names it", async () => {
    const port = new MemoryPort(await readWorkbookBuffer(masterBytes));
    const applied = await consolidateIntoPort(xlsxWorkbookFiles, port, files, { now: NOW });
    const edited = applied.undo!.cells[1].ref;
    await port.writeValues([{ ref: edited, value: "110%" }]);
    const snapshot = JSON.stringify((await port.readGrid()).sheets);
    port.calls.length = 0;
    const undone = await undoConsolidation(port, applied.undo!, { now: LATER });
    expect(undone).toEqual({ status: "changedSince", cells: [{ ref: edited, now: "110%", expected: "105%" }] });
    expect(port.calls).toEqual(["readGrid"]);
    expect(JSON.stringify((await port.readGrid()).sheets)).toBe(snapshot);
  });

  it("has nothing to undo when nothing was applied", async () => {
    const port = new MemoryPort(await readWorkbookBuffer(masterBytes));
    const run = await consolidateIntoPort(xlsxWorkbookFiles, port, [{ name: "x.xlsx", bytes: new Uint8Array(await fs.readFile(WHOLE_COPY)) }], { now: NOW });
    expect(run.undo).toBeNull();
  });
});

describe("edits consolidation cannot attribute", () => {
  it("are listed with their file and cell (text and JSON), never applied", async () => {
    const split = await createDepartmentWorkbooks(xlsxWorkbookFiles, masterBytes);
    const housing = split.files.find((f) => f.department === "주택과")!;
    const port = await ExcelJsWorkbookPort.fromBuffer(housing.bytes);
    const plan = readPlan(await port.readGrid());
    const sheet = port.workbook.getWorksheet(plan.sheet)!;
    const strategy = plan.strategies[0].cell.ref;
    const budgetCol = plan.columns.find((c) => c.role === "budget")!.col;
    sheet.getCell(strategy.row + 1, budgetCol + 1).value = 777; // a strategy row: no project's cell
    port.workbook.addWorksheet("메모").getCell("B2").value = "예산 더 필요";
    const budget = plan.projects[0].budgets.find((b) => b.year === 2026)!.ref;
    sheet.getCell(budget.row + 1, budget.col + 1).value = 600;
    const bytes = await port.toBuffer();

    const run = await consolidateWorkbooks(xlsxWorkbookFiles, masterBytes, [{ name: "주택과.xlsx", bytes }], { now: NOW });
    const json = consolidationJson(run.result);
    expect(json.applied.map((a) => [a.projectId, a.after])).toEqual([[plan.projects[0].id, 600]]);
    expect(json.unattributed).toEqual([
      { file: "주택과.xlsx", sheet: plan.sheet, address: toA1(strategy.row, budgetCol), value: "777" },
      { file: "주택과.xlsx", sheet: "메모", address: "B2", value: "예산 더 필요" },
    ]);
    const out = sheetValues(await readWorkbookBuffer(run.bytes));
    expect(out["메모"]).toBeUndefined();
    const text = describeConsolidation(run, "ko").join("\n");
    expect(text).toContain("어느 사업의 칸도 아닌 곳의 편집 — 반영하지 않았습니다");
    expect(text).toContain(`주택과.xlsx · ${plan.sheet}!${toA1(strategy.row, budgetCol)}: (빈 칸) → 777`);
    expect(describeConsolidation(run, "en").join("\n")).toContain("Edits outside any project's cells");
  });
  it("in a duplicated plan sheet are listed, not applied, and the master keeps every value", async () => {
    const split = await createDepartmentWorkbooks(xlsxWorkbookFiles, masterBytes);
    const welfare = split.files.find((f) => f.department === "복지정책과")!;
    const port = await ExcelJsWorkbookPort.fromBuffer(welfare.bytes);
    const plan = readPlan(await port.readGrid());
    const source = port.workbook.getWorksheet(plan.sheet)!;
    // The copy a person makes to try numbers out: the plan sheet's values on a sheet of its own, one budget changed.
    const copy = port.workbook.addWorksheet(`${plan.sheet} (2)`);
    source.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (!cell.isMerged || cell.master === cell) copy.getCell(r, c).value = cell.value;
      }),
    );
    const budget = plan.projects[0].budgets.find((b) => b.year === 2026)!.ref;
    copy.getCell(budget.row + 1, budget.col + 1).value = 4321;
    const bytes = await port.toBuffer();

    const run = await consolidateWorkbooks(xlsxWorkbookFiles, masterBytes, [{ name: "복지정책과.xlsx", bytes }], { now: NOW });
    const json = consolidationJson(run.result);
    expect(json.applied).toEqual([]);
    expect(json.unattributed).toContainEqual({ file: "복지정책과.xlsx", sheet: `${plan.sheet} (2)`, address: toA1(budget.row, budget.col), value: "4321" });
    expect(sheetValues(await readWorkbookBuffer(run.bytes))[plan.sheet]).toEqual(sheetValues(await readWorkbookBuffer(masterBytes))[plan.sheet]);
  });
});

// ---------------------------------------------------------------------------------------------
// An older copy of a department's file never reverts a change the master took since (three-way)

describe("consolidate compares a split file with its values at the split", () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "plan-check-stale-"));
  });
  afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

  /** A copy of a split file with one budget of `id` for `year` written; the path. */
  async function edited(file: string, id: string, year: number, value: number, name: string): Promise<string> {
    const port = await ExcelJsWorkbookPort.fromBuffer(new Uint8Array(await fs.readFile(file)));
    const plan = readPlan(await port.readGrid());
    const cell = plan.projects.find((p) => p.id === id)!.budgets.find((b) => b.year === year)!.ref;
    port.workbook.getWorksheet(cell.sheet)!.getCell(cell.row + 1, cell.col + 1).value = value;
    const out = path.join(tmp, name);
    await fs.writeFile(out, await port.toBuffer());
    return out;
  }
  const budgetOf = async (file: string, id: string, year: number) =>
    readPlan(await readWorkbookBuffer(new Uint8Array(await fs.readFile(file)))).projects.find((p) => p.id === id)!.budgets.find((b) => b.year === year)!.raw;

  it("CLI: split; a budget changed and consolidated; then the department's older copy changes nothing, and a second change of that cell is a conflict", async () => {
    const dir = path.join(tmp, "split");
    expect((await runCli(["split", MASTER, "-o", dir])).code).toBe(0);
    const older = path.join(dir, "어르신복지과.xlsx");
    expect(await budgetOf(older, "I-1-3", 2026)).toBe(2655);

    const changed = await edited(older, "I-1-3", 2026, 2700, "어르신복지과-수정.xlsx");
    const first = path.join(tmp, "1차.xlsx");
    const one = await runCli(["consolidate", MASTER, changed, "-o", first, "--format", "json"]);
    expect(JSON.parse(one.stdout)).toMatchObject({ applied: [{ projectId: "I-1-3", field: "budget", year: 2026, before: 2655, after: 2700 }], conflicts: [] });

    // The older copy still says 2655: the department did not change it, so the master's 2700 stays.
    const second = path.join(tmp, "2차.xlsx");
    const two = await runCli(["consolidate", first, older, "-o", second, "--format", "json"]);
    expect(JSON.parse(two.stdout)).toMatchObject({ applied: [], conflicts: [] });
    expect(await budgetOf(second, "I-1-3", 2026)).toBe(2700);

    // Another copy changed the same cell to 2600: the master changed it too since the split, a person decides.
    const other = await edited(older, "I-1-3", 2026, 2600, "어르신복지과-다른사본.xlsx");
    const three = await runCli(["consolidate", first, other, "-o", path.join(tmp, "3차.xlsx"), "--format", "json"]);
    expect(three.code).toBe(1);
    expect(JSON.parse(three.stdout)).toMatchObject({
      applied: [],
      conflicts: [{ kind: "disagreement", detail: "masterChanged", projectId: "I-1-3", field: "budget", year: 2026, before: 2700, split: 2655, values: [2600] }],
    });
    const ko = await runCli(["consolidate", first, other, "-o", path.join(tmp, "3차-ko.xlsx")]);
    expect(ko.stdout).toContain("총괄표 2700(부서 파일을 나눈 뒤 2655에서 바뀜), 어르신복지과-다른사본.xlsx: 2600 — 양쪽이 다르게 고쳐");
    const en = await runCli(["consolidate", first, other, "-o", path.join(tmp, "3차-en.xlsx"), "--lang", "en"]);
    expect(en.stdout).toContain("master 2700 (changed from 2655 since the file was split), 어르신복지과-다른사본.xlsx: 2600 — both changed it");
  });

  it("CLI: two copies of one department's file, one changed and one untouched since the split: the change is taken; two different changes are a conflict", async () => {
    const dir = path.join(tmp, "split-two");
    expect((await runCli(["split", MASTER, "-o", dir])).code).toBe(0);
    const untouched = path.join(dir, "어르신복지과.xlsx");
    const changed = await edited(untouched, "I-1-3", 2026, 2700, "어르신복지과-담당자1.xlsx");
    const out = path.join(tmp, "two-copies.xlsx");
    const run = await runCli(["consolidate", MASTER, untouched, changed, "-o", out, "--format", "json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({ applied: [{ projectId: "I-1-3", field: "budget", year: 2026, before: 2655, after: 2700 }], conflicts: [] });
    expect(await budgetOf(out, "I-1-3", 2026)).toBe(2700);

    const other = await edited(untouched, "I-1-3", 2026, 2600, "어르신복지과-담당자2.xlsx");
    const both = await runCli(["consolidate", MASTER, changed, other, untouched, "-o", path.join(tmp, "two-changes.xlsx"), "--format", "json"]);
    expect(both.code).toBe(1);
    expect(JSON.parse(both.stdout)).toMatchObject({
      applied: [],
      conflicts: [{ kind: "disagreement", projectId: "I-1-3", field: "budget", year: 2026, files: ["어르신복지과-담당자1.xlsx", "어르신복지과-담당자2.xlsx"], values: [2700, 2600] }],
    });
  });

  it("CLI: a file without the split's values (an older version's, or made by hand) is compared with the master as before", async () => {
    const dir = path.join(tmp, "split-bare");
    expect((await runCli(["split", MASTER, "-o", dir])).code).toBe(0);
    const port = await ExcelJsWorkbookPort.fromBuffer(new Uint8Array(await fs.readFile(path.join(dir, "어르신복지과.xlsx"))));
    port.workbook.removeWorksheet(port.workbook.getWorksheet("PlanCheckStore")!.id);
    const bare = path.join(tmp, "어르신복지과-기록없음.xlsx");
    await fs.writeFile(bare, await port.toBuffer());
    const first = path.join(tmp, "1차-bare.xlsx");
    await runCli(["consolidate", MASTER, await edited(bare, "I-1-3", 2026, 2700, "b-수정.xlsx"), "-o", first]);
    const two = await runCli(["consolidate", first, bare, "-o", path.join(tmp, "2차-bare.xlsx"), "--format", "json"]);
    expect(JSON.parse(two.stdout)).toMatchObject({ applied: [{ projectId: "I-1-3", field: "budget", year: 2026, before: 2700, after: 2655 }] });
  });
});

// ---------------------------------------------------------------------------------------------
// A master whose sheet named PlanCheckStore is the user's own

describe("consolidate into a master with a sheet of the user's own named PlanCheckStore", () => {
  it("CLI: exits 2 naming the sheet and what to do, in Korean and English, and writes no output", async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "plan-check-own-store-"));
    try {
      const dir = path.join(tmp, "split");
      expect((await runCli(["split", MASTER, "-o", dir])).code).toBe(0);
      const form = path.join(dir, "어르신복지과.xlsx");
      const port = await ExcelJsWorkbookPort.fromBuffer(new Uint8Array(await fs.readFile(form)));
      const cell = readPlan(await port.readGrid()).projects.find((p) => p.id === "I-1-3")!.budgets.find((b) => b.year === 2026)!.ref;
      port.workbook.getWorksheet(cell.sheet)!.getCell(cell.row + 1, cell.col + 1).value = 2700;
      const changed = path.join(tmp, "changed.xlsx");
      await fs.writeFile(changed, await port.toBuffer());
      const master = await ExcelJsWorkbookPort.fromBuffer(new Uint8Array(await fs.readFile(MASTER)));
      master.workbook.addWorksheet("PlanCheckStore").addRow(["우리 부서 메모"]);
      const mine = path.join(tmp, "master-own-store.xlsx");
      await fs.writeFile(mine, await master.toBuffer());

      const out = path.join(tmp, "out.xlsx");
      const ko = await runCli(["consolidate", mine, changed, "-o", out]);
      expect(ko.code).toBe(2);
      expect(ko.stderr).toContain("「PlanCheckStore」 시트가 있어 아무것도 쓰지 않았습니다. 그 시트의 이름을 바꾸거나");
      const en = await runCli(["consolidate", mine, changed, "-o", out, "--lang", "en"]);
      expect(en.stderr).toContain("a sheet named 「PlanCheckStore」 that the add-in did not create, so nothing was written. Rename or move that sheet");
      await expect(fs.stat(out)).rejects.toThrow();
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });
});
