/**
 * What an ExcelJS round trip (load → write) would otherwise lose from a user's workbook, put back.
 *
 * ExcelJS 4.4 reads no manual page breaks (<rowBreaks>, <colBreaks>): the worksheet reader has a parser
 * for them but never copies it into the model, so a plan laid out page by page for printing would come
 * back without its breaks. They are read here from the original bytes and set on the loaded workbook
 * before it is written. Everything else ExcelJS cannot keep (charts, pivot tables, slicers) is still
 * lost: write to a new file, never over the user's original.
 *
 * No `fs`: this runs in the browser too. The package is read as the package-preserving writer reads it
 * (./package.ts).
 */
import type * as ExcelJS from "exceljs";
import { attrs, elements, worksheetsOf } from "./package";

export interface PageBreak {
  id: number;
  max?: number;
  min?: number;
  man?: number;
}

export interface SheetBreaks {
  rowBreaks: PageBreak[];
  colBreaks: PageBreak[];
}

function breaksIn(xml: string, tag: "rowBreaks" | "colBreaks"): PageBreak[] {
  const block = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(xml);
  if (!block) return [];
  const breaks: PageBreak[] = [];
  for (const element of elements(block[1], "brk")) {
    const a = attrs(element);
    const id = Number(a.id);
    if (!Number.isInteger(id)) continue;
    const brk: PageBreak = { id };
    if (a.max !== undefined) brk.max = Number(a.max);
    if (a.min !== undefined) brk.min = Number(a.min);
    if (a.man !== undefined) brk.man = a.man === "1" || a.man === "true" ? 1 : 0;
    breaks.push(brk);
  }
  return breaks;
}

/** The manual page breaks of every worksheet, by sheet name. Unreadable bytes give an empty map. */
export async function readPageBreaks(bytes: Uint8Array): Promise<Map<string, SheetBreaks>> {
  const out = new Map<string, SheetBreaks>();
  try {
    for (const { name, xml } of worksheetsOf(bytes)) {
      const rowBreaks = breaksIn(xml, "rowBreaks");
      const colBreaks = breaksIn(xml, "colBreaks");
      if (rowBreaks.length > 0 || colBreaks.length > 0) out.set(name, { rowBreaks, colBreaks });
    }
  } catch {
    // not a package we can read: nothing to restore
  }
  return out;
}

/**
 * Sets the page breaks read from the original on the loaded workbook. `rowMap` moves the row breaks of
 * one sheet whose rows were deleted (zero-based row → new row, null when deleted; a break is "after
 * row id", one-based). ExcelJS writes row breaks only; column breaks are reported, not written.
 */
export function restorePageBreaks(
  workbook: ExcelJS.Workbook,
  breaks: Map<string, SheetBreaks>,
  rowMaps?: ReadonlyMap<string, (row: number) => number | null>,
): void {
  for (const [name, sheetBreaks] of breaks) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) continue;
    const rowBreaks: PageBreak[] = [];
    const seen = new Set<number>();
    for (const brk of sheetBreaks.rowBreaks) {
      let id = brk.id;
      const map = rowMaps?.get(name);
      if (map) {
        // The break stays under the nearest kept row at or above the one it was under.
        let moved: number | null = null;
        for (let row = id - 1; row >= 0 && moved === null; row--) moved = map(row);
        if (moved === null) continue;
        id = moved + 1;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      rowBreaks.push({ ...brk, id });
    }
    (sheet as unknown as { rowBreaks: PageBreak[] }).rowBreaks = rowBreaks;
  }
}
