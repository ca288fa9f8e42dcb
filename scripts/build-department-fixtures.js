#!/usr/bin/env node
/**
 * The edited department workbooks of the consolidation scenario (test/fixtures/departments/scenario.json):
 * each file starts from the split output of one department of test/fixtures/layouts/department-column.xlsx
 * and gets the edits the scenario lists — cell edits by project id, a new project row, a row copied from
 * another department's project, a deleted project, a file that is not a workbook. Its notDepartmentFiles
 * start from the whole master instead (its 담당부서 column emptied with "clearDepartments"): what a
 * coordinator picking the wrong file hands in, which consolidation refuses whole.
 *
 *   node scripts/build-department-fixtures.js [OUTDIR]     (needs `npm run build:cli`; default OUTDIR: a temp dir)
 *   npx plan-check consolidate test/fixtures/layouts/department-column.xlsx OUTDIR/*.xlsx -o merged.xlsx
 *
 * The test (test/consolidate.test.ts) builds the same files in memory with buildScenario, passing the
 * TypeScript split and reader; the notDepartmentFiles are also committed as built, in
 * test/fixtures/departments/ (`node scripts/build-department-fixtures.js --commit`).
 *
 * Plain CommonJS; ExcelJS from node_modules.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");

const ROOT = path.join(__dirname, "..");
const SCENARIO = path.join(ROOT, "test", "fixtures", "departments", "scenario.json");

function loadScenario(file = SCENARIO) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

const FLAG_ROLES = { key: "flag.key", partnership: "flag.partnership", isNew: "flag.isNew" };

function cellAt(ws, ref) {
  const cell = ws.getCell(ref.row + 1, ref.col + 1);
  return cell.isMerged ? cell.master : cell;
}

function findProject(plan, id) {
  const project = plan.projects.find((p) => p.id === id);
  if (!project) throw new Error(`scenario: no project ${id} in the department workbook (has ${plan.projects.map((p) => p.id).join(", ")})`);
  return project;
}

/** One cell edit: a target (one line of a multi-line cell too), a budget or a flag. */
function applyEdit(ws, plan, edit) {
  const project = findProject(plan, edit.project);
  if (edit.target) {
    const indicator = project.indicators[edit.target.indicator];
    const target = indicator && indicator.targets.find((t) => t.year === edit.target.year);
    if (!target) throw new Error(`scenario: ${edit.project} has no target ${JSON.stringify(edit.target)}`);
    const cell = cellAt(ws, target.ref);
    if (target.line === undefined) {
      cell.value = edit.value;
    } else {
      const lines = String(cell.value ?? "").split(/\r?\n/);
      lines[target.line] = String(edit.value);
      cell.value = lines.join("\n");
    }
    return;
  }
  if (edit.budget !== undefined) {
    const budget = project.budgets.find((b) => b.year === edit.budget);
    if (!budget) throw new Error(`scenario: ${edit.project} has no budget ${edit.budget}`);
    cellAt(ws, budget.ref).value = edit.value;
    return;
  }
  if (edit.flag) {
    const flag = project.flags[edit.flag];
    if (!flag) throw new Error(`scenario: ${edit.project} has no flag ${edit.flag}`);
    cellAt(ws, flag.ref).value = edit.value;
    return;
  }
  throw new Error(`scenario: an edit says neither target, budget nor flag: ${JSON.stringify(edit)}`);
}

/** A new row under a project, laid out by the plan's own columns, styled like the project's first row. */
function insertRow(ws, plan, insert) {
  const project = findProject(plan, insert.project);
  const at = project.lastRow + 2; // one-based row of the new row
  const values = [];
  const put = (role, value) => {
    const column = plan.columns.find((c) => c.role === role && c.year === undefined);
    if (column && value !== undefined && value !== null && value !== "") values[column.col + 1] = value;
  };
  const c = insert.cells;
  put("number", c.number);
  put("name", c.name);
  for (const [flag, role] of Object.entries(FLAG_ROLES)) put(role, c[flag]);
  put("indicator", c.indicator);
  put("department", c.department);
  const byYear = (role) => plan.columns.filter((col) => col.role === role).sort((a, b) => a.year - b.year);
  byYear("target").forEach((col, i) => {
    if (c.targets && c.targets[i] !== undefined && c.targets[i] !== "") values[col.col + 1] = c.targets[i];
  });
  byYear("budget").forEach((col, i) => {
    if (c.budgets && c.budgets[i] !== undefined && c.budgets[i] !== "") values[col.col + 1] = c.budgets[i];
  });
  ws.spliceRows(at, 0, values);
  const model = ws.getRow(project.firstRow + 1);
  const row = ws.getRow(at);
  model.eachCell({ includeEmpty: true }, (cell, col) => {
    row.getCell(col).style = cell.style;
  });
}

/** Empties the 담당부서 column, its header included: the plan then has no such column. */
function clearDepartmentColumn(ws, plan) {
  const column = plan.columns.find((c) => c.role === "department");
  if (!column) throw new Error("scenario: the plan has no 담당부서 column to clear");
  for (let row = 1; row <= ws.rowCount; row++) {
    const cell = ws.getCell(row, column.col + 1);
    if (!cell.isMerged || cell.master === cell) cell.value = null;
  }
}

function deleteProject(ws, plan, id) {
  const project = findProject(plan, id);
  ws.spliceRows(project.firstRow + 1, project.lastRow - project.firstRow + 1);
}

/**
 * The scenario's files as {name, note, bytes}.
 * deps.split(masterBytes) → [{department, bytes}] (the split use case);
 * deps.readPlan(workbook) → the plan of an ExcelJS workbook (readPlan over gridFromWorkbook).
 */
async function buildScenario(masterBytes, deps, scenario = loadScenario(), list = "files") {
  const split = await deps.split(masterBytes);
  const byDepartment = new Map(split.map((w) => [w.department, w.bytes]));
  const out = [];
  for (const spec of scenario[list]) {
    if (spec.text !== undefined) {
      out.push({ name: spec.file, note: spec.note || "", bytes: new Uint8Array(Buffer.from(spec.text, "utf8")) });
      continue;
    }
    const base = spec.whole ? masterBytes : byDepartment.get(spec.from);
    if (!base) throw new Error(`scenario: no split workbook for ${spec.from}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(base);
    const plan = deps.readPlan(workbook);
    const ws = workbook.getWorksheet(plan.sheet);
    if (spec.clearDepartments) clearDepartmentColumn(ws, plan);
    // Cell edits first, then rows inserted and deleted bottom-up: every row the plan names stays where it
    // is until its own step.
    for (const edit of spec.edits || []) applyEdit(ws, plan, edit);
    const structural = [
      ...(spec.insertAfter || []).map((insert) => ({ row: findProject(plan, insert.project).lastRow, run: () => insertRow(ws, plan, insert) })),
      ...(spec.deleteProjects || []).map((id) => ({ row: findProject(plan, id).firstRow, run: () => deleteProject(ws, plan, id) })),
    ].sort((a, b) => b.row - a.row);
    for (const step of structural) step.run();
    out.push({ name: spec.file, note: spec.note || "", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
  }
  return out;
}

async function main() {
  const commit = process.argv[2] === "--commit";
  const outDir = commit ? path.join(ROOT, "test", "fixtures", "departments") : path.resolve(process.argv[2] || path.join(os.tmpdir(), "plan-check-departments"));
  let app;
  let readGrid;
  let engine;
  let workbookFiles;
  try {
    app = require(path.join(ROOT, "dist", "app", "departments.js"));
    readGrid = require(path.join(ROOT, "dist", "xlsx", "readGrid.js"));
    workbookFiles = require(path.join(ROOT, "dist", "xlsx", "workbookFiles.js"));
    engine = require(path.join(ROOT, "dist", "engine", "index.js"));
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      process.stderr.write("build-department-fixtures: dist/ is missing — run `npm run build:cli` first.\n");
      process.exit(2);
    }
    throw error;
  }
  const scenario = loadScenario();
  const masterBytes = new Uint8Array(fs.readFileSync(path.join(ROOT, scenario.master)));
  const deps = {
    split: async (bytes) => (await app.createDepartmentWorkbooks(workbookFiles.xlsxWorkbookFiles, bytes)).files,
    readPlan: (workbook) => engine.readPlan(readGrid.gridFromWorkbook(workbook)),
  };
  const refused = await buildScenario(masterBytes, deps, scenario, "notDepartmentFiles");
  const files = commit ? refused : [...(await buildScenario(masterBytes, deps, scenario)), ...refused];
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of files) {
    fs.writeFileSync(path.join(outDir, file.name), file.bytes);
    process.stdout.write(`${path.join(outDir, file.name)} (${file.bytes.length} bytes) — ${file.note}\n`);
  }
}

module.exports = { buildScenario, loadScenario };

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`build-department-fixtures: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
