/** The CLI in-process, with the reader and the engine stubbed: arguments, exit status, streams. */
import type { ValidationResult } from "../app/validateWorkbook";
import type { Finding, Grid, Plan } from "../engine";
import { countBySeverity, PlanReadError } from "../engine";
import type { CliDeps, CliIO } from "./io";
import { StreamBrokenError, type StreamedOutcome } from "./report";
import { exitWhenWritten, main, parseValidateArgs, type Flushable } from "./main";

function io(overrides: Partial<CliIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    stdoutIsTTY: false,
    env: {},
    ...overrides,
  };
  return { io: value, stdout: () => out.join(""), stderr: () => err.join("") };
}

const emptyPlan: Plan = {
  sheet: "총괄표",
  sheets: ["총괄표"],
  period: 5,
  periodEvidence: { byYears: 5, byHeaders: 5, headerRef: null, mixed: false },
  years: [],
  budgetUnit: { unit: "백만원", ref: null, raw: "" },
  headerRows: { first: 0, last: 1 },
  columns: [],
  targetYears: [],
  budgetYears: [],
  planYears: [],
  strategies: [],
  tasks: [],
  projects: [],
  totals: [],
  schedule: null,
  errorCells: [],
  unplacedRows: [],
  revisionLog: null,
};

/** "ok*.xlsx" validates clean, "bad*.xlsx" has one error, "locked*" is password-protected, else missing. */
const deps: CliDeps = {
  async readGrid(file) {
    if (file.startsWith("ok") || file.startsWith("bad")) return { sheets: [{ name: file, values: [], merges: [] }] };
    if (file.startsWith("locked")) throw new PlanReadError("passwordProtected");
    if (file.startsWith("boom")) throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at foo (bar.js:1:1)");
    throw new PlanReadError("fileNotFound");
  },
  async readBytes() {
    throw new PlanReadError("fileNotFound");
  },
  async writeBytes() {
    throw new Error("not written in these tests");
  },
  validate(grid: Grid): ValidationResult {
    const findings: Finding[] = grid.sheets[0].name.startsWith("bad")
      ? [{ ruleId: "x/y", severity: "error", messageId: "m", ref: { sheet: "총괄표", row: 4, col: 2 }, data: {} }]
      : [];
    return {
      plan: emptyPlan,
      counts: { strategies: 8, tasks: 8, projectRows: 51, projects: 50, keyProjects: 8, indicators: 0 },
      findings,
      severities: countBySeverity(findings),
    };
  },
};

describe("argument parsing", () => {
  it("takes files and options in any order, --opt=value too", () => {
    expect(parseValidateArgs(["a.xlsx", "--format", "json", "b.xlsx", "--lang=en"])).toEqual({
      files: ["a.xlsx", "b.xlsx"],
      format: "json",
      lang: "en",
      help: false,
    });
    expect(parseValidateArgs(["--", "--odd-name.xlsx"]).files).toEqual(["--odd-name.xlsx"]);
  });
});

describe("plan-check (in-process)", () => {
  it("exit 0 when no errors, text report on stdout", async () => {
    const t = io();
    expect(await main(["validate", "ok.xlsx"], t.io, deps)).toBe(0);
    expect(t.stdout()).toContain("전략 8 · 대표과업 8 · 사업 50개(51행) · 중점 8 · 성과지표 0");
    expect(t.stdout().trimEnd().split("\n").pop()).toBe("오류 0 · 경고 0 · 정보 0");
    expect(t.stderr()).toBe("");
  });

  it("exit 1 when errors are found", async () => {
    const t = io();
    expect(await main(["validate", "bad.xlsx"], t.io, deps)).toBe(1);
    expect(t.stdout()).toContain("오류  C5");
  });

  it("exit 2 when a file cannot be read; the others are still reported; one stderr line each", async () => {
    const t = io();
    const code = await main(["validate", "ok.xlsx", "locked.xlsx", "bad.xlsx", "gone.xlsx", "--format", "json"], t.io, deps);
    expect(code).toBe(2);
    const reports = JSON.parse(t.stdout());
    expect(reports.map((r: { file: string }) => r.file)).toEqual(["ok.xlsx", "locked.xlsx", "bad.xlsx", "gone.xlsx"]);
    expect(reports[1].error.reason).toBe("passwordProtected");
    expect(reports[2].counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(reports[3].error.reason).toBe("fileNotFound");
    const lines = t.stderr().trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^locked\.xlsx: 암호로 보호된/);
    expect(lines[1]).toMatch(/^gone\.xlsx: 파일이 없습니다/);
  });

  it("an unexpected exception is one line, never a stack trace", async () => {
    const t = io();
    expect(await main(["validate", "boom.xlsx", "--lang", "en"], t.io, deps)).toBe(2);
    expect(t.stderr()).toBe(
      "boom.xlsx: unexpected error while reading: TypeError: Cannot read properties of undefined (reading 'x')\n",
    );
  });

  it("waits for stdout to drain whenever it is full, and the report still comes out whole and in order", async () => {
    const chunks: Buffer[] = [];
    let waits = 0;
    let drainedBeforeNext = true;
    let pending = false;
    const t = io({
      stdoutBytes: (bytes) => {
        if (pending) drainedBeforeNext = false; // written again without waiting
        chunks.push(Buffer.from(bytes));
        pending = true;
        return false; // always full
      },
      drained: async () => {
        waits++;
        pending = false;
      },
    });
    const files = ["ok.xlsx", "bad.xlsx", "gone.xlsx", "ok.xlsx"];
    expect(await main(["validate", ...files, "--format", "json"], t.io, deps)).toBe(2);
    const reports = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    expect(reports.map((r: { file: string }) => r.file)).toEqual(files);
    expect(waits).toBeGreaterThan(0);
    expect(drainedBeforeNext).toBe(true);
  });

  it("a streamed report is written chunk by chunk, each released once stdout took it; one cut short is its file's failure", async () => {
    const released: string[] = [];
    const streamed = (file: string, cutShort: boolean): StreamedOutcome => ({
      file,
      severities: { error: 1, warning: 0, info: 0 },
      chunks: (async function* () {
        yield new TextEncoder().encode(`{"file":"${file}",`);
        yield new TextEncoder().encode(`"streamed":true}`);
        if (cutShort) throw new StreamBrokenError({ reason: "tooLarge", data: { limit: "memory" } });
      })(),
      release: (bytes) => void released.push(new TextDecoder().decode(bytes)),
    });
    const run = async (cutShort: boolean) => {
      released.length = 0;
      const t = io();
      const withStream: CliDeps = {
        ...deps,
        validateFiles: async (files, _render, onOutcome) => {
          for (const file of files) await onOutcome(file.startsWith("big") ? streamed(file, cutShort) : { file, result: deps.validate(await deps.readGrid(file)) });
        },
      };
      const code = await main(["validate", "ok.xlsx", "big.xlsx", "--format", "json", "--lang", "en"], t.io, withStream);
      return { code, t };
    };
    const whole = await run(false);
    expect(whole.code).toBe(1);
    expect(JSON.parse(whole.t.stdout()).map((r: { file: string; streamed?: boolean }) => [r.file, r.streamed ?? false])).toEqual([
      ["ok.xlsx", false],
      ["big.xlsx", true],
    ]);
    expect(released).toEqual(['{"file":"big.xlsx",', '"streamed":true}']);
    const cut = await run(true);
    expect(cut.code).toBe(2);
    expect(cut.t.stderr()).toMatch(/^big\.xlsx: .*memory/m);
  });

  it("text over several files ends with a total line", async () => {
    const t = io();
    expect(await main(["validate", "ok.xlsx", "bad.xlsx", "--lang", "en"], t.io, deps)).toBe(1);
    expect(t.stdout().trimEnd().split("\n").pop()).toBe("total: files 2 · unreadable 0 · errors 1 · warnings 0 · info 0");
  });

  it("colours only on a terminal without NO_COLOR", async () => {
    const tty = io({ stdoutIsTTY: true });
    await main(["validate", "bad.xlsx"], tty.io, deps);
    expect(tty.stdout()).toContain("\x1b[");
    const noColor = io({ stdoutIsTTY: true, env: { NO_COLOR: "1" } });
    await main(["validate", "bad.xlsx"], noColor.io, deps);
    expect(noColor.stdout()).not.toContain("\x1b[");
    const pipe = io();
    await main(["validate", "bad.xlsx"], pipe.io, deps);
    expect(pipe.stdout()).not.toContain("\x1b[");
  });

  it.each([
    [[], "명령을 지정하세요"],
    [["frobnicate", "a.xlsx"], "알 수 없는 명령 「frobnicate」"],
    [["summarise", "a.xlsx"], "알 수 없는 명령 「summarise」"],
    [["summarize", "a.xlsx"], "결과를 쓸 파일을 -o 출력.xlsx로 지정하세요"],
    [["diff", "a.xlsx"], "비교할 파일 두 개"],
    [["validate"], "파일을 하나 이상"],
    [["validate", "a.xlsx", "--colour"], "알 수 없는 옵션 --colour"],
    [["validate", "a.xlsx", "--format", "xml"], "--format 값 「xml」"],
    [["validate", "a.xlsx", "--format"], "--format 뒤에 값이 필요합니다"],
    [["--verbose"], "알 수 없는 옵션 --verbose"],
  ])("usage error %j → usage on stderr, exit 2", async (argv, message) => {
    const t = io();
    expect(await main(argv, t.io, deps)).toBe(2);
    expect(t.stderr()).toContain(message);
    expect(t.stderr()).toContain("사용법: plan-check <명령>");
    expect(t.stdout()).toBe("");
  });

  it("usage errors follow --lang", async () => {
    const t = io();
    expect(await main(["validate", "--lang", "en", "--bogus"], t.io, deps)).toBe(2);
    expect(t.stderr()).toMatch(/^plan-check: unknown option --bogus\n\nUsage: plan-check <command>/);
  });

  it.each([
    ["results", ["results", "plan.xlsx", "--year", "2024", "--department", "x.xlsx=복지정책과"]],
    ["consolidate", ["consolidate", "plan.xlsx", "a.xlsx", "-o", "out.xlsx", "--department", "x.xlsx=복지정책과"]],
  ])("a --department naming no file given is told by %s, in its own name", async (command, argv) => {
    const t = io();
    expect(await main(argv, t.io, deps)).toBe(2);
    expect(t.stderr()).toMatch(new RegExp(`^plan-check ${command}: --department의 「x\\.xlsx」`));
  });

  it("a --year that is no year is told as such, with what was typed", async () => {
    const t = io();
    expect(await main(["results-form", "plan.xlsx", "--year", "24", "-o", "out.xlsx"], t.io, deps)).toBe(2);
    expect(t.stderr()).toMatch(/^plan-check: --year 값 「24」을\(를\) 알 수 없습니다/);
  });

  it.each([[["--help"]], [["-h"]], [["help"]], [["validate", "--help"]]])("%j prints usage, exit 0", async (argv) => {
    const t = io();
    expect(await main(argv, t.io, deps)).toBe(0);
    expect(t.stdout()).toContain("plan-check validate");
    expect(t.stderr()).toBe("");
  });
});

describe("exitWhenWritten", () => {
  /** A stream holding `held` bytes; its write callbacks run when flush() is called. */
  function stream(held: number) {
    const callbacks: (() => void)[] = [];
    const value: Flushable = {
      writableLength: held,
      write: (_chunk, callback) => {
        callbacks.push(() => callback());
        return false;
      },
    };
    return { value, flush: () => callbacks.splice(0).forEach((callback) => callback()) };
  }

  it("ends at once with the status when stdout and stderr hold nothing", async () => {
    const exits: number[] = [];
    await exitWhenWritten(1, [stream(0).value, stream(0).value], (code) => void exits.push(code));
    expect(exits).toEqual([1]);
  });

  it("waits until a stream has handed over what it holds", async () => {
    const exits: number[] = [];
    const out = stream(1 << 20);
    const err = stream(0);
    const done = exitWhenWritten(2, [out.value, err.value], (code) => void exits.push(code));
    await new Promise((resolve) => setImmediate(resolve));
    expect(exits).toEqual([]);
    out.flush();
    await done;
    expect(exits).toEqual([2]);
  });
});
