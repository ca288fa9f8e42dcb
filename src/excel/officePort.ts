/**
 * The WorkbookPort over Office.js: each method is one Excel.run composed from the small modules beside
 * this file (readGrid, formats, values, sheets, store). No plan logic here.
 *
 * context.sync calls per method (below the payload limits in ./context.ts — a read of up to 90,000 cells,
 * e.g. a 5,000-row plan of 16 columns — whatever the row count; the use cases' totals are measured in
 * ./useCases.test.ts, e.g. 계획 검증 on a workbook without a store: 1 + 3 + 2 + 2 = 8):
 *   readGrid        3   sheet names · used-range sizes and merge check · contents and merged areas
 *   highlight       2   fills as they are · severity colours
 *   restoreFormats  1   (a second run of 2 only if a snapshot's sheet was deleted or renamed meanwhile)
 *   writeValues     1   text only; 2 when numbers/booleans are written (their cells' formats are read first)
 *   select          1
 *   replaceSheet    2 for a new sheet · 3 when replacing the add-in's existing one
 *   appendRows      2 creating the sheet · 3 appending to it
 *   readStore       1 without a store sheet · 2 with one
 *   writeStore      2 creating the store · 3 updating it
 *   setDataValidation 1
 * A read Excel on the web refuses as over its 5 MB limit is done again in blocks a quarter the size.
 */
import type { CellRule, FormatSnapshot, GeneratedCell, GeneratedSheet, HighlightMark, WorkbookPort, WrittenValue } from "../app/port";
import type { CellRef, Grid } from "../engine";
import { DEFAULT_ADAPTER_OPTIONS, type AdapterOptions, type ExcelRun } from "./context";
import { highlightCells, restoreFills, restoreFillsWhereSheetsExist } from "./formats";
import { readWorkbookGrid } from "./readGrid";
import { appendGeneratedRows, replaceGeneratedSheet } from "./sheets";
import { readStoreEntries, writeStoreEntries } from "./store";
import { setCellRules } from "./validation";
import { selectCell, writeCellValues } from "./values";

export { SheetNotOwnedError } from "./sheets";
export type { FillSnapshot } from "./formats";

const excelRun: ExcelRun = (batch) => Excel.run(batch);

/** Excel's answer to a request or response over its payload limit. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /PayloadSizeLimitExceeded/i.test(code);
}

export function createOfficePort(run: ExcelRun = excelRun, options: Partial<AdapterOptions> = {}): WorkbookPort {
  const opts: AdapterOptions = { ...DEFAULT_ADAPTER_OPTIONS, ...options };
  return {
    async readGrid(): Promise<Grid> {
      try {
        return await run((context) => readWorkbookGrid(context, opts));
      } catch (error) {
        // A plan denser than READ_CELLS_PER_SYNC assumes can pass Excel on the web's 5 MB limit:
        // read it again in smaller blocks (a few more syncs) rather than fail.
        if (!isPayloadTooLarge(error)) throw error;
        return run((context) => readWorkbookGrid(context, { ...opts, readCellsPerSync: Math.max(1_000, Math.floor(opts.readCellsPerSync / 4)) }));
      }
    },

    async highlight(marks: HighlightMark[]): Promise<FormatSnapshot[]> {
      if (marks.length === 0) return [];
      return run((context) => highlightCells(context, marks, opts));
    },

    async restoreFormats(snapshots: FormatSnapshot[]): Promise<void> {
      if (snapshots.length === 0) return;
      try {
        await run((context) => restoreFills(context, snapshots, opts));
      } catch (first) {
        // Most likely a sheet was deleted or renamed since highlighting; put back what still exists.
        try {
          await run((context) => restoreFillsWhereSheetsExist(context, snapshots, opts));
        } catch {
          throw first;
        }
      }
    },

    async writeValues(changes: { ref: CellRef; value: WrittenValue }[]): Promise<void> {
      if (changes.length === 0) return;
      await run((context) => writeCellValues(context, changes, opts));
    },

    select(ref: CellRef): Promise<void> {
      return run((context) => selectCell(context, ref));
    },

    replaceSheet(sheet: GeneratedSheet): Promise<void> {
      return run((context) => replaceGeneratedSheet(context, sheet, opts));
    },

    appendRows(name: string, marker: string, header: GeneratedCell[], rows: GeneratedCell[][]): Promise<void> {
      return run((context) => appendGeneratedRows(context, name, marker, header, rows, opts));
    },

    async setDataValidation(rules: CellRule[]): Promise<void> {
      if (rules.length === 0) return;
      await run((context) => setCellRules(context, rules, opts));
    },

    readStore(): Promise<Record<string, string>> {
      return run((context) => readStoreEntries(context));
    },

    async writeStore(entries: Record<string, string | null>): Promise<void> {
      if (Object.keys(entries).length === 0) return;
      await run((context) => writeStoreEntries(context, entries));
    },
  };
}
