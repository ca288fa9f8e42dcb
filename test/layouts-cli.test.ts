/**
 * Issue 8's proof as files, through the built CLI: the 5기 layouts that used to fool the reader
 * (scripts/build-fixtures.js: repeated cells after 병합 해제, Part Ⅰ and Ⅱ on their own sheets, subtotals naming
 * their strategy and a grand total, a 천원 plan with a unit line) report what the sample reports; and the
 * department round trip — split → one department edits one target → consolidate → diff — on a repeated-cell
 * layout of each period changes exactly that cell, logs it, and names the project as the plan does.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readPlan } from "../src/engine";
import { readWorkbookBuffer } from "../src/xlsx/readGrid";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "plan-check.js");
const SAMPLE = path.join(ROOT, "assets/samples/mapo-5th-plan.xlsx");
const LAYOUTS = path.join(ROOT, "test/fixtures/layouts");

interface Finding {
  ruleId: string;
  messageId: string;
  projectId: string | null;
  sheet: string;
  address: string;
}
interface Report {
  plan: Record<string, unknown>;
  findings: Finding[];
}

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 90_000 });
  return { code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}
const validate = (file: string): Report => JSON.parse(cli(["validate", file, "--format", "json"]).stdout)[0];
const bag = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.messageId} ${f.projectId}`).sort();
const COUNTS = ["strategies", "tasks", "projectRows", "projects", "keyProjects", "indicators"];

let tmp: string;
let sample: Report;
beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, timeout: 240_000 });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-layouts-"));
  sample = validate(SAMPLE);
}, 300_000);
afterAll(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));
jest.setTimeout(180_000);

describe.each([
  ["5th-repeated-cells", ["총괄표", "관리체계"], []],
  ["5th-split-parts", ["총괄표(Ⅰ)", "총괄표(Ⅱ)", "관리체계"], []],
  ["5th-subtotals", ["총괄표", "관리체계"], []],
  ["5th-thousand-won", ["총괄표", "관리체계"], ["budgets/unit thousandWon null"]],
])("5기 layout %s through the CLI", (name, sheets, extra) => {
  it("reads the sample's plan and reports the sample's findings (and only what the layout itself adds)", () => {
    const report = validate(path.join(LAYOUTS, `${name}.xlsx`));
    for (const key of COUNTS) expect([key, report.plan[key]]).toEqual([key, sample.plan[key]]);
    expect(report.plan.sheets).toEqual(sheets);
    expect(bag(report.findings)).toEqual([...bag(sample.findings), ...extra].sort());
    expect(report.findings.some((f) => f.projectId?.includes("#"))).toBe(false);
  });
});

it("subtotals name their strategy and are never strategies; the 천원 plan's unit is read", async () => {
  const read = async (name: string) => readPlan(await readWorkbookBuffer(new Uint8Array(fs.readFileSync(path.join(LAYOUTS, `${name}.xlsx`)))));
  const subtotals = await read("5th-subtotals");
  expect(subtotals.totals.map((t) => `${t.kind}:${t.scopeId}`)).toEqual([
    ...["I-1", "I-2", "I-3", "I-4", "II-1", "II-2", "II-3", "II-4"].map((id) => `subtotal:${id}`),
    "total:null",
  ]);
  const thousand = await read("5th-thousand-won");
  expect(thousand.budgetUnit?.unit).toBe("천원");
  expect(thousand.projects.find((p) => p.id === "I-1-2")?.budgets.map((b) => b.raw)).toEqual([80000, 80000, 80000, 80000, 80000]);
});

/** Every cell of every sheet of `before` that differs in `after`, as "sheet!row,col before → after". */
async function changedCells(before: string, after: string): Promise<string[]> {
  const [a, b] = await Promise.all([before, after].map(async (file) => readWorkbookBuffer(new Uint8Array(fs.readFileSync(file)))));
  const out: string[] = [];
  for (const sheet of a.sheets) {
    const other = b.sheets.find((s) => s.name === sheet.name);
    if (!other) {
      out.push(`${sheet.name} missing`);
      continue;
    }
    const rows = Math.max(sheet.values.length, other.values.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(sheet.values[r]?.length ?? 0, other.values[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const x = JSON.stringify(sheet.values[r]?.[c] ?? null);
        const y = JSON.stringify(other.values[r]?.[c] ?? null);
        if (x !== y) out.push(`${sheet.name}!${r},${c} ${x} → ${y}`);
      }
    }
  }
  return out;
}

describe.each([
  // file, the repeated multi-indicator project, its name as the plan names it (without "(중점추진)"), its 담당부서's file
  ["5th-repeated-cells", "I-1-2", "정신건강 취약계층관 리 및 서비스제공", "보건소 건강관리과.xlsx"],
  ["6th-repeated-cells", "I-1-2", "어르신 방문건강관리", "건강증진과.xlsx"],
])("department round trip on %s", (name, projectId, projectName, departmentFile) => {
  it("split → one target edited → consolidate changes exactly that cell and logs it; diff names the project once", async () => {
    const master = path.join(LAYOUTS, `${name}.xlsx`);
    const dir = path.join(tmp, name);
    const split = cli(["split", master, "-o", dir]);
    expect(split.code).toBe(0);

    // The department's file holds the project once, with both indicators; edit the second one's last target.
    const file = path.join(dir, departmentFile);
    const dept = readPlan(await readWorkbookBuffer(new Uint8Array(fs.readFileSync(file))));
    const project = dept.projects.filter((p) => p.name === projectName);
    expect(project.map((p) => p.indicators.length)).toEqual([2]);
    const target = project[0].indicators[1].targets[project[0].indicators[1].targets.length - 1];
    const edited = `999${target.raw.replace(/[\d,.]/g, "")}`;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet(target.ref.sheet)!.getCell(target.ref.row + 1, target.ref.col + 1).value = edited;
    await workbook.xlsx.writeFile(file);

    const out = path.join(tmp, `${name}-consolidated.xlsx`);
    const run = cli(["consolidate", master, file, "-o", out, "--format", "json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.conflicts).toEqual([]);
    expect(result.applied.map((a: Record<string, unknown>) => [a.projectId, a.name, a.field, a.year, a.before, a.after])).toEqual([
      [projectId, projectName, "target", target.year, target.raw, edited],
    ]);

    // Exactly that cell of the plan changed; the log and the store are the only new sheets.
    const masterPlan = readPlan(await readWorkbookBuffer(new Uint8Array(fs.readFileSync(master))));
    const masterTarget = masterPlan.projects.find((p) => p.id === projectId)!.indicators[1].targets.find((t) => t.year === target.year)!;
    expect(await changedCells(master, out)).toEqual([
      `${masterTarget.ref.sheet}!${masterTarget.ref.row},${masterTarget.ref.col} ${JSON.stringify(target.raw)} → ${JSON.stringify(edited)}`,
    ]);
    const consolidated = readPlan(await readWorkbookBuffer(new Uint8Array(fs.readFileSync(out))));
    expect(consolidated.revisionLog?.rows.length).toBe(1);

    // diff: one change, on the project as the plan names it, no phantom "#2".
    const diff = cli(["diff", master, out, "--format", "json"]);
    expect(diff.code).toBe(1);
    expect(JSON.parse(diff.stdout).map((d: Record<string, unknown>) => [d.type, d.projectId, d.name, d.field, d.year])).toEqual([
      ["changed", projectId, projectName, "target", target.year],
    ]);
  });
});

it("a department's workbook split from a 6기 plan whose 담당부서 adds the 국 to the list's 과 is asked its own lines of the 관리체계 list, and only those", async () => {
  // The 6기 sample with a 담당부서 column written "국 과" (the list writes 국 and 과 apart), one more 건강증진과 line
  // naming no project, and a line naming a 대표과업.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(ROOT, "assets/samples/gaon-6th-plan.xlsx"));
  const list = workbook.getWorksheet("관리체계")!;
  const departmentOf = new Map<string, string>();
  let last = 0;
  list.eachRow((row, r) => {
    const name = String(row.getCell(4).value ?? "");
    if (String(row.getCell(1).value) === "부구청장" && name !== "") departmentOf.set(name, `${row.getCell(2).value} ${row.getCell(3).value}`);
    last = r;
  });
  list.getRow(last + 1).values = ["부구청장", "보건소", "건강증진과", "치매 조기검진 지원"];
  list.getRow(last + 2).values = ["부구청장", "복지국", "복지정책과", "Ⅱ-1-2 사각지대 발굴"];
  const table = workbook.getWorksheet("총괄표")!;
  let header = 0;
  table.eachRow((row, r) => {
    if (row.getCell(1).value === "사업번호") header = r;
  });
  const column = table.getRow(header).cellCount + 1;
  table.getCell(header, column).value = "담당부서";
  table.eachRow((row, r) => {
    const department = departmentOf.get(String(row.getCell(2).value ?? ""));
    if (r > header && department) row.getCell(column).value = department;
  });
  expect(departmentOf.get("(중점추진) 어르신 방문건강관리")).toBe("보건소 건강증진과");
  const master = path.join(tmp, "6th-departments.xlsx");
  await workbook.xlsx.writeFile(master);

  const told = (file: string) => validate(file).findings.filter((f) => f.ruleId === "schedule/department-list").map((f) => `${f.messageId} ${f.sheet}!${f.address}`);
  const unknown = `unknownProject 관리체계!D${last + 1}`;
  expect(told(master)).toEqual([unknown]);
  const dir = path.join(tmp, "6th-departments");
  expect(cli(["split", master, "-o", dir]).code).toBe(0);
  const files = fs.readdirSync(dir).filter((name) => name.endsWith(".xlsx")).sort();
  expect(files).toContain("보건소 건강증진과.xlsx");
  expect(files.map((name) => [name, told(path.join(dir, name))])).toEqual(files.map((name) => [name, name === "보건소 건강증진과.xlsx" ? [unknown] : []]));
});
