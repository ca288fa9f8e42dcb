#!/usr/bin/env node
"use strict";
// plan-check: validates 지역사회보장계획 workbooks. The code lives in dist/ (npm run build:cli): the
// bundled CLI with its code cache, else dist/cli/main.js (src/cli/codeCache.ts loadBuilt names and loads them).
const path = require("path");

// V8 runs a function 8× as long as its default before compiling it further: each plan is small and read once, so
// most code runs a few times per plan and the optimising compiler's work on it (on background threads, as much CPU
// as the main thread's) was not paid back; a 50,000-row plan's loops still cross it at once. CPU of the 229 plans
// −27%, of the 50,000 rows unchanged. V8 flags are process-wide (the pool's workers get it too); one given to node
// itself is left as it is.
if (!/--interrupt[-_]budget=/.test(`${process.execArgv.join(" ")} ${process.env.NODE_OPTIONS || ""}`)) {
  require("v8").setFlagsFromString("--interrupt-budget=540672"); // 8 × 67,584, node 20's default
}

/** The CLI's module: from the build (the bundle, else dist/cli/main.js), or null when there is none. */
function loadCli() {
  let codeCache;
  try {
    codeCache = require("../dist/cli/codeCache.js");
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND" && /dist[\\/]cli[\\/]codeCache/.test(String(error.message))) return null;
    throw error;
  }
  if (typeof codeCache.loadBuilt !== "function") return null; // a build older than this bin: built again, it runs
  return codeCache.loadBuilt(path.join(__dirname, "..", "dist"), "cli/main.js", module, (compiled) => {
    // The cache keeps what a validate compiled: written at the end of the first validate that found none usable,
    // by a plain `node` only (V8 refuses a cache made under other V8 flags: runs under two would rewrite it in turn).
    const plain = process.execArgv.length === 0 && !process.env.NODE_OPTIONS;
    if (compiled.cache !== "used" && plain && process.argv[2] === "validate") process.once("exit", () => compiled.save());
  });
}

const cli = loadCli();
if (!cli) {
  process.stderr.write("plan-check: not built yet — run `npm run build:cli` first.\n");
  process.exit(2);
}
// Ended once its output is written (exitWhenWritten), not after node has torn its heap down.
cli.run(process.argv.slice(2)).then((code) => {
  if (typeof cli.exitWhenWritten === "function") return cli.exitWhenWritten(code);
});
