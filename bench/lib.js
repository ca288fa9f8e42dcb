"use strict";
/** What the benchmarks share: the compiled engine and adapters in dist/ (npm run build:cli). */
const path = require("path");

const ROOT = path.resolve(__dirname, "..");

/** require()s dist/<modulePath>, saying how to build it when it is missing. */
function loadDist(modulePath, benchName) {
  try {
    return require(path.join(ROOT, "dist", modulePath));
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      process.stderr.write(`${benchName}: dist/ is missing — run \`npm run build:cli\` (or \`npm run bench\`).\n`);
      process.exit(2);
    }
    throw error;
  }
}

module.exports = { ROOT, loadDist };
