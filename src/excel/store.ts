/**
 * The add-in's key/value store: a very hidden sheet named SHEETS.store ("PlanCheckStore"), one entry a
 * row from row 1: the key in column A, the value in B — and, when longer than STORE_CELL_CHARS
 * (Excel keeps at most 32,767 characters a cell), continued in C, D, … and joined on read. Every cell
 * is formatted "@" before it is written, so a value that looks like a number, date or formula stays
 * the exact text. Very hidden (Excel.SheetVisibility.veryHidden): not listed in Excel's Unhide dialog.
 * A sheet of that name that is not very hidden or holds rows the add-in does not write is the user's
 * (isOwnStore): read as no store (SheetNotOwnedError when read `forWriting`), and never cleared — writing throws
 * SheetNotOwnedError first.
 *
 * Excel on the web refuses a request or a response over 5 MB, and a large plan's baseline passes that (about
 * 10,000 rows). So a store is written in requests of at most STORE_REQUEST_BYTES of text, and read whole
 * only while Excel answers: refused, it is read in blocks that cannot pass the limit. A small store costs
 * the requests it always did.
 *
 * A store written in parts is all or nothing: the new table goes beside the old one, its rows keyed
 * STORE_PENDING_KEY (which every reader skips: storeFromRows), and one last request keys them and un-keys the old
 * table in a single action (column A over both), then clears the old table. Whatever fails, and wherever in a
 * request (Excel keeps the actions before a failing one), one whole store is keyed: the old or the new. What is
 * left over (half-written or un-keyed rows) is cleared by the next write.
 *
 * Syncs — readStore: 1 (does the sheet exist) + 1 (its values, only if it exists); a store too large for one
 * response: + 2 (its size, each row's width) + 1 per block of STORE_READ_CELLS cells.
 * writeStore: 1 + 1 (the current entries, to merge with) + 1 (clear and write the whole table); a table over
 * STORE_REQUEST_BYTES: + 1 (where the old table is, unless it was read in blocks), one per part, + 1 (the switch).
 */
import { SheetNotOwnedError, SHEETS, StoreTooLargeError, type StoreReadOptions as PortStoreReadOptions } from "../app/port";
import { isOwnStore, STORE_CELL_CHARS, STORE_PENDING_KEY, storeFromRows, storeToRows, TEXT_FORMAT } from "../app/conventions";
import { isPayloadTooLarge } from "./officeErrors";

/** Text a store write puts in one request (values and their "@" formats, as JSON in UTF-8): well under 5 MB. */
export const STORE_REQUEST_BYTES = 3_000_000;

/**
 * Cells of the store read in one request once it is too large to read whole. A cell holds at most
 * STORE_CELL_CHARS characters of JSON text, each at most 3 bytes in the response (Hangul in UTF-8; a quote or
 * backslash escaped is 2): 39 cells stay under 3.8 MB whatever they hold.
 */
export const STORE_READ_CELLS = Math.floor(3_800_000 / (STORE_CELL_CHARS * 3 + 8));

export interface StoreReadOptions extends PortStoreReadOptions {
  /** Known too large for one response (a read that carried it was refused): read in blocks at once. */
  inBlocks?: boolean;
}

export async function readStoreEntries(context: Excel.RequestContext, options: StoreReadOptions = {}): Promise<Record<string, string>> {
  const found = await findStore(context, options);
  if (found && !found.owned && options.forWriting) throw new SheetNotOwnedError(found.sheet.name);
  return found && found.owned ? storeFromRows(found.values) : {};
}

export async function writeStoreEntries(context: Excel.RequestContext, changes: Record<string, string | null>): Promise<void> {
  const found = await findStore(context);
  if (found && !found.owned) throw new SheetNotOwnedError(found.sheet.name); // before anything is cleared
  const entries = found ? storeFromRows(found.values) : {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete entries[key];
    else entries[key] = value;
  }
  if (!found && Object.keys(entries).length === 0) return; // nothing stored, nothing to store

  let sheet: Excel.Worksheet;
  if (found) sheet = found.sheet;
  else {
    sheet = context.workbook.worksheets.add(SHEETS.store);
    sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
  }
  const rows = storeToRows(entries);
  const parts = storeWriteParts(rows);
  const sync = async () => {
    try {
      await context.sync();
    } catch (error) {
      if (isPayloadTooLarge(error)) throw new StoreTooLargeError(SHEETS.store, storeBytes(rows));
      throw error;
    }
  };
  if (parts.length <= 1) {
    // One request: the clear and the whole table go together, as they always did.
    found?.used?.clear();
    for (const block of parts[0] ?? []) writeBlock(sheet, block);
    await sync();
    return;
  }
  // In parts: each request alone may fail, so the new table goes beside the old one, its rows keyed
  // STORE_PENDING_KEY (read as no entry), and one last request gives them their keys and clears the old table.
  // Whichever request fails, the store reads whole: the old entries, or the new ones.
  let old = found?.area ?? null;
  if (found?.used && !old) {
    // Where the old table is (a read whole loads its values only): one request more, for a store this large alone.
    found.used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    old = areaOf(found.used);
  }
  const at = pendingRow(old, rows.length);
  for (const part of parts) {
    for (const block of part) {
      const values = block.col === 0 ? block.values.map((row) => [STORE_PENDING_KEY, ...row.slice(1)]) : block.values;
      writeBlock(sheet, { ...block, row: at + block.row, values });
    }
    await sync();
  }
  // The switch: Excel runs a request's actions in order and keeps those before a failing one, so the new table's
  // keys and the old table's un-keying are one action (one write down column A over both tables): failing, the old
  // store stands; done, the new one, whether or not the clear after it is done (the next write clears what is left).
  const keys = switchKeys(old, at, rows);
  sheet.getRangeByIndexes(keys.row, 0, keys.values.length, 1).values = keys.values;
  if (old) sheet.getRangeByIndexes(old.row, old.col, old.rows, old.cols).clear();
  await sync();
}

/**
 * Column A from the first row of the old table or the new one (written at `at`) to the last of either: the new rows'
 * keys, STORE_PENDING_KEY on the old table's rows (read as no entry), and "" on the empty rows between them.
 */
export function switchKeys(old: StoreArea | null, at: number, rows: readonly (readonly string[])[]): { row: number; values: string[][] } {
  const first = old ? Math.min(old.row, at) : at;
  const end = old ? Math.max(old.row + old.rows, at + rows.length) : at + rows.length;
  const values: string[][] = [];
  for (let r = first; r < end; r++) {
    if (r >= at && r < at + rows.length) values.push([rows[r - at][0]]);
    else values.push([old && r >= old.row && r < old.row + old.rows ? STORE_PENDING_KEY : ""]);
  }
  return { row: first, values };
}

/** Writes one block, every cell formatted "@" first. */
function writeBlock(sheet: Excel.Worksheet, block: StoreBlock): void {
  const range = sheet.getRangeByIndexes(block.row, block.col, block.values.length, block.values[0].length);
  range.numberFormat = block.values.map((row) => row.map(() => TEXT_FORMAT));
  range.values = block.values;
}

/**
 * Where a table of `count` rows written in parts goes: above the sheet's used area when it fits there (the
 * table two writes ago), else below it — never over a cell of the store being replaced, which the switch clears.
 */
export function pendingRow(area: StoreArea | null, count: number): number {
  if (!area) return 0;
  return count <= area.row ? 0 : area.row + area.rows;
}

/** A rectangle of the store's table, from its zero-based row and column. */
export interface StoreBlock {
  row: number;
  col: number;
  values: string[][];
}

/**
 * The store's table in requests of at most `budget` bytes: the whole table in one when it fits (as it always
 * was written), else each row in runs of cells, consecutive runs sharing a request while they fit.
 */
export function storeWriteParts(rows: readonly string[][], budget = STORE_REQUEST_BYTES): StoreBlock[][] {
  if (rows.length === 0) return [];
  if (storeBytes(rows) <= budget) return [[{ row: 0, col: 0, values: rows.map((row) => [...row]) }]];
  const parts: StoreBlock[][] = [];
  let part: StoreBlock[] = [];
  let used = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let start = 0;
    for (let c = 0; c < row.length; c++) {
      const bytes = cellBytes(row[c]);
      if (used + bytes > budget) {
        if (c > start) part.push({ row: r, col: start, values: [row.slice(start, c)] });
        if (part.length > 0) parts.push(part);
        part = [];
        used = 0;
        start = c;
      }
      used += bytes;
    }
    if (row.length > start) part.push({ row: r, col: start, values: [row.slice(start)] });
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** The bytes the table's values and formats take in a request (JSON in UTF-8). */
export function storeBytes(rows: readonly (readonly string[])[]): number {
  let bytes = 0;
  for (const row of rows) for (const value of row) bytes += cellBytes(value);
  return bytes;
}

/** A cell's value as a JSON string in UTF-8 with its comma, and its "@" format: an upper bound. */
function cellBytes(value: string): number {
  let bytes = 3 + 4; // quotes and comma; "@", with its quotes and comma
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) bytes += 2; // a surrogate pair: 4 bytes
    else bytes += 3;
  }
  return bytes;
}

/** The sheet's used area, zero-based. */
export interface StoreArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface FoundStore {
  sheet: Excel.Worksheet;
  /** The used range's values (empty: no used range). */
  values: unknown[][];
  /** The used range (null: none). */
  used: Excel.Range | null;
  /** Where the used range is (null: none, or not loaded: a read whole loads its values only). */
  area: StoreArea | null;
  owned: boolean;
}

async function findStore(context: Excel.RequestContext, options: StoreReadOptions = {}): Promise<FoundStore | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SHEETS.store);
  sheet.load("name,visibility");
  await context.sync(); // 1: is there a store
  if (sheet.isNullObject) return null;
  let read: { values: unknown[][]; used: Excel.Range | null; area: StoreArea | null } | null = null;
  if (!options.inBlocks) {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values");
    try {
      await context.sync(); // 2: its entries
      read = used.isNullObject ? { values: [], used: null, area: null } : { values: used.values, used, area: null };
    } catch (error) {
      // Refused: more than Excel answers at once. Nothing was done; read it in blocks.
      if (!isPayloadTooLarge(error)) throw error;
    }
  }
  read ??= await readStoreInBlocks(context, sheet);
  const owned = isOwnStore(sheet.visibility === "VeryHidden", read.values);
  return { sheet, ...read, owned };
}

/**
 * The store's used range, as its `values` would give it, in requests that cannot pass Excel's limit: its
 * size, then each row's width (a short entry's row is mostly empty), then the cells in blocks of STORE_READ_CELLS.
 */
export async function readStoreInBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<{ values: unknown[][]; used: Excel.Range | null; area: StoreArea | null }> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return { values: [], used: null, area: null };
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const widths = Array.from({ length: rowCount }, (_, r) => {
    const filled = sheet.getRangeByIndexes(rowIndex + r, columnIndex, 1, columnCount).getUsedRangeOrNullObject(true);
    filled.load("columnIndex,columnCount");
    return filled;
  });
  await context.sync();
  const values: unknown[][] = Array.from({ length: rowCount }, () => new Array<unknown>(columnCount).fill(""));
  // Each row from the used range's left edge to its last filled cell, in runs of at most STORE_READ_CELLS.
  const runs: { row: number; col: number; count: number }[] = [];
  widths.forEach((filled, r) => {
    if (filled.isNullObject) return;
    const width = filled.columnIndex + filled.columnCount - columnIndex;
    for (let c = 0; c < width; c += STORE_READ_CELLS) runs.push({ row: r, col: c, count: Math.min(STORE_READ_CELLS, width - c) });
  });
  for (let i = 0; i < runs.length; ) {
    const loaded: { run: (typeof runs)[number]; range: Excel.Range }[] = [];
    for (let cells = 0; i < runs.length && cells + runs[i].count <= STORE_READ_CELLS; i++) {
      const run = runs[i];
      const range = sheet.getRangeByIndexes(rowIndex + run.row, columnIndex + run.col, 1, run.count);
      range.load("values");
      loaded.push({ run, range });
      cells += run.count;
    }
    await context.sync();
    for (const { run, range } of loaded) {
      const line = range.values[0];
      for (let c = 0; c < run.count; c++) values[run.row][run.col + c] = line[c];
    }
  }
  return { values, used, area: areaOf(used) };
}

function areaOf(used: Excel.Range): StoreArea {
  return { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
}
