/**
 * An owner's indicator rows → indicators. A project (or strategy, or task) may carry several
 * indicators: on further rows, under one vertically merged name cell holding one name per line, or
 * with several names and values on separate lines of the same cells ("1) … 2) …", "4건\n2건").
 * Each value line is one slot; names are matched to slots in order. More names than slots leaves the
 * last indicators without targets (the seed's 학교 밖 청소년 급식지원 지원율); one name over several
 * slots names them all.
 */
import type { CellValue } from "../grid";
import { cellText } from "../grid";
import type { CellText, Indicator, Target } from "../plan";
import { LineTargetCell, LineTextCell, TargetCell, TextCell, type SheetColumn, type SheetColumns } from "./cells";
import { splitLines, stripBullet } from "./rowKinds";
import type { SheetView } from "./sheetView";
import { unitFromName } from "./values";

interface Slot {
  row: number;
  line: number;
  lineCount: number;
  /** The row's target cells, each split into its lines (in target-column order); null when none has two. */
  lines: string[][] | null;
}

interface Group {
  names: CellText[];
  slots: Slot[];
}

/** The columns of a segment's indicator block: the name column (null without one) and the targets, in year order. */
export interface IndicatorColumns {
  name: SheetColumn | null;
  targets: readonly SheetColumn[];
}

function anyMultiline(view: SheetView, row: number, columns: readonly SheetColumn[]): boolean {
  for (let i = 0; i < columns.length; i++) {
    const value = view.own(row, columns[i].col);
    if (typeof value === "string" && value.includes("\n")) return true;
  }
  return false;
}

function linesOf(value: CellValue): string[] {
  if (typeof value === "string") return splitLines(value);
  return value === null ? [] : [cellText(value)];
}

export function readIndicators(view: SheetView, rows: readonly number[], ownerId: string, columns: IndicatorColumns, reads: SheetColumns): Indicator[] {
  const nameColumn = columns.name;
  const targetCols = columns.targets;

  // Most owners have one row with one name and one value per target cell (the sample: 50 of 67): one
  // indicator, read without the slots and groups below.
  if (rows.length === 1) {
    const row = rows[0];
    const nameLines = linesOf(nameColumn === null ? null : view.own(row, nameColumn.col));
    const targets = nameLines.length <= 1 ? wholeCellTargets(view, row, targetCols, reads) : null;
    if (targets) {
      const nameCell = nameLines.length === 1 ? new TextCell(nameColumn as SheetColumn, row, nameLines[0]) : null;
      return [indicator(ownerId, nameCell, targets)];
    }
  }

  const groups: Group[] = [];
  let current: Group | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    // Most target cells hold one value: split them only when one of them has a line break.
    const lines = anyMultiline(view, row, targetCols) ? targetCols.map((c) => linesOf(view.own(row, c.col))) : null;
    let lineCount = 1;
    if (lines) for (let c = 0; c < lines.length; c++) if (lines[c].length > lineCount) lineCount = lines[c].length;
    const slots: Slot[] = [];
    for (let line = 0; line < lineCount; line++) slots.push({ row, line, lineCount, lines });
    const nameValue = nameColumn === null ? null : view.own(row, nameColumn.col);
    const nameLines = linesOf(nameValue);
    if (nameLines.length > 0) {
      const at = nameColumn as SheetColumn;
      const names: CellText[] = nameLines.length === 1 ? [new TextCell(at, row, nameLines[0])] : nameLines.map((raw, line) => new LineTextCell(at, row, raw, line));
      current = { names, slots };
      groups.push(current);
    } else if (current) {
      // A value row with no name of its own continues the names above it (merged or simply left blank).
      current.slots.push(...slots);
    } else {
      current = { names: [], slots };
      groups.push(current);
    }
  }

  // Sized once, as the targets below: the list is kept as the owner's indicators.
  let total = 0;
  for (let g = 0; g < groups.length; g++) total += Math.max(groups[g].names.length, groups[g].slots.length);
  const indicators = new Array<Indicator>(total);
  let k = 0;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    const count = Math.max(group.names.length, group.slots.length);
    for (let i = 0; i < count; i++) {
      const nameCell = group.names[i] ?? group.names[group.names.length - 1] ?? null;
      const slot = group.slots[i];
      // Sized once: pushed one by one, each of the plan's target lists kept room for 16 (7 MB on 50,000 projects).
      const targets: Target[] = slot ? new Array<Target>(targetCols.length) : [];
      if (slot) {
        for (let c = 0; c < targetCols.length; c++) {
          const column = targetCols[c];
          if (slot.lines && slot.lineCount > 1) {
            // Several values in one cell, one per line: this slot's line (missing lines read as empty).
            const raw = slot.lines[c][slot.line] ?? "";
            targets[c] = new LineTargetCell(slot.row, reads.target(column, raw === "" ? null : raw), slot.line);
          } else {
            targets[c] = cellTarget(view, view.own(slot.row, column.col), slot.row, column, reads);
          }
        }
      }
      indicators[k++] = indicator(ownerId, nameCell, targets);
    }
  }
  return indicators;
}

/**
 * The row's targets, one per cell, each cell read once; null when a cell holds several lines (the slots
 * above read those line by line).
 */
function wholeCellTargets(view: SheetView, row: number, targetCols: readonly SheetColumn[], reads: SheetColumns): Target[] | null {
  const targets = new Array<Target>(targetCols.length);
  for (let c = 0; c < targetCols.length; c++) {
    const column = targetCols[c];
    const value = view.own(row, column.col);
    if (typeof value === "string" && value.includes("\n")) return null;
    targets[c] = cellTarget(view, value, row, column, reads);
  }
  return targets;
}

/** The target a whole cell holds (`value`, the cell's own, with its formula if any). */
function cellTarget(view: SheetView, value: CellValue, row: number, column: SheetColumn, reads: SheetColumns): Target {
  const target = new TargetCell(row, reads.target(column, value));
  const formula = view.formula(row, column.col);
  if (formula) target.formula = formula;
  return target;
}

/** An indicator, its id given by the owner once its place is known. */
function indicator(ownerId: string, nameCell: CellText | null, targets: Target[]): Indicator {
  const name = nameCell ? stripBullet(nameCell.raw) : "";
  return { id: "", ownerId, name, nameCell, unitInName: name ? unitFromName(name) : null, targets };
}
