/**
 * Test helpers: a Grid with rows deleted (what a department workbook's plan sheet looks like, without
 * ExcelJS) and cell edits. Used by the engine's consolidation tests; not part of the engine's API.
 */
import type { CellRef, CellValue, Grid, MergedArea, SheetGrid } from "../../../src/engine/grid";
import { keptRowMap } from "../../../src/engine/consolidate/split";

export function cloneGrid(grid: Grid): Grid {
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      values: s.values.map((line) => [...(line ?? [])]),
      formulas: s.formulas?.map((line) => [...(line ?? [])]),
      merges: s.merges.map((m) => ({ ...m })),
    })),
  };
}

/** The grid with zero-based `rows` of `sheet` deleted: values move up, merges shrink and move. */
export function deleteGridRows(grid: Grid, sheet: string, rows: readonly number[]): Grid {
  const map = keptRowMap(rows);
  const deleted = new Set(rows);
  return {
    sheets: grid.sheets.map((s): SheetGrid => {
      if (s.name !== sheet) return s;
      const keep = (_: unknown, r: number) => !deleted.has(r);
      const merges: MergedArea[] = [];
      for (const m of s.merges) {
        const kept: number[] = [];
        for (let r = m.top; r <= m.bottom; r++) if (!deleted.has(r)) kept.push(r);
        if (kept.length === 0) continue;
        const top = map(kept[0]) as number;
        const bottom = map(kept[kept.length - 1]) as number;
        if (top === bottom && m.left === m.right) continue;
        merges.push({ top, left: m.left, bottom, right: m.right });
      }
      return {
        ...s,
        values: s.values.filter(keep).map((line) => [...(line ?? [])]),
        formulas: s.formulas?.filter(keep),
        merges,
      };
    }),
  };
}

/** Sets cells (by zero-based ref) in a copy of the grid. */
export function editGrid(grid: Grid, edits: readonly { ref: CellRef; value: CellValue }[]): Grid {
  const copy = cloneGrid(grid);
  for (const { ref, value } of edits) {
    const sheet = copy.sheets.find((s) => s.name === ref.sheet);
    if (!sheet) throw new Error(`no sheet ${ref.sheet}`);
    while (sheet.values.length <= ref.row) sheet.values.push([]);
    const line = sheet.values[ref.row];
    while (line.length <= ref.col) line.push(null);
    line[ref.col] = value;
  }
  return copy;
}

/** Inserts `values` as a new row after zero-based `after` (merges below move down). */
export function insertGridRow(grid: Grid, sheet: string, after: number, values: CellValue[]): Grid {
  return {
    sheets: grid.sheets.map((s): SheetGrid => {
      if (s.name !== sheet) return s;
      const lines = s.values.map((line) => [...(line ?? [])]);
      lines.splice(after + 1, 0, [...values]);
      const shift = (r: number) => (r > after ? r + 1 : r);
      return {
        ...s,
        values: lines,
        formulas: undefined,
        merges: s.merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })),
      };
    }),
  };
}
