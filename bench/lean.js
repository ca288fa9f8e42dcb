#!/usr/bin/env node
/**
 * The figures of the lean read path, as whole runs of the command a person types:
 *  - 229 plans (one per 시·군·구; copies of the sample): `plan-check validate <229 files> --format json`
 *    through the README's command (its first line, read from README.md, so the bench times what it shows),
 *    through `node bin/plan-check.js` (when that is not the README's command already), the linked command
 *    and npx, each ÷ a bare ExcelJS read of the same files that only touches every cell (the old floor);
 *  - the same validate in one process without the worker pool, and with a worker per core whatever the
 *    load (by default workers start only with idle cores to spare, src/cli/pool.ts poolSize);
 *  - where one process spends the 229 plans: reading, the engine, the report, after a warm-up and over
 *    the whole command (its CPU time, start-up and warm-up included: the engine's share the issue bounds), and
 *    the same on the main thread alone, apart from V8's background threads (its optimising compiler);
 *  - the JIT of the batch: `node <V8 flags> bin/plan-check.js` with the optimising compiler off
 *    (--no-opt), baseline code for every function at once (--always-sparkplug) and a larger young
 *    generation (--max-semi-space-size) — V8 flags are process-wide, so the pool's workers run under
 *    them too — each ÷ the default (none of these is set by the bin, which sets only a larger
 *    --interrupt-budget: see bin/plan-check.js);
 *  - plans of 50,000 project rows, 50,000 distinct projects and the sample repeated: time and peak memory
 *    of one validate through bin/plan-check.js, its JSON written to a file, as `> file` would;
 *  - alternating rounds, medians; every ratio comes from this one run.
 *
 *   npm run bench                         (builds the CLI first)
 *   node bench/lean.js [--districts 229] [--rounds 3] [--rows 50000]
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ROOT } = require("./lib");

const SAMPLE = path.join(ROOT, "assets/samples/mapo-5th-plan.xlsx");
const BIN = path.join(ROOT, "bin/plan-check.js");

/** `plan-check` on the PATH when it is this project's (after `npm link`, the README's first way), else null. */
function linkedBin() {
  const which = spawnSync(process.platform === "win32" ? "where" : "which", ["plan-check"], { encoding: "utf8" });
  const found = which.status === 0 ? which.stdout.split(/\r?\n/)[0].trim() : "";
  try {
    return found && fs.realpathSync(found) === fs.realpathSync(BIN) ? found : null;
  } catch {
    return null;
  }
}

/**
 * The command of the README's first line (`npm ci && <command> validate …`) as [program, ...args]: `node`
 * is this node. Null when the README no longer starts that way.
 */
function readmeCommand() {
  const line = fs.readFileSync(path.join(ROOT, "README.md"), "utf8").split("\n").find((l) => l.startsWith("npm ci && "));
  const match = line && /^npm ci && (.+?) validate /.exec(line);
  if (!match) return null;
  const [program, ...args] = match[1].split(/\s+/);
  return { text: match[1], program: program === "node" ? process.execPath : program, args };
}

function parseArgs(argv) {
  const options = { districts: 229, rounds: 3, rows: 50_000 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const n = Number(inline !== undefined ? inline : argv[++i]);
    const key = { "--districts": "districts", "--rounds": "rounds", "--rows": "rows" }[flag];
    if (!key || !Number.isInteger(n) || n < 1) {
      process.stderr.write("usage: node bench/lean.js [--districts N] [--rounds N] [--rows N]\n");
      process.exit(2);
    }
    options[key] = n;
  }
  return options;
}

/**
 * Wall time of one child process, in ms; its exit status must be one of `okCodes`. `outFile`: its standard output
 * goes to that file, as `> file` would send it, instead of through a pipe into this process (which, reading and
 * decoding 56 MB of JSON on the same cores, would be timed as the command's).
 */
function timed(command, args, okCodes = [0, 1], env = {}, outFile = null) {
  const out = outFile === null ? "pipe" : fs.openSync(outFile, "w");
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["pipe", out, "pipe"], env: { ...process.env, NO_COLOR: "1", ...env } });
  if (out !== "pipe") fs.closeSync(out);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!okCodes.includes(run.status)) {
    throw new Error(`${path.basename(command)} ${args.slice(0, 2).join(" ")} … exited ${run.status}: ${(run.stderr || "").slice(0, 400)}`);
  }
  return { ms, run };
}

/** V8 flags measured against the default for the batch run (issue 14: with TurboFan off the workers helped). */
const JIT_VARIANTS = ["--no-opt", "--always-sparkplug", "--max-semi-space-size=64"];

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The bare ExcelJS read: load each file and touch every cell's value, nothing else. */
const EXCELJS_READ = `
const ExcelJS = require("exceljs");
(async () => {
  let cells = 0;
  for (const file of process.argv.slice(1)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => { cells++; })));
  }
  process.stdout.write(String(cells));
})();`;

/**
 * Where the CPU time of the 229 plans goes in one process: reading (file → grid), the engine (grid →
 * findings) and the report (findings → JSON text), summed over the files. `warm`: after three untimed files;
 * `whole`: every file from a cold start, with the process's CPU time (start-up, module loading, JIT and GC
 * included) to take the shares of. A stage's CPU time counts every thread of the process, V8's own included (its
 * optimising compiler works on background threads, billed to the stage it overlaps), so `whole` also gives, on
 * Linux, each stage's CPU time on the main thread alone and the CPU time of the main thread and of the others.
 */
const SHARES = `
const { readWorkbookFile } = require(${JSON.stringify(path.join(ROOT, "dist/xlsx/readFile.js"))});
const { validateGrid } = require(${JSON.stringify(path.join(ROOT, "dist/app/validateWorkbook.js"))});
const { renderOutcome } = require(${JSON.stringify(path.join(ROOT, "dist/cli/report.js"))});
(async () => {
  const [mode, ...files] = process.argv.slice(1);
  const ms = { read: 0, engine: 0, report: 0 };
  const onMain = { read: 0, engine: 0, report: 0 };
  const warmUp = mode === "warm" ? 3 : 0;
  // CPU time, not wall time: on a shared machine a stage's wall time counts other processes' turns.
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const fs = require("fs");
  // This (the main) thread's CPU time in ms, from Linux's scheduler counters (nanoseconds); null elsewhere.
  const mainCpu = () => {
    try {
      return Number(fs.readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
    } catch {
      return null;
    }
  };
  // The main thread's CPU time and the other threads' (V8's compiler and collector, libuv's pool), from Linux's
  // per-thread counters (clock ticks of 10 ms); null elsewhere.
  const threadsCpu = () => {
    try {
      let main = 0;
      let others = 0;
      for (const id of fs.readdirSync("/proc/self/task")) {
        const stat = fs.readFileSync("/proc/self/task/" + id + "/stat", "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const ms = (Number(fields[11]) + Number(fields[12])) * 10;
        if (Number(id) === process.pid) main += ms;
        else others += ms;
      }
      return { main, others };
    } catch {
      return null;
    }
  };
  for (const [i, file] of [...files.slice(0, warmUp), ...files].entries()) {
    const t0 = cpu();
    const m0 = mainCpu();
    const grid = await readWorkbookFile(file);
    const t1 = cpu();
    const m1 = mainCpu();
    const result = validateGrid(grid);
    const t2 = cpu();
    const m2 = mainCpu();
    renderOutcome({ file, result }, { format: "json", lang: "ko", color: false });
    const t3 = cpu();
    const m3 = mainCpu();
    if (i < warmUp) continue;
    ms.read += t1 - t0;
    ms.engine += t2 - t1;
    ms.report += t3 - t2;
    onMain.read += m1 - m0;
    onMain.engine += m2 - m1;
    onMain.report += m3 - m2;
  }
  ms.cpu = cpu();
  ms.onMain = mainCpu() === null ? null : onMain;
  ms.threads = threadsCpu();
  process.stdout.write(JSON.stringify(ms));
})();`;

/** bin/plan-check.js itself (its arguments after -e's), then its peak resident memory on stderr's last line. */
const PEAK = `
process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...process.argv.slice(1)];
process.on("exit", () => process.stderr.write("\\npeak " + process.resourceUsage().maxRSS + "\\n"));
require(${JSON.stringify(BIN)});`;

/**
 * The sample with its plan table's body (from the first strategy row down) repeated until it holds `rows`
 * project rows, merges moved along. Written straight into the sample's package (fflate): writing this with
 * ExcelJS takes many minutes (its merge handling is quadratic).
 *
 * `distinct: false` repeats the body as it is: every copy is the same 50 projects again (one plan read
 * many times over, each copy a duplicate of the first). `distinct: true` makes it a district's plan of
 * that size: each copy's strategies renumbered on from the last copy's (사회보장전략 5, 6, …, 발전전략 5, …)
 * and its project names made its own (" (2)", " (3)", …), so every project is a project of its own; the
 * sample's quirks stay in every copy (its one repeated project, its text budgets, its look-alike flags),
 * so the findings grow with the rows.
 */
function bigPlan(rows, { distinct = false } = {}) {
  const { strFromU8, strToU8, unzipSync, zipSync } = require("fflate");
  const { readWorkbookBytesSync } = require(path.join(ROOT, "dist/xlsx/readGrid.js"));
  const { readPlan } = require(path.join(ROOT, "dist/engine/index.js"));
  const sampleBytes = new Uint8Array(fs.readFileSync(SAMPLE));
  const grid = readWorkbookBytesSync(sampleBytes);
  const plan = readPlan(grid);
  const values = grid.sheets.find((s) => s.name === plan.sheet).values;
  const bodyTop = Math.min(...plan.projects.map((p) => p.firstRow), ...plan.strategies.filter((s) => s.cell.ref.sheet === plan.sheet).map((s) => s.cell.ref.row)) + 1; // 1-based
  const copies = Math.ceil(rows / plan.projects.length);
  const file = path.join(os.tmpdir(), `plan-check-bench-${copies * plan.projects.length}-${distinct ? "distinct-" : ""}rows.xlsx`);
  if (fs.existsSync(file)) return { file, projects: copies * plan.projects.length };

  const parts = unzipSync(sampleBytes);
  const sheetPath = "xl/worksheets/sheet1.xml";
  const xml = strFromU8(parts[sheetPath]);
  const rowsXml = [...xml.matchAll(/<row [^>]*r="(\d+)"[\s\S]*?<\/row>/g)];
  const body = rowsXml.filter((m) => Number(m[1]) >= bodyTop);
  const last = Math.max(...rowsXml.map((m) => Number(m[1])));
  const span = last - bodyTop + 1;

  // What a distinct copy rewrites: strategy (and subtotal) labels in column A, project names.
  const strategiesPerPart = new Map();
  for (const strategy of plan.strategies) strategiesPerPart.set(strategy.part, (strategiesPerPart.get(strategy.part) || 0) + 1);
  const partOneStep = strategiesPerPart.get(1) || 0;
  const partTwoStep = strategiesPerPart.get(2) || 0;
  const nameCells = new Map(plan.projects.map((p) => [p.nameCell.ref.row + 1, p.nameCell.ref.col]));
  const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const inlineCell = (rowXml, col, row, text) => {
    const ref = `${columnLetters(col)}${row}`;
    return rowXml.replace(new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`), (all, attributes) => {
      const style = / s="\d+"/.exec(attributes);
      return `<c r="${ref}"${style ? style[0] : ""} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
    });
  };
  const distinctRow = (rowXml, row, k) => {
    if (k === 0) return rowXml;
    let out = rowXml;
    const label = (values[row - 1] || [])[0];
    if (typeof label === "string" && /전략\s*\d/.test(label)) {
      const step = /^\s*사회보장전략/.test(label) ? partOneStep : partTwoStep;
      out = inlineCell(out, 0, row, label.replace(/(전략\s*)(\d+)/, (all, word, n) => `${word}${Number(n) + k * step}`));
    }
    if (nameCells.has(row)) {
      const col = nameCells.get(row);
      const name = (values[row - 1] || [])[col];
      if (typeof name === "string") out = inlineCell(out, col, row, `${name} (${k + 1})`);
    }
    return out;
  };

  const shiftRow = (text, by) => text.replace(/(r="|ref="|:|")([A-Z]{1,3})(\d+)/g, (all, pre, col, row) => (Number(row) >= bodyTop ? `${pre}${col}${Number(row) + by}` : all));
  const out = [];
  for (let k = 0; k < copies; k++) {
    for (const m of body) {
      const rowXml = distinct ? distinctRow(m[0], Number(m[1]), k) : m[0];
      out.push(shiftRow(rowXml.replace(/ r="(\d+)"/, (all, r) => ` r="${Number(r) + k * span}"`).replace(/<c r="([A-Z]+)(\d+)"/g, (all, c, r) => `<c r="${c}${Number(r) + k * span}"`), 0));
    }
  }
  const merges = [...xml.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/g)];
  const mergeOut = [];
  for (const m of merges) {
    if (Number(m[2]) < bodyTop) mergeOut.push(m[0]);
    else for (let k = 0; k < copies; k++) mergeOut.push(`<mergeCell ref="${m[1]}${Number(m[2]) + k * span}:${m[3]}${Number(m[4]) + k * span}"/>`);
  }
  const head = xml.slice(0, body[0].index);
  const tail = xml.slice(xml.indexOf("</sheetData>"));
  const newXml = head + out.join("") + tail.replace(/<mergeCells count="\d+">[\s\S]*?<\/mergeCells>/, `<mergeCells count="${mergeOut.length}">${mergeOut.join("")}</mergeCells>`).replace(/<dimension ref="[^"]*"\/>/, "");
  parts[sheetPath] = strToU8(newXml.replace(/<dimension ref="[^"]*"\/>/, ""));
  fs.writeFileSync(file, zipSync(parts));
  return { file, projects: copies * plan.projects.length };
}

function columnLetters(col) {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(SAMPLE)) {
    process.stderr.write("lean bench: the sample is missing — run `npm run sample` first.\n");
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-lean-"));
  try {
    const files = [];
    for (let i = 1; i <= options.districts; i++) {
      const file = path.join(dir, `district-${String(i).padStart(3, "0")}.xlsx`);
      fs.copyFileSync(SAMPLE, file);
      files.push(file);
    }
    const validateArgs = ["validate", ...files, "--format", "json"];
    // Each validate's report goes to a file, as `> report.json` would send it (13 MB for the 229 plans).
    const report = path.join(dir, "report.json");
    const linked = linkedBin();
    const readme = readmeCommand();
    if (!readme) throw new Error("the README's first line is not `npm ci && <command> validate …`");
    const readmeIsNode = readme.program === process.execPath && readme.args.join(" ") === "bin/plan-check.js";
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    const runs = {
      exceljs: () => timed(process.execPath, ["-e", EXCELJS_READ, ...files], [0]),
      readme: () => timed(readme.program, [...readme.args, ...validateArgs], [0, 1], {}, report),
      npx: () => timed(npx, ["plan-check", ...validateArgs], [0, 1], {}, report),
    };
    if (!readmeIsNode) runs.node = () => timed(process.execPath, [BIN, ...validateArgs], [0, 1], {}, report);
    if (linked) runs.linked = () => timed(linked, validateArgs, [0, 1], {}, report);
    // The command itself with no pool whatever the machine (PLAN_CHECK_WORKERS=0): its own output, code cache and
    // chunk reuse, which a script calling main() with an io of its own did not have (it measured 1.3–1.6× the command).
    runs.oneProcess = () => timed(process.execPath, [BIN, ...validateArgs], [0, 1], { PLAN_CHECK_WORKERS: "0" }, report);
    runs.pool = () => timed(process.execPath, [BIN, ...validateArgs], [0, 1], { PLAN_CHECK_WORKERS: String(os.cpus().length) }, report);
    for (const flags of JIT_VARIANTS) runs[flags] = () => timed(process.execPath, [...flags.split(" "), BIN, ...validateArgs], [0, 1], {}, report);
    const times = Object.fromEntries(Object.keys(runs).map((key) => [key, []]));
    runs.readme();
    const reports = JSON.parse(fs.readFileSync(report, "utf8"));
    if (reports.length !== files.length || reports.some((r) => r.error)) throw new Error("validate did not report every plan");
    for (let round = 0; round < options.rounds; round++) {
      for (const key of Object.keys(runs)) times[key].push(runs[key]().ms);
    }
    const ex = median(times.exceljs);
    const base = median(times.readme);
    const label = (text) => text.padEnd(60);
    const ratios = (key) => `${fmt(median(times[key]))} ms = ${fmt(median(times[key]) / base, 2)}× the README's command, ${fmt(median(times[key]) / ex, 2)}× the ExcelJS read`;
    const sharesOf = (mode) => JSON.parse(timed(process.execPath, ["-e", SHARES, mode, ...files], [0]).run.stdout);
    const warm = sharesOf("warm");
    const whole = sharesOf("whole");
    const share = (key) => `${fmt(warm[key])} ms (${fmt((100 * warm[key]) / (warm.read + warm.engine + warm.report))}%)`;
    const ofCpu = (key) => `${fmt(whole[key])} ms (${fmt((100 * whole[key]) / whole.cpu)}%)`;
    // Shares of the three stages' main-thread time (start-up and module loading left out).
    const onMain = (key) => `${fmt(whole.onMain[key])} ms (${fmt((100 * whole.onMain[key]) / (whole.onMain.read + whole.onMain.engine + whole.onMain.report))}%)`;
    const lines = [
      `plan-check lean bench: ${options.districts} plans × ${path.relative(ROOT, SAMPLE)}, ${options.rounds} alternating rounds (medians), ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the start, Node ${process.version}`,
      `${label("bare ExcelJS read (every cell touched):")}${fmt(ex)} ms`,
      `${label(`README's command (${readme.text}) validate --json:`)}${fmt(base)} ms = ${fmt(base / ex, 2)}× the ExcelJS read`,
      readmeIsNode
        ? `${label("node bin/plan-check.js validate --json:")}the README's command itself`
        : `${label("node bin/plan-check.js validate --json:")}${ratios("node")}`,
      linked
        ? `${label("plan-check validate --json (npm link):")}${ratios("linked")}`
        : `${label("plan-check validate --json (npm link):")}not measured — run \`npm link\` first`,
      `${label("npx plan-check validate --json:")}${ratios("npx")}`,
      `${label("the same in one process, no worker pool:")}${ratios("oneProcess")}`,
      `${label(`the same with ${os.cpus().length} workers whatever the load:`)}${ratios("pool")}`,
      `${label("where one process spends it (CPU after warm-up):")}read ${share("read")} · engine ${share("engine")} · report ${share("report")}`,
      `${label("the same from a cold start, of its CPU time:")}read ${ofCpu("read")} · engine ${ofCpu("engine")} · report ${ofCpu("report")} of ${fmt(whole.cpu)} ms`,
      whole.onMain
        ? `${label("the same, CPU time of the main thread alone:")}read ${onMain("read")} · engine ${onMain("engine")} · report ${onMain("report")}`
        : `${label("the same, CPU time of the main thread alone:")}not measured (Linux only)`,
      whole.threads
        ? `${label("the process's CPU time by thread:")}main thread ${fmt(whole.threads.main)} ms · V8's and libuv's threads ${fmt(whole.threads.others)} ms`
        : `${label("the process's CPU time by thread:")}not measured (Linux only)`,
      `JIT of the batch (node <flags> bin/plan-check.js validate --json; V8 flags reach the workers too):`,
      ...JIT_VARIANTS.map((flags) => `${label(`  ${flags}:`)}${ratios(flags)}`),
    ];

    const plans = [
      { distinct: true, name: "distinct projects" },
      { distinct: false, name: "the sample's 51 rows repeated" },
    ];
    for (const { distinct, name } of plans) {
      const { file: big, projects } = bigPlan(options.rows, { distinct });
      const peaks = [];
      const bigTimes = [];
      for (let round = 0; round < options.rounds; round++) {
        const { ms, run } = timed(process.execPath, ["-e", PEAK, "validate", big, "--format", "json"], [0, 1], {}, report);
        if (fs.statSync(report).size === 0) throw new Error(`validate of ${path.basename(big)} wrote no report: ${(run.stderr || "").slice(0, 400)}`);
        bigTimes.push(ms);
        peaks.push(Number(/peak (\d+)/.exec(run.stderr)[1]) / 1024);
      }
      lines.push(`${label(`${fmt(projects)} rows, ${name} (${fmt(fs.statSync(big).size / 1048576, 1)} MB):`)}${fmt(median(bigTimes))} ms, peak ${fmt(median(peaks))} MB resident`);
    }
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`lean bench: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

module.exports = { bigPlan };
