/**
 * Reads scripts/sample/mapo-5th.tsv (the hand transcription of Mapo-gu's 5th plan) into rows a writer can lay out.
 * Plain CommonJS so scripts run without a build; see the TSV's own header for the format.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const DEFAULT_FILE = path.join(__dirname, "..", "sample", "mapo-5th.tsv");

/** The seed's 16 columns, by role: t0…t4 are the '22…'26 targets, b0…b4 the '22…'26 budgets. */
const SEED_ROLES = [
  "number", "name", "key", "partnership", "isNew", "indicator",
  "t0", "t1", "t2", "t3", "t4",
  "b0", "b1", "b2", "b3", "b4",
];
const YEARS = [2022, 2023, 2024, 2025, 2026];
/** Marks: covered by the cell above / to the left (see the TSV header). */
const UP = "^";
const LEFT = "<";

const ROMAN = { 1: "I", 2: "II" };

function unescapeCell(text) {
  return text.replace(/\\n/g, "\n");
}

function firstNumber(text) {
  const m = /(\d+)/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * @returns {{
 *   file: string,
 *   years: number[],
 *   caption: {line: number, text: string} | null,
 *   note: {line: number, text: string} | null,
 *   rows: object[],
 *   schedule: {line: number, cells: string[]}[],
 * }}
 */
function loadTranscription(file = DEFAULT_FILE) {
  const text = fs.readFileSync(file, "utf8");
  const out = { file, years: YEARS.slice(), caption: null, note: null, rows: [], schedule: [] };
  let part = 0;
  let strategy = null;
  let task = null;
  let owner = null; // the strategy, task or project the next cont row continues
  let lastWasHeader = false;
  let block = -1;
  let pendingHeader = null;
  let strategyCount = 0;

  for (const raw of text.split(/\r?\n/)) {
    if (raw === "" || raw.startsWith("#")) continue;
    const fields = raw.split("\t");
    const kind = fields[0];
    const line = Number(fields[1]);
    const cells = fields.slice(2).map(unescapeCell);
    if (!Number.isInteger(line)) throw new Error(`mapo-5th.tsv: bad seed line number in ${JSON.stringify(raw)}`);

    switch (kind) {
      case "caption":
        out.caption = { line, text: cells[0] };
        break;
      case "note":
        out.note = { line, text: cells[0] };
        break;
      case "sched":
        out.schedule.push({ line, cells });
        break;
      case "head1":
        pendingHeader = { kind: "header", block: ++block, line, top: pad(cells), bottom: null };
        break;
      case "head2":
        if (!pendingHeader) throw new Error(`mapo-5th.tsv: head2 without head1 at seed line ${line}`);
        pendingHeader.bottom = pad(cells);
        pendingHeader.bottomLine = line;
        out.rows.push(pendingHeader);
        pendingHeader = null;
        lastWasHeader = true;
        continue;
      case "section": {
        part += 1;
        out.rows.push({ kind, line, part, label: cells[0], cells: pad(cells) });
        break;
      }
      case "strategy": {
        strategyCount += 1;
        const number = firstNumber(cells[0]);
        strategy = { kind, line, part, number, id: `${ROMAN[part]}-${number}`, label: cells[0], cells: pad(cells) };
        strategy.strategyLabel = strategy.label;
        strategy.taskLabel = null;
        task = null;
        owner = strategy;
        out.rows.push(strategy);
        break;
      }
      case "task": {
        const number = firstNumber(cells[0]);
        task = { kind, line, number, id: `${strategy.id}-${number}`, strategyId: strategy.id, label: cells[0], cells: pad(cells) };
        task.strategyLabel = strategy.label;
        task.taskLabel = task.label;
        owner = task;
        out.rows.push(task);
        break;
      }
      case "project": {
        const c = pad(cells);
        const number = Number(c[0]);
        const parent = task || strategy;
        const project = {
          kind, line, number, id: `${parent.id}-${number}`,
          strategyId: strategy.id, taskId: task ? task.id : null,
          strategyLabel: strategy.label, taskLabel: task ? task.label : null,
          name: c[1], cells: c,
        };
        owner = project;
        out.rows.push(project);
        break;
      }
      case "cont":
        out.rows.push({
          kind, line, ownerKind: owner.kind, ownerId: owner.id, afterHeader: lastWasHeader, cells: pad(cells),
          strategyLabel: strategy ? strategy.label : null, taskLabel: task ? task.label : null,
        });
        break;
      default:
        throw new Error(`mapo-5th.tsv: unknown row kind ${JSON.stringify(kind)} at seed line ${line}`);
    }
    lastWasHeader = false;
  }
  if (strategyCount === 0) throw new Error("mapo-5th.tsv: no strategy rows");
  return out;
}

function pad(cells) {
  const c = cells.slice(0, SEED_ROLES.length);
  while (c.length < SEED_ROLES.length) c.push("");
  return c;
}

/** The cell's text with merge marks removed and line breaks flattened to spaces, as the seed text has it. */
function flatText(cell) {
  if (cell === UP || cell === LEFT) return "";
  return cell.replace(/\n/g, " ");
}

module.exports = { loadTranscription, flatText, SEED_ROLES, YEARS, UP, LEFT, DEFAULT_FILE };
