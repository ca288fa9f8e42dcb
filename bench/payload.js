#!/usr/bin/env node
/**
 * The largest Office.js request of each feature on a 5,000-row plan, as Excel on the web would receive
 * it (Microsoft's runtime, excel-web-16.00.debug.js, answered by the live-workbook double): the payload
 * test (src/excel/payload.test.ts) run once with PLAN_CHECK_PAYLOAD_REPORT, its figures printed.
 * Excel on the web refuses a request or response over 5 MB; the test fails above 4 MB.
 *
 *   npm run bench                 (with the other benchmarks)
 *   node bench/payload.js [--json]
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { ROOT } = require("./lib");

const LIMIT_BYTES = 5 * 1024 * 1024;

/** Pads to a terminal width: Hangul and other wide characters take two columns. */
function padWide(text, width) {
  const shown = [...text].reduce((n, c) => n + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/.test(c) ? 2 : 1), 0);
  return text + " ".repeat(Math.max(0, width - shown));
}

function main() {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-payload-")), "figures.json");
  const jest = require.resolve("jest/bin/jest");
  const started = Date.now();
  const run = spawnSync(process.execPath, [jest, "--maxWorkers=1", "--silent", "src/excel/payload.test.ts"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, PLAN_CHECK_PAYLOAD_REPORT: report, NODE_OPTIONS: "--max-old-space-size=6144" },
  });
  if (!fs.existsSync(report)) {
    process.stderr.write(`payload: the payload test wrote no figures (exit ${run.status}):\n${run.stdout}${run.stderr}\n`);
    process.exit(1);
  }
  const figures = JSON.parse(fs.readFileSync(report, "utf8"));
  fs.rmSync(path.dirname(report), { recursive: true, force: true });
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } else {
    const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2).padStart(6);
    console.log(`Office.js requests on a 5,000-row plan (Excel on the web's limit: ${mb(LIMIT_BYTES).trim()} MB a request):`);
    console.log(`  ${"feature".padEnd(34)} requests  largest request  largest response`);
    for (const f of figures) {
      const line = `  ${padWide(f.feature, 34)} ${String(f.requests).padStart(8)}  ${mb(f.largestRequest)} MB        ${mb(f.largestResponse)} MB`;
      console.log(f.error ? `${line}  FAILED: ${f.error}` : line);
    }
    console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s, test ${run.status === 0 ? "passed" : "FAILED"})`);
  }
  process.exit(run.status === 0 ? 0 : 1);
}

main();
