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
 * (columns.targets) per indicator, each indicator keeping where its own starts.
 */
export function readIndicators(
  view: SheetView,
  rows: readonly number[],
  rowCount: number,
  ownerId: string,
  columns: IndicatorColumns,
  store: ReadRows<TargetRead>,
): ReadIndicator[] {
  const nameColumn = columns.name;
  const targetCols = columns.targets;

  // Most owners have one row with one name and one value per target cell (the sample: 50 of 67): one
  // indicator, read without the slots and groups below.
  if (rowCount === 1) {
    const row = rows[0];
    const name = onlyLine(nameColumn === null ? null : view.own(row, nameColumn.col));
    const at = name !== undefined ? wholeCellTargets(view, row, targetCols, store) : -1;
    if (at >= 0) {
      const nameCell = name === null || name === undefined ? null : new TextCell(nameColumn as SheetColumn, row, name);
      return [new ReadIndicator(ownerId, nameCell, store, at, targetCols.length, row, -1)];
    }
  }

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
        indicators[k++] = new ReadIndicator(ownerId, nameCell, store, 0, 0, 0, -1);
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
      indicators[k++] = new ReadIndicator(ownerId, nameCell, store, at, targetCols.length, slot.row, line);
    }
  }
  return indicators;
}

/**
 * The row's targets, one per cell, each cell read once, added to the store: where they start; -1 when a cell holds
 * several lines (the slots above read those line by line), nothing added.
 */
function wholeCellTargets(view: SheetView, row: number, targetCols: readonly SheetColumn[], store: ReadRows<TargetRead>): number {
  for (let c = 0; c < targetCols.length; c++) {
    const value = view.own(row, targetCols[c].col);
    if (typeof value === "string" && value.includes("\n")) return -1;
  }
  const at = store.count;
  for (let c = 0; c < targetCols.length; c++) {
    const column = targetCols[c];
    store.add(readTarget(view.own(row, column.col)), view.formula(row, column.col));
  }
  return at;
}

/**
 * An indicator as the reader makes it: its targets are `count` reads from `at` in the segment's store, their cells
 * made when asked for (`line` ≥ 0: that line of each cell). The owner gives its place once known.
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
  /** The indicator's place among its owner's, from 1 (0: not given yet); the id is made of it when asked for. */
  [PLACE]: number;
  readonly [STORE]: ReadRows<TargetRead>;
  readonly [AT]: number;
  readonly [COUNT]: number;
  readonly [ROW]: number;
  readonly [LINE]: number;

  constructor(
    readonly ownerId: string,
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
    this[PLACE] = 0;
    this[STORE] = store;
    this[AT] = at;
    this[COUNT] = count;
    this[ROW] = row;
    this[LINE] = line;
    // One call per accessor: Object.defineProperties with a map of them cost three times as much per object.
    Object.defineProperty(this, "id", INDICATOR_ID);
    Object.defineProperty(this, "targets", INDICATOR_TARGETS);
  }

  /** Its place among its owner's indicators, from 1. */
  givePlace(place: number): void {
    this[PLACE] = place;
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
