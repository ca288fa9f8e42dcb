/**
 * Writing fixed values into the user's cells, and going to a cell.
 *
 * writeCellValues: text is written into a cell formatted "@" first (see needsTextFormat), so "=SUM(A1)"
 * or "2478" written as text stays text. A number or boolean written into a cell that is formatted "@"
 * would stay text too (Excel takes it as typed), so those cells' number formats are loaded first and an
 * "@" is turned back to "General"; any other format ("#,##0") is kept. One sync when only text is
 * written, two (load formats, write) when numbers or booleans are. A formula handed as one (an undo putting
 * back what was there) is written as the cell's formula, its cell's "@" turned back to "General" first.
 * writeCellValuesIfUnchanged looks at each cell again first and leaves one the user changed meanwhile.
 */
import type { CellRef, CellValue } from "../engine";
import type { GuardedWrite, RefusedWrite, ValueWrite } from "../app/port";
import { needsTextFormat, TEXT_FORMAT } from "../app/conventions";
import { cellFromExcel, excelValue, formulaFromExcel } from "./cells";
import { chunks, DEFAULT_ADAPTER_OPTIONS, sheetLookup, type AdapterOptions } from "./context";

export async function writeCellValues(
  context: Excel.RequestContext,
  changes: readonly ValueWrite[],
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
): Promise<void> {
  if (changes.length === 0) return;
  const sheet = sheetLookup(context);
  const cells = changes.map((change) => ({ change, range: sheet(change.ref.sheet).getCell(change.ref.row, change.ref.col) }));

  const nonText = cells.filter(({ change }) => change.formula !== undefined || typeof change.value === "number" || typeof change.value === "boolean");
  for (const part of chunks(nonText, options.formatCellsPerSync)) {
    for (const { range } of part) range.load("numberFormat");
    await context.sync(); // 1 (only with numbers or booleans): is the target formatted as text?
  }

  await writeLoaded(context, cells, options);
}

/**
 * writeCellValues of the cells that still hold what the read found: every cell's value, type, formula and format
 * loaded (1), those now holding a formula or another value left as they are and returned, the rest written (2).
 * Two syncs, the number formats loaded with the rest.
 */
export async function writeCellValuesIfUnchanged(
  context: Excel.RequestContext,
  changes: readonly GuardedWrite[],
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
): Promise<RefusedWrite[]> {
  if (changes.length === 0) return [];
  const sheet = sheetLookup(context);
  const cells = changes.map((change) => ({ change, range: sheet(change.ref.sheet).getCell(change.ref.row, change.ref.col) }));
  for (const part of chunks(cells, options.formatCellsPerSync)) {
    for (const { range } of part) range.load("values,valueTypes,formulas,numberFormat");
    await context.sync(); // 1: what each cell holds now
  }
  const refused: RefusedWrite[] = [];
  const unchanged = cells.filter(({ change, range }) => {
    const raw = range.values[0][0];
    const formula = formulaFromExcel(range.formulas[0][0], raw);
    const now = cellFromExcel(raw, range.valueTypes[0][0], range.numberFormat[0][0]);
    if (formula === null && sameCell(now, change.expected)) return true;
    refused.push({ ref: change.ref, now, formula });
    return false;
  });
  await writeLoaded(context, unchanged, options); // 2
  return refused;
}

/** The same cell value: errors by their text, others as they are. */
function sameCell(a: CellValue, b: CellValue): boolean {
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** Writes the cells, the number formats of those written as numbers, booleans or formulas loaded. */
async function writeLoaded(context: Excel.RequestContext, cells: readonly { change: ValueWrite; range: Excel.Range }[], options: AdapterOptions): Promise<void> {
  for (const part of chunks(cells, options.formatCellsPerSync)) {
    for (const { change, range } of part) {
      const value = change.value;
      if (change.formula !== undefined) {
        if (range.numberFormat?.[0]?.[0] === TEXT_FORMAT) range.numberFormat = [["General"]];
        range.formulas = [[change.formula]];
        continue;
      }
      if (needsTextFormat(value)) {
        range.numberFormat = [[TEXT_FORMAT]];
      } else if (typeof value === "number" || typeof value === "boolean") {
        if (range.numberFormat?.[0]?.[0] === TEXT_FORMAT) range.numberFormat = [["General"]];
      }
      range.values = [[excelValue(value)]];
    }
    await context.sync(); // 2: the values
  }
}

/** Activates the cell's sheet and selects the cell (Excel scrolls it into view). One sync. */
export async function selectCell(context: Excel.RequestContext, ref: CellRef): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(ref.sheet);
  sheet.activate();
  sheet.getCell(ref.row, ref.col).select();
  await context.sync();
}
