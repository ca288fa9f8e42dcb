/**
 * The WorkbookPort over Office.js: each method is one Excel.run composed from the small modules beside
 * this file (readGrid, formats, values, sheets, store). No plan logic here.
 *
 * Requests (context.sync calls that send something) per method, below the payload limits in ./context.ts
 * — a read of up to 90,000 cells, e.g. a 5,000-row plan of 16 columns — whatever the row count; the use
 * cases' totals are measured through Microsoft's runtime in ./useCases.test.ts, e.g. 계획 검증: 3 + 1 = 4):
 *   readGrid        3   sheet names (and the one-run lock taken) · used ranges, protection, the add-in's
 *                       highlights (for a validation, the store whole) · contents and merges (for a
 *                       validation, not of the add-in's output sheets)
 *   highlight       1   old highlights removed, new ones added (and the lock released) (2 without a readGrid
 *                       before it on this port, or when the user removed one of the old rules meanwhile)
 *   clearHighlights 3   sheet names (lock taken) · the add-in's rules · their removal (lock released); 2 when
 *                       there are none and no lock
 *   writeValues     1   text only; 2 when numbers/booleans or formulas are written (their cells' formats are read first)
 *   writeValuesIfUnchanged 2   each cell looked at again (value, formula, format) · the unchanged ones written
 *   select          1
 *   replaceSheet    2 for a new sheet · 3 when replacing the add-in's existing one
 *   replaceSheetIfUnchanged  the same: the sheet's cells come with its row 1 (+ 1 per block of a sheet read
 *                   as over 90,000 cells); 1 or 2 when refused (nothing written)
 *   appendRows      2 creating the sheet · 3 appending to it
 *   readStore       1 without a store sheet · 2 with one (forWriting: the same, a user's sheet of its name refused;
 *                   a store over 5 MB: 1 refused, then 2 + 1 per block: ./store.ts)
 *   storeOfLastRead 0   the store as readGrid({ validation: true }) read it (as readStore without such a read)
 *   writeStore      2 creating the store · 3 updating it (+ 1 per further part of a store over 3 MB)
 *   setDataValidation 1
 *   exclusive       0   the one-run lock around validate/clear, taken and released by the calls it is handed
 *                       to (./runLock.ts): 2 more when another run's lock is in the way, 2 to release it after
 *                       a failure
 * A read Excel on the web refuses as over its 5 MB limit is done again in blocks a quarter the size.
 */
import type {
  CellRule,
  GeneratedCell,
  GeneratedSheet,
  HighlightMark,
  HighlightOutcome,
  LockOption,
  ReadGridOptions,
  GuardedWrite,
  RefusedWrite,
  RunLock,
  StoreReadOptions,
  ValueWrite,
  WorkbookPort,
} from "../app/port";
import type { CellRef, Grid, SheetGrid } from "../engine";
import { DEFAULT_ADAPTER_OPTIONS, type AdapterOptions, type ExcelRun } from "./context";
import { isPayloadTooLarge } from "./officeErrors";
import type { WorkbookRead } from "./readGrid";
import type { ExcelRunLock } from "./runLock";

// The pane's first load carries none of the adapter's work: reading and highlighting, writing (values,
// generated sheets, input rules, the store) and the one-run lock load on first use (the ribbon's bundle
// has them inline: webpack.config.js keeps it one file).
const reading = () => import(/* webpackChunkName: "excel-validate" */ "./readGrid");
const highlighting = () => import(/* webpackChunkName: "excel-validate" */ "./formats");
const generatedSheets = () => import(/* webpackChunkName: "excel-writes" */ "./sheets");
const inputRules = () => import(/* webpackChunkName: "excel-writes" */ "./validation");
const values = () => import(/* webpackChunkName: "excel-writes" */ "./values");
const store = () => import(/* webpackChunkName: "excel-writes" */ "./store");
const runLock = () => import(/* webpackChunkName: "excel-lock" */ "./runLock");

export { SheetNotOwnedError } from "../app/port";

/**
 * Excel.run that waits while the user is typing in a cell (ExcelApi 1.12 flag; older hosts ignore it)
 * instead of failing with InvalidOperationInCellEditMode.
 */
export const excelRun: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);

export { isPayloadTooLarge };

function isItemNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ItemNotFound";
}

/** The lock handed to a call: this port's own, made by its `exclusive`. */
function lockOf(options: LockOption | undefined): ExcelRunLock | undefined {
  return options?.lock as ExcelRunLock | undefined;
}

export function createOfficePort(run: ExcelRun = excelRun, options: Partial<AdapterOptions> = {}): WorkbookPort {
  const opts: AdapterOptions = { ...DEFAULT_ADAPTER_OPTIONS, ...options };
  // What the last read found: the add-in's highlight rules (so that highlight needs no lookup of its own)
  // and the sheets it must not format. Used once, by the highlight that follows the read.
  let lastRead: Omit<WorkbookRead, "grid" | "store"> | null = null;
  // The store the last read brought when asked for it (null: none, read it if asked), used once.
  let lastStore: Record<string, string> | null = null;
  const readWholeStore = async (options?: StoreReadOptions): Promise<Record<string, string>> => {
    const { readStoreEntries } = await store();
    return run((context) => readStoreEntries(context, options));
  };
  return {
    async readGrid(options?: ReadGridOptions): Promise<Grid> {
      const { readWorkbook } = await reading();
      const lock = lockOf(options);
      // The lock's add goes first in the read's first request (a plain run once it is held).
      const readWith = (cells: number) => {
        const batch = (context: Excel.RequestContext) => readWorkbook(context, { ...opts, readCellsPerSync: cells }, !!options?.validation);
        return lock ? lock.takeWith(run, batch) : run(batch);
      };
      let read: WorkbookRead;
      try {
        read = await readWith(opts.readCellsPerSync);
      } catch (error) {
        // A plan denser than READ_CELLS_PER_SYNC assumes can pass Excel on the web's 5 MB limit:
        // read it again in smaller blocks (a few more syncs) rather than fail.
        if (!isPayloadTooLarge(error)) throw error;
        read = await readWith(Math.max(1_000, Math.floor(opts.readCellsPerSync / 4)));
      }
      lastRead = { highlights: read.highlights, protectedSheets: read.protectedSheets };
      lastStore = read.store;
      return read.grid;
    },

    async storeOfLastRead(): Promise<Record<string, string>> {
      const found = lastStore;
      lastStore = null;
      return found ?? readWholeStore();
    },

    async highlight(marks: HighlightMark[], options?: LockOption): Promise<HighlightOutcome> {
      const lock = lockOf(options);
      const release = lock ? (context: Excel.RequestContext) => lock.queueRelease(context) : undefined;
      const seen = lastRead;
      lastRead = null;
      const protectedSheets = new Set(seen?.protectedSheets ?? []);
      const outcome = { skippedSheets: [...protectedSheets].filter((name) => marks.some((m) => m.ref.sheet === name)) };
      const shown = marks.filter((m) => !protectedSheets.has(m.ref.sheet));
      const { lookUpHighlights, replaceHighlights } = await highlighting();
      if (seen) {
        try {
          await run((context) => replaceHighlights(context, seen.highlights, shown, opts, release));
          lock?.sent();
          return outcome;
        } catch (error) {
          // A rule seen by the read is gone (removed by hand, an undo): look them up afresh below (and
          // leave the lock to `exclusive`, which releases it after a call that did not).
          if (!isItemNotFound(error)) throw error;
        }
      }
      await run(async (context) => replaceHighlights(context, await lookUpHighlights(context), shown, opts, seen ? undefined : release));
      if (!seen) lock?.sent();
      return outcome;
    },

    async clearHighlights(options?: LockOption): Promise<number> {
      lastRead = null;
      const lock = lockOf(options);
      const { lookUpHighlights, removeHighlights } = await highlighting();
      if (!lock) return run(async (context) => removeHighlights(context, await lookUpHighlights(context)));
      const count = await lock.takeWith(run, async (context) => removeHighlights(context, await lookUpHighlights(context), (c) => lock.queueRelease(c)));
      lock.sent();
      return count;
    },

    async writeValues(changes: ValueWrite[]): Promise<void> {
      if (changes.length === 0) return;
      const { writeCellValues } = await values();
      await run((context) => writeCellValues(context, changes, opts));
    },

    async writeValuesIfUnchanged(changes: GuardedWrite[]): Promise<RefusedWrite[]> {
      if (changes.length === 0) return [];
      const { writeCellValuesIfUnchanged } = await values();
      return run((context) => writeCellValuesIfUnchanged(context, changes, opts));
    },

    async select(ref: CellRef): Promise<void> {
      const { selectCell } = await values();
      return run((context) => selectCell(context, ref));
    },

    async replaceSheet(sheet: GeneratedSheet): Promise<void> {
      const { replaceGeneratedSheet } = await generatedSheets();
      return run((context) => replaceGeneratedSheet(context, sheet, opts));
    },

    async replaceSheetIfUnchanged(sheet: GeneratedSheet, expected: SheetGrid | null): Promise<void> {
      const { replaceGeneratedSheetIfUnchanged } = await generatedSheets();
      return run((context) => replaceGeneratedSheetIfUnchanged(context, sheet, expected, opts));
    },

    async appendRows(name: string, marker: string, header: GeneratedCell[], rows: GeneratedCell[][]): Promise<void> {
      const { appendGeneratedRows } = await generatedSheets();
      return run((context) => appendGeneratedRows(context, name, marker, header, rows, opts));
    },

    async setDataValidation(rules: CellRule[]): Promise<void> {
      if (rules.length === 0) return;
      const { setCellRules } = await inputRules();
      await run((context) => setCellRules(context, rules, opts));
    },

    async exclusive<T>(work: (lock: RunLock) => Promise<T>): Promise<T> {
      const { withRunLock } = await runLock();
      return withRunLock(run, work);
    },

    readStore: readWholeStore,

    async writeStore(entries: Record<string, string | null>): Promise<void> {
      if (Object.keys(entries).length === 0) return;
      const { writeStoreEntries } = await store();
      await run((context) => writeStoreEntries(context, entries));
    },
  };
}
