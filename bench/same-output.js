#!/usr/bin/env node
/**
 * Proof that a speed change kept the output: the built CLI's `validate` (json and text) on every
 * committed workbook — the samples, the layout and results fixtures, the damaged and hostile files — and,
 * with --big, on the bench's plan of 50,000 project rows. `--save DIR` records each output's SHA-256;
 * `--check DIR` runs again and names every output that differs (exit 1).
 *
 *   npm run build:cli && node bench/same-output.js --save /tmp/before    (on the old code)
 *   npm run build:cli && node bench/same-output.js --check /tmp/before   (on the new code)
 *   … [--bin path/to/plan-check.js]   (another build of the CLI, e.g. a copy of the old one)
 */
"use strict";
const { spawnSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { ROOT } = require("./lib");

let BIN = path.join(ROOT, "bin/plan-check.js");
const DIRS = ["assets/samples", "test/fixtures/layouts", "test/fixtures/results", "test/fixtures/damaged", "test/hostile/files"];

function workbooks() {
  const found = [];
  for (const dir of DIRS) {
    const full = path.join(ROOT, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full).sort()) if (name.endsWith(".xlsx")) found.push(path.join(dir, name));
  }
  return found;
}

function run(args) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1" } });
  const hash = crypto.createHash("sha256").update(String(result.status)).update("\0").update(result.stdout).update("\0").update(result.stderr);
  return hash.digest("hex");
}

function main() {
  const [mode, dir, ...rest] = process.argv.slice(2);
  const binAt = rest.indexOf("--bin");
  if (binAt >= 0) BIN = path.resolve(rest[binAt + 1]);
  if (!["--save", "--check"].includes(mode) || !dir) {
    process.stderr.write("usage: node bench/same-output.js --save|--check DIR [--big]\n");
    process.exit(2);
  }
  const cases = [];
  for (const file of workbooks()) {
    cases.push({ name: `${file} json`, args: ["validate", file, "--format", "json"] });
    cases.push({ name: `${file} text`, args: ["validate", file] });
  }
  cases.push({ name: "all files json", args: ["validate", ...workbooks(), "--format", "json"] });
  if (rest.includes("--big")) {
    const { bigPlan } = require("./lean");
    const { file } = bigPlan(50_000);
    cases.push({ name: "50,000 rows json", args: ["validate", file, "--format", "json"] });
  }
  const now = Object.fromEntries(cases.map((c) => [c.name, run(c.args)]));
  const record = path.join(dir, "outputs.json");
  if (mode === "--save") {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(record, `${JSON.stringify(now, null, 1)}\n`);
    process.stdout.write(`${cases.length} outputs recorded in ${record}\n`);
    return;
  }
  const before = JSON.parse(fs.readFileSync(record, "utf8"));
  const differ = Object.keys(now).filter((name) => name in before && before[name] !== now[name]);
  const unmatched = Object.keys(now).filter((name) => !(name in before));
  for (const name of differ) process.stdout.write(`differs: ${name}\n`);
  for (const name of unmatched) process.stdout.write(`not recorded before: ${name}\n`);
  process.stdout.write(`${cases.length - differ.length - unmatched.length} of ${cases.length} outputs identical\n`);
  process.exitCode = differ.length > 0 ? 1 : 0;
}

main();
