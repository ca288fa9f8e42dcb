/**
 * A pool worker's first module (./pool.ts): ./validateWorker from the bundled CLI with its code cache, as
 * bin/plan-check.js loads the command line (./codeCache.ts), so that each worker skips looking up, reading and
 * compiling the modules one by one; from dist/ itself in a build without the bundle. A worker never writes the cache.
 */
import * as path from "path";
import { loadCompiled } from "./codeCache";

const dist = path.join(__dirname, "..");

/** The bundle's loader; null when this build has no bundle. */
function bundled(): { load(id: string): unknown } | null {
  try {
    return loadCompiled(path.join(dist, "plan-check.js"), path.join(dist, "plan-check.cache"), module).exports as { load(id: string): unknown };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return null;
  }
}

const bundle = bundled();
if (bundle) bundle.load("cli/validateWorker.js");
else require("./validateWorker");
