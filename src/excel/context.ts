/**
 * What every Office.js module of the adapter shares: how a batch is run, which API sets the host
 * supports, and the payload limits that decide when a read or write is split.
 */

/** Excel.run, or a stand-in (tests pass office-addin-mock's context through one). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Whether the host supports ExcelApi `version` ("1.9", "1.13", …). */
export type ApiSupport = (version: string) => boolean;

/**
 * Office.context.requirements.isSetSupported("ExcelApi", version); true where Office is not loaded
 * (tests, a mock host), since the manifest already requires ExcelApi 1.13 for the add-in to load.
 */
export const officeApiSupport: ApiSupport = (version) => {
  try {
    if (typeof Office === "undefined" || !Office.context?.requirements) return true;
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return true;
  }
};

/**
 * Excel on the web refuses a request or response over 5 MB. A read asks for values, formulas,
 * valueTypes and numberFormat of each cell. Measured on the bundled sample plan (a real 16-column
 * plan: Korean names and indicators, flags, targets, budgets, a third of the cells empty), the four
 * matrices as JSON take ~40 bytes a cell in UTF-8 (~52 if every non-ASCII character were escaped as
 * \uXXXX), so 90,000 cells stay near 3.6 MB (4.7 MB escaped). That holds a 5,000-row plan of 16
 * columns (80,000 cells) and a small second sheet in one read — the same syncs as a 50-row plan
 * (src/excel/useCases.test.ts measures it). Below this many cells a read is one fixed set of syncs
 * whatever the row count; above it, row blocks.
 */
export const READ_CELLS_PER_SYNC = 90_000;

/** Cells written in one sync (value + number format + grouped formats + links): well under 5 MB. */
export const WRITE_CELLS_PER_SYNC = 50_000;

/** Cells whose number format is loaded or set in one sync (each cell is its own range in the request). */
export const FORMAT_CELLS_PER_SYNC = 10_000;

/**
 * What one request may carry when its size is estimated per item (highlight areas, input-rule ranges):
 * well under Excel on the web's 5 MB, so that a wrong estimate by half still passes. The payload test
 * (src/excel/payload.test.ts) measures the real requests through Microsoft's runtime.
 */
export const REQUEST_BYTES_PER_SYNC = 2_000_000;

export interface AdapterOptions {
  apiSupported: ApiSupport;
  readCellsPerSync: number;
  writeCellsPerSync: number;
  formatCellsPerSync: number;
  requestBytesPerSync: number;
}

export const DEFAULT_ADAPTER_OPTIONS: AdapterOptions = {
  apiSupported: officeApiSupport,
  readCellsPerSync: READ_CELLS_PER_SYNC,
  writeCellsPerSync: WRITE_CELLS_PER_SYNC,
  formatCellsPerSync: FORMAT_CELLS_PER_SYNC,
  requestBytesPerSync: REQUEST_BYTES_PER_SYNC,
};

/** One proxy per sheet name within a batch (the request carries each path once). */
export function sheetLookup(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => {
    let sheet = cache.get(name);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(name);
      cache.set(name, sheet);
    }
    return sheet;
  };
}

/** Splits `items` into chunks of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  const step = Math.max(1, size);
  for (let i = 0; i < items.length; i += step) out.push(items.slice(i, i + step));
  return out;
}
