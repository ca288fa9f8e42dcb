/**
 * A pool worker's first module (./pool.ts): ./validateWorker from the bundled CLI with its code cache, as
 * bin/plan-check.js loads the command line (./codeCache.ts loadBuilt), so that each worker skips looking up, reading
 * and compiling the modules one by one; from dist/ itself in a build without the bundle. A worker never writes the cache.
 */
import * as path from "path";
import { loadBuilt } from "./codeCache";

if (loadBuilt(path.join(__dirname, ".."), "cli/validateWorker.js", module) === null) {
  throw new Error(`plan-check: no validate worker in ${path.join(__dirname, "..")} — run \`npm run build:cli\``);
}
