/**
 * Loading the bundled CLI (dist/plan-check.js, scripts/build-cli.js) with V8's code cache: the bytecode an
 * earlier run compiled is read back instead of parsing and compiling the code again (node 20 has no
 * module.enableCompileCache). bin/plan-check.js calls this before anything else is loaded.
 *
 * The cache is only ever an aid. It is used when its header matches this node, this bundle (a checksum of
 * its text: V8 itself only compares lengths) and its own payload (a checksum: V8 does not check one, and
 * damaged cache data crashes the process); otherwise, or when V8 rejects it (other V8 flags), the bundle
 * is compiled as usual and `save()` writes a new cache — where the folder can be written, else not at all.
 * Either way the same code runs: never a failure, never a different output.
 *
 * The one place that names the bundle and its cache and loads the CLI from them, else from dist/ itself:
 * bin/plan-check.js, the pool's workers (./workerEntry.ts) and scripts/build-cli.js all ask loadBuilt and bundleFiles.
 */
import * as fs from "fs";
import Module = require("module");
import * as path from "path";
import * as vm from "vm";
import * as zlib from "zlib";

const MAGIC = "plan-check code cache 1";

/** What became of the cache on this load. */
export type CacheState = "used" | "missing" | "invalid" | "rejected" | "unavailable";

export interface Compiled {
  /** The bundle's module.exports. */
  exports: unknown;
  cache: CacheState;
  /** Writes the code compiled so far as the new cache (unless the one loaded was used); false when it could not. */
  save(): boolean;
}

/** The bundled CLI and its code cache in a build's folder (dist/). */
export function bundleFiles(dist: string): { bundle: string; cache: string } {
  return { bundle: path.join(dist, "plan-check.js"), cache: path.join(dist, "plan-check.cache") };
}

/**
 * A module of the built CLI by its path in `dist` ("cli/main.js", "cli/validateWorker.js"): from the bundle with
 * its code cache, else from dist/ itself (a build without the bundle); null when neither is there (not built).
 * `loaded` is handed the bundle as compiled (its cache state, its save) before the module is loaded from it.
 */
export function loadBuilt(dist: string, id: string, parent: NodeModule | null, loaded?: (bundle: Compiled) => void): unknown {
  const files = bundleFiles(dist);
  let compiled: Compiled | null = null;
  try {
    compiled = loadCompiled(files.bundle, files.cache, parent);
  } catch (error) {
    const { code, path: missing } = error as NodeJS.ErrnoException;
    if (code !== "ENOENT" || missing !== files.bundle) throw error;
  }
  if (compiled) {
    loaded?.(compiled);
    return (compiled.exports as { load(id: string): unknown }).load(id);
  }
  const file = path.join(dist, id);
  try {
    return require(file) as unknown;
  } catch (error) {
    // Only the module itself missing means "not built"; one it requires missing is the build's own error.
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === "MODULE_NOT_FOUND" && message.startsWith(`Cannot find module '${file}'`)) return null;
    throw error;
  }
}

/** zlib.crc32 (node 20.15 and later); without it no cache is read or written. */
const crc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

function header(sourceCrc: number, payload: Uint8Array): string {
  return `${MAGIC} ${process.version} ${process.arch} ${sourceCrc} ${payload.length} ${crc32!(payload)}\n`;
}

/** The cache's payload when its header is this node's, this source's and its own; else null. */
function readCache(cacheFile: string, sourceCrc: number): Buffer | null {
  let data: Buffer;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return null;
  }
  const end = data.indexOf(10); // the header's newline
  if (end < 0 || end > 200) return null;
  const line = data.toString("latin1", 0, end);
  if (!line.startsWith(`${MAGIC} `)) return null;
  const fields = line.slice(MAGIC.length + 1).split(" ");
  if (fields.length !== 5) return null;
  const [version, arch, source, length, sum] = fields;
  const payload = data.subarray(end + 1);
  const ok =
    version === process.version &&
    arch === process.arch &&
    Number(source) === sourceCrc &&
    Number(length) === payload.length &&
    Number(sum) === crc32!(payload);
  return ok ? payload : null;
}

/**
 * Compiles and runs `file` as a CommonJS module of `parent` (registered in require.cache as require
 * would), with the code cache `cacheFile` when it is sound.
 */
export function loadCompiled(file: string, cacheFile: string, parent: NodeModule | null): Compiled {
  const bytes = fs.readFileSync(file);
  const sourceCrc = crc32 ? crc32(bytes) : 0;
  const cached = crc32 ? readCache(cacheFile, sourceCrc) : null;
  const script = new vm.Script(Module.wrap(bytes.toString("utf8")), { filename: file, cachedData: cached ?? undefined });
  const cache: CacheState = !crc32 ? "unavailable" : !cached ? (fs.existsSync(cacheFile) ? "invalid" : "missing") : script.cachedDataRejected ? "rejected" : "used";

  const dirname = path.dirname(file);
  const module = new Module(file, parent as Module | undefined);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname);
  const cacheOfModules = (Module as unknown as { _cache: Record<string, NodeModule> })._cache;
  cacheOfModules[file] = module;
  const requireHere = Object.assign((id: string) => module.require(id), { cache: cacheOfModules, main: require.main });
  try {
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, requireHere, module, file, dirname);
  } catch (error) {
    delete cacheOfModules[file];
    throw error;
  }
  module.loaded = true;

  return {
    exports: module.exports,
    cache,
    save: () => {
      if (!crc32 || cache === "used") return false;
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        const payload = script.createCachedData();
        // Written aside and renamed: a run starting meanwhile reads the old cache or the new, never half of one.
        fs.writeFileSync(temporary, Buffer.concat([Buffer.from(header(sourceCrc, payload), "latin1"), payload]));
        fs.renameSync(temporary, cacheFile);
        return true;
      } catch {
        try {
          fs.rmSync(temporary, { force: true });
        } catch {
          // nothing was written
        }
        return false;
      }
    },
  };
}
