#!/usr/bin/env node
/**
 * How long do 부서별 양식 and 부서 취합 take at scale? Builds a master holding N departments (default 25),
 * each with as many projects as the whole sample (Mapo-gu's 51 project rows, renamed per department),
 * then times:
 *   split        the master → N department workbooks (createDepartmentWorkbooks)
 *   consolidate  the master + N department workbooks, one budget changed in each → the consolidated
 *                master (consolidateWorkbooks: read + validate each file, plan, write, log, save),
 *                and, inside it, the engine's part alone (planConsolidation on the plans already read).
 *
 *   npm run build:cli && node bench/consolidate.js [--departments 25]
 *
 * Uses the compiled dist/ (like bench/validate-many.js) and scripts/lib/write-plan.js for the master.
 */
"use strict";
const path = require("path");
const { loadDist } = require("./lib");
const ROOT = path.resolve(__dirname, "..");
const { buildPlanWorkbook, workbookToBuffer, loadTranscription, DEFAULT_COLUMNS } = require(path.join(ROOT, "scripts", "lib", "write-plan"));

function usage(message) {
  if (message) process.stderr.write(`consolidate bench: ${message}\n`);
  process.stderr.write("usage: node bench/consolidate.js [--departments N]\n");
  process.exit(2);
}

function parseArgs(argv) {
  const options = { departments: 25 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--departments") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 99) usage("--departments needs a whole number from 1 to 99");
      options.departments = n;
    } else if (flag === "--help" || flag === "-h") {
      usage();
    } else {
      usage(`unknown argument ${argv[i]}`);
    }
  }
  return options;
}

function load(modulePath) {
  return loadDist(modulePath, "consolidate bench");
}

/**
 * The sample's transcription with every project (and its further indicator rows) repeated once per
 * department, renamed "… (부서NN)" and renumbered within its strategy/task; one header block.
 */
function scaledTranscription(n) {
  const t = loadTranscription();
  const rows = [];
  const numberInScope = new Map();
  let group = null;
  const flush = () => {
    if (!group) return;
    for (let d = 1; d <= n; d++) {
      const tag = String(d).padStart(2, "0");
      const scope = group.project.taskId || group.project.strategyId;
      const number = (numberInScope.get(scope) || 0) + 1;
      numberInScope.set(scope, number);
      const cells = group.project.cells.slice();
      cells[0] = String(number);
      cells[1] = `${group.project.name} (부서${tag})`;
      rows.push({ ...group.project, number, id: `${scope}-${number}`, name: cells[1], cells, department: `부서${tag}` });
      for (const cont of group.conts) rows.push({ ...cont, ownerId: `${scope}-${number}` });
    }
    group = null;
  };
  for (const row of t.rows) {
    if (row.kind === "project") {
      flush();
      group = { project: row, conts: [] };
    } else if (row.kind === "cont" && row.ownerKind === "project" && group) {
      group.conts.push(row);
    } else {
      flush();
      rows.push(row);
    }
  }
  flush();
  return { ...t, rows };
}

const ms = (ns) => Number(ns) / 1e6;
const fmt = (n, digits = 1) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { createDepartmentWorkbooks } = load("app/departments.js");
  const { consolidateWorkbooks, readDepartmentFiles } = load("app/consolidate.js");
  const { planConsolidation } = load("engine/consolidate/index.js");
  const { readWorkbookBuffer, loadWorkbookBuffer, gridFromWorkbook } = load("xlsx/readGrid.js");
  const { readPlan } = load("engine/index.js");
  const { xlsxWorkbookFiles } = load("xlsx/workbookFiles.js");

  const n = options.departments;
  const { workbook } = buildPlanWorkbook(
    {
      columns: [...DEFAULT_COLUMNS, "department"],
      repeatHeaders: false,
      department: (p) => p.department,
    },
    scaledTranscription(n),
  );
  const masterBytes = new Uint8Array(await workbookToBuffer(workbook));
  const master = readPlan(await readWorkbookBuffer(masterBytes));

  let start = process.hrtime.bigint();
  const split = await createDepartmentWorkbooks(xlsxWorkbookFiles, masterBytes);
  const splitNs = process.hrtime.bigint() - start;
  const perDepartment = split.files.map((f) => f.projectIds.length);

  // One budget changed in each department's workbook (untimed): its first project's last budget year + 1.
  const files = [];
  for (const file of split.files) {
    const wb = await loadWorkbookBuffer(file.bytes, { skipUnusedParts: false });
    const plan = readPlan(gridFromWorkbook(wb));
    const project = plan.projects.find((p) => p.budgets.some((b) => b.value.kind === "number"));
    const budget = project.budgets.filter((b) => b.value.kind === "number").pop();
    const cell = wb.getWorksheet(plan.sheet).getCell(budget.ref.row + 1, budget.ref.col + 1);
    cell.value = budget.value.value + 1;
    files.push({ name: file.name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
  }

  start = process.hrtime.bigint();
  const run = await consolidateWorkbooks(xlsxWorkbookFiles, masterBytes, files, { now: new Date() });
  const consolidateNs = process.hrtime.bigint() - start;

  start = process.hrtime.bigint();
  const { inputs } = await readDepartmentFiles(xlsxWorkbookFiles, files);
  const readNs = process.hrtime.bigint() - start;
  start = process.hrtime.bigint();
  const planned = planConsolidation(master, inputs);
  const engineNs = process.hrtime.bigint() - start;

  const label = (text) => text.padEnd(34);
  const lines = [
    `plan-check bench: ${n} departments × ${fmt(perDepartment.reduce((a, b) => a + b, 0) / n, 0)} projects each (master: ${master.projects.length} projects, ${fmt(masterBytes.length / 1024)} KB), Node ${process.version}, ${process.platform}/${process.arch}`,
    `${label("split (master → N workbooks):")}total ${fmt(ms(splitNs))} ms · ${fmt(ms(splitNs) / n, 2)} ms per department`,
    `${label("consolidate (N files → master):")}total ${fmt(ms(consolidateNs))} ms · ${fmt(ms(consolidateNs) / n, 2)} ms per department file`,
    `${label("  of which reading + validating:")}about ${fmt(ms(readNs))} ms (timed again separately)`,
    `${label("  of which the engine (plan):")}${fmt(ms(engineNs))} ms`,
    `${label("result:")}${run.result.applied.length} applied · ${run.result.added.length} new · ${run.result.conflicts.length} conflicts (${planned.applied.length} planned)`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

module.exports = { scaledTranscription };

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`consolidate bench: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
