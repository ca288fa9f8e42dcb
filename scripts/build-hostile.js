#!/usr/bin/env node
/**
 * The hostile workbooks of test/hostile/: what a careless or hostile user hands the CLI. Run after
 * `npm run build:cli` (it uses the built use cases to record a real revision log):
 *
 *   node scripts/build-hostile.js            → test/hostile/files/*.xlsx
 *
 * Every file is made from the repository's own fixtures by editing cells or parts, so a change to the
 * reader or the writer is tried against the same kinds of damage. test/hostile/hostile.test.ts runs
 * each case with its expected exit status, message and — for outputs — a package comparison.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const { strFromU8, strToU8, unzipSync, zipSync } = require("fflate");
const { enrich } = require("./hostile-parts.js");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "test", "hostile", "files");
const MASTER = path.join(ROOT, "test", "fixtures", "layouts", "department-column.xlsx");
const dist = (name) => require(path.join(ROOT, "dist", name));

async function load(bytes) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes));
  return workbook;
}
const save = async (workbook) => new Uint8Array(await workbook.xlsx.writeBuffer());

/** The cell of column `header` (found in the first rows) on the row of the project named `name`. */
function projectCell(sheet, name, header) {
  let headerCol = null;
  let row = null;
  sheet.eachRow((r, n) => {
    r.eachCell((cell, c) => {
      const text = String(cell.value ?? "").replace(/\s+/g, "");
      if (headerCol === null && text === header) headerCol = c;
      if (row === null && text === name.replace(/\s+/g, "")) row = n;
    });
  });
  if (headerCol === null || row === null) throw new Error(`no ${header} for ${name}`);
  return sheet.getCell(row, headerCol);
}

async function build() {
  fs.mkdirSync(OUT, { recursive: true });
  const write = (name, bytes) => fs.writeFileSync(path.join(OUT, name), bytes);
  const master = new Uint8Array(fs.readFileSync(MASTER));

  // 1. Parts an ExcelJS round trip loses: the package comparison's input.
  write("rich.xlsx", enrich(master));

  // 2. Terminal escapes and a long name in cells the reports print.
  {
    const wb = await load(master);
    const sheet = wb.getWorksheet("총괄표");
    const { readPlan } = dist("engine/index.js");
    const { readWorkbookBuffer } = dist("xlsx/readGrid.js");
    const plan = readPlan(await readWorkbookBuffer(master));
    const first = plan.projects[0].nameCell.ref;
    sheet.getCell(first.row + 1, first.col + 1).value = "사업\u001b]0;owned\u0007\u001b[2J\u001b[31m빨강\r덮어쓰기\u009b2J";
    const second = plan.projects[1].nameCell.ref;
    sheet.getCell(second.row + 1, second.col + 1).value = "긴이름".repeat(3000);
    write("escapes.xlsx", await save(wb));
  }

  // 3. Department names a file system refuses: a device name, one far over 255 bytes, the master's own name.
  {
    const wb = await load(master);
    const sheet = wb.getWorksheet("총괄표");
    const { readPlan } = dist("engine/index.js");
    const { readWorkbookBuffer } = dist("xlsx/readGrid.js");
    const plan = readPlan(await readWorkbookBuffer(master));
    const departments = [...new Set(plan.projects.map((p) => p.department && p.department.raw).filter(Boolean))];
    const rename = { [departments[0]]: "CON", [departments[1]]: "지역사회보장협의체사무국".repeat(12), [departments[2]]: "bad-names" };
    for (const project of plan.projects) {
      const to = project.department && rename[project.department.raw];
      if (to) sheet.getCell(project.department.ref.row + 1, project.department.ref.col + 1).value = to;
    }
    write("bad-names.xlsx", await save(wb));
  }

  // 4. A revision log recorded by the add-in, then: rows cut, the sheet renamed, the store edited,
  //    a row forged with its checksum recomputed. And a control character in a logged value.
  {
    const { ExcelJsWorkbookPort } = dist("xlsx/exceljsPort.js");
    const { saveBaseline, recordRevision } = dist("app/revisionLog.js");
    const { readPlan } = dist("engine/index.js");
    const port = await ExcelJsWorkbookPort.fromBuffer(master);
    const now = new Date(2024, 9, 1, 9, 0, 0);
    await saveBaseline(port, { now });
    const plan = readPlan(await port.readGrid());
    const changes = plan.projects.slice(0, 3).map((p, i) => ({ ref: p.budgets[p.budgets.length - 1].ref, value: 100 + i }));
    changes.push({ ref: plan.projects[3].nameCell.ref, value: `${plan.projects[3].name}\u000b개정` });
    await port.writeValues(changes);
    await recordRevision(port, { reason: "추경", author: "기획팀", revisionYear: 2025, now });
    const logged = await port.toBufferKeeping(master);
    write("log-intact.xlsx", logged);

    const wb = await load(logged);
    const log = wb.getWorksheet("수정이력");
    const cut = await load(logged);
    cut.getWorksheet("수정이력").spliceRows(log.rowCount, 1);
    write("log-truncated.xlsx", await save(cut));

    const renamed = await load(logged);
    renamed.getWorksheet("수정이력").name = "이력";
    write("log-renamed.xlsx", await save(renamed));

    const forged = await load(logged);
    const { chainRows, logRowCells } = dist("engine/revisions/log.js");
    const fl = forged.getWorksheet("수정이력");
    const last = fl.getRow(fl.rowCount).values.slice(1);
    const head = String(last[12]);
    const row = { at: "2024-10-02T09:00:00+09:00", revisionYear: 2025, kind: "변경", strategy: last[3], number: last[4], name: last[5], field: last[6], year: last[7], before: 1, after: 2, reason: "위조", author: "누군가" };
    const [chained] = chainRows(head, [row]);
    fl.addRow([...logRowCells(chained), chained.checksum]);
    write("log-forged.xlsx", await save(forged));

    // The store edited inside the package (the baseline's time), nothing else.
    const parts = unzipSync(logged);
    for (const name of Object.keys(parts)) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
      const text = strFromU8(parts[name]);
      if (text.includes("savedAt")) parts[name] = strToU8(text.replace(/2024-10-01T09:00:00/, "2024-09-01T09:00:00"));
    }
    write("log-store-edited.xlsx", zipSync(parts));
  }

  // 5. Department files: a budget written as a formula without its value; two same-named files that disagree.
  {
    const { createDepartmentWorkbooks } = dist("app/departments.js");
    const { xlsxWorkbookFiles } = dist("xlsx/workbookFiles.js");
    const { readPlan } = dist("engine/index.js");
    const { readWorkbookBuffer } = dist("xlsx/readGrid.js");
    const split = await createDepartmentWorkbooks(xlsxWorkbookFiles, master);
    const file = split.files[0];
    const dept = readPlan(await readWorkbookBuffer(file.bytes));
    const budget = dept.projects[0].budgets[dept.projects[0].budgets.length - 1].ref;
    const withFormula = await load(file.bytes);
    withFormula.getWorksheet(dept.sheet).getCell(budget.row + 1, budget.col + 1).value = { formula: "100+85" };
    write("dept-formula.xlsx", await save(withFormula));
    // The same for a target: a formula without its value must not empty the master's target.
    const target = dept.projects[0].indicators[0].targets[dept.projects[0].indicators[0].targets.length - 1].ref;
    const targetFormula = await load(file.bytes);
    targetFormula.getWorksheet(dept.sheet).getCell(target.row + 1, target.col + 1).value = { formula: "90+5" };
    write("dept-target-formula.xlsx", await save(targetFormula));
    for (const [name, value] of [["dept-a.xlsx", 111], ["dept-b.xlsx", 222]]) {
      const wb = await load(file.bytes);
      wb.getWorksheet(dept.sheet).getCell(budget.row + 1, budget.col + 1).value = value;
      write(name, await save(wb));
    }
    write("dept-department.txt", file.department);
  }

  // 6. The plan's header below 1,500 rows of 작성 요령 (the header search has no row limit).
  {
    const { buildPlanWorkbook, workbookToBuffer } = require("./lib/write-plan");
    const preamble = Array.from({ length: 1500 }, (_, i) => `작성 요령 ${i + 1}. 사업별 성과지표와 연도별 목표, 예산을 적습니다.`);
    write("deep-header.xlsx", await workbookToBuffer(buildPlanWorkbook({ preamble }).workbook));
  }

  // 7. The reader's bounds: one value in column XFD on each of 20,000 rows (116 KB).
  {
    const rows = [];
    for (let r = 1; r <= 20000; r++) rows.push(`<row r="${r}"><c r="XFD${r}"><v>${r}</v></c></row>`);
    const parts = {
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      "_rels/.rels": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      "xl/workbook.xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="넓음" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`,
      ),
    };
    write("wide-xfd.xlsx", zipSync(parts));
  }
}

if (require.main === module) {
  build().then(
    () => console.log(`hostile workbooks written to ${path.relative(ROOT, OUT)}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

module.exports = { build, OUT };
