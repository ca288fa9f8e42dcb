#!/usr/bin/env node
/**
 * npm run build:cli: compiles the CLI (tsc → dist/), then bundles what the command line loads into one file,
 * dist/plan-check.js, which bin/plan-check.js loads with V8's code cache (src/cli/codeCache.ts): one file
 * read and compiled instead of a lookup, a read and a compile for each of some 150 modules. The bundle's and the
 * cache's names are the build's own (codeCache.ts bundleFiles, read from dist/ before and after tsc).
 *
 * The bundle is dist/cli/main.js, the pool's dist/cli/validateWorker.js and every module they reach through a
 * relative require (the commands main.ts loads on demand included, so every module exists once); each keeps its
 * own file name, so an error's place and require.cache read as before. Packages and node's own modules are required as usual.
 * The old bundle and cache (as the old build names them) are removed first: a failed build never leaves one behind
 * that runs old code; without the old build's codeCache.js nothing could load one.
 * Then one validate of the sample writes the code cache (bin/plan-check.js writes it when it is missing).
 *
 *   node scripts/build-cli.js          (exit status: tsc's)
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
/** What the bundle is loaded for: the command line and the validate pool's workers (src/cli/workerEntry.ts). */
const ENTRIES = ["cli/main.js", "cli/validateWorker.js"];
const SAMPLE = path.join(ROOT, "assets/samples/mapo-5th-plan.xlsx");

/** The bundle's and the code cache's paths as dist/cli/codeCache.js names them (null: no build there, or one before bundleFiles). */
function builtFiles() {
  const file = path.join(DIST, "cli", "codeCache.js");
  delete require.cache[file]; // after tsc, the new build's and not the one read before it
  if (!fs.existsSync(file)) return null;
  const { bundleFiles } = require(file);
  return typeof bundleFiles === "function" ? bundleFiles(DIST) : null;
}

/** Removes a build's bundle and cache, if it has them. */
function removeBundle(files) {
  if (files) for (const file of [files.bundle, files.cache]) fs.rmSync(file, { force: true });
}

/** A relative require as tsc emits it (a string literal, also inside `import()` and after a webpack chunk-name comment). */
const RELATIVE_REQUIRE = /\brequire\((?:\/\*[^*]*\*\/\s*)?"(\.\.?\/[^"]*)"\)/g;

/** The module a relative require names: file.js, or dir/index.js. */
function resolveRelative(from, request) {
  const target = path.resolve(path.dirname(from), request);
  for (const candidate of [target, `${target}.js`, path.join(target, "index.js")]) {
    if (candidate.endsWith(".js") && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${path.relative(ROOT, from)}: cannot find ${request}`);
}

/**
 * The source with every character past ASCII written as its \u escape (in strings, templates, regular expressions
 * and comments alike: the same program). One Korean letter makes V8 hold and decode the whole file as two-byte
 * text; all ASCII, the bundle's source takes half the memory and decodes in a copy (about 9 ms of each start).
 */
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The bundle's text: every module reached from `entries`, as a function of its own, loaded on first require. */
function bundle(entries) {
  const modules = new Map();
  const visit = (file) => {
    if (modules.has(file)) return;
    modules.set(file, "");
    const source = fs.readFileSync(file, "utf8").replace(RELATIVE_REQUIRE, (all, request) => {
      const target = resolveRelative(file, request);
      visit(target);
      return `__load(${JSON.stringify(path.relative(DIST, target).split(path.sep).join("/"))}, module)`;
    });
    modules.set(file, source);
  };
  for (const entry of entries) visit(entry);
  const parts = [
    `"use strict";`,
    `// Built by scripts/build-cli.js from dist/ (npm run build:cli): the command line's modules in one file.`,
    `const __Module = require("module");`,
    `const __path = require("path");`,
    `const __modules = {`,
  ];
  for (const [file, source] of modules) {
    const id = path.relative(DIST, file).split(path.sep).join("/");
    parts.push(`${JSON.stringify(id)}: function (exports, require, module, __filename, __dirname) {\n${source}\n},`);
  }
  parts.push(
    `};`,
    `/** A bundled module by its path in dist/, registered under its own file name as require would (one instance each). */`,
    `function __load(id, parent) {`,
    `  const filename = __path.join(__dirname, id);`,
    `  const cached = __Module._cache[filename];`,
    `  if (cached) return cached.exports;`,
    `  const module = new __Module(filename, parent);`,
    `  module.filename = filename;`,
    `  module.paths = __Module._nodeModulePaths(__path.dirname(filename));`,
    `  __Module._cache[filename] = module;`,
    `  // Its own require: anything not bundled resolves from its own folder (a bundled file found there is this one).`,
    `  const requireHere = Object.assign((request) => module.require(request), { main: require.main, cache: __Module._cache });`,
    `  try {`,
    `    __modules[id].call(module.exports, module.exports, requireHere, module, filename, __path.dirname(filename));`,
    `  } catch (error) {`,
    `    delete __Module._cache[filename];`,
    `    throw error;`,
    `  }`,
    `  module.loaded = true;`,
    `  return module.exports;`,
    `}`,
    `/** The bundle's modules by their path in dist/: "cli/main.js" (bin/plan-check.js), "cli/validateWorker.js" (the pool's workers). */`,
    `exports.load = (id) => __load(id, module);`,
    ``,
  );
  return parts.join("\n");
}

function main() {
  removeBundle(builtFiles());
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.cli.json")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  const entries = ENTRIES.map((id) => path.join(DIST, id));
  const files = builtFiles();
  if (!files || !entries.every((entry) => fs.existsSync(entry))) return tsc.status ?? 1;
  removeBundle(files); // a build's first under these names, or after one named otherwise: no stale cache beside it
  // Written aside and renamed: a plan-check starting meanwhile (a test, another shell) never reads half of it.
  const temporary = `${files.bundle}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, asciiOnly(bundle(entries)));
  fs.renameSync(temporary, files.bundle);
  if (fs.existsSync(SAMPLE)) {
    // The code cache, as a validate leaves it (its exit status is the sample's findings: not checked).
    spawnSync(process.execPath, [path.join(ROOT, "bin", "plan-check.js"), "validate", SAMPLE, "--format", "json"], {
      cwd: ROOT,
      stdio: "ignore",
      env: { ...process.env, NODE_OPTIONS: "" }, // a plain node's cache (bin/plan-check.js)
    });
  }
  return tsc.status ?? 1;
}

process.exitCode = main();
