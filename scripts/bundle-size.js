#!/usr/bin/env node
/**
 * The task pane's first-load size, after `npm run build`: the gzipped size of every script that
 * taskpane.html loads from this add-in (office.js comes from Microsoft's CDN and is not counted), and
 * of the ExcelJS chunk, which only writing a workbook loads, and of what the pane loads to read a file
 * (부서 취합: the department use cases and the lean reader; from the build's chunk groups). Exits 1 when
 * the first load is at or above the budget.
 *
 *   node scripts/bundle-size.js [dist/addin] [--json]
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// Back at 200 KB: the engine (reading the plan, the rules) loads with the first 계획 검증, not with the pane.
const BUDGET_KB = 200;

function gzipKb(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

/** Local <script src> of a built page, in order (absolute http(s) URLs are other origins: office.js). */
function pageScripts(dir, page) {
  const html = fs.readFileSync(path.join(dir, page), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]).filter((src) => !/^(https?:)?\/\//i.test(src));
}

function measure(dir) {
  if (!fs.existsSync(path.join(dir, "taskpane.html"))) {
    throw new Error(`${dir}/taskpane.html not found: run \`npm run build\` first`);
  }
  const firstLoad = pageScripts(dir, "taskpane.html").map((src) => {
    const file = path.join(dir, src.replace(/^\.?\//, ""));
    return { file: path.basename(file), bytes: fs.statSync(file).size, gzipKb: gzipKb(file) };
  });
  const excelJs = fs.readdirSync(dir).filter((f) => /^exceljs\..*\.js$|^exceljs\.js$/.test(f));
  const excelJsKb = excelJs.reduce((sum, f) => sum + gzipKb(path.join(dir, f)), 0);
  const firstLoadKb = firstLoad.reduce((sum, f) => sum + f.gzipKb, 0);
  const previewKb = pageScripts(dir, "preview.html").reduce((sum, src) => sum + gzipKb(path.join(dir, src)), 0);
  return { dir, budgetKb: BUDGET_KB, firstLoadKb, firstLoad, excelJsKb, excelJsFiles: excelJs, previewFirstLoadKb: previewKb, readFile: readFileLoad(dir, firstLoad) };
}

/** What the pane loads on top of its first load to read department files (the pane-departments chunk group). */
function readFileLoad(dir, firstLoad) {
  const groupsFile = `${dir}.chunk-groups.json`;
  if (!fs.existsSync(groupsFile)) return null;
  const group = JSON.parse(fs.readFileSync(groupsFile, "utf8"))["pane-departments"];
  if (!group) return null;
  const loaded = new Set(firstLoad.map((f) => f.file));
  const files = group.filter((file) => file.endsWith(".js") && !loaded.has(file) && fs.existsSync(path.join(dir, file)));
  return { files, gzipKb: files.reduce((sum, file) => sum + gzipKb(path.join(dir, file)), 0), excelJs: files.some((file) => /^exceljs\b/.test(file)) };
}

function main() {
  const args = process.argv.slice(2);
  const dir = path.resolve(args.find((a) => !a.startsWith("--")) || path.join(__dirname, "..", "dist", "addin"));
  const result = measure(dir);
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  } else {
    const kb = (n) => `${n.toFixed(1)} KB`;
    console.log(`Task pane first load (gzipped, office.js excluded): ${kb(result.firstLoadKb)} of ${BUDGET_KB} KB`);
    for (const f of result.firstLoad) console.log(`  ${f.file.padEnd(28)} ${kb(f.gzipKb).padStart(9)}  (${(f.bytes / 1024).toFixed(0)} KB raw)`);
    console.log(`ExcelJS chunk (gzipped, loaded only to open a workbook for writing): ${result.excelJsFiles.length ? kb(result.excelJsKb) : "not found"}`);
    if (result.readFile) {
      console.log(`Reading a file in the pane (부서 취합, gzipped, on top of the first load): ${kb(result.readFile.gzipKb)}${result.readFile.excelJs ? " — ExcelJS included" : ", no ExcelJS"}`);
    }
    console.log(`Preview page first load (gzipped): ${kb(result.previewFirstLoadKb)}`);
  }
  if (result.excelJsFiles.length === 0) {
    console.error("No exceljs chunk: ExcelJS must be split out of the first load (dynamic import).");
    process.exit(1);
  }
  if (result.firstLoadKb >= BUDGET_KB) {
    console.error(`Over budget: the task pane's first load is ${result.firstLoadKb.toFixed(1)} KB gzipped (budget < ${BUDGET_KB} KB).`);
    process.exit(1);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(String(error && error.message ? error.message : error));
    process.exit(1);
  }
}

module.exports = { measure, BUDGET_KB };
