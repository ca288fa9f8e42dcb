/**
 * The hostile suite: the built CLI (`node bin/plan-check.js`) on the workbooks of scripts/build-hostile.js
 * (test/hostile/files) and on files made here (links, a FIFO, /dev/zero). Each case states its exit
 * status and what must (and must not) be printed; outputs are compared part by part with their input.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { unzipSync } from "fflate";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "plan-check.js");
const FILES = path.join(__dirname, "files");
const MASTER = path.join(ROOT, "test/fixtures/layouts/department-column.xlsx");
const f = (name: string) => path.join(FILES, name);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], timeout = 90_000): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout });
  return { code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const STACK = /^\s+at /m;

let tmp: string;
beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, timeout: 240_000 });
  if (!fs.existsSync(f("deep-header.xlsx"))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    await (require("../../scripts/build-hostile.js") as { build(): Promise<void> }).build();
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-hostile-"));
}, 300_000);
afterAll(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));
jest.setTimeout(120_000);

const bytes = (file: string) => new Uint8Array(fs.readFileSync(file));
const copy = (from: string, name: string) => {
  const to = path.join(tmp, name);
  fs.copyFileSync(from, to);
  return to;
};

/** Parts whose bytes differ, and parts only in `after`. */
function packageDiff(before: Uint8Array, after: Uint8Array) {
  const a = unzipSync(before);
  const b = unzipSync(after);
  const changed = Object.keys(a).filter((name) => !b[name] || Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name])) !== 0);
  return { changed: changed.sort(), added: Object.keys(b).filter((name) => !(name in a)).sort() };
}

describe("outputs never destroy input", () => {
  it("summarize onto its input — the same path, a symlink, a hard link — is refused, even with --force; the input is unchanged", () => {
    const input = copy(f("rich.xlsx"), "input.xlsx");
    fs.symlinkSync(input, path.join(tmp, "sym.xlsx"));
    fs.linkSync(input, path.join(tmp, "hard.xlsx"));
    const before = bytes(input);
    for (const output of [input, path.join(tmp, "sym.xlsx"), path.join(tmp, "hard.xlsx")]) {
      const run = cli(["summarize", input, "-o", output, "--force"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("덮어쓰지 않습니다");
      expect(run.stderr).not.toMatch(STACK);
    }
    expect(bytes(input)).toEqual(before);
  });

  it("an existing output is kept unless --force", () => {
    const other = path.join(tmp, "other.xlsx");
    fs.writeFileSync(other, "theirs");
    const run = cli(["summarize", f("rich.xlsx"), "-o", other]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("이미 있어");
    expect(fs.readFileSync(other, "utf8")).toBe("theirs");
    expect(cli(["summarize", f("rich.xlsx"), "-o", other, "--force", "--lang", "en"]).code).toBe(0);
  });

  it("consolidate never writes over a department's file", () => {
    const dept = copy(f("dept-a.xlsx"), "dept.xlsx");
    const before = bytes(dept);
    const run = cli(["consolidate", MASTER, dept, "-o", dept, "--force"]);
    expect(run.code).toBe(2);
    expect(bytes(dept)).toEqual(before);
  });

  it("a write failure names the file and the cause, not a reading error", () => {
    const blocker = path.join(tmp, "blocker");
    fs.writeFileSync(blocker, "");
    const run = cli(["summarize", f("rich.xlsx"), "-o", path.join(blocker, "out.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("쓰지 못했습니다");
    expect(run.stderr).not.toMatch(/읽는 중|예기치/);
  });

  it("split: a device name, a 400-byte name and the master's own name are made safe, listed, and the master survives", () => {
    const dir = path.join(tmp, "split");
    fs.mkdirSync(dir);
    const masterCopy = copy(f("bad-names.xlsx"), path.join("split", "bad-names.xlsx"));
    const before = bytes(masterCopy);
    const run = cli(["split", masterCopy, "-o", dir]);
    expect(run.code).toBe(0);
    expect(bytes(masterCopy)).toEqual(before);
    const written = fs.readdirSync(dir).filter((name) => name !== "bad-names.xlsx");
    expect(written).toContain("_CON.xlsx");
    expect(written).toContain("bad-names (2).xlsx");
    for (const name of written) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    for (const name of written) expect(run.stdout).toContain(name);
    // A second split without --force refuses before writing anything.
    const again = cli(["split", masterCopy, "-o", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
  });
});

describe("outputs keep everything they do not change", () => {
  it("summarize: only workbook.xml, its rels, content types and styles differ; two sheets added", () => {
    const out = path.join(tmp, "summary.xlsx");
    expect(cli(["summarize", f("rich.xlsx"), "-o", out]).code).toBe(0);
    expect(packageDiff(bytes(f("rich.xlsx")), bytes(out))).toEqual({
      changed: ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"],
      added: ["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"],
    });
  });

  it("consolidate: the plan sheet, 수정이력 and the store; every other part as it was", () => {
    const out = path.join(tmp, "consolidated.xlsx");
    const run = cli(["consolidate", f("rich.xlsx"), f("dept-a.xlsx"), "-o", out, "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).applied.length).toBe(1);
    const diff = packageDiff(bytes(f("rich.xlsx")), bytes(out));
    expect(diff.changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(diff.added).toEqual(["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]);
  });
});

describe("consolidation", () => {
  it("a budget written as a formula without its value is a conflict, never an empty master cell", () => {
    const run = cli(["consolidate", MASTER, f("dept-formula.xlsx"), "-o", path.join(tmp, "formula.xlsx"), "--format", "json"]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.applied).toEqual([]);
    expect(json.conflicts.map((c: { kind: string }) => c.kind)).toEqual(["unsupportedChange"]);
  });

  it("a target written as a formula without its value is a conflict, never an empty master cell; validate says why", () => {
    const out = path.join(tmp, "target-formula.xlsx");
    const run = cli(["consolidate", MASTER, f("dept-target-formula.xlsx"), "-o", out, "--format", "json"]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.applied).toEqual([]);
    expect(json.conflicts.map((c: { kind: string; field: string; values: string[] }) => [c.kind, c.field, c.values])).toEqual([["unsupportedChange", "target", ["=90+5"]]]);
    const validate = cli(["validate", f("dept-target-formula.xlsx"), "--format", "json"]);
    const findings = (JSON.parse(validate.stdout)[0] as { findings: { ruleId: string; messageId: string; address: string }[] }).findings;
    const uncomputed = findings.filter((x) => x.ruleId === "structure/uncomputed-formula");
    expect(uncomputed.map((x) => x.messageId)).toEqual(["target"]);
    // Said once, as what it is: not also a missing target on the same cell.
    expect(findings.filter((x) => x.address === uncomputed[0].address).map((x) => x.ruleId)).toEqual(["structure/uncomputed-formula"]);
  });

  it("two files of the same name that disagree are a conflict, whatever their order", () => {
    for (const [first, second] of [["dept-a.xlsx", "dept-b.xlsx"], ["dept-b.xlsx", "dept-a.xlsx"]]) {
      const a = path.join(tmp, `a-${first}`);
      const b = path.join(tmp, `b-${first}`);
      fs.mkdirSync(a);
      fs.mkdirSync(b);
      fs.copyFileSync(f(first), path.join(a, "부서.xlsx"));
      fs.copyFileSync(f(second), path.join(b, "부서.xlsx"));
      const run = cli(["consolidate", MASTER, path.join(a, "부서.xlsx"), path.join(b, "부서.xlsx"), "-o", path.join(tmp, `same-${first}`), "--format", "json"]);
      expect(run.code).toBe(1);
      const json = JSON.parse(run.stdout);
      expect(json.applied).toEqual([]);
      expect(json.conflicts.map((c: { kind: string }) => c.kind)).toEqual(["disagreement"]);
    }
  });
});

describe("messages name the real cause", () => {
  it("a master without 담당부서 is said to be one, not an unexpected reading error", () => {
    const run = cli(["consolidate", path.join(ROOT, "assets/samples/mapo-5th-plan.xlsx"), f("dept-a.xlsx"), "-o", path.join(tmp, "nodept.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("담당부서 열");
    expect(run.stderr).not.toMatch(/예기치|NoDepartmentsError/);
    expect(fs.existsSync(path.join(tmp, "nodept.xlsx"))).toBe(false);
  });
});

describe("the revision log's tamper evidence", () => {
  const logFindings = (file: string) => {
    const run = cli(["validate", f(file), "--format", "json"]);
    const report = JSON.parse(run.stdout)[0] as { findings: { ruleId: string; messageId: string }[] };
    return report.findings.filter((x) => x.ruleId.startsWith("log/")).map((x) => `${x.ruleId} ${x.messageId}`);
  };
  it.each([
    ["log-intact.xlsx", []],
    ["log-truncated.xlsx", ["log/tampered rowsMissing"]],
    ["log-renamed.xlsx", ["log/tampered missingSheet"]],
    ["log-forged.xlsx", ["log/tampered rowsAdded"]],
    ["log-store-edited.xlsx", ["log/tampered storeEdited"]],
  ])("%s → %j", (file, expected) => {
    expect(logFindings(file as string)).toEqual(expected);
  });
});

describe("what reaches the terminal", () => {
  it("no control character of a cell is printed (escapes, carriage return, C1)", () => {
    for (const format of ["text", "json"]) {
      const run = cli(["validate", f("escapes.xlsx"), "--format", format]);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(CONTROL);
      expect(run.stderr).not.toMatch(CONTROL);
    }
  });
});

describe("the header search", () => {
  it("finds the plan's header below 1,500 rows of notes: the same plan as the sample", () => {
    const counts = (file: string) => (JSON.parse(cli(["validate", file, "--format", "json"]).stdout)[0] as { plan: unknown }).plan;
    const deep = counts(f("deep-header.xlsx")) as Record<string, unknown>;
    const sample = counts(path.join(ROOT, "assets/samples/mapo-5th-plan.xlsx")) as Record<string, unknown>;
    for (const key of ["strategies", "tasks", "projectRows", "projects", "keyProjects", "indicators"]) expect([key, deep[key]]).toEqual([key, sample[key]]);
  });
});

describe("bounded resources (the lean reader)", () => {
  it("one value in column XFD on 20,000 rows is read quickly, and a good file in the same run is still reported", () => {
    const started = Date.now();
    const run = cli(["validate", f("wide-xfd.xlsx"), MASTER, "--format", "json"], 60_000);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.code).toBe(2);
    const reports = JSON.parse(run.stdout) as { file: string; error?: unknown; findings?: unknown[] }[];
    expect(reports[0].error).toBeDefined();
    expect(reports[1].findings).toBeDefined();
  });

  it("a FIFO and /dev/zero are refused at once, not read", () => {
    const fifo = path.join(tmp, "fifo.xlsx");
    const made = spawnSync("mkfifo", [fifo]);
    const targets = made.status === 0 ? [fifo, "/dev/zero"] : ["/dev/zero"];
    for (const target of targets) {
      const run = cli(["validate", target], 20_000);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(STACK);
    }
  });
});
