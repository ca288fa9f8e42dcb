/**
 * The built CLI validating many files at once (the worker pool): reports in argument order, each file
 * contained — a file that runs a worker out of memory, a pipe, a device and a missing path fail alone,
 * and the good plans around them are still reported.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import type { RenderedOutcome, StreamedOutcome } from "../src/cli/report";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "plan-check.js");
const SAMPLE = path.join(ROOT, "assets/samples/mapo-5th-plan.xlsx");

/** One value in column XFD on 20,000 rows: read sparse, it is a plan-less workbook, quickly. */
function xfdWorkbook(): Uint8Array {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  let rows = "";
  for (let r = 1; r <= 20_000; r++) rows += `<row r="${r}"><c r="XFD${r}"><v>${r}</v></c></row>`;
  return zipSync({
    "_rels/.rels": strToU8(`<Relationships><Relationship Id="r" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="a" sheetId="1" r:id="r1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<Relationships><Relationship Id="r1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`),
  });
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-pool-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("reports every file in argument order, the bad ones alone", () => {
  const good1 = path.join(dir, "a.xlsx");
  const good2 = path.join(dir, "b.xlsx");
  const xfd = path.join(dir, "xfd.xlsx");
  fs.copyFileSync(SAMPLE, good1);
  fs.copyFileSync(SAMPLE, good2);
  fs.writeFileSync(xfd, xfdWorkbook());
  const files = [good1, xfd, "/dev/zero", path.join(dir, "gone.xlsx"), good2].filter((f) => process.platform !== "win32" || !f.startsWith("/dev"));
  const started = Date.now();
  const run = spawnSync(process.execPath, [BIN, "validate", ...files, "--format", "json"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, PLAN_CHECK_WORKERS: "2" }, // a batch this small would be validated in process
  });
  expect(run.status).toBe(2);
  const reports = JSON.parse(run.stdout);
  expect(reports.map((r: { file: string }) => r.file)).toEqual(files);
  expect(reports[0].findings).toBeDefined();
  expect(reports[1].error.reason).toBe("noPlanTable");
  expect(reports.find((r: { file: string }) => r.file === "/dev/zero")?.error.reason ?? "notRegularFile").toBe("notRegularFile");
  expect(reports[reports.length - 1].findings).toEqual(reports[0].findings.map((f: object) => ({ ...f })));
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(Date.now() - started).toBeLessThan(120_000);
}, 150_000);

const SAMPLE6 = path.join(ROOT, "assets/samples/gaon-6th-plan.xlsx");
const WORKER = path.join(ROOT, "dist/cli/workerEntry.js");
const { bigPlan } = require("../bench/lean.js") as { bigPlan(rows: number, options: { distinct: boolean }): { file: string } };

const run = (args: string[], largeBytes: string, workers = "0") =>
  spawnSync(process.execPath, [BIN, "validate", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 << 20,
    env: { ...process.env, PLAN_CHECK_WORKERS: workers, PLAN_CHECK_LARGE_FILE_BYTES: largeBytes },
  });

/**
 * A streamed report taken as stdout would: CHUNKS_AHEAD chunks held unwritten stop the worker (no further chunk
 * comes however long we wait); released, the rest arrives, and the whole is the file's entry as read in the process.
 */
async function expectStreamedInStep(outcome: RenderedOutcome | StreamedOutcome, file: string): Promise<void> {
  const { CHUNKS_AHEAD } = await import("../src/cli/validateWorker");
  if (!("chunks" in outcome)) throw new Error(`not streamed: ${JSON.stringify(outcome)}`);
  expect(outcome.severities.error).toBeGreaterThan(0);
  const chunks = outcome.chunks[Symbol.asyncIterator]();
  const held: Uint8Array[] = [];
  for (let i = 0; i < CHUNKS_AHEAD; i++) held.push((await chunks.next()).value as Uint8Array);
  const copies = held.map((bytes) => Buffer.from(bytes)); // a released chunk's memory goes back to the worker
  const next = chunks.next();
  let timer: NodeJS.Timeout | undefined;
  const late = await Promise.race([next.then(() => "came"), new Promise((resolve) => (timer = setTimeout(() => resolve("waited"), 1500)))]);
  clearTimeout(timer);
  expect(late).toBe("waited");
  for (const bytes of held) outcome.release(bytes);
  const rest: Uint8Array[] = [];
  for (let step = await next; !step.done; step = await chunks.next()) {
    rest.push(Buffer.from(step.value));
    outcome.release(step.value);
  }
  const streamed = Buffer.concat([...copies, ...rest]).toString("utf8");
  const inProcess = run([file, "--format", "json"], String(Number.MAX_SAFE_INTEGER)).stdout;
  // The command puts the entry, as it is, in the list's brackets.
  expect(inProcess).toContain(streamed);
  expect(JSON.parse(streamed)).toEqual(JSON.parse(inProcess)[0]);
  expect(rest.length).toBeGreaterThan(2);
}

/** A worker script that, sent a file to stream, sends its totals and one chunk and then exits; any other file it reports clean. */
function stopsMidwayScript(): string {
  const script = path.join(dir, "stops-midway.js");
  fs.writeFileSync(
    script,
    `const { parentPort } = require("worker_threads");
parentPort.on("message", (task) => {
  if (!task.stream) {
    const severities = { error: 0, warning: 0, info: 0 };
    return parentPort.postMessage({ index: task.index, outcome: { file: task.file, severities, report: JSON.stringify({ file: task.file }) } });
  }
  parentPort.postMessage({ index: task.index, head: { file: task.file, severities: { error: 1, warning: 0, info: 0 } } });
  const bytes = new TextEncoder().encode("[{");
  parentPort.postMessage({ index: task.index, chunk: bytes.buffer, offset: 0, length: bytes.length }, [bytes.buffer]);
  setTimeout(() => process.exit(3), 50);
});`,
  );
  return script;
}

/** A streamed report read to where it stops: the chunks that came, and the error it stopped with (null at its end). */
async function readStream(outcome: RenderedOutcome | StreamedOutcome): Promise<{ got: string[]; error: unknown }> {
  if (!("chunks" in outcome)) throw new Error("not streamed");
  const got: string[] = [];
  let error: unknown = null;
  try {
    for await (const bytes of outcome.chunks) {
      got.push(new TextDecoder().decode(bytes));
      outcome.release(bytes);
    }
  } catch (caught) {
    error = caught;
  }
  return { got, error };
}

describe("a large file, validated in a worker of its own (its report streamed in chunks)", () => {
  it("reports exactly as the file read in the process does: json and text, ko and en, the bad files too", () => {
    const xfd = path.join(dir, "xfd-alone.xlsx");
    fs.writeFileSync(xfd, xfdWorkbook());
    const files = [SAMPLE, xfd, path.join(dir, "gone.xlsx"), SAMPLE6];
    for (const options of [["--format", "json"], [], ["--lang", "en"], ["--format", "json", "--lang", "en"]]) {
      const alone = run([...files, ...options], "0");
      const inProcess = run([...files, ...options], String(Number.MAX_SAFE_INTEGER));
      expect({ options, status: alone.status }).toEqual({ options, status: 2 });
      expect(alone.stdout).toBe(inProcess.stdout);
      expect(alone.stderr).toBe(inProcess.stderr);
      expect(alone.stdout.length).toBeGreaterThan(1000);
    }
  }, 180_000);

  it("renders at most CHUNKS_AHEAD chunks before stdout has written them, and every byte arrives", async () => {
    const { file } = bigPlan(8000, { distinct: true });
    const { validateAlone } = await import("../src/cli/pool");
    const outcome = await validateAlone(file, { format: "json", lang: "ko", color: false }, { script: WORKER });
    await expectStreamedInStep(outcome, file);
  }, 180_000);

  it("a worker that stops in the middle of a report cuts it short with a failure, the chunks before it delivered", async () => {
    const { validateAlone } = await import("../src/cli/pool");
    const { StreamBrokenError } = await import("../src/cli/report");
    const outcome = await validateAlone(SAMPLE, { format: "json", lang: "ko", color: false }, { script: stopsMidwayScript() });
    const { got, error } = await readStream(outcome);
    expect(got).toEqual(["[{"]);
    expect(error).toBeInstanceOf(StreamBrokenError);
    expect((error as InstanceType<typeof StreamBrokenError>).failure.reason).toBe("unexpected");
  }, 60_000);

  it("a large file past the worker's memory limit fails alone, with tooLarge", async () => {
    // 8,000 rows hold far more than 4 MB live (the sample alone may fit in what V8 grants past the limit). In a node
    // of its own: a --max-old-space-size given to the process (npm test gives jest one) overrides a worker's limit.
    const { file } = bigPlan(8000, { distinct: true });
    const script = `require(${JSON.stringify(path.join(ROOT, "dist/cli/pool.js"))})
  .validateAlone(process.argv[1], { format: "json", lang: "ko", color: false }, { maxHeapMb: 4 })
  .then((outcome) => { process.stdout.write(JSON.stringify({ streamed: "chunks" in outcome, outcome })); process.exit(0); });`;
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const run = spawnSync(process.execPath, ["-e", script, file], { encoding: "utf8", timeout: 60_000, env });
    expect(JSON.parse(run.stdout)).toEqual({ streamed: false, outcome: { file, failure: { reason: "tooLarge", data: { limit: "memory" } } } });
  }, 60_000);
});

describe("a large file among others in the pool: streamed as validateAlone streams it, the others rendered in the pool", () => {
  it("reports exactly as the files read in the process do: json and text, ko and en, the bad files too", () => {
    const xfd = path.join(dir, "xfd-pool.xlsx");
    fs.writeFileSync(xfd, xfdWorkbook());
    // Past 15,000 bytes the 5th plan's sample (17,964) is large, and the XFD workbook (which fails in its own worker);
    // the 6th plan's (10,757) is not.
    expect([fs.statSync(SAMPLE).size > 15_000, fs.statSync(xfd).size > 15_000, fs.statSync(SAMPLE6).size < 15_000]).toEqual([true, true, true]);
    const files = [SAMPLE6, SAMPLE, xfd, path.join(dir, "gone.xlsx"), SAMPLE, SAMPLE6];
    for (const options of [["--format", "json"], [], ["--lang", "en"], ["--format", "json", "--lang", "en"]]) {
      const pool = run([...files, ...options], "15000", "2");
      const inProcess = run([...files, ...options], String(Number.MAX_SAFE_INTEGER));
      expect({ options, status: pool.status }).toEqual({ options, status: 2 });
      expect(pool.stdout).toBe(inProcess.stdout);
      expect(pool.stderr).toBe(inProcess.stderr);
      expect(pool.stdout.length).toBeGreaterThan(1000);
    }
  }, 240_000);

  it("hands the large file's report over as chunks, in argument order, at most CHUNKS_AHEAD ahead of stdout", async () => {
    const { file } = bigPlan(8000, { distinct: true });
    const { validateInPool } = await import("../src/cli/pool");
    const files = [SAMPLE6, file, SAMPLE];
    const got: [number, RenderedOutcome | StreamedOutcome][] = [];
    await validateInPool(files, { format: "json", lang: "ko", color: false }, (outcome, index) => void got.push([index, outcome]), {
      workers: 2,
      script: WORKER,
      isLarge: (f) => f === file,
    });
    expect(got.map(([index, outcome]) => [index, outcome.file, "chunks" in outcome, "report" in outcome])).toEqual([
      [0, SAMPLE6, false, true],
      [1, file, true, false],
      [2, SAMPLE, false, true],
    ]);
    await expectStreamedInStep(got[1][1], file);
  }, 180_000);

  it("a large file's worker that stops midway cuts its report short; the files around it are still reported", async () => {
    const { validateInPool } = await import("../src/cli/pool");
    const { StreamBrokenError } = await import("../src/cli/report");
    const files = [SAMPLE6, SAMPLE, SAMPLE6, SAMPLE6];
    const got: (RenderedOutcome | StreamedOutcome)[] = [];
    await validateInPool(files, { format: "json", lang: "ko", color: false }, (outcome) => void got.push(outcome), {
      workers: 2,
      script: stopsMidwayScript(),
      isLarge: (f) => f === SAMPLE,
    });
    expect(got.map((outcome) => [outcome.file, "chunks" in outcome])).toEqual(files.map((f) => [f, f === SAMPLE]));
    const { got: chunks, error } = await readStream(got[1]);
    expect(chunks).toEqual(["[{"]);
    expect(error).toBeInstanceOf(StreamBrokenError);
    expect((error as InstanceType<typeof StreamBrokenError>).failure.reason).toBe("unexpected");
  }, 60_000);
});
