/**
 * Lays the Mapo-gu transcription (scripts/sample/mapo-5th.tsv) out as a plan workbook with ExcelJS.
 * One writer for the sample and every layout fixture: the layout is chosen by options.
 *
 *   const { buildPlanWorkbook, workbookToBuffer } = require("./lib/write-plan");
 *   const { workbook, layout } = buildPlanWorkbook({ headerRows: 1 });
 *   fs.writeFileSync(file, await workbookToBuffer(workbook));
 *
 * Plain CommonJS (no build step); `exceljs` and its `jszip` come from node_modules.
 */
"use strict";

const ExcelJS = require("exceljs");
const JSZip = require("jszip");
const { loadTranscription, SEED_ROLES, YEARS, UP, LEFT } = require("./transcription");

/** Fixed metadata and zip entry dates: rebuilding gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2022, 10, 1, 0, 0, 0));
const CREATOR = "plan-check sample builder";

const DEFAULT_TITLE = "제5기 마포구 지역사회보장계획 총괄표";
const DEFAULT_COVER = [
  "제5기 마포구 지역사회보장계획 수립",
  "(2023 ~ 2026)",
  "",
  "2022. 11.",
  "",
  "복지동행국",
  "(주민생활복지과)",
];

/** Columns of the seed, in the seed's order. Extra roles: strategy, task, department, remark. */
const DEFAULT_COLUMNS = SEED_ROLES.slice();
const EXTRA_LABELS = { strategy: "전략", task: "대표과업", department: "담당부서", remark: "비고" };
/** Roles a strategy/task label spans (merged across) when it stands on its own row. */
const IDENTITY_ROLES = new Set(["number", "name", "key", "partnership", "isNew"]);
const FLAG_ROLES = new Set(["key", "partnership", "isNew"]);

const WIDTHS = {
  number: 6, name: 26, key: 8.5, partnership: 8.5, isNew: 8.5, indicator: 36,
  strategy: 28, task: 26, department: 14, remark: 16,
};
const TARGET_WIDTH = 10.5;
/** Not 9: ExcelJS treats a width of exactly 9 as the default and drops it. */
const BUDGET_WIDTH = 9.5;

const FONT = { name: "맑은 고딕", size: 10 };
const THIN = { style: "thin", color: { argb: "FF000000" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const fill = (argb) => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const FILLS = {
  header: fill("FFD9D9D9"),
  section: fill("FFBDD7EE"),
  strategy: fill("FFDDEBF7"),
  task: fill("FFFFF2CC"),
};

function roleKind(role) {
  if (/^t\d$/.test(role)) return "target";
  if (/^b\d$/.test(role)) return "budget";
  return role;
}

function roleYear(role) {
  const m = /^[tb](\d)$/.exec(role);
  return m ? YEARS[Number(m[1])] : null;
}

/** '2,478' stays text, 2600 / 1.5 become numbers; '-' and other text stay text; '' is no value. */
function typedValue(role, text) {
  if (text === "" || text === UP || text === LEFT) return null;
  const kind = roleKind(role);
  if ((kind === "budget" || kind === "target" || kind === "number") && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/**
 * Option defaults. Every option:
 * - columns: roles in sheet order (default the seed's 16: number, name, key, partnership, isNew, indicator,
 *   t0…t4, b0…b4); may add "strategy", "task", "department", "remark".
 * - headerRows: 2 (the seed's two-row blocks with merged cells) or 1 (one self-describing row).
 * - repeatHeaders: write the seed's later header blocks where the seed repeats them (page breaks). Default true.
 * - strategyRows: write section / strategy / 대표과업 rows (and their indicator rows). Default: true unless
 *   columns include "strategy".
 * - mergeBlocks: vertically merge a project's number/name/flags/budgets over its further indicator rows (and
 *   the other cells the transcription marks ^). Default true; false leaves those cells empty.
 * - labels: header text per role, replacing the seed's (e.g. { number: "연번" }).
 * - yearLabel({ kind: "target" | "budget", year, block, seedLabel }) → header text of a year column.
 * - department(project) / remark(project) → text of the 담당부서 / 비고 cells.
 * - title: text of the title row (null for none). Default "제5기 마포구 지역사회보장계획 총괄표".
 * - caption: write the seed's 총괄현황 line above the table. Default true.
 * - note: write the seed's "주: …" footnote under the table. Default true.
 * - pageBreaks: a manual page break before each repeated header block. Default true.
 * - sheetName: default "총괄표". scheduleSheet: name of the 관리체계 sheet, or null for none (default "관리체계").
 * - cover: lines of a cover sheet "표지" placed first (true for the seed's cover lines), or null (default).
 * - preamble: lines written in column A above the title (a long 작성 요령 before the table), default none.
 */
function resolveOptions(opts = {}) {
  const columns = opts.columns ? opts.columns.slice() : DEFAULT_COLUMNS.slice();
  for (const role of columns) {
    if (!SEED_ROLES.includes(role) && !(role in EXTRA_LABELS)) throw new Error(`write-plan: unknown column role ${role}`);
  }
  return {
    columns,
    headerRows: opts.headerRows === 1 ? 1 : 2,
    repeatHeaders: opts.repeatHeaders !== false,
    strategyRows: opts.strategyRows !== undefined ? !!opts.strategyRows : !columns.includes("strategy"),
    mergeBlocks: opts.mergeBlocks !== false,
    labels: Object.assign({}, opts.labels || {}),
    yearLabel: opts.yearLabel || null,
    department: opts.department || (() => ""),
    remark: opts.remark || (() => ""),
    title: opts.title === undefined ? DEFAULT_TITLE : opts.title,
    caption: opts.caption !== false,
    note: opts.note !== false,
    pageBreaks: opts.pageBreaks !== false,
    sheetName: opts.sheetName || "총괄표",
    scheduleSheet: opts.scheduleSheet === undefined ? "관리체계" : opts.scheduleSheet,
    cover: opts.cover === true ? DEFAULT_COVER.slice() : opts.cover || null,
    preamble: opts.preamble || [],
  };
}

/**
 * The two header rows of one seed header block, in output column order, with merge marks:
 * { top: string[], bottom: string[] } where ^ / < mark covered cells.
 */
function headerCells(block, o) {
  // Which seed column owns each "<" cell of the top row (the label it continues).
  const owner = [];
  for (let i = 0; i < SEED_ROLES.length; i++) owner[i] = block.top[i] === LEFT ? owner[i - 1] : SEED_ROLES[i];

  const top = [];
  const bottom = [];
  const ownerOf = [];
  o.columns.forEach((role, c) => {
    let t;
    let b;
    if (role in EXTRA_LABELS) {
      t = o.labels[role] || EXTRA_LABELS[role];
      b = UP;
      ownerOf[c] = role;
    } else {
      const i = SEED_ROLES.indexOf(role);
      t = block.top[i];
      b = block.bottom[i];
      ownerOf[c] = owner[i];
      if (o.labels[role]) {
        if (b === UP || b === "") t = o.labels[role];
        else b = o.labels[role];
      }
      const kind = roleKind(role);
      if ((kind === "target" || kind === "budget") && o.yearLabel) {
        const seedLabel = b === UP ? t : b;
        const label = o.yearLabel({ kind, year: roleYear(role), block: block.block, seedLabel });
        if (b === UP) t = label;
        else b = label;
      }
    }
    top.push(t);
    bottom.push(b);
  });

  // A "<" cell whose owner is not immediately to its left (columns reordered) cannot be merged: leave it empty.
  for (let c = 0; c < top.length; c++) {
    if (top[c] !== LEFT) continue;
    const left = c > 0 ? ownerOf[c - 1] : null;
    if (left !== ownerOf[c]) top[c] = "";
  }
  return { top, bottom };
}

/**
 * Writes the 총괄표 into `ws`. Returns where things went (1-based rows and columns):
 * { titleRow, captionRow, headerBlocks: [{ first, last, block }], firstDataRow, lastDataRow, noteRow,
 *   columns: [{ col, role, year }], rows: [{ row, kind, line, id }], merges: string[] }.
 */
function writePlanSheet(ws, transcription, options) {
  const o = resolveOptions(options);
  const t = transcription || loadTranscription();
  const ncol = o.columns.length;
  const layout = {
    titleRow: null, captionRow: null, headerBlocks: [], firstDataRow: null, lastDataRow: null, noteRow: null,
    columns: o.columns.map((role, i) => ({ col: i + 1, role, year: roleYear(role) })),
    rows: [], merges: [],
  };
  const merge = (top, left, bottom, right) => {
    if (top === bottom && left === right) return;
    ws.mergeCells(top, left, bottom, right);
    layout.merges.push(`${colName(left)}${top}:${colName(right)}${bottom}`);
  };

  o.columns.forEach((role, i) => {
    const kind = roleKind(role);
    ws.getColumn(i + 1).width = kind === "target" ? TARGET_WIDTH : kind === "budget" ? BUDGET_WIDTH : WIDTHS[role];
  });

  let r = 1;
  for (const line of o.preamble) ws.getCell(r++, 1).value = line;
  if (o.title) {
    const cell = ws.getCell(r, 1);
    cell.value = o.title;
    cell.font = { ...FONT, size: 16, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    ws.getRow(r).height = 30;
    merge(r, 1, r, ncol);
    layout.titleRow = r++;
  }
  if (o.caption && t.caption) {
    const cell = ws.getCell(r, 1);
    cell.value = t.caption.text;
    cell.font = { ...FONT, size: 11, bold: true };
    cell.alignment = { horizontal: "left", vertical: "middle" };
    layout.captionRow = r++;
  }

  // Output grid of the table body: text per cell, ^ marks, horizontal label spans.
  const grid = []; // { row, kind, cells: (string)[], style, span: [c1, c2] | null }
  const projects = t.rows.filter((x) => x.kind === "project");
  let headersWritten = 0;

  for (const row of t.rows) {
    if (row.kind === "header") {
      if (headersWritten > 0 && !o.repeatHeaders) continue;
      headersWritten++;
      if (o.pageBreaks && headersWritten > 1 && r > 1) ws.getRow(r - 1).addPageBreak();
      const { top, bottom } = headerCells(row, o);
      const first = r;
      if (o.headerRows === 2) {
        ws.getRow(r).height = 27;
        grid.push({ row: r++, kind: "header", line: row.line, cells: top });
        ws.getRow(r).height = 27;
        grid.push({ row: r++, kind: "header", line: row.bottomLine, cells: bottom });
      } else {
        ws.getRow(r).height = 54;
        const one = top.map((tp, c) => (bottom[c] === UP || bottom[c] === "" ? (tp === LEFT ? "" : tp) : bottom[c]));
        grid.push({ row: r++, kind: "header", line: row.line, cells: one });
      }
      layout.headerBlocks.push({ block: row.block, first, last: r - 1 });
      continue;
    }
    // With a strategy column there are no section rows; a strategy's or task's own indicators stay as rows
    // whose strategy/task columns name it and whose project columns are empty.
    const ownerRow = row.kind === "strategy" || row.kind === "task" || (row.kind === "cont" && row.ownerKind !== "project");
    if (!o.strategyRows && row.kind === "section") continue;
    if (!o.strategyRows && ownerRow && !row.cells.slice(5, 11).some((v) => v !== "" && v !== UP)) continue;

    const cells = new Array(ncol).fill("");
    let span = null;
    if (row.kind === "section") {
      cells[0] = row.label;
      span = [0, ncol - 1];
    } else if (!o.strategyRows && ownerRow) {
      o.columns.forEach((role, c) => {
        const i = SEED_ROLES.indexOf(role);
        if (role === "strategy") cells[c] = row.strategyLabel || "";
        else if (role === "task") cells[c] = row.taskLabel || "";
        else if (i >= 5) cells[c] = row.cells[i] === UP ? "" : row.cells[i];
      });
    } else {
      o.columns.forEach((role, c) => {
        const i = SEED_ROLES.indexOf(role);
        if (i >= 0) {
          cells[c] = row.cells[i];
          return;
        }
        // Extra columns: filled on project rows, merged with the project above on its covered rows.
        if (row.kind === "cont") {
          cells[c] = row.cells[0] === UP ? UP : "";
        } else if (row.kind === "project") {
          if (role === "strategy") cells[c] = row.strategyLabel;
          else if (role === "task") cells[c] = row.taskLabel || "";
          else if (role === "department") cells[c] = o.department(row) || "";
          else if (role === "remark") cells[c] = o.remark(row) || "";
        }
      });
      if (row.kind === "strategy" || row.kind === "task") {
        // The label (seed column 0) goes to the first identity column and spans the identity run after it.
        for (let c = 0; c < ncol; c++) if (IDENTITY_ROLES.has(o.columns[c])) cells[c] = "";
        const start = o.columns.findIndex((role) => IDENTITY_ROLES.has(role));
        let end = start;
        while (end + 1 < ncol && IDENTITY_ROLES.has(o.columns[end + 1])) end++;
        cells[start] = row.label;
        span = [start, end];
      } else if (row.kind === "cont" && row.ownerKind !== "project") {
        // A strategy's further indicator row: the label block above covers its identity cells.
        const start = o.columns.findIndex((role) => IDENTITY_ROLES.has(role));
        for (let c = 0; c < ncol; c++) if (IDENTITY_ROLES.has(o.columns[c])) cells[c] = c === start ? row.cells[0] : "";
      }
    }
    const entry = { row: r, kind: row.kind, line: row.line, cells, span, ownerKind: row.ownerKind };
    grid.push(entry);
    layout.rows.push({ row: r, kind: row.kind, line: row.line, id: row.id || row.ownerId || null });
    if (layout.firstDataRow === null) layout.firstDataRow = r;
    layout.lastDataRow = r;
    r++;
  }

  // Values and styles.
  const tableFirst = grid.length ? grid[0].row : r;
  for (const g of grid) {
    g.cells.forEach((text, c) => {
      const role = o.columns[c];
      const cell = ws.getCell(g.row, c + 1);
      const value = g.kind === "header" ? (text === UP || text === LEFT || text === "" ? null : text) : typedValue(role, text);
      if (value !== null) cell.value = value;
      cell.border = BORDER;
      const kind = roleKind(role);
      const centered = g.kind === "header" || kind === "number" || FLAG_ROLES.has(role) || kind === "target" || kind === "budget";
      cell.alignment = { horizontal: centered ? "center" : "left", vertical: "middle", wrapText: true };
      if (g.kind === "header") {
        cell.font = { ...FONT, bold: true };
        cell.fill = FILLS.header;
      } else if (g.kind === "section") {
        cell.font = { ...FONT, size: 11, bold: true };
        cell.fill = FILLS.section;
        cell.alignment = { horizontal: "left", vertical: "middle" };
      } else if (g.kind === "strategy" || g.kind === "task" || (g.kind === "cont" && g.ownerKind !== "project")) {
        const k = g.kind === "cont" ? g.ownerKind : g.kind;
        cell.font = { ...FONT, bold: c === (g.span ? g.span[0] : -1) };
        cell.fill = FILLS[k];
      } else {
        cell.font = FONT;
      }
    });
  }

  // Merges: horizontal label spans (extended down over ^ rows), header groups, then vertical ^ runs.
  const byRow = new Map(grid.map((g) => [g.row, g]));
  const consumed = new Set();
  const key = (row, c) => `${row}:${c}`;
  for (const g of grid) {
    if (g.kind === "header") continue;
    if (!g.span) continue;
    const [c1, c2] = g.span;
    let bottom = g.row;
    while (o.mergeBlocks && byRow.get(bottom + 1) && byRow.get(bottom + 1).cells[c1] === UP) bottom++;
    for (let rr = g.row; rr <= bottom; rr++) for (let c = c1; c <= c2; c++) consumed.add(key(rr, c));
    merge(g.row, c1 + 1, bottom, c2 + 1);
  }
  for (const g of grid) {
    if (g.kind !== "header") continue;
    for (let c = 0; c < ncol; c++) {
      if (g.cells[c] === LEFT || g.cells[c] === UP || consumed.has(key(g.row, c))) continue;
      let right = c;
      while (right + 1 < ncol && g.cells[right + 1] === LEFT) right++;
      let bottom = g.row;
      while (byRow.get(bottom + 1) && byRow.get(bottom + 1).kind === "header" && byRow.get(bottom + 1).cells[c] === UP) bottom++;
      for (let rr = g.row; rr <= bottom; rr++) for (let cc = c; cc <= right; cc++) consumed.add(key(rr, cc));
      merge(g.row, c + 1, bottom, right + 1);
    }
  }
  for (let c = 0; c < ncol; c++) {
    for (const g of grid) {
      if (g.kind === "header" || consumed.has(key(g.row, c)) || g.cells[c] === UP) continue;
      let bottom = g.row;
      while (byRow.get(bottom + 1) && byRow.get(bottom + 1).kind !== "header" && byRow.get(bottom + 1).cells[c] === UP) bottom++;
      if (bottom > g.row && o.mergeBlocks) merge(g.row, c + 1, bottom, c + 1);
    }
  }

  if (o.note && t.note) {
    const cell = ws.getCell(r, 1);
    cell.value = t.note.text;
    cell.font = { ...FONT, size: 9 };
    cell.alignment = { horizontal: "left", vertical: "middle" };
    layout.noteRow = r++;
  }

  ws.pageSetup = {
    paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (layout.headerBlocks.length) {
    const hb = layout.headerBlocks[0];
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: hb.last, topLeftCell: `A${hb.last + 1}`, activeCell: `A${hb.last + 1}` }];
  }
  layout.tableFirstRow = tableFirst;
  return layout;
}

/** Writes the 관리체계 table (8 columns, the transcription's ^ / < merges). Returns { firstRow, lastRow, merges }. */
function writeScheduleSheet(ws, transcription) {
  const t = transcription || loadTranscription();
  const rows = t.schedule.map((s) => s.cells);
  const merges = [];
  const widths = [16, 16, 14, 14, 14, 14, 14, 14];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // Label cells (shaded): the 구분 row, column A, the B-column labels and the row of step names.
  const labelCol = (r, c) => r === 0 || c === 0 || (c === 1 && r < rows.length - 1) || rows[r][0] === "수립 절차";
  rows.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      if (text !== UP && text !== LEFT && text !== "") cell.value = text;
      cell.border = BORDER;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.font = { ...FONT, bold: labelCol(r, c) };
      if (labelCol(r, c)) cell.fill = FILLS.header;
    });
  });
  const covered = new Set();
  rows.forEach((cells, r) => {
    cells.forEach((text, c) => {
      if (text === UP || text === LEFT || covered.has(`${r}:${c}`)) return;
      let right = c;
      while (right + 1 < cells.length && cells[right + 1] === LEFT) right++;
      let bottom = r;
      while (rows[bottom + 1] && rows[bottom + 1][c] === UP) bottom++;
      for (let rr = r; rr <= bottom; rr++) for (let cc = c; cc <= right; cc++) covered.add(`${rr}:${cc}`);
      if (right > c || bottom > r) {
        ws.mergeCells(r + 1, c + 1, bottom + 1, right + 1);
        merges.push(`${colName(c + 1)}${r + 1}:${colName(right + 1)}${bottom + 1}`);
      }
    });
  });
  return { firstRow: 1, lastRow: rows.length, merges };
}

function writeCoverSheet(ws, lines) {
  ws.getColumn(1).width = 60;
  lines.forEach((text, i) => {
    const cell = ws.getCell(i + 2, 1);
    if (text) cell.value = text;
    cell.font = { ...FONT, size: i === 0 ? 20 : 12, bold: i === 0 };
    cell.alignment = { horizontal: "center", vertical: "middle" };
  });
  ws.getRow(2).height = 36;
}

/** A whole plan workbook: optional cover, the 총괄표 and the 관리체계. Returns { workbook, layout, scheduleLayout }. */
function buildPlanWorkbook(options = {}, transcription) {
  const o = resolveOptions(options);
  const t = transcription || loadTranscription();
  const workbook = newWorkbook();
  if (o.cover) writeCoverSheet(workbook.addWorksheet("표지"), o.cover);
  const layout = writePlanSheet(workbook.addWorksheet(o.sheetName), t, options);
  let scheduleLayout = null;
  if (o.scheduleSheet) scheduleLayout = writeScheduleSheet(workbook.addWorksheet(o.scheduleSheet), t);
  return { workbook, layout, scheduleLayout };
}

function newWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;
  return workbook;
}

/** The workbook's .xlsx bytes with fixed zip entry dates, so the same input gives the same file. */
async function workbookToBuffer(workbook) {
  const raw = await workbook.xlsx.writeBuffer();
  const src = await JSZip.loadAsync(raw);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "DOS" });
}

function colName(n) {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

module.exports = {
  buildPlanWorkbook,
  writePlanSheet,
  writeScheduleSheet,
  writeCoverSheet,
  newWorkbook,
  workbookToBuffer,
  resolveOptions,
  loadTranscription,
  DEFAULT_COLUMNS,
  DEFAULT_TITLE,
  DEFAULT_COVER,
  FIXED_DATE,
};
