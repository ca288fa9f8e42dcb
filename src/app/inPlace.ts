/**
 * 계획 검증 in place: validate the open workbook, light the findings up where they are, and keep each
 * cell's original format in the workbook's store so that 강조 지우기 (or the next validation) puts it
 * back exactly. Validation never changes a value.
 */
import type { Finding } from "../engine";
import type { FormatSnapshot, HighlightMark, WorkbookPort } from "./port";
import { validateGrid, type ValidateGridOptions, type ValidationResult } from "./validateWorkbook";

export const STORE_HIGHLIGHTS = "highlights";

export type Progress = (step: "read" | "validate" | "highlight" | "done") => void;

/** One mark per cell: a cell with an error and a warning is shown as an error. */
export function marksFor(findings: readonly Finding[]): HighlightMark[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const byCell = new Map<string, HighlightMark>();
  for (const finding of findings) {
    const key = `${finding.ref.sheet}!${finding.ref.row},${finding.ref.col}`;
    const existing = byCell.get(key);
    if (!existing || rank[finding.severity] < rank[existing.severity]) byCell.set(key, { ref: finding.ref, severity: finding.severity });
  }
  return [...byCell.values()];
}

function parseSnapshots(text: string | undefined): FormatSnapshot[] {
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? (parsed as FormatSnapshot[]) : [];
  } catch {
    return [];
  }
}

/** Puts back what the last validation highlighted; returns how many cells were restored. */
export async function clearHighlights(port: WorkbookPort): Promise<number> {
  const store = await port.readStore();
  const snapshots = parseSnapshots(store[STORE_HIGHLIGHTS]);
  if (snapshots.length === 0) return 0;
  await port.restoreFormats(snapshots);
  await port.writeStore({ [STORE_HIGHLIGHTS]: null });
  return snapshots.length;
}

export interface InPlaceOptions extends ValidateGridOptions {
  /** Highlight info findings too (default: errors and warnings only, so the sheet is not painted over). */
  highlightInfo?: boolean;
  onProgress?: Progress;
}

/** Reads the workbook, restores earlier highlights, validates, highlights, and remembers the originals. */
export async function validateInPlace(port: WorkbookPort, options: InPlaceOptions = {}): Promise<ValidationResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress("read");
  await clearHighlights(port);
  const grid = await port.readGrid();
  progress("validate");
  const result = validateGrid(grid, options);
  progress("highlight");
  const shown = result.findings.filter((f) => options.highlightInfo || f.severity !== "info");
  const snapshots = await port.highlight(marksFor(shown));
  await port.writeStore({ [STORE_HIGHLIGHTS]: JSON.stringify(snapshots) });
  progress("done");
  return result;
}
