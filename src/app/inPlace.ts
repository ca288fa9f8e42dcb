/**
 * 계획 검증 in place: validate the open workbook and light the findings up where they are. The
 * highlights are the adapter's conditional formats (see WorkbookPort.highlight): the cells' own formats
 * are never read, saved or changed, so nothing needs keeping for 강조 지우기, and a validation replaces
 * the previous one's highlights. Validation never changes a value.
 */
import { GENERATED_SHEETS, isStoreSheet, type Finding, type Grid } from "../engine";
import { readRevisionLog } from "../engine/read/revisionLog";
import { STORE_LOG_KEY } from "../engine/revisions/log";
import type { HighlightMark, RunLock, WorkbookPort } from "./port";
import { validateGrid, type ValidateGridOptions, type ValidationResult } from "./validateWorkbook";

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

/** Removes every highlight the add-in made, wherever it is now; returns how many highlight areas went. */
export function clearHighlights(port: WorkbookPort): Promise<number> {
  return exclusively(port, (lock) => port.clearHighlights({ lock }));
}

/** `work` under the port's one-run-at-a-time lock, where it has one (`work` hands it to its calls). */
function exclusively<T>(port: WorkbookPort, work: (lock?: RunLock) => Promise<T>): Promise<T> {
  return port.exclusive ? port.exclusive(work) : work();
}

export interface InPlaceOptions extends ValidateGridOptions {
  /** Highlight info findings too (default: errors and warnings only, so the sheet is not painted over). */
  highlightInfo?: boolean;
  onProgress?: Progress;
}

export interface InPlaceResult extends ValidationResult {
  /** Sheets left unhighlighted: protected without allowing cell formatting. */
  unhighlightedSheets: string[];
}

/**
 * Reads the workbook, validates, and replaces the earlier highlights with this validation's; throws
 * ValidationRunningError while another run validates the same workbook.
 */
export function validateInPlace(port: WorkbookPort, options: InPlaceOptions = {}): Promise<InPlaceResult> {
  // The read and its highlight under one lock: another run's highlights replaced between them would be lost.
  return exclusively(port, (lock) => readAndHighlight(port, options, lock));
}

/**
 * The grid with the add-in's store where it holds a revision log's seal, for log/tampered. Inside Excel the
 * store (a very hidden sheet) comes with the read, in its requests (WorkbookPort.storeOfLastRead): so a
 * 수정이력 cut short, forged, deleted or renamed, or the store edited, is reported as the CLI reports it,
 * at no request of its own. A port that reads the store at no cost asks it only where a 수정이력 is there.
 */
async function withRevisionStore(port: WorkbookPort, grid: Grid): Promise<Grid> {
  const hasStore = grid.sheets.some((s) => isStoreSheet(s.name));
  if (hasStore) return grid;
  if (!port.storeOfLastRead && readRevisionLog(grid) === null) return grid;
  const entries = port.storeOfLastRead ? await port.storeOfLastRead() : await port.readStore();
  if (entries[STORE_LOG_KEY] === undefined) return grid;
  const values = [[STORE_LOG_KEY, entries[STORE_LOG_KEY]], ...(entries.baseline !== undefined ? [["baseline", entries.baseline]] : [])];
  return { sheets: [...grid.sheets, { name: GENERATED_SHEETS.store, values, merges: [] }] };
}

async function readAndHighlight(port: WorkbookPort, options: InPlaceOptions, lock?: RunLock): Promise<InPlaceResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress("read");
  // The lock is taken with the read's first request and released with the highlight's (no request of its own).
  const grid = await withRevisionStore(port, await port.readGrid({ lock, validation: true }));
  progress("validate");
  const result = validateGrid(grid, options);
  progress("highlight");
  const shown = result.findings.filter((f) => options.highlightInfo || f.severity !== "info");
  const outcome = await port.highlight(marksFor(shown), { lock });
  progress("done");
  return { ...result, unhighlightedSheets: outcome.skippedSheets };
}
