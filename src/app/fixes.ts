/**
 * Certain fixes (a flag look-alike → ○/×, a text number → a number), applied one at a time or all at
 * once after the user confirms. A fix is applied only where the cell still reads what the finding saw
 * and holds no formula (a value written there would replace the formula, which no undo brings back);
 * each applied fix is remembered in the workbook so it can be listed and undone (the store is read before the first
 * cell is written: a sheet of its name that is the user's stops the fix there). An undone fix is forgotten:
 * the cell reads as before it, and a list that kept it would grow with every fix and undo while the pane is open.
 */
import { cellText, toA1, type CellRef, type Finding, type Fix, type Grid } from "../engine";
import { cellValue } from "../engine/grid";
import type { WorkbookPort } from "./port";

export const STORE_FIXES = "appliedFixes";

export interface AppliedFix {
  ref: CellRef;
  address: string;
  from: string | number;
  to: string | number;
  ruleId: string;
  appliedAt: string;
}

export interface FixOutcome {
  applied: AppliedFix[];
  /** Fixes not applied because the cell no longer reads what validation saw, or holds a formula (`formula`). */
  skipped: { fix: Fix; now: string; formula?: string }[];
}

function currentText(grid: Grid, ref: CellRef): string {
  const sheet = grid.sheets.find((s) => s.name === ref.sheet);
  return sheet ? cellText(cellValue(sheet, ref.row, ref.col)) : "";
}

/** The formula the cell holds ("=…"), or null. */
function currentFormula(grid: Grid, ref: CellRef): string | null {
  const sheet = grid.sheets.find((s) => s.name === ref.sheet);
  return sheet?.formulas?.[ref.row]?.[ref.col] || null;
}

export async function readAppliedFixes(port: WorkbookPort): Promise<AppliedFix[]> {
  return appliedFixesIn(await port.readStore());
}

function appliedFixesIn(store: Record<string, string>): AppliedFix[] {
  const text = store[STORE_FIXES];
  if (!text) return [];
  try {
    // Entries marked undone were kept by earlier versions: they are no longer listed.
    return (JSON.parse(text) as (AppliedFix & { undone?: boolean })[]).filter((h) => !h.undone);
  } catch {
    return [];
  }
}

export async function applyFixes(port: WorkbookPort, findings: readonly Finding[], now = new Date()): Promise<FixOutcome> {
  const withFix = findings.filter((f): f is Finding & { fix: Fix } => !!f.fix);
  if (withFix.length === 0) return { applied: [], skipped: [] };
  const grid = await port.readGrid();
  const applied: AppliedFix[] = [];
  const skipped: FixOutcome["skipped"] = [];
  for (const finding of withFix) {
    const now_ = currentText(grid, finding.fix.ref);
    // Compared as the cell reads (cellText): a "2,478" typed with a zero-width space reads, and was fixed, without it.
    const formula = currentFormula(grid, finding.fix.ref);
    if (now_ !== cellText(String(finding.fix.from)) || formula !== null) {
      skipped.push({ fix: finding.fix, now: now_, ...(formula !== null ? { formula } : {}) });
      continue;
    }
    applied.push({
      ref: finding.fix.ref,
      address: toA1(finding.fix.ref.row, finding.fix.ref.col),
      from: finding.fix.from,
      to: finding.fix.to,
      ruleId: finding.ruleId,
      appliedAt: now.toISOString(),
    });
  }
  if (applied.length > 0) {
    const history = appliedFixesIn(await port.readStore({ forWriting: true }));
    await port.writeValues(applied.map((a) => ({ ref: a.ref, value: a.to })));
    await port.writeStore({ [STORE_FIXES]: JSON.stringify([...history, ...applied]) });
  }
  return { applied, skipped };
}

/** Writes the original value back where the cell still holds the fixed one (a value, no formula), and forgets the fix. */
export async function undoFix(port: WorkbookPort, fix: AppliedFix): Promise<boolean> {
  const grid = await port.readGrid();
  if (currentText(grid, fix.ref) !== String(fix.to) || currentFormula(grid, fix.ref) !== null) return false;
  const history = appliedFixesIn(await port.readStore({ forWriting: true }));
  await port.writeValues([{ ref: fix.ref, value: fix.from }]);
  const kept = history.filter((h) => !(h.appliedAt === fix.appliedAt && h.address === fix.address && h.ref.sheet === fix.ref.sheet));
  await port.writeStore({ [STORE_FIXES]: kept.length > 0 ? JSON.stringify(kept) : null });
  return true;
}
