/**
 * The add-in's own sheets (검증결과, 요약_전략별, 요약_지표, 수정이력): replaced whole, or appended to.
 *
 * Ownership: a generated sheet carries its marker string in row 1 (see markerColumn: one blank column
 * right of the table, small grey text). Office.js 1.13 has no per-sheet metadata that ExcelJS can also
 * read and write (worksheet custom properties are not in ExcelJS), and a cell travels with the sheet
 * through save, copy and the CLI, so the marker is a cell. A sheet of the same name without the marker
 * in row 1 is the user's: it is never deleted or written to; a SheetNotOwnedError names it.
 *
 * Syncs — replaceSheet: 1 (does a sheet of that name exist) + 1 (its row 1, only if it exists) + 1
 * (delete, add, write everything); replaceSheetIfUnchanged the same, its cells read with its row 1 (in row
 * blocks, one sync each, for a sheet read as over `readCellsPerSync` cells). appendRows: the same 1 + 1 (row 1
 * and the used range's last row) + 1.
 * Only a sheet over `writeCellsPerSync` cells, or whose request would pass `requestBytesPerSync` by
 * estimate (values, formats and one hyperlink call per linked cell), adds one sync per further block of rows.
 */
import { columnLetters, toA1 } from "../engine/a1";
import type { SheetGrid } from "../engine/grid";
import { firstChangedCell, SheetChangedError, SheetNotOwnedError, SHEETS, type GeneratedCell, type GeneratedChart, type GeneratedSheet } from "../app/port";
import { markerColumn, needsTextFormat, rowHasMarker, TEXT_FORMAT } from "../app/conventions";
import { charsToPoints, documentReference, excelValue, rowBlocks, SheetGridBuilder, uniformRectangles } from "./cells";
import { groupBySize } from "./cells";
import { DEFAULT_ADAPTER_OPTIONS, type AdapterOptions } from "./context";

export { SheetNotOwnedError };

interface ExistingSheet {
  sheet: Excel.Worksheet;
  position: number;
  active: boolean;
  /** Zero-based row just below the last row holding a value. */
  nextRow: number;
  /** Its contents as a read's grid has them, when asked for (null: asked for, but too many cells for the request). */
  contents?: SheetGrid | null;
  /** Its used range (values only), null when it holds nothing. */
  used: Excel.Range | null;
}

/** What a guarded replace reads of each cell: the read's own (./readGrid.ts), so that both give the same grid. */
const CONTENT = "values,formulas,valueTypes,numberFormat";

const CHART_TYPES: Record<GeneratedChart["type"], Excel.ChartType> = {
  columnClustered: "ColumnClustered" as Excel.ChartType,
  columnStacked: "ColumnStacked" as Excel.ChartType,
  line: "Line" as Excel.ChartType,
};

const MARKER_FONT_COLOR = "#A6A6A6";

/**
 * Finds the add-in's sheet `name`: null when there is none; throws SheetNotOwnedError when a sheet of
 * that name lacks the marker. Two syncs when it exists (the sheet's row 1 can only be asked for once
 * the sheet is known to exist), one when it does not. `contents`: its cells are read in the second sync
 * too (values, formulas, valueTypes, number formats) — left for readContents when more than that many.
 */
export async function findGeneratedSheet(
  context: Excel.RequestContext,
  name: string,
  marker: string,
  contents?: { expectedCells: number; cellsPerSync: number },
): Promise<ExistingSheet | null> {
  if (name === SHEETS.store) throw new SheetNotOwnedError(name);
  const worksheets = context.workbook.worksheets;
  const sheet = worksheets.getItemOrNullObject(name);
  sheet.load("name,position");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync(); // 1: does it exist
  if (sheet.isNullObject) return null;

  const firstRow = sheet.getRange("1:1").getUsedRangeOrNullObject(true);
  firstRow.load("values");
  const used = sheet.getUsedRangeOrNullObject(true);
  // The cells with it when the read found few enough that the answer stays under the payload limit (a sheet
  // grown far past it since may be refused by Excel on the web: nothing written, as for a changed sheet).
  const withContents = !!contents && contents.expectedCells <= contents.cellsPerSync;
  used.load(withContents ? `rowIndex,rowCount,columnIndex,columnCount,${CONTENT}` : contents ? "rowIndex,rowCount,columnIndex,columnCount" : "rowIndex,rowCount");
  await context.sync(); // 2: is it ours, and where does it end (and what it holds)
  if (firstRow.isNullObject || !rowHasMarker(firstRow.values[0], marker)) throw new SheetNotOwnedError(name);
  const found: ExistingSheet = {
    sheet,
    position: sheet.position,
    active: active.name === name,
    nextRow: used.isNullObject ? 1 : used.rowIndex + used.rowCount,
    used: used.isNullObject ? null : used,
  };
  if (contents) found.contents = withContents ? gridOf(name, found.used ? [{ top: used.rowIndex, left: used.columnIndex, range: used }] : []) : null;
  return found;
}

/** A sheet's cells as ./readGrid.ts builds them (the same builder), from blocks whose CONTENT is loaded. */
function gridOf(name: string, blocks: { top: number; left: number; range: Excel.Range }[]): SheetGrid {
  const builder = new SheetGridBuilder(name);
  for (const { top, left, range } of blocks) builder.addBlock(top, left, range.values, range.formulas, range.valueTypes, range.numberFormat);
  return builder.build();
}

/** An existing sheet's contents read in row blocks under the payload limit, one sync each (a form of over `cellsPerSync` cells). */
async function readContents(context: Excel.RequestContext, existing: ExistingSheet, cellsPerSync: number): Promise<SheetGrid> {
  const used = existing.used;
  if (!used) return gridOf(existing.sheet.name, []);
  const blocks = [];
  for (const part of rowBlocks(used.rowCount, used.columnCount, cellsPerSync)) {
    const range = existing.sheet.getRangeByIndexes(used.rowIndex + part.start, used.columnIndex, part.count, used.columnCount);
    range.load(CONTENT);
    await context.sync();
    blocks.push({ top: used.rowIndex + part.start, left: used.columnIndex, range });
  }
  return gridOf(existing.sheet.name, blocks);
}

/** Replaces (or creates) a generated sheet whole. */
export async function replaceGeneratedSheet(
  context: Excel.RequestContext,
  spec: GeneratedSheet,
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
): Promise<void> {
  await writeGeneratedSheet(context, spec, await findGeneratedSheet(context, spec.name, spec.marker), options);
}

/**
 * replaceGeneratedSheet while the sheet holds what `expected` (a read's) holds: its cells come with the request
 * that finds it, so that the guard costs no request (3 when replacing, 2 when creating, as replaceGeneratedSheet).
 * Throws SheetChangedError, nothing written, at the first cell that differs.
 */
export async function replaceGeneratedSheetIfUnchanged(
  context: Excel.RequestContext,
  spec: GeneratedSheet,
  expected: SheetGrid | null,
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
): Promise<void> {
  // The read's rows × its widest row: no fewer cells than the used range Excel answers with, while unchanged.
  const widest = (rows: unknown[][] | undefined) => (rows ?? []).reduce((max, row) => Math.max(max, row.length), 0);
  const width = Math.max(widest(expected?.values), widest(expected?.formulas));
  const expectedCells = (expected?.values.length ?? 0) * width;
  const existing = await findGeneratedSheet(context, spec.name, spec.marker, { expectedCells, cellsPerSync: options.readCellsPerSync });
  const now = existing ? (existing.contents ?? (await readContents(context, existing, options.readCellsPerSync))) : null;
  const changed = firstChangedCell(spec.name, expected, now);
  if (changed) throw new SheetChangedError(changed);
  await writeGeneratedSheet(context, spec, existing, options);
}

/** The sheet written whole in place of `existing` (or new), in one sync (more only above the write limits). */
async function writeGeneratedSheet(
  context: Excel.RequestContext,
  spec: GeneratedSheet,
  existing: ExistingSheet | null,
  options: AdapterOptions,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  let sheet: Excel.Worksheet;
  if (existing) {
    // Add first, then delete: Excel refuses to delete a workbook's last visible sheet.
    sheet = worksheets.add(temporaryName());
    existing.sheet.delete();
    sheet.name = spec.name;
    sheet.position = existing.position;
    if (existing.active) sheet.activate();
  } else {
    sheet = worksheets.add(spec.name);
  }

  await writeRows(context, sheet, 0, spec.rows, options);
  writeMarker(sheet, markerColumn(spec.rows), spec.marker);
  (spec.columnWidths ?? []).forEach((width, col) => {
    const letters = columnLetters(col);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = charsToPoints(width);
  });
  if (spec.freezeRows && spec.freezeRows > 0) sheet.freezePanes.freezeRows(spec.freezeRows);
  for (const f of spec.conditionalFormats ?? []) {
    const format = sheet.getRangeByIndexes(f.top, f.left, f.bottom - f.top + 1, f.right - f.left + 1).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    format.custom.rule.formula = `=${f.formula}`;
    format.custom.format.fill.color = f.fill;
  }
  for (const chart of spec.charts ?? []) addChart(sheet, chart);
  await context.sync(); // 3: everything written
}

/** Appends rows below the last used row of a generated sheet, creating it (header, marker, frozen header) if absent. */
export async function appendGeneratedRows(
  context: Excel.RequestContext,
  name: string,
  marker: string,
  header: GeneratedCell[],
  rows: GeneratedCell[][],
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
): Promise<void> {
  const existing = await findGeneratedSheet(context, name, marker);
  if (!existing) {
    const sheet = context.workbook.worksheets.add(name);
    const all = [header, ...rows];
    await writeRows(context, sheet, 0, all, options);
    writeMarker(sheet, markerColumn(all), marker);
    if (header.length > 0) sheet.freezePanes.freezeRows(1);
    await context.sync();
    return;
  }
  if (rows.length === 0) return;
  await writeRows(context, existing.sheet, existing.nextRow, rows, options);
  await context.sync();
}

/**
 * Queues the rows at (top, A): one number-format matrix ("@" for text, so text stays text) then one
 * value matrix (formulas where given) per block, bold / fill / wrap as uniform rectangles, links per
 * cell. Syncs only between blocks (see the file comment); the caller syncs the last.
 */
export async function writeRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  rows: readonly GeneratedCell[][],
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
): Promise<void> {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (width === 0) return;
  const perBlock = Math.max(1, Math.floor(options.writeCellsPerSync / width));
  // Blocks of rows under both limits: the cell count and the estimated request bytes.
  const indexed = rows.map((row, i) => ({ row, i }));
  const blocks = groupBySize(indexed, ({ row }) => rowRequestBytes(row, width), options.requestBytesPerSync).flatMap((group) => {
    const out: (typeof indexed)[] = [];
    for (let k = 0; k < group.length; k += perBlock) out.push(group.slice(k, k + perBlock));
    return out;
  });
  for (const [n, part] of blocks.entries()) {
    const start = part[0].i;
    if (n > 0) await context.sync();
    const block = rows.slice(start, start + part.length);
    const row0 = top + start;
    const range = sheet.getRangeByIndexes(row0, 0, block.length, width);
    range.numberFormat = block.map((row) => Array.from({ length: width }, (_, c) => numberFormatOf(row[c])));
    range.values = block.map((row) => Array.from({ length: width }, (_, c) => valueOf(row[c])));

    const at = (r: number, c: number): GeneratedCell | undefined => block[r][c];
    for (const rect of uniformRectangles(block, (r, c) => (at(r, c)?.bold ? true : undefined))) {
      sheet.getRangeByIndexes(row0 + rect.top, rect.left, rect.rowCount, rect.columnCount).format.font.bold = true;
    }
    for (const rect of uniformRectangles(block, (r, c) => at(r, c)?.fill || undefined)) {
      sheet.getRangeByIndexes(row0 + rect.top, rect.left, rect.rowCount, rect.columnCount).format.fill.color = rect.value;
    }
    for (const rect of uniformRectangles(block, (r, c) => (at(r, c)?.wrap ? true : undefined))) {
      sheet.getRangeByIndexes(row0 + rect.top, rect.left, rect.rowCount, rect.columnCount).format.wrapText = true;
    }
    block.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell?.link) return;
        const hyperlink: Excel.RangeHyperlink = { documentReference: documentReference(cell.link.sheet, toA1(cell.link.row, cell.link.col)) };
        if (cell.value !== null && cell.value !== "") hyperlink.textToDisplay = String(cell.value);
        sheet.getCell(row0 + r, c).hyperlink = hyperlink;
      }),
    );
  }
}

/**
 * A row's share of a write request, estimated: its values and number formats as JSON (non-ASCII counted
 * as escaped), a formatted rectangle per cell at most, and a hyperlink's own range and action per link.
 */
function rowRequestBytes(row: readonly GeneratedCell[], width: number): number {
  let bytes = 40 + width * 12;
  for (const cell of row) {
    if (!cell) continue;
    bytes += 6 * String(cell.formula ?? cell.value ?? "").length + 20;
    if (cell.bold || cell.fill || cell.wrap) bytes += 60;
    if (cell.link) bytes += 500 + 6 * String(cell.value ?? "").length;
  }
  return bytes;
}

function numberFormatOf(cell: GeneratedCell | undefined): string {
  if (!cell) return "General";
  if (!cell.formula && needsTextFormat(cell.value)) return TEXT_FORMAT;
  return cell.numberFormat ?? "General";
}

function valueOf(cell: GeneratedCell | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula && cell.formula.startsWith("=")) return cell.formula;
  return excelValue(cell.value);
}

function writeMarker(sheet: Excel.Worksheet, col: number, marker: string): void {
  const cell = sheet.getCell(0, col);
  cell.numberFormat = [[TEXT_FORMAT]];
  cell.values = [[marker]];
  cell.format.font.color = MARKER_FONT_COLOR;
  cell.format.font.size = 8;
}

function addChart(sheet: Excel.Worksheet, spec: GeneratedChart): void {
  const { top, left, bottom, right } = spec.data;
  const data = sheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  const chart = sheet.charts.add(CHART_TYPES[spec.type], data, "Columns" as Excel.ChartSeriesBy);
  chart.title.text = spec.title;
  chart.setPosition(toA1(spec.anchor.row, spec.anchor.col));
}

/** A name no user sheet has, for the moment between adding the new sheet and deleting the old one. */
function temporaryName(): string {
  return `~plan-check ${Date.now().toString(36)}`.slice(0, 31);
}
