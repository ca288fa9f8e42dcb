import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import Module = require("module");
import { spawnSync } from "child_process";
import * as ts from "typescript";
import { bundleFiles, loadBuilt, loadCompiled, type Compiled } from "./codeCache";

// zlib.crc32 came with node 20.15: before it the cache is never read nor written (tested at the end).
const hasCrc = typeof (zlib as unknown as { crc32?: unknown }).crc32 === "function";
const withCrc = hasCrc ? it : it.skip;

let dir: string;
let bundle: string;
let cacheFile: string;
const SOURCE = `"use strict";
exports.twice = (n) => n * 2;
exports.where = __filename;
exports.path = require("path").basename(__dirname);
exports.words = ["계획", "plan"].map((w) => w + "!").join(" ");
`;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-code-cache-"));
  bundle = path.join(dir, "bundle.js");
  cacheFile = path.join(dir, "bundle.cache");
  fs.writeFileSync(bundle, SOURCE);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const moduleCache = () => (Module as unknown as { _cache: Record<string, NodeModule> })._cache;

/** Loads the bundle as bin/plan-check.js does (a fresh module each time) and checks it ran as written. */
function load() {
  delete moduleCache()[bundle];
  const compiled = loadCompiled(bundle, cacheFile, module);
  const exports = compiled.exports as { twice(n: number): number; where: string; path: string; words: string };
  expect(exports.twice(21)).toBe(42);
  expect(exports.where).toBe(bundle);
  expect(exports.path).toBe(path.basename(dir));
  expect(exports.words).toBe("계획! plan!");
  return compiled;
}

describe("loadCompiled", () => {
  withCrc("writes the cache on save when there was none, and uses it on the next load", () => {
    const first = load();
    expect(first.cache).toBe("missing");
    expect(first.save()).toBe(true);
    expect(fs.readFileSync(cacheFile, "latin1")).toMatch(/^plan-check code cache 1 v\d+\.\d+\.\d+ \w+ \d+ \d+ \d+\n/);
    const second = load();
    expect(second.cache).toBe("used");
    expect(second.save()).toBe(false); // a cache in use is not written again
    expect(moduleCache()[bundle]?.exports).toBe(second.exports); // registered as require would

  });

  withCrc("damaged cache data is never handed to V8 (it would crash the process): compiled as usual, then rewritten", () => {
    load().save();
    const data = fs.readFileSync(cacheFile);
    const body = data.indexOf(10) + 1;
    for (let i = body + 8; i < data.length; i += 16) data[i] ^= 0x5a; // same length, other bytes
    fs.writeFileSync(cacheFile, data);
    const damaged = load();
    expect(damaged.cache).toBe("invalid");
    expect(damaged.save()).toBe(true);
    expect(load().cache).toBe("used");

    for (const garbage of ["", "plan-check code cache 1\n", "\x00\x01\x02", "plan-check code cache 1 a b c d e\nxyz", "x".repeat(500)]) {
      fs.writeFileSync(cacheFile, garbage, "latin1");
      expect(load().cache).toBe("invalid");
    }
    fs.writeFileSync(cacheFile, data.subarray(0, data.length - 100)); // cut short
    expect(load().cache).toBe("invalid");
  });

  withCrc("a cache of another bundle of the same length, or of another node, is not used", () => {
    load().save();
    fs.writeFileSync(bundle, SOURCE.replace("n * 2", "n + n")); // same length: all V8 itself compares
    expect(fs.statSync(bundle).size).toBe(Buffer.byteLength(SOURCE));
    expect(load().cache).toBe("invalid");

    load().save();
    const text = fs.readFileSync(cacheFile, "latin1");
    fs.writeFileSync(cacheFile, text.replace(process.version, "v0.0.0"), "latin1");
    expect(load().cache).toBe("invalid");
  });

  withCrc("a folder that cannot be written: save() says so, no file, no throw, the bundle still runs", () => {
    cacheFile = path.join(bundle, "bundle.cache"); // under a file: not writable even as root
    const compiled = load();
    expect(compiled.cache).toBe("missing");
    expect(compiled.save()).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(["bundle.js"]);
  });

  it("an error in the bundle is the bundle's, and it is not left half-loaded in require.cache", () => {
    fs.writeFileSync(bundle, `"use strict";\nthrow new Error("broken bundle");\n`);
    expect(() => loadCompiled(bundle, cacheFile, module)).toThrow("broken bundle");
    expect(moduleCache()[bundle]).toBeUndefined();
  });

  it("a missing bundle is ENOENT naming it (bin/plan-check.js then loads dist/cli/main.js)", () => {
    fs.rmSync(bundle);
    expect(() => loadCompiled(bundle, cacheFile, module)).toThrow(expect.objectContaining({ code: "ENOENT", path: bundle }));
  });

  (hasCrc ? it.skip : it)("without zlib.crc32 (node before 20.15) no cache is read or written", () => {
    const compiled = load();
    expect(compiled.cache).toBe("unavailable");
    expect(compiled.save()).toBe(false);
    expect(fs.existsSync(cacheFile)).toBe(false);
  });
});

describe("loadBuilt: the built CLI, from the bundle, else from dist/ itself", () => {
  let dist: string;
  beforeEach(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-dist-"));
    fs.mkdirSync(path.join(dist, "cli"));
  });
  afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

  const write = (file: string, text: string) => fs.writeFileSync(path.join(dist, file), text);
  const forget = () => {
    for (const file of Object.keys(moduleCache())) if (file.startsWith(dist)) delete moduleCache()[file];
  };
  const BUNDLE = `"use strict";\nexports.load = (id) => ({ from: "bundle", id });\n`;

  it("names the bundle and its cache in the build's folder", () => {
    expect(bundleFiles(dist)).toEqual({ bundle: path.join(dist, "plan-check.js"), cache: path.join(dist, "plan-check.cache") });
  });

  it("loads the module from the bundle when there is one, handing over the bundle as compiled", () => {
    write("plan-check.js", BUNDLE);
    write("cli/main.js", `exports.from = "dist";`);
    const seen: Compiled[] = [];
    expect(loadBuilt(dist, "cli/main.js", module, (compiled) => seen.push(compiled))).toEqual({ from: "bundle", id: "cli/main.js" });
    expect(seen).toHaveLength(1);
    expect(seen[0].cache).toBe(hasCrc ? "missing" : "unavailable");
    forget();
  });

  it("without a bundle, loads the module from dist/ itself; with neither, null (not built)", () => {
    write("cli/main.js", `exports.from = "dist";`);
    const seen: Compiled[] = [];
    expect(loadBuilt(dist, "cli/main.js", module, (compiled) => seen.push(compiled))).toEqual({ from: "dist" });
    expect(seen).toEqual([]);
    forget();
    expect(loadBuilt(dist, "cli/validateWorker.js", module)).toBeNull();
  });

  it("a module the build's own code misses, or a broken bundle, is an error and not 'not built'", () => {
    write("cli/main.js", `require("./gone.js");`);
    expect(() => loadBuilt(dist, "cli/main.js", module)).toThrow(expect.objectContaining({ code: "MODULE_NOT_FOUND" }));
    forget();
    write("plan-check.js", `throw new Error("broken bundle");`);
    expect(() => loadBuilt(dist, "cli/main.js", module)).toThrow("broken bundle");
    forget();
  });
});

describe("bin/plan-check.js loads the CLI through loadBuilt", () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-bin-"));
    fs.mkdirSync(path.join(root, "bin"));
    fs.copyFileSync(path.join(__dirname, "../../bin/plan-check.js"), path.join(root, "bin/plan-check.js"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, "bin/plan-check.js"), ...args], { encoding: "utf8" });
  /** dist/cli/codeCache.js as tsc makes it, whatever the state of this checkout's own build. */
  const buildCodeCache = () => {
    fs.mkdirSync(path.join(root, "dist/cli"), { recursive: true });
    const source = fs.readFileSync(path.join(__dirname, "codeCache.ts"), "utf8");
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } });
    fs.writeFileSync(path.join(root, "dist/cli/codeCache.js"), outputText);
  };

  it("says it is not built yet when dist/ is missing", () => {
    const result = run("validate", "x.xlsx");
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("plan-check: not built yet — run `npm run build:cli` first.\n");
  });

  it("runs the bundle's CLI, else dist/cli/main.js; says it is not built yet with neither", () => {
    buildCodeCache();
    fs.writeFileSync(path.join(root, "dist/cli/main.js"), `exports.run = (args) => process.stdout.write("dist " + args.join(" "));`);
    expect(run("a", "b").stdout).toBe("dist a b");
    fs.writeFileSync(
      path.join(root, "dist/plan-check.js"),
      `exports.load = (id) => ({ run: (args) => process.stdout.write("bundle " + id + " " + args.join(" ")) });`,
    );
    expect(run("a", "b").stdout).toBe("bundle cli/main.js a b");
    fs.rmSync(path.join(root, "dist/plan-check.js"));
    fs.rmSync(path.join(root, "dist/cli/main.js"));
    const result = run("validate");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("not built yet");
  });
});
