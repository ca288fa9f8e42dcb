/** Small grids for tests: rows of values and merges in A1 ("A5:A6"), as an adapter would read them. */
import { rangeFromA1 } from "../../../src/engine/a1";
import type { CellValue, Grid, SheetGrid } from "../../../src/engine/grid";

export function sheetFromRows(name: string, rows: CellValue[][], merges: string[] = [], formulas?: (string | null)[][]): SheetGrid {
  return { name, values: rows.map((r) => [...r]), merges: merges.map(rangeFromA1), formulas };
}

export function gridFromRows(rows: CellValue[][], merges: string[] = [], name = "총괄표"): Grid {
  return { sheets: [sheetFromRows(name, rows, merges)] };
}
