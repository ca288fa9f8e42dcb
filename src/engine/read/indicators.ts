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
import { LineTextCell, targetCellsAt, TextCell, type ReadRows, type SheetColumn, type TargetRead } from "./cells";
import { splitLines, stripBullet } from "./rowKinds";
import type { SheetView } from "./sheetView";
import { readTarget, unitFromName } from "./values";

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

/** The one line of linesOf(value) ("" counts), null for none, undefined for several: without a list for the one line most cells hold. */
function onlyLine(value: CellValue): string | null | undefined {
  if (typeof value !== "string") return value === null ? null : cellText(value);
  if (value.includes("\n")) {
    const lines = splitLines(value);
    return lines.length === 0 ? null : lines.length === 1 ? lines[0] : undefined;
  }
  const line = value.trim();
  return line === "" ? null : line;
}

/**
 * Reads the owner's indicators; their targets' reads go to `store` (the segment's), one run in its columns' order
 * (columns.targets) per indicator, each indicator keeping where its own starts. `place`: the first one's place among
 * the owner's indicators, from 1 (the owner's count so far, plus one).
 */
export function readIndicators(
  view: SheetView,
  rows: readonly number[],
  rowCount: number,
  ownerId: string,
  columns: IndicatorColumns,
  store: ReadRows<TargetRead>,
  place: number,
): ReadIndicator[] {
  const nameColumn = columns.name;
  const targetCols = columns.targets;

  // Most owners' rows each hold one name or none and one value per target cell (the sample: 54 of 63 owners): one
  // indicator per row, a row without a name under the name above it, read without the slots and groups below.
  if (wholeCellRows(view, rows, rowCount, nameColumn, targetCols)) {
    const indicators = new Array<ReadIndicator>(rowCount);
    let nameCell: TextCell | null = null;
    for (let r = 0; r < rowCount; r++) {
      const row = rows[r];
      const name = nameColumn === null ? null : onlyLine(view.own(row, nameColumn.col));
      // The rows below a name and without their own are its further indicators: the one name cell for all, as a group's.
      if (name !== null && name !== undefined) nameCell = new TextCell(nameColumn as SheetColumn, row, name);
      const at = store.count;
      for (let c = 0; c < targetCols.length; c++) {
        const col = targetCols[c].col;
        store.add(readTarget(view.own(row, col)), view.formula(row, col));
      }
      indicators[r] = new ReadIndicator(ownerId, place + r, nameCell, store, at, targetCols.length, row, -1);
    }
    return indicators;
  }
  return readGroups(view, rows, rowCount, ownerId, columns, store, place);
}

/**
 * readIndicators of an owner whose rows hold several names or values on separate lines of a cell: in slots and
 * groups. A function of its own: the few owners reaching it (the sample: 9 of 63) leave the common path's compiled
 * code without its sites, which they reached too seldom to have told it what they see (a deopt each time one came).
 */
function readGroups(
  view: SheetView,
  rows: readonly number[],
  rowCount: number,
  ownerId: string,
  columns: IndicatorColumns,
  store: ReadRows<TargetRead>,
  place: number,
): ReadIndicator[] {
  const nameColumn = columns.name;
  const targetCols = columns.targets;
  const groups: Group[] = [];
  let current: Group | null = null;
  for (let r = 0; r < rowCount; r++) {
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
  const indicators = new Array<ReadIndicator>(total);
  let k = 0;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    const count = Math.max(group.names.length, group.slots.length);
    for (let i = 0; i < count; i++) {
      const nameCell = group.names[i] ?? group.names[group.names.length - 1] ?? null;
      const slot = group.slots[i];
      if (!slot) {
        indicators[k] = new ReadIndicator(ownerId, place + k, nameCell, store, 0, 0, 0, -1);
        k++;
        continue;
      }
      // Several values in one cell, one per line: this slot's line of each (missing lines read as empty).
      const line = slot.lines && slot.lineCount > 1 ? slot.line : -1;
      const at = store.count;
      for (let c = 0; c < targetCols.length; c++) {
        const column = targetCols[c];
        if (line >= 0) {
          const raw = (slot.lines as string[][])[c][line] ?? "";
          store.add(readTarget(raw === "" ? null : raw), null);
        } else {
          store.add(readTarget(view.own(slot.row, column.col)), view.formula(slot.row, column.col));
        }
      }
      indicators[k] = new ReadIndicator(ownerId, place + k, nameCell, store, at, targetCols.length, slot.row, line);
      k++;
    }
  }
  return indicators;
}

/**
 * Whether every row's name cell holds one line or none and no target cell several: the rows read as one indicator
 * each (a slot per row, a group per named row, as below).
 */
function wholeCellRows(view: SheetView, rows: readonly number[], rowCount: number, nameColumn: SheetColumn | null, targetCols: readonly SheetColumn[]): boolean {
  for (let r = 0; r < rowCount; r++) {
    const row = rows[r];
    if (anyMultiline(view, row, targetCols)) return false;
    if (nameColumn !== null && onlyLine(view.own(row, nameColumn.col)) === undefined) return false;
  }
  return true;
}

/**
 * An indicator as the reader makes it: its targets are `count` reads from `at` in the segment's store, their cells
 * made when asked for (`line` ≥ 0: that line of each cell), its id from its owner's and its place.
 * The Indicator type is unchanged: indicators built by hand are plain objects. What the reader keeps to make the id
 * and targets on ask is under symbols: the indicator's keys, a spread copy's string keys and its JSON are the
 * Indicator's fields and nothing else.
 */
const PLACE = Symbol("place");
const STORE = Symbol("store");
const AT = Symbol("at");
const COUNT = Symbol("count");
const ROW = Symbol("row");
const LINE = Symbol("line");

export class ReadIndicator implements Indicator {
  readonly name: string;
  readonly unitInName: string | null;
  declare readonly id: string;
  declare readonly targets: Target[];
  /** The indicator's place among its owner's, from 1; the id is made of it when asked for. */
  readonly [PLACE]: number;
  readonly [STORE]: ReadRows<TargetRead>;
  readonly [AT]: number;
  readonly [COUNT]: number;
  readonly [ROW]: number;
  readonly [LINE]: number;

  constructor(
    readonly ownerId: string,
    place: number,
    readonly nameCell: CellText | null,
    store: ReadRows<TargetRead>,
    at: number,
    count: number,
    row: number,
    line: number,
  ) {
    const name = nameCell ? stripBullet(nameCell.raw) : "";
    this.name = name;
    this.unitInName = name ? unitFromName(name) : null;
    this[PLACE] = place;
    this[STORE] = store;
    this[AT] = at;
    this[COUNT] = count;
    this[ROW] = row;
    this[LINE] = line;
    // One call per accessor: Object.defineProperties with a map of them cost three times as much per object.
    Object.defineProperty(this, "id", INDICATOR_ID);
    Object.defineProperty(this, "targets", INDICATOR_TARGETS);
  }
}

/**
 * A read indicator's id (`${ownerId}/i${place}`: a string kept per indicator was 2.4 MB of the 50,000-row plan) and
 * targets, made at each ask. Own, enumerable accessors (one descriptor shared by all: no memory per indicator), so
 * that a copy made by spreading an indicator has them, as it had when they were fields.
 */
const INDICATOR_ID: PropertyDescriptor = {
  enumerable: true,
  get(this: ReadIndicator): string {
    return `${this.ownerId}/i${this[PLACE]}`;
  },
};
const INDICATOR_TARGETS: PropertyDescriptor = {
  enumerable: true,
  get(this: ReadIndicator): Target[] {
    return targetCellsAt(this[STORE], this[AT], this[COUNT], this[ROW], this[LINE]);
  },
};
