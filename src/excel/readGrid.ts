/**
 * The open workbook → Grid, in one Excel.run with a fixed number of syncs:
 *
 *   sync 1  the worksheet collection (names): a sheet's ranges can only be asked for once it is known
 *           (inside 계획 검증 the one-run lock's add goes first in this request: ./runLock.ts);
 *   sync 2  each sheet's used range (values only) and formatted used range, position and size; its
 *           protection; the add-in's highlight rules (./formats.ts, so that highlight is one sync); for a
 *           validation (계획 검증), the add-in's store whole (for log/tampered) — a store Excel will not answer
 *           whole (over 5 MB) makes it refused: sync 2 again without it, then the store in blocks (./store.ts);
 *   sync 3  values, formulas, valueTypes and numberFormat of every used range, and the merged areas
 *           in row blocks (of the formatted used range, cut to the rows and columns the values reach).
 *
 * Merges: getMergedAreasOrNullObject fails above 512 merged areas (documented), which a plan of the
 * sample's density reaches at about 480 rows. So merges are asked for per block of the formatted used
 * range small enough that it cannot hold more than 512 (a merged area holds at least one cell of the
 * block it is counted in: at most 512 cells a block), and areas found by two blocks are kept once.
 *
 * Three syncs for a 50-row and a 5,000-row plan alike (16 columns: 80,000 cells). Only when the cells
 * of all sheets together exceed `readCellsPerSync` (90,000: the 5 MB payload limit of Excel on the web,
 * see ./context.ts) is the content of sync 3 read in row blocks, one sync per group of blocks under the limit.
 *
 * The grid is positioned from A1: a used range starting at C3 gives grid rows 0–1 empty and leading
 * nulls in columns 0–1, as the ExcelJS adapter reads the same file. The add-in's store sheet is left out of
 * the grid. For a validation it is read in sync 2, which carries little else: the store is mostly the
 * baseline, about the size of the plan's values (a 5,000-row plan: 2.4 MB of baseline against 3.6 MB of contents
 * in sync 3), so the two stay in separate requests under the limit and a validation stays at 3 syncs. The
 * baseline must be read whole: log/tampered checks the seal over it (an edited baseline is reported). And a
 * validation leaves out the contents of the add-in's output sheets (검증결과 can be thousands of rows, and
 * would push the contents into more requests), which it never reads: their names stay in the grid.
 */
import type { Grid, SheetVisibility } from "../engine/grid";
import { isGeneratedSheet, isResultsFormSheet, isStoreSheet } from "../engine/sheets";
import { SHEETS } from "../app/port";
import { isOwnStore, storeFromRows } from "../app/conventions";
import { areaFromAddress, groupBySize, rowBlocks, SheetGridBuilder } from "./cells";
import { DEFAULT_ADAPTER_OPTIONS, type AdapterOptions } from "./context";
import { queueHighlightLookup, type KnownHighlights } from "./formats";
import { isPayloadTooLarge } from "./officeErrors";
import { readStoreInBlocks } from "./store";

/** Cells of a block asked for its merged areas: Excel answers for at most 512 areas. */
export const MERGE_BLOCK_CELLS = 512;

const CONTENT = "values,formulas,valueTypes,numberFormat";

interface SheetRead {
  builder: SheetGridBuilder;
  sheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
}

/** A sheet whose contents are read (all but a validation's output sheets). */
interface ContentRead extends SheetRead {
  used: Excel.Range;
  formatted: Excel.Range;
}

/**
 * The add-in's output sheets (검증결과, 요약_전략별, 요약_지표, 요약_시행결과), which no validation reads: the
 * plan's reading skips generated sheets, and of those only 수정이력, the store and the 시행결과 forms are read.
 */
function isOutputSheet(name: string): boolean {
  return isGeneratedSheet(name) && !isResultsFormSheet(name) && name !== SHEETS.revisionLog && !isStoreSheet(name);
}

/** What a read learns besides the grid, for the writes that follow in the same port. */
export interface WorkbookRead {
  grid: Grid;
  /** The add-in's highlight rules by sheet, as found. */
  highlights: KnownHighlights;
  /** Sheets under protection that does not allow formatting cells: nothing is painted there. */
  protectedSheets: string[];
  /** The store's entries ({} without a store); null when not asked for. See WorkbookPort.storeOfLastRead. */
  store: Record<string, string> | null;
}

interface Block {
  read: ContentRead;
  /** Zero-based sheet position of the block's first cell. */
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
  /** The used range itself when the sheet is read whole, else a row block made when its group is loaded. */
  whole: boolean;
}

export async function readWorkbookGrid(context: Excel.RequestContext, options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS): Promise<Grid> {
  return (await readWorkbook(context, options)).grid;
}

/** `forValidation`: with the store, without the output sheets' contents (see above). */
export async function readWorkbook(context: Excel.RequestContext, options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS, forValidation = false): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  // Visibility with the names, for the grid: the store is told from a user's sheet of its name by it.
  worksheets.load("items/name,items/visibility");
  await context.sync(); // 1: which sheets

  const sheets = worksheets.items.filter((sheet) => !isStoreSheet(sheet.name));
  const store = forValidation ? worksheets.items.find((sheet) => isStoreSheet(sheet.name)) : undefined;
  const queueSheets = () => {
    const reads: (SheetRead | ContentRead)[] = sheets.map((sheet) => {
      const protection = sheet.protection;
      protection.load("protected,options");
      const builder = new SheetGridBuilder(sheet.name);
      if (forValidation && isOutputSheet(sheet.name)) return { builder, sheet, protection };
      // Contents: the values-only used range (every cell holding a value or formula). Merges: the
      // formatted used range, which also covers merged cells that only carry formatting.
      const used = sheet.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const formatted = sheet.getUsedRange(false);
      formatted.load("rowIndex,columnIndex,rowCount,columnCount");
      return { builder, sheet, used, formatted, protection };
    });
    return { reads, highlights: queueHighlightLookup(sheets) };
  };
  let storeRange = store?.getUsedRangeOrNullObject(true);
  storeRange?.load("values");
  let { reads, highlights } = queueSheets();
  let storeRows: unknown[][] | null = null;
  try {
    await context.sync(); // 2: where each used range is and how big; protection; the add-in's highlights; the store
  } catch (error) {
    // A store too large for one response (a baseline of some 10,000 rows): the rest again without it,
    // then the store in blocks that cannot pass the limit. Nothing was done by the refused request.
    if (!store || !isPayloadTooLarge(error)) throw error;
    storeRange = undefined;
    ({ reads, highlights } = queueSheets());
    await context.sync();
    storeRows = (await readStoreInBlocks(context, store)).values;
  }

  const limit = options.readCellsPerSync;
  const withContents = reads.filter((read): read is ContentRead => "used" in read);
  const blocks: Block[] = [];
  for (const read of withContents) {
    const { rowIndex, columnIndex, rowCount, columnCount } = read.used;
    if (rowCount * columnCount <= limit) {
      blocks.push({ read, top: rowIndex, left: columnIndex, rowCount, columnCount, whole: true });
    } else {
      for (const part of rowBlocks(rowCount, columnCount, limit)) {
        blocks.push({ read, top: rowIndex + part.start, left: columnIndex, rowCount: part.count, columnCount, whole: false });
      }
    }
  }

  const groups = groupBySize(blocks, (b) => b.rowCount * b.columnCount, limit);
  if (groups.length === 0) groups.push([]);
  let first = true;
  for (const group of groups) {
    const loaded = group.map((block) => {
      const range = block.whole
        ? block.read.used
        : block.read.sheet.getRangeByIndexes(block.top, block.left, block.rowCount, block.columnCount);
      range.load(CONTENT);
      return { block, range };
    });
    const areas = first ? loadMergedAreas(withContents) : [];
    first = false;
    await context.sync(); // 3 (and one more per further group, only above the limit)
    for (const { block, range } of loaded) {
      block.read.builder.addBlock(block.top, block.left, range.values, range.formulas, range.valueTypes, range.numberFormat);
    }
    const seen = new Set<string>();
    for (const { read, merged } of areas) {
      if (merged.isNullObject) continue;
      for (const area of merged.areas.items) {
        const bounds = areaFromAddress(area.address);
        const key = `${read.sheet.name}!${area.address}`;
        if (!bounds || seen.has(key)) continue;
        seen.add(key);
        read.builder.addMerge(bounds);
      }
    }
  }

  return {
    grid: { sheets: reads.map((r) => ({ ...r.builder.build(), visibility: visibilityOf(r.sheet) })) },
    highlights: highlights(),
    protectedSheets: reads.filter((r) => r.protection.protected && !r.protection.options.allowFormatCells).map((r) => r.sheet.name),
    store: forValidation ? storeOf(store, storeRows ?? (storeRange && !storeRange.isNullObject ? storeRange.values : [])) : null,
  };
}

/** Office.js's visibility ("Visible", "Hidden", "VeryHidden") as workbook.xml and the grid spell it. */
function visibilityOf(sheet: Excel.Worksheet): SheetVisibility {
  const visibility = sheet.visibility as string;
  return visibility === "VeryHidden" ? "veryHidden" : visibility === "Hidden" ? "hidden" : "visible";
}

/** The store's entries; {} without one, or when the sheet of its name is the user's (isOwnStore). */
function storeOf(sheet: Excel.Worksheet | undefined, rows: unknown[][]): Record<string, string> {
  return sheet && isOwnStore(sheet.visibility === "VeryHidden", rows) ? storeFromRows(rows) : {};
}

/** Queues the merged areas of each sheet's formatted used range, per block of at most MERGE_BLOCK_CELLS cells. */
function loadMergedAreas(reads: ContentRead[]): { read: ContentRead; merged: Excel.RangeAreas }[] {
  const out: { read: ContentRead; merged: Excel.RangeAreas }[] = [];
  for (const read of reads) {
    // The formatted range, but no taller or wider than the values need: a sheet formatted down whole
    // columns would otherwise cost thousands of blocks. A merge reaching into the values is found whole.
    const f = read.formatted;
    const u = read.used;
    const rowIndex = Math.min(f.rowIndex, u.rowIndex);
    const columnIndex = Math.min(f.columnIndex, u.columnIndex);
    const rowCount = Math.min(f.rowIndex + f.rowCount, u.rowIndex + u.rowCount + 1) - rowIndex;
    const columnCount = Math.min(f.columnIndex + f.columnCount, u.columnIndex + u.columnCount + 1) - columnIndex;
    for (const part of rowBlocks(rowCount, columnCount, MERGE_BLOCK_CELLS)) {
      const merged = read.sheet.getRangeByIndexes(rowIndex + part.start, columnIndex, part.count, columnCount).getMergedAreasOrNullObject();
      merged.areas.load("items/address");
      out.push({ read, merged });
    }
  }
  return out;
}
