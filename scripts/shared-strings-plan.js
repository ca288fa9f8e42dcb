#!/usr/bin/env node
/**
 * The bench's plan of 50,000 distinct project rows (bench/lean.js writes its texts as inline strings) with
 * every inline string moved to the shared strings, as Excel writes a workbook: the same cells, the texts
 * read through sharedStrings.xml instead (about 58,000 more items). For checking the reader on both forms:
 * the two files must give the same grid, and reading them should cost about the same.
 *
 *   node scripts/shared-strings-plan.js [in.xlsx] [out.xlsx]
 *     (default in: the bench's file in the temp folder, made by `node bench/lean.js`; out: beside it, "-shared")
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { strFromU8, strToU8, unzipSync, zipSync } = require("fflate");

const input = process.argv[2] || path.join(os.tmpdir(), "plan-check-bench-50031-distinct-rows.xlsx");
const output = process.argv[3] || input.replace(/\.xlsx$/, "-shared.xlsx");
if (!fs.existsSync(input)) {
  process.stderr.write(`${input} is missing: run node bench/lean.js first\n`);
  process.exit(2);
}

const parts = unzipSync(new Uint8Array(fs.readFileSync(input)));
const sheetPath = "xl/worksheets/sheet1.xml";
const stringsPath = "xl/sharedStrings.xml";
const strings = strFromU8(parts[stringsPath]);
const itemsEnd = strings.lastIndexOf("</sst>");
const known = (strings.match(/<si>/g) || []).length;

// The items added, each text once (Excel shares a repeated text); the XML kept escaped as it stands.
const added = new Map();
const sheet = strFromU8(parts[sheetPath]).replace(/ t="inlineStr"><is><t( xml:space="preserve")?>([^<]*)<\/t><\/is>/g, (all, space, text) => {
  let index = added.get(text);
  if (index === undefined) {
    index = known + added.size;
    added.set(text, index);
  }
  return ` t="s"><v>${index}</v>`;
});
if (sheet.includes('t="inlineStr"')) throw new Error("an inline string in another form was left");

const items = [...added.keys()].map((text) => (/^\s|\s$/.test(text) ? `<si><t xml:space="preserve">${text}</t></si>` : `<si><t>${text}</t></si>`));
const count = (sheet.match(/ t="s"/g) || []).length;
const head = strings.slice(0, itemsEnd).replace(/count="\d+" uniqueCount="\d+"/, `count="${count}" uniqueCount="${known + added.size}"`);
parts[stringsPath] = strToU8(head + items.join("") + strings.slice(itemsEnd));
parts[sheetPath] = strToU8(sheet);
fs.writeFileSync(output, zipSync(parts));
process.stdout.write(`${output}: ${added.size} texts moved to the shared strings (${known + added.size} items)\n`);
