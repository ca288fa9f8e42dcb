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
 * Syncs — readStore: 1 (does the sheet exist) + 1 (its values, only if it exists).
 * writeStore: 1 + 1 (the current entries, to merge with) + 1 (clear and write the whole table).
 */
import { SheetNotOwnedError, SHEETS, type StoreReadOptions } from "../app/port";
import { isOwnStore, storeFromRows, storeToRows, TEXT_FORMAT } from "../app/conventions";

export async function readStoreEntries(context: Excel.RequestContext, options: StoreReadOptions = {}): Promise<Record<string, string>> {
  const found = await findStore(context);
  if (found && !found.owned && options.forWriting) throw new SheetNotOwnedError(found.sheet.name);
  return found && found.owned ? storeFromRows(found.used.isNullObject ? [] : found.used.values) : {};
}

export async function writeStoreEntries(context: Excel.RequestContext, changes: Record<string, string | null>): Promise<void> {
  const found = await findStore(context);
  if (found && !found.owned) throw new SheetNotOwnedError(found.sheet.name); // before anything is cleared
  const entries = found && !found.used.isNullObject ? storeFromRows(found.used.values) : {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete entries[key];
    else entries[key] = value;
  }
  if (!found && Object.keys(entries).length === 0) return; // nothing stored, nothing to store

  let sheet: Excel.Worksheet;
  if (found) {
    sheet = found.sheet;
    if (!found.used.isNullObject) found.used.clear();
  } else {
    sheet = context.workbook.worksheets.add(SHEETS.store);
    sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
  }
  const rows = storeToRows(entries);
  if (rows.length > 0) {
    const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
    range.numberFormat = rows.map((row) => row.map(() => TEXT_FORMAT));
    range.values = rows;
  }
  await context.sync(); // last: the table written
}

async function findStore(context: Excel.RequestContext): Promise<{ sheet: Excel.Worksheet; used: Excel.Range; owned: boolean } | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SHEETS.store);
  sheet.load("name,visibility");
  await context.sync(); // 1: is there a store
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync(); // 2: its entries
  const owned = isOwnStore(sheet.visibility === "VeryHidden", used.isNullObject ? [] : used.values);
  return { sheet, used, owned };
}
