/**
 * The built CLI end to end: `node bin/plan-check.js …` as a child process, on the sample plan
 * (assets/samples/mapo-5th-plan.xlsx, `npm run sample`) and on unreadable files.
 * test/fixtures/damaged/*.xlsx are used when present; otherwise equivalents are made in a temp folder.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "plan-check.js");
const SAMPLE = "assets/samples/mapo-5th-plan.xlsx";
const DAMAGED_DIR = path.join(ROOT, "test", "fixtures", "damaged");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(run: Run): any[] {
  return JSON.parse(run.stdout);
}

/** Lines that look like a JavaScript stack frame. */
const STACK_LINE = /^\s+at /m;

const EXPECTED_REASON = {
  "not-a-workbook.xlsx": "notWorkbook",
  "truncated.xlsx": "damaged",
  "password-protected.xlsx": "passwordProtected",
  "no-plan-table.xlsx": "noPlanTable",
} as const;
type DamagedName = keyof typeof EXPECTED_REASON;

let tmp: string;
const damaged: Record<DamagedName, string> = {} as Record<DamagedName, string>;

async function makeDamaged(name: DamagedName, file: string): Promise<void> {
  if (name === "not-a-workbook.xlsx") {
    fs.writeFileSync(file, "연번,사업명,성과지표\n1,청년 일자리,100명\n", "utf8");
  } else if (name === "truncated.xlsx") {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("총괄표");
    for (let r = 1; r <= 60; r++) ws.getRow(r).values = [r, `사업 ${r}`, "○", 100 + r];
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  } else if (name === "password-protected.xlsx") {
    // The parts of an encrypted .xlsx that matter here: the OLE magic and an EncryptionInfo stream name.
    const bytes = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    Buffer.from("EncryptionInfo", "utf16le").copy(bytes, 1024 + 128);
    Buffer.from("EncryptedPackage", "utf16le").copy(bytes, 1024 + 256);
    fs.writeFileSync(file, bytes);
  } else {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("예산");
    ws.addRow(["부서", "항목", "금액"]);
    ws.addRow(["복지정책과", "인건비", 1200]);
    fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  }
}

beforeAll(async () => {
  // The CLI runs from dist/: build it. tsc emits even when some other file has type errors, so a
  // failing build only fails these tests if the CLI itself was not emitted.
  const build = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build:cli", "--silent"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 180_000,
  });
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) {
    throw new Error(`npm run build:cli did not produce dist/cli/main.js:\n${build.stdout}\n${build.stderr}`);
  }
  if (build.status !== 0) console.warn(`npm run build:cli exited ${build.status}:\n${build.stdout}${build.stderr}`);

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-cli-"));
  for (const name of Object.keys(EXPECTED_REASON) as DamagedName[]) {
    const fixture = path.join(DAMAGED_DIR, name);
    if (fs.existsSync(fixture)) {
      damaged[name] = path.relative(ROOT, fixture);
    } else {
      damaged[name] = path.join(tmp, name);
      await makeDamaged(name, damaged[name]);
    }
  }
}, 240_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

jest.setTimeout(60_000);

// ---------------------------------------------------------------------------------------------
// Need nothing but the CLI and the xlsx reader (pass with the placeholder plan reader too)

describe("plan-check without a plan", () => {
  it("--help prints usage on stdout, exit 0", () => {
    const run = cli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("plan-check validate");
    expect(run.stderr).toBe("");
  });

  it("--help loads neither the engine nor the reader (each command loads its own code)", () => {
    const loaded = (args: string[]) => {
      const script = `process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...process.argv.slice(1)];
process.on("exit", () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));
require(${JSON.stringify(BIN)});`;
      const run = spawnSync(process.execPath, ["-e", script, "--", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
      return (JSON.parse(run.stderr) as string[]).map((file) => path.relative(ROOT, file));
    };
    const help = loaded(["--help"]);
    expect(help.filter((file) => /dist[\\/](engine|xlsx|app)[\\/]/.test(file))).toEqual([]);
    expect(help.length).toBeLessThan(10);
    const validate = loaded(["validate", SAMPLE]);
    expect(validate.some((file) => /dist[\\/]engine[\\/]rules[\\/]/.test(file))).toBe(true);
    expect(validate.some((file) => /node_modules[\\/]exceljs/.test(file))).toBe(false);
  });

  it("validate without a pool of workers loads no worker_threads (only a pool needs them)", () => {
    const script = `process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...process.argv.slice(1)];
process.on("exit", () => process.stderr.write(JSON.stringify(process.moduleLoadList)));
require(${JSON.stringify(BIN)});`;
    const run = spawnSync(process.execPath, ["-e", script, "--", "validate", SAMPLE, "--format", "json"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, PLAN_CHECK_WORKERS: "0" },
    });
    const loaded = JSON.parse(run.stderr) as string[];
    expect(loaded).toContain("NativeModule os"); // the list is node's own: the pool's size was asked for
    expect(loaded).not.toContain("NativeModule worker_threads");
  });

  it("no command, no file, an unknown command or option → usage on stderr, exit 2", () => {
    for (const args of [[], ["validate"], ["summarise", SAMPLE], ["validate", SAMPLE, "--strict"]]) {
      const run = cli(args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr).toContain("사용법: plan-check <명령>");
      expect(run.stdout).toBe("");
    }
  });

  it("a missing file → one line on stderr naming it, exit 2; JSON reports it as {file, error}", () => {
    const text = cli(["validate", "no/such/plan.xlsx"]);
    expect(text.code).toBe(2);
    expect(text.stderr).toBe("no/such/plan.xlsx: 파일이 없습니다. 찾던 것: 이 경로의 .xlsx 파일\n");

    const en = cli(["validate", "no/such/plan.xlsx", "--format", "json", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("no/such/plan.xlsx: file not found — looked for an .xlsx file at this path\n");
    expect(json(en)).toEqual([
      {
        file: "no/such/plan.xlsx",
        error: { reason: "fileNotFound", message: en.stderr.trimEnd(), data: {} },
      },
    ]);
  });

  it("every damaged file → exit 2, one stderr line each naming the file, no stack trace, all reported", () => {
    const names = Object.keys(EXPECTED_REASON) as DamagedName[];
    const files = names.map((name) => damaged[name]);
    const run = cli(["validate", ...files, "--format", "json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(files.length);
    files.forEach((file, i) => expect(lines[i].startsWith(`${file}: `)).toBe(true));
    const reports = json(run);
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(reports.map((r) => r.error.reason)).toEqual(names.map((name) => EXPECTED_REASON[name]));
    expect(reports.map((r) => r.error.message)).toEqual(lines);
  });

  it("damaged files in English, text format", () => {
    const run = cli(["validate", damaged["password-protected.xlsx"], damaged["no-plan-table.xlsx"], "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${damaged["password-protected.xlsx"]}: the workbook is password-protected — looked for an unencrypted .xlsx; remove the password in Excel and save again\n` +
        `${damaged["no-plan-table.xlsx"]}: no plan table found — looked for a header row with 사업번호 (or 연번), 사업명, 성과지표 and 예산(백만원) columns\n`,
    );
    expect(run.stdout.trimEnd()).toBe("total: files 2 · unreadable 2 · errors 0 · warnings 0 · info 0");
  });
});

// ---------------------------------------------------------------------------------------------
// Need the plan reader (src/engine/read/readPlan.ts) and the sample

describe("plan-check on the sample plan", () => {
  const PLAN_COUNTS = { strategies: 8, tasks: 8, projectRows: 51, projects: 50, keyProjects: 8 };

  it("json: one report with the plan's counts and well-formed findings; exit status follows errors", () => {
    const run = cli(["validate", SAMPLE, "--format", "json"]);
    expect(run.stderr).toBe("");
    const reports = json(run);
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report.file).toBe(SAMPLE);
    expect(report.plan).toMatchObject(PLAN_COUNTS);
    expect(report.plan.indicators).toBeGreaterThan(0);
    expect(Object.keys(report.counts).sort()).toEqual(["error", "info", "warning"]);
    for (const finding of report.findings) {
      expect(finding).toEqual({
        ruleId: expect.any(String),
        severity: expect.stringMatching(/^(error|warning|info)$/),
        sheet: expect.any(String),
        address: expect.stringMatching(/^[A-Z]{1,3}[1-9]\d*$/),
        projectId: finding.projectId === null ? null : expect.any(String),
        messageId: expect.any(String),
        message: expect.any(String),
        data: expect.any(Object),
        fix:
          finding.fix === null
            ? null
            : {
                sheet: expect.any(String),
                address: expect.stringMatching(/^[A-Z]{1,3}[1-9]\d*$/),
                from: expect.anything(),
                to: expect.anything(),
              },
      });
    }
    const bySeverity = { error: 0, warning: 0, info: 0 } as Record<string, number>;
    for (const finding of report.findings) bySeverity[finding.severity] += 1;
    expect(report.counts).toEqual(bySeverity);
    expect(run.code).toBe(report.counts.error > 0 ? 1 : 0);
  });

  it("text (Korean by default): counts line, grouped findings, closing severity line, no colour when piped", () => {
    const reports = json(cli(["validate", SAMPLE, "--format", "json"]));
    const { counts, plan } = reports[0];
    const run = cli(["validate", SAMPLE], { NO_COLOR: "" });
    expect(run.code).toBe(counts.error > 0 ? 1 : 0);
    expect(run.stderr).toBe("");
    expect(run.stdout).not.toContain("\x1b[");
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(SAMPLE);
    expect(lines[1]).toBe(`제5기 (2023–2026) · 전략 8 · 대표과업 8 · 사업 50개(51행) · 중점 8 · 성과지표 ${plan.indicators}`);
    expect(lines[lines.length - 1]).toBe(`오류 ${counts.error} · 경고 ${counts.warning} · 정보 ${counts.info}`);
    if (reports[0].findings.length > 0) expect(lines[2]).toMatch(/^「.+」$/);
  });

  it("--lang en", () => {
    const run = cli(["validate", SAMPLE, "--lang", "en"]);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[1]).toMatch(/^period 5 \(2023–2026\) · strategies 8 · tasks 8 · projects 50 \(rows 51\) · key 8 · indicators \d+$/);
    expect(lines[lines.length - 1]).toMatch(/^errors \d+ · warnings \d+ · info \d+$/);
    const en = json(cli(["validate", SAMPLE, "--format", "json", "--lang", "en"]))[0];
    const ko = json(cli(["validate", SAMPLE, "--format=json"]))[0];
    expect(en.findings.map((f: { messageId: string }) => f.messageId)).toEqual(
      ko.findings.map((f: { messageId: string }) => f.messageId),
    );
  });

  it("names each period by the years it runs, the baseline year left out: 제5기 (2023–2026), 제6기 (2027–2030)", () => {
    const run = cli(["validate", "assets/samples/gaon-6th-plan.xlsx"], { NO_COLOR: "" });
    expect(run.stdout.split("\n")[1]).toMatch(/^제6기 \(2027–2030\) · /);
    const years = json(cli(["validate", "assets/samples/gaon-6th-plan.xlsx", "--format", "json"]))[0].plan.years;
    expect(years).toEqual([2026, 2027, 2028, 2029, 2030]);
  });

  it("several files, some unreadable: exit 2 wins, the sample is still reported, one stderr line per bad file", () => {
    const missing = "no/such/plan.xlsx";
    const files = [damaged["truncated.xlsx"], SAMPLE, missing, damaged["not-a-workbook.xlsx"], SAMPLE];
    const run = cli(["validate", ...files, "--format", "json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^${escape(damaged["truncated.xlsx"])}: `)),
      `${missing}: 파일이 없습니다. 찾던 것: 이 경로의 .xlsx 파일`,
      expect.stringMatching(new RegExp(`^${escape(damaged["not-a-workbook.xlsx"])}: `)),
    ]);
    const reports = json(run);
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(reports[1].plan).toMatchObject(PLAN_COUNTS);
    expect(reports[4]).toEqual(reports[1]);
    expect(reports.filter((r) => "error" in r).map((r) => r.error.reason)).toEqual(["damaged", "fileNotFound", "notWorkbook"]);

    const text = cli(["validate", ...files]);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain(`${SAMPLE}\n제5기 (2023–2026) · 전략 8 · 대표과업 8 · 사업 50개(51행)`);
    expect(text.stdout.trimEnd().split("\n").pop()).toMatch(/^합계: 파일 5개 · 읽지 못함 3 · 오류 \d+ · 경고 \d+ · 정보 \d+$/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------------
// summarize and diff

describe("plan-check summarize", () => {
  it("writes a copy with 요약_전략별 and 요약_지표 and leaves the plan's sheets as they were", async () => {
    const out = path.join(tmp, "요약.xlsx");
    const run = cli(["summarize", SAMPLE, "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(out);
    const [original, copy] = await Promise.all(
      [path.join(ROOT, SAMPLE), out].map(async (file) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(file);
        return workbook;
      }),
    );
    expect(copy.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["총괄표", "관리체계", "요약_전략별", "요약_지표"]));
    for (const sheet of original.worksheets) {
      const values = (w: ExcelJS.Worksheet) => w.getSheetValues().map((row) => JSON.stringify(row ?? null));
      expect(values(copy.getWorksheet(sheet.name)!)).toEqual(values(sheet));
    }
  });

  it("needs -o and exactly one file", () => {
    expect(cli(["summarize", SAMPLE]).code).toBe(2);
    expect(cli(["summarize", "-o", path.join(tmp, "x.xlsx")]).code).toBe(2);
  });

  it("refuses an unreadable file in one line", () => {
    const run = cli(["summarize", damaged["truncated.xlsx"], "-o", path.join(tmp, "y.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(fs.existsSync(path.join(tmp, "y.xlsx"))).toBe(false);
  });
});

describe("plan-check diff", () => {
  it("finds nothing between a plan and itself: exit 0", () => {
    const run = cli(["diff", SAMPLE, SAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe("바뀐 것이 없습니다.");
    expect(json(cli(["diff", SAMPLE, SAMPLE, "--format", "json"]))).toEqual([]);
  });

  it("lists a changed budget and a renamed project as the documented JSON entries: exit 1", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(ROOT, SAMPLE));
    const sheet = workbook.getWorksheet("총괄표")!;
    sheet.getCell("M10").value = 2700; // 노인을 위한 기본생활 보장, '23 budget: 2614 → 2700
    sheet.getCell("B39").value = "문화예술 창작가 지원 확대"; // was 문화예술 창작가 지 원
    const edited = path.join(tmp, "수정본.xlsx");
    await workbook.xlsx.writeFile(edited);

    const run = cli(["diff", SAMPLE, edited, "--format", "json"]);
    expect(run.code).toBe(1);
    const entries = json(run);
    for (const entry of entries) expect(Object.keys(entry)).toEqual(["type", "projectId", "name", "field", "year", "before", "after"]);
    expect(entries).toEqual([
      { type: "changed", projectId: "I-1-3", name: expect.stringContaining("노인을 위한"), field: "budget", year: 2023, before: 2614, after: 2700 },
      { type: "renamed", projectId: "I-3-8", name: expect.stringContaining("문화예술 창작가"), field: "name", year: null, before: expect.any(String), after: "문화예술 창작가 지원 확대" },
    ]);
    const text = cli(["diff", SAMPLE, edited, "--lang", "en"]);
    expect(text.stdout.trim().split("\n")).toHaveLength(3);
  });
});

// ---------------------------------------------------------------------------------------------
// split and consolidate

describe("plan-check split and consolidate", () => {
  const MASTER = "test/fixtures/layouts/department-column.xlsx";

  it("splits the master into one workbook per 담당부서, each a plan of that department's projects", async () => {
    const dir = path.join(tmp, "부서별");
    const run = cli(["split", MASTER, "-o", dir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThan(3);
    expect(run.stdout.trim().split("\n").length).toBeGreaterThanOrEqual(files.length);
    const reports = json(cli(["validate", ...files.map((f) => path.join(dir, f)), "--format", "json"]));
    expect(reports.every((r) => r.plan && r.plan.projectRows > 0)).toBe(true);
    expect(reports.reduce((n, r) => n + r.plan.projectRows, 0)).toBe(51);
  });

  it("refuses a plan without 담당부서 in one line, exit 2", () => {
    const run = cli(["split", SAMPLE, "-o", path.join(tmp, "none")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("담당부서");
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("consolidates untouched department workbooks into an unchanged master: no conflicts, exit 0", () => {
    const dir = path.join(tmp, "부서별");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(dir, f));
    const out = path.join(tmp, "취합.xlsx");
    const run = cli(["consolidate", MASTER, ...files, "-o", out, "--format", "json"]);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ applied: [], added: [], conflicts: [] });
    expect(run.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });

  it("reports an unreadable department file as a conflict, exit 1, and never overwrites the master", () => {
    const run = cli(["consolidate", MASTER, damaged["truncated.xlsx"], "-o", path.join(tmp, "취합2.xlsx"), "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).conflicts).toEqual([expect.objectContaining({ kind: "unreadable" })]);
    expect(cli(["consolidate", MASTER, damaged["truncated.xlsx"], "-o", MASTER]).code).toBe(2);
  });
});
