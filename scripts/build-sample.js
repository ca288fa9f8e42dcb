#!/usr/bin/env node
/**
 * Writes assets/samples/mapo-5th-plan.xlsx: Mapo-gu's real 5th plan (scripts/sample/mapo-5th.tsv) in the default
 * layout — sheet 총괄표 (title, 총괄현황 line, the seed's repeated two-row header blocks, section / strategy / 대표과업
 * rows, projects) and sheet 관리체계. Deterministic: rebuilding gives the same bytes.  `npm run sample`
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { buildPlanWorkbook, workbookToBuffer } = require("./lib/write-plan");

const OUT = path.join(__dirname, "..", "assets", "samples", "mapo-5th-plan.xlsx");

async function main() {
  const { workbook, layout } = buildPlanWorkbook();
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  const bytes = await workbookToBuffer(workbook);
  fs.writeFileSync(OUT, bytes);
  const projects = layout.rows.filter((r) => r.kind === "project").length;
  console.log(`${path.relative(process.cwd(), OUT)}: ${bytes.length} bytes, ${projects} project rows, ` +
    `header blocks at rows ${layout.headerBlocks.map((b) => `${b.first}-${b.last}`).join(", ")}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
