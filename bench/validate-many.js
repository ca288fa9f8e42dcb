#!/usr/bin/env node
/**
 * How long would validating every 시·군·구 plan take? Reads the sample plan's bytes once, then for each of
 * N districts (default 229, one per 시·군·구) reads a workbook from those bytes into a Grid (the lean reader, inflating with Node's zlib as the CLI does),
 * and separately times the engine (readPlan + validatePlan) on those grids.
 *
 *   npm run bench                      (builds the CLI first)
 *   node bench/validate-many.js --districts 50 [--warmup 3] [--file other.xlsx]
 *
 * Prints plain lines that can be pasted into a README.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { loadDist } = require("./lib");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_FILE = "assets/samples/mapo-5th-plan.xlsx";

function usage(message) {
  if (message) process.stderr.write(`validate-many: ${message}\n`);
  process.stderr.write("usage: node bench/validate-many.js [--districts N] [--warmup N] [--file PLAN.xlsx]\n");
  process.exit(2);
}

function parseArgs(argv) {
  const options = { districts: 229, file: DEFAULT_FILE, warmup: 3 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--districts") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) usage("--districts needs a whole number ≥ 1");
      options.districts = n;
    } else if (flag === "--warmup") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) usage("--warmup needs a whole number ≥ 1");
      options.warmup = n;
    } else if (flag === "--file") {
      options.file = value();
      if (!options.file) usage("--file needs a path");
    } else if (flag === "--help" || flag === "-h") {
      usage();
    } else {
      usage(`unknown argument ${argv[i]}`);
    }
  }
  return options;
}

function load(modulePath) {
  return loadDist(modulePath, "validate-many");
}

const ms = (ns) => Number(ns) / 1e6;
const fmt = (n, digits = 1) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { readWorkbookBytesSync } = load("xlsx/readGrid.js");
  const { nodeInflateRaw } = load("xlsx/readFile.js");
  // As the CLI reads (Node's zlib); the pane reads the same way with fflate's inflate.
  const readWorkbookBuffer = async (bytes) => readWorkbookBytesSync(bytes, { inflateRaw: nodeInflateRaw });
  const { readPlan, validatePlan, countBySeverity } = load("engine/index.js");

  const file = path.resolve(ROOT, options.file);
  if (!fs.existsSync(file)) {
    process.stderr.write(`validate-many: ${options.file} not found — run \`npm run sample\` first.\n`);
    process.exit(2);
  }
  const bytes = new Uint8Array(fs.readFileSync(file));

  // Untimed rounds first: warm the JIT, so the figures are per-workbook work.
  let warm;
  try {
    for (let i = 0; i < options.warmup; i++) {
      const grid = await readWorkbookBuffer(bytes);
      warm = validatePlan(readPlan(grid));
    }
  } catch (error) {
    const reason = error && error.reason ? `${error.reason} ${JSON.stringify(error.data || {})}` : String(error);
    process.stderr.write(`validate-many: ${options.file} cannot be validated (${reason}).\n`);
    process.exit(2);
  }

  const n = options.districts;
  const grids = new Array(n);
  let readNs = 0n;
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    grids[i] = await readWorkbookBuffer(bytes);
    readNs += process.hrtime.bigint() - start;
  }

  if (typeof global.gc === "function") global.gc(); // read-phase garbage is not billed to the engine
  let engineNs = 0n;
  let findings = 0;
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    const plan = readPlan(grids[i]);
    const found = validatePlan(plan);
    engineNs += process.hrtime.bigint() - start;
    findings += found.length;
    grids[i] = null;
  }

  const readMs = ms(readNs);
  const engineMs = ms(engineNs);
  const severities = countBySeverity(warm);
  const label = (text) => text.padEnd(34);
  const lines = [
    `plan-check bench: ${n} districts × ${options.file} (${fmt(bytes.length / 1024)} KB), ${options.warmup} untimed warm-up, Node ${process.version}, ${process.platform}/${process.arch}`,
    `${label("read (.xlsx → grid, lean reader):")}total ${fmt(readMs)} ms · ${fmt(readMs / n, 2)} ms per workbook`,
    `${label("engine (grid → plan → findings):")}total ${fmt(engineMs)} ms · ${fmt(engineMs / n, 2)} ms per workbook`,
    `${label("read + engine:")}total ${fmt(readMs + engineMs)} ms · ${fmt((readMs + engineMs) / n, 2)} ms per workbook`,
    `${label("engine share:")}${fmt((100 * engineMs) / (readMs + engineMs))}% of read + engine`,
    `${label("findings per workbook:")}${fmt(findings / n, 0)} (error ${severities.error} · warning ${severities.warning} · info ${severities.info})`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error) => {
  process.stderr.write(`validate-many: ${error && error.message ? error.message : String(error)}\n`);
  process.exit(1);
});
