/**
 * 시행결과 end to end on the bundled sample's 2024: the filled form (test/fixtures/results/, built by
 * scripts/build-results-fixtures.js, every case on its own row) and a district's own layout (실적 columns
 * beside the targets), through the use case and the command line.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { checkResults } from "../src/app/resultsCheck";
import { validateGrid } from "../src/app/validateWorkbook";
import { main } from "../src/cli/main";
import { planCounts, readPlan } from "../src/engine";
import { readWorkbookBuffer } from "../src/xlsx/readGrid";
import { makeResultsForm } from "../src/app/resultsInPlace";
import { ExcelJsWorkbookPort } from "../src/xlsx/exceljsPort";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CASES, YEAR } = require("../scripts/build-results-fixtures.js") as {
  CASES: { id: string; expect: string | null; what: string }[];
  YEAR: number;
};

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "..");
const SAMPLE = path.join(ROOT, "assets/samples/mapo-5th-plan.xlsx");
const FILLED = path.join(ROOT, "test/fixtures/results/mapo-2024-results.xlsx");
const BESIDE = path.join(ROOT, "test/fixtures/results/mapo-2024-beside.xlsx");

const grid = (file: string) => readWorkbookBuffer(fs.readFileSync(file));

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdoutIsTTY: false, env: {} });
  return { code, stdout, stderr };
}

describe("the filled 시행결과_2024 form of the sample", () => {
  let check: ReturnType<typeof checkResults>;
  beforeAll(async () => {
    check = checkResults(await grid(FILLED), YEAR);
  });

  it("reads the plan exactly as the sample's", async () => {
    expect(planCounts(check.plan)).toEqual(planCounts(readPlan(await grid(SAMPLE))));
  });

  // A project may carry two cases (a missed indicator and a wrong 집행률): its findings are all of its cases'.
  it.each(CASES.map((c) => [c.what, c] as const))("%s", (_what, c) => {
    const found = check.findings.filter((f) => f.projectId === c.id).map((f) => `${f.ruleId}:${f.messageId}`);
    const expected = CASES.filter((other) => other.id === c.id).flatMap((other) => (other.expect ? other.expect.split(" ") : []));
    expect(found.sort()).toEqual(expected.sort());
    for (const id of c.expect?.split(" ") ?? []) expect(found).toContain(id);
  });

  it("reports the row the plan does not have, and nothing else", () => {
    const others = check.findings.filter((f) => !CASES.some((c) => c.id === f.projectId)).map((f) => [f.ruleId, f.messageId, f.data.project]);
    expect(others).toEqual([["results/unmatched", "unknownRow", "없는 사업"]]);
  });

  it("counts met, missed and not reported", () => {
    // Missed: 650 of 700명, 30 of a rising 34.5% (고위험군 상담: its series, not the word 위험, says more is better), 120명 against %, a 실적 in words.
    expect(check.report.counts).toEqual({ met: 54, missed: 4, notReported: 1, noTarget: 3 });
  });

  it("validate runs the results rules on a workbook that carries results", async () => {
    const plain = validateGrid(await grid(SAMPLE)).findings.length;
    const withResults = validateGrid(await grid(FILLED)).findings;
    expect(withResults.filter((f) => !f.ruleId.startsWith("results/"))).toHaveLength(plain);
    expect(withResults.filter((f) => f.ruleId.startsWith("results/"))).toHaveLength(check.findings.length);
  });
});

describe("a district's own layout: 실적 columns beside the targets", () => {
  it("evaluates direction and milestones, keeping every value's cell", async () => {
    const check = checkResults(await grid(BESIDE), YEAR);
    const byProject = new Map(check.report.indicators.filter((o) => o.result?.actual).map((o) => [o.project.id, o]));
    expect([...byProject.keys()].sort()).toEqual(["I-1-1", "I-1-4", "I-1-5", "I-1-8", "I-2-1", "I-3-2"]);
    expect(byProject.get("I-1-4")?.evaluation).toEqual({ status: "met", achievement: 101.3 }); // 판정율 24.0% against 24.3%
    expect(byProject.get("I-1-5")?.evaluation).toEqual({ status: "missed", achievement: 98.6 });
    expect(byProject.get("I-3-2")?.evaluation).toEqual({ status: "missed", achievement: null }); // 공사 진행 short of 준공 및 개관
    expect(byProject.get("I-3-2")?.result?.reason?.raw).toMatch(/자재 수급/);
    expect(byProject.get("I-1-4")?.ref).toEqual({ sheet: "총괄표", row: 10, col: 16 });
    const errors = check.findings.filter((f) => f.severity === "error").map((f) => [f.projectId, f.messageId]);
    expect(errors).toEqual([["I-1-5", "noReason"]]);
  });
});

describe("plan-check results-form and results", () => {
  it("writes the form as a new workbook, which results then reads against the plan", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "results-form-"));
    const out = path.join(dir, "form.xlsx");
    const made = await run(["results-form", SAMPLE, "--year", "2024", "-o", out]);
    expect(made).toMatchObject({ code: 0, stderr: "" });
    const checked = await run(["results", SAMPLE, out, "--year", "2024", "--format", "json"]);
    expect(checked.code).toBe(0);
    const json = JSON.parse(checked.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["file", "year", "indicators", "budgets", "findings", "counts"]));
    expect(json.counts).toMatchObject({ met: 0, missed: 0, notReported: 59 });
    expect(Object.keys(json.indicators[0])).toEqual(expect.arrayContaining(["projectId", "project", "indicator", "target", "actual", "achievement", "met", "reason", "address"]));
    expect(Object.keys(json.budgets[0])).toEqual(expect.arrayContaining(["projectId", "project", "budget", "spent", "executionRate", "address"]));
  });

  it("JSON of the filled form: exit 1 for its errors, each indicator with its address", async () => {
    const checked = await run(["results", FILLED, "--year", "2024", "--format", "json"]);
    expect(checked.code).toBe(1);
    const json = JSON.parse(checked.stdout);
    const lower = json.indicators.find((i: { projectId: string }) => i.projectId === "I-1-4");
    expect(lower).toMatchObject({ target: "24.3%", actual: "23.9", achievement: 101.7, met: true, address: "시행결과_2024!G7" });
    expect(json.findings.find((f: { messageId: string }) => f.messageId === "noReason")).toMatchObject({ ruleId: "results/reason", severity: "error", address: "G8" });
  });

  it("a year the plan has no target for, a missing --year and an unreadable file exit 2 with one line", async () => {
    expect(await run(["results", SAMPLE, "--year", "2031"])).toMatchObject({ code: 2, stdout: "" });
    expect(await run(["results", SAMPLE])).toMatchObject({ code: 2, stdout: "" });
    const missing = await run(["results", path.join(ROOT, "nope.xlsx"), "--year", "2024"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const none = await run(["results", SAMPLE, "--year", "2024"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/시행결과/);
  });
});

describe("a 실적 or 집행액 written as a formula saved without its value (a department's copy made by a script)", () => {
  const UNCOMPUTED = "results/uncomputed-formula";
  let file: string;
  let check: ReturnType<typeof checkResults>;
  beforeAll(async () => {
    // The filled form, edited as a script would: I-1-2's first 실적 and I-1-4's 집행액 formulas without values; I-3-2's 실적 a formula with its value.
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(FILLED);
    const sheet = workbook.getWorksheet(`시행결과_${YEAR}`)!;
    const rowOf = (id: string) => sheet.getColumn(1).values.findIndex((v) => v === id);
    sheet.getCell(rowOf("I-1-2"), 7).value = { formula: "F3*2" } as import("exceljs").CellFormulaValue;
    sheet.getCell(rowOf("I-1-4"), 11).value = { formula: "J9*0.97" } as import("exceljs").CellFormulaValue;
    sheet.getCell(rowOf("I-3-2"), 7).value = { formula: '"준"&"공"', result: "준공" } as import("exceljs").CellFormulaValue;
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "results-formula-")), "formulas.xlsx");
    await workbook.xlsx.writeFile(file);
    check = checkResults(await grid(file), YEAR);
  });
  const of = (findings: { projectId?: string | null; ruleId: string; messageId: string }[], id: string) => findings.filter((f) => f.projectId === id).map((f) => `${f.ruleId}:${f.messageId}`);

  it("is named for what it is, on its cell with its formula, and not as a missing 실적", () => {
    expect(of(check.findings, "I-1-2")).toEqual([`${UNCOMPUTED}:actual`]);
    expect(of(check.findings, "I-1-4")).toEqual([`${UNCOMPUTED}:spent`]);
    const [actual] = check.findings.filter((f) => f.ruleId === UNCOMPUTED && f.messageId === "actual");
    expect(actual).toMatchObject({ severity: "warning", ref: { sheet: `시행결과_${YEAR}`, col: 6 }, data: { formula: "=F3*2", sheet: `시행결과_${YEAR}`, year: YEAR } });
    expect(check.findings.filter((f) => f.ruleId === UNCOMPUTED)).toHaveLength(2);
  });

  it("a formula with its saved value reads as that value", () => {
    expect(of(check.findings, "I-3-2")).toEqual([]);
    const milestone = check.report.indicators.find((o) => o.project.id === "I-3-2")!;
    expect(milestone.result?.actual).toMatchObject({ raw: "준공", formula: '="준"&"공"' });
    expect(milestone.evaluation.status).toBe("met");
  });

  it("validate reports it too", async () => {
    const found = validateGrid(await grid(file)).findings.filter((f) => f.ruleId === UNCOMPUTED);
    expect(found.map((f) => [f.projectId, f.messageId])).toEqual([["I-1-2", "actual"], ["I-1-4", "spent"]]);
  });

  it("the command line: its message id in JSON, the sheet, cell and formula in Korean and in English", async () => {
    const json = JSON.parse((await run(["results", file, "--year", "2024", "--format", "json"])).stdout);
    const found = json.findings.filter((f: { ruleId: string }) => f.ruleId === UNCOMPUTED);
    expect(found.map((f: { messageId: string }) => f.messageId)).toEqual(["actual", "spent"]);
    expect(found[0].message).toMatch(/시행결과_2024.*G\d+.*=F3\*2.*Excel에서 열어/);
    expect(json.findings.filter((f: { projectId: string; ruleId: string }) => f.projectId === "I-1-2" && f.ruleId === "results/missing")).toEqual([]);
    // Nothing read from the cell: its 실적 is null, not an empty text.
    expect(json.indicators.find((i: { projectId: string }) => i.projectId === "I-1-2")).toMatchObject({ actual: null, status: "notReported" });
    const en = await run(["results", file, "--year", "2024", "--lang", "en"]);
    expect(en.stdout).toMatch(/saved without its value/);
    expect(en.stdout).toContain("=J9*0.97");
    const validated = JSON.parse((await run(["validate", file, "--format", "json", "--lang", "en"])).stdout);
    const messages = validated[0].findings.filter((f: { ruleId: string }) => f.ruleId === UNCOMPUTED).map((f: { message: string }) => f.message);
    expect(messages).toEqual([expect.stringContaining("=F3*2"), expect.stringContaining("=J9*0.97")]);
  });

  it("a freshly made results form (its 달성률, 집행률 and 달성 여부 formulas have no values until Excel opens it) gives no such finding", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(fs.readFileSync(SAMPLE));
    await makeResultsForm(port, YEAR, "ko");
    const inPlan = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "results-fresh-")), "plan.xlsx");
    fs.writeFileSync(inPlan, await port.toBuffer());
    const fresh = await grid(inPlan);
    expect(fresh.sheets.find((s) => s.name === `시행결과_${YEAR}`)?.formulas?.flat().filter(Boolean).length).toBeGreaterThan(0);
    expect(validateGrid(fresh).findings.filter((f) => f.ruleId === UNCOMPUTED)).toEqual([]);
    expect(checkResults(fresh, YEAR).findings.filter((f) => f.ruleId === UNCOMPUTED)).toEqual([]);
    // And gathered: the form written by results-form, given as a RESULTS file.
    const form = path.join(path.dirname(inPlan), "form.xlsx");
    expect((await run(["results-form", SAMPLE, "--year", "2024", "-o", form])).code).toBe(0);
    const gathered = JSON.parse((await run(["results", SAMPLE, form, "--year", "2024", "--format", "json"])).stdout);
    expect(gathered.conflicts).toEqual([]);
    expect(gathered.findings.filter((f: { ruleId: string }) => f.ruleId === UNCOMPUTED)).toEqual([]);
  });
});

describe("a department round trip: form → one workbook per 담당부서 → filled → gathered → summary", () => {
  const MASTER = path.join(ROOT, "test/fixtures/layouts/department-column.xlsx");

  it("--departments into a folder already holding one department's file (no --force) writes none: exit 2 naming that file, the folder as it was", async () => {
    const made = await run(["results-form", MASTER, "--year", "2024", "--departments", "-o", fs.mkdtempSync(path.join(os.tmpdir(), "results-order-"))]);
    expect(made.code).toBe(0);
    // The file written last (one line each, in order): every other one would be written before it is reached.
    const lines = made.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    const last = lines[lines.length - 1].slice(0, lines[lines.length - 1].indexOf(".xlsx:") + ".xlsx".length);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "results-refused-"));
    const mine = path.join(dir, path.basename(last));
    fs.writeFileSync(mine, "the user's own file");
    const refused = await run(["results-form", MASTER, "--year", "2024", "--departments", "-o", dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(mine);
    expect(refused.stdout).toBe("");
    expect(fs.readdirSync(dir)).toEqual([path.basename(last)]);
    expect(fs.readFileSync(mine, "utf8")).toBe("the user's own file");
  });

  it("each department's form is locked but for its input cells (실적, 미달성 사유, 집행액), formatting allowed, numbers asked in the number cells", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "results-locked-"));
    expect((await run(["results-form", MASTER, "--year", "2024", "--departments", "-o", dir])).code).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "보건소 건강관리과.xlsx"));
    const sheet = workbook.getWorksheet("시행결과_2024")!;
    const part = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, "보건소 건강관리과.xlsx"))))["xl/worksheets/sheet1.xml"]);
    // Protected, with cell, column and row formatting allowed ("0": not protected) so that highlights still work.
    const protection = /<sheetProtection [^>]*>/.exec(part)?.[0] ?? "";
    expect(protection).toMatch(/sheet="1"/);
    for (const what of ["formatCells", "formatColumns", "formatRows"]) expect(protection).toContain(`${what}="0"`);
    expect(part).toMatch(/<dataValidation [^>]*type="decimal"/);
    // A reason required where the result is under target: the 사유 column is marked while its row's 달성 여부 says missed.
    expect(part).toMatch(/<conditionalFormatting sqref="I3:I\d+"><cfRule type="expression"[^>]*><formula>AND\(\$M3=&quot;미달성&quot;,LEN\(TRIM\(\$I3\)\)=0\)<\/formula>/);
    expect(sheet.getCell(3, 13).formula).toMatch(/^IF\(/);
    const locked = (row: number, col: number) => sheet.getCell(row, col).protection?.locked !== false;
    let inputRows = 0;
    sheet.eachRow((row, n) => {
      if (n < 3 || !row.getCell(1).value) return;
      inputRows++;
      // id, number, name, department, indicator, target locked; 실적 (G) and 미달성 사유 (I) open; 달성률 (H) locked.
      expect([1, 2, 3, 4, 5, 6, 8].map((c) => locked(n, c))).toEqual([true, true, true, true, true, true, true]);
      if (row.getCell(5).value) expect([locked(n, 7), locked(n, 9)]).toEqual([false, false]);
    });
    expect(inputRows).toBeGreaterThan(0);
    expect(locked(1, 1)).toBe(true);
  });

  it("takes each department's own rows, never another's, and changes nothing else in the plan", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "results-departments-"));
    const made = await run(["results-form", MASTER, "--year", "2024", "--departments", "-o", dir]);
    expect(made.code).toBe(0);
    const files = fs.readdirSync(dir).sort();
    expect(files).toContain("보건소 건강관리과.xlsx");

    // 보건소 건강관리과 fills every numeric 실적 with its target; 어르신복지과 also writes one of 보건소's rows.
    const ExcelJS = (await import("exceljs")).default;
    const fill = async (file: string, edit: (sheet: import("exceljs").Worksheet) => void) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(dir, file));
      edit(workbook.worksheets[0]);
      await workbook.xlsx.writeFile(path.join(dir, file));
    };
    let health: (string | number)[] = [];
    await fill("보건소 건강관리과.xlsx", (sheet) => {
      sheet.eachRow((row, n) => {
        const target = String(row.getCell(6).value ?? "");
        const number = /^([\d.,]+)/.exec(target);
        if (n >= 3 && number && row.getCell(1).value) {
          row.getCell(7).value = Number(number[1].replace(/,/g, ""));
          if (!health.length) health = [String(row.getCell(1).value), String(row.getCell(5).value)];
        }
      });
    });
    await fill("어르신복지과.xlsx", (sheet) => {
      const last = sheet.rowCount - 1;
      sheet.spliceRows(last, 0, [health[0], "", "", "어르신복지과", health[1], "", 1]);
    });

    const out = path.join(dir, "gathered.xlsx");
    const inputs = files.map((f) => path.join(dir, f));
    const gathered = await run(["results", MASTER, ...inputs, "--year", "2024", "--format", "json", "-o", out]);
    expect(gathered.stderr).toBe("");
    expect(gathered.code).toBe(1); // the conflict
    const json = JSON.parse(gathered.stdout);
    expect(json.conflicts).toEqual([expect.objectContaining({ kind: "otherDepartment", projectId: health[0], files: [path.join(dir, "어르신복지과.xlsx")], values: ["1"] })]);
    const healthRows = json.indicators.filter((i: { projectId: string }) => i.projectId === health[0]);
    expect(healthRows[0]).toMatchObject({ met: true, achievement: 100 });

    // The plan's own sheets are exactly as they were; the two results sheets, 수정이력 and its store are new.
    const before = await grid(MASTER);
    const after = await grid(out);
    const results = new Set(["시행결과_2024", "요약_시행결과", "수정이력", "PlanCheckStore"]);
    expect(after.sheets.map((s) => s.name).filter((n) => !results.has(n))).toEqual(before.sheets.map((s) => s.name));
    for (const sheet of before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)?.values).toEqual(sheet.values);
    expect(after.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...results]));

    // The gathered master reads back with the department's values, and its summary counts them.
    const again = checkResults(after, 2024);
    expect(again.report.counts.met).toBe(json.counts.met);
    const summary = after.sheets.find((s) => s.name === "요약_시행결과");
    expect(summary?.values.flat()).toEqual(expect.arrayContaining(["합계"]));
    // Every 실적 taken is one 수정이력 row naming the department's file; the conflicting value none.
    const log = after.sheets.find((s) => s.name === "수정이력")!.values.slice(1);
    expect(log).toHaveLength(json.counts.met + json.counts.missed);
    expect(log.every((row) => row[10] === `시행결과 취합: ${path.join(dir, "보건소 건강관리과.xlsx")}`)).toBe(true);
  });
});
