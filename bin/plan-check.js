#!/usr/bin/env node
"use strict";
// plan-check: validates 지역사회보장계획 workbooks. The code lives in dist/ (npm run build:cli).
let cli;
try {
  cli = require("../dist/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && /dist[\\/]cli[\\/]main/.test(String(error.message))) {
    process.stderr.write("plan-check: not built yet — run `npm run build:cli` first.\n");
    process.exit(2);
  }
  throw error;
}
cli.run(process.argv.slice(2));
