/**
 * The open workbook → Grid, in one Excel.run with a fixed number of syncs:
 *
 *   sync 1  the worksheet collection (names): a sheet's ranges can only be asked for once it is known;
 *   sync 2  each sheet's used range position and size, and whether it has merges
 *           (getMergedAreasOrNullObject, ExcelApi 1.13 — a null object when there are none);
 *   sync 3  values, formulas, valueTypes and numberFormat of every used range, and the merged areas'
 *           addresses.
 *
 * Values come from getUsedRange(valuesOnly = true), merges from getUsedRange(false): a merged block
 * whose right part is only formatted is still found whole, and a sheet with borders drawn far below
 * its data does not cost a read of every empty bordered cell.
 *
 * Three syncs for a 50-row and a 5,000-row plan alike (16 columns: 80,000 cells). Only when the cells
 * of all sheets together exceed `readCellsPerSync` (90,000: the 5 MB payload limit of Excel on the web,
 * see ./context.ts) is the content of sync 3 read in row blocks, one sync per group of blocks under the limit.
 *
 * The grid is positioned from A1: a used range starting at C3 gives grid rows 0–1 empty and leading
 * nulls in columns 0–1, as the ExcelJS adapter reads the same file. The add-in's store sheet is skipped.
 */
import type { Grid } from "../engine/grid";
import { SHEETS } from "../app/port";
import { areaFromAddress, groupBySize, rowBlocks, SheetGridBuilder } from "./cells";
import { DEFAULT_ADAPTER_OPTIONS, type AdapterOptions } from "./context";

const CONTENT = "values,formulas,valueTypes,numberFormat";

interface SheetRead {
  builder: SheetGridBuilder;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

interface Block {
  read: SheetRead;
  /** Zero-based sheet position of the block's first cell. */
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
  /** The used range itself when the sheet is read whole, else a row block made when its group is loaded. */
  whole: boolean;
}

export async function readWorkbookGrid(context: Excel.RequestContext, options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS): Promise<Grid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync(); // 1: which sheets

  const withMerges = options.apiSupported("1.13");
  const reads: SheetRead[] = worksheets.items
    .filter((sheet) => sheet.name !== SHEETS.store)
    .map((sheet) => {
      // Contents: the values-only used range (every cell holding a value or formula). Merges: the
      // full used range (valuesOnly = false), which also covers merged cells that only carry formatting,
      // without making a sheet formatted far beyond its data read thousands of empty cells.
      const used = sheet.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const merged = withMerges ? sheet.getUsedRange(false).getMergedAreasOrNullObject() : null;
      merged?.load("areaCount");
      return { builder: new SheetGridBuilder(sheet.name), sheet, used, merged };
    });
  await context.sync(); // 2: where each used range is, how big, whether it has merges

  const limit = options.readCellsPerSync;
  const blocks: Block[] = [];
  for (const read of reads) {
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
    const areas = first ? loadMergedAreas(reads) : [];
    first = false;
    await context.sync(); // 3 (and one more per further group, only above the limit)
    for (const { block, range } of loaded) {
      block.read.builder.addBlock(block.top, block.left, range.values, range.formulas, range.valueTypes, range.numberFormat);
    }
    for (const { read, collection } of areas) {
      for (const area of collection.items) {
        const bounds = areaFromAddress(area.address);
        if (bounds) read.builder.addMerge(bounds);
      }
    }
  }

  return { sheets: reads.map((r) => r.builder.build()) };
}

/** Queues the addresses of each sheet's merged areas (only where the null-object check found some). */
function loadMergedAreas(reads: SheetRead[]): { read: SheetRead; collection: Excel.RangeCollection }[] {
  const out: { read: SheetRead; collection: Excel.RangeCollection }[] = [];
  for (const read of reads) {
    const merged = read.merged;
    if (!merged || merged.isNullObject || !(merged.areaCount > 0)) continue;
    const collection = merged.areas;
    collection.load("items/address");
    out.push({ read, collection });
  }
  return out;
}
