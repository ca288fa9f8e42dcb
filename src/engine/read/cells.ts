/**
 * The plan's cells as the reader makes them. A plan keeps an object for every cell it reads (the 50,000-row
 * plan: 940,000), and a `{sheet, row, col}` object beside each was a third of the plan's heap. So a cell keeps
 * its place as its row and the column it shares with the cells above and below it, and makes the CellRef when
 * a rule asks for `ref` (each time a new, equal object: nothing compares refs by identity). A flag cell reaches its
 * column through its read (the column's text and parse, shared by the column's cells holding the same value): one
 * field for place, text and parse. A target's or budget's read is the value's (readTarget, readBudget: shared by
 * every cell holding that value) and its column is its place in its row's run (ReadRows). A target's or budget's
 * `year` is its column's.
 * The reader keeps no target, budget or flag cell at all: their reads, row after row (ReadRows), and the cells made
 * each time a rule asks (budgetCellsAt, targetCellsAt; readPlan's ReadProject and ProjectFlags, indicators.ts's
 * ReadIndicator). The Plan's types are unchanged: plans built by hand with plain objects read the same.
 */
import type { CellRef, CellValue } from "../grid";
import type { Budget, BudgetValue, CellText, Flag, FlagState, Target, TargetValue } from "../plan";
import { readFlagText, readTarget, type BudgetRead, type TargetRead } from "./values";

export type { BudgetRead, TargetRead };

/** One column of one sheet, shared by the cells read from it; `year` is a target or budget column's year (0 for others). */
export class SheetColumn {
  constructor(
    readonly sheet: string,
    readonly col: number,
    readonly year: number,
  ) {}
}

/** The read of an empty target cell (no value at all; readTarget gives it for null alone): a formula cell with it was saved without its result. */
const NO_VALUE_TARGET = readTarget(null);

/** A flag cell's column, text and classification (readFlagText), shared as a target's. */
export class FlagRead {
  constructor(
    readonly column: SheetColumn,
    readonly raw: string,
    readonly state: FlagState,
    readonly exact: boolean,
  ) {
    Object.freeze(this);
  }
}

/** A column's reads by value, dropped when it grows past this (as text.ts remembered's): a column of all-different values keeps no memo. */
const MEMO_LIMIT = 20_000;

/**
 * A sheet's columns, each made once, and each flag column's reads by text. The memos live here, not on the column:
 * the plan keeps its columns (through its cells), not this. A target's or budget's read needs no column: it is
 * readTarget's or readBudget's, shared by every cell of every column holding the value (a memo per column, and a
 * read made per column and value, were a tenth of a small plan's read).
 */
export class SheetColumns {
  private readonly byCol: (SheetColumn | undefined)[] = [];
  private readonly flags: (Map<string, FlagRead> | undefined)[] = [];

  /** `years`: the year of each target and budget column. */
  constructor(
    readonly sheet: string,
    private readonly years: ReadonlyMap<number, number>,
  ) {}

  at(col: number): SheetColumn {
    return (this.byCol[col] ??= new SheetColumn(this.sheet, col, this.years.get(col) ?? 0));
  }

  /** readFlagText of the text, with its column. */
  flag(column: SheetColumn, text: string): FlagRead {
    return memoized(this.flags, column, text, flagRead);
  }
}

/** The read of `key` in `column` from that column's memo, made by `read` the first time (a module function: no closure per cell). */
function memoized<K, R>(memos: (Map<K, R> | undefined)[], column: SheetColumn, key: K, read: (column: SheetColumn, key: K) => R): R {
  const memo = (memos[column.col] ??= new Map());
  let known = memo.get(key);
  if (known === undefined) {
    known = read(column, key);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, known);
  }
  return known;
}

function flagRead(column: SheetColumn, text: string): FlagRead {
  const flag = readFlagText(text);
  return new FlagRead(column, flag.raw, flag.state, flag.exact);
}

/** Reads per page of a ReadRows: a page stays an ordinary young object (a list of 2,048 pointers is 16 KB). */
const PAGE_BITS = 11;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;

/**
 * A segment's target or budget reads, row after row, in one list: a project's budgets and an indicator's targets
 * are a start in it, one read for each of `columns` in turn (a run), and their cells are made when asked for (see
 * budgetCellsAt, targetCellsAt). An object per cell, and a list per
 * project and indicator, kept for the whole run were most of the 50,000-row plan's heap, and what every
 * young-generation collection copied. Kept in pages of a fixed size, not one array: an array pushed past 16,384
 * entries lives in the large-object space and is copied whole each time it grows (the 50,000-row plan adds 630,000
 * reads; 560,000 pushes took 50 ms of CPU where filling pages took 2.5).
 */
export class ReadRows<R> {
  private readonly pages: R[][] = [];

  /** `columns`: the segment's target (or budget) columns in year order, the column of each read of a run. */
  constructor(readonly columns: readonly SheetColumn[]) {}

  /** How many reads were added: the place the next one takes. */
  count = 0;
  /** The formulas, by place, of the cells that have one (most plans: none). */
  private formulas: Map<number, string> | null = null;

  /** Adds a cell's read (and formula), returning its place. */
  add(read: R, formula: string | null): number {
    const at = this.count;
    if (formula !== null) (this.formulas ??= new Map()).set(at, formula);
    const slot = at & PAGE_MASK;
    if (slot === 0) this.pages.push(new Array<R>(PAGE_SIZE));
    this.pages[at >> PAGE_BITS][slot] = read;
    this.count = at + 1;
    return at;
  }

  /** The read at a place add returned. */
  readAt(at: number): R {
    return this.pages[at >> PAGE_BITS][at & PAGE_MASK];
  }

  formulaAt(at: number): string | null {
    return this.formulas === null ? null : (this.formulas.get(at) ?? null);
  }
}

/** Budget cells `count` reads from `at` on `row`, made anew at each call (nothing compares cells by identity). */
export function budgetCellsAt(rows: ReadRows<BudgetRead>, at: number, count: number, row: number): Budget[] {
  const budgets = new Array<Budget>(count);
  for (let i = 0; i < count; i++) {
    const formula = rows.formulaAt(at + i);
    const read = rows.readAt(at + i);
    const column = rows.columns[i];
    budgets[i] = formula === null ? new BudgetCell(row, column, read) : new FormulaBudgetCell(row, column, read, formula);
  }
  return budgets;
}

/** Target cells `count` reads from `at` on `row`: whole cells with their formulas, or one line of each (`line` ≥ 0). */
export function targetCellsAt(rows: ReadRows<TargetRead>, at: number, count: number, row: number, line: number): Target[] {
  const targets = new Array<Target>(count);
  for (let i = 0; i < count; i++) {
    const read = rows.readAt(at + i);
    const column = rows.columns[i];
    if (line >= 0) {
      targets[i] = new LineTargetCell(row, column, read, line);
      continue;
    }
    const target = new TargetCell(row, column, read);
    const formula = rows.formulaAt(at + i);
    if (formula) {
      target.formula = formula;
      if (read === NO_VALUE_TARGET) target.uncomputed = true;
    }
    targets[i] = target;
  }
  return targets;
}

/**
 * A cell's place. Each kind of cell below takes column and row itself, leaving this class its default
 * constructor, which V8 skips: a cell is made by one constructor call, not two (a call per cell the plan reads).
 */
abstract class PlacedCell {
  abstract readonly column: SheetColumn;
  abstract readonly row: number;

  get ref(): CellRef {
    const column = this.column;
    return { sheet: column.sheet, row: this.row, col: column.col };
  }
}

export class TextCell extends PlacedCell implements CellText {
  constructor(
    readonly column: SheetColumn,
    readonly row: number,
    readonly raw: string,
  ) {
    super();
  }
}

/** One line of a cell holding several values on separate lines. */
export class LineTextCell extends TextCell {
  constructor(
    column: SheetColumn,
    row: number,
    raw: string,
    readonly line: number,
  ) {
    super(column, row, raw);
  }
}

/** A target cell; `read` is its text and parse, shared by the cells holding the same value. */
export class TargetCell extends PlacedCell implements Target {
  /** Set only on a cell with a formula, and on a line of a cell holding several (LineTargetCell). */
  declare formula?: string;
  declare uncomputed?: true;
  declare line?: number;

  constructor(
    readonly row: number,
    readonly column: SheetColumn,
    private readonly read: TargetRead,
  ) {
    super();
  }

  get raw(): string {
    return this.read.raw;
  }

  get value(): TargetValue {
    return this.read.value;
  }

  get year(): number {
    return this.column.year;
  }
}

export class LineTargetCell extends TargetCell {
  declare line: number;

  constructor(row: number, column: SheetColumn, read: TargetRead, line: number) {
    super(row, column, read);
    this.line = line;
  }
}

/** A budget cell: its value and parse shared as a target's; the formula only on FormulaBudgetCell. */
export class BudgetCell extends PlacedCell implements Budget {
  constructor(
    readonly row: number,
    readonly column: SheetColumn,
    private readonly read: BudgetRead,
  ) {
    super();
  }

  get raw(): CellValue {
    return this.read.raw;
  }

  get value(): BudgetValue {
    return this.read.value;
  }

  get formula(): string | null {
    return null;
  }

  get year(): number {
    return this.column.year;
  }
}

/** A budget cell holding a formula (most hold none: the field is kept only here). */
export class FormulaBudgetCell extends BudgetCell {
  constructor(
    row: number,
    column: SheetColumn,
    read: BudgetRead,
    private readonly cellFormula: string,
  ) {
    super(row, column, read);
  }

  override get formula(): string {
    return this.cellFormula;
  }
}

/** A flag cell; `read` is its column, text and classification, shared by the column's flag cells holding that text. */
export class FlagCell extends PlacedCell implements Flag {
  constructor(
    readonly row: number,
    private readonly read: FlagRead,
  ) {
    super();
  }

  get column(): SheetColumn {
    return this.read.column;
  }

  get raw(): string {
    return this.read.raw;
  }

  get state(): FlagState {
    return this.read.state;
  }

  get exact(): boolean {
    return this.read.exact;
  }

  get formula(): string | undefined {
    return undefined;
  }
}

/** A flag cell holding a formula (almost none do: the field is kept only here, as a budget's). */
export class FormulaFlagCell extends FlagCell {
  constructor(
    row: number,
    read: FlagRead,
    private readonly cellFormula: string,
  ) {
    super(row, read);
  }

  override get formula(): string {
    return this.cellFormula;
  }
}

/**
 * The key flag of a plan without a 중점 column, read from the project's name ("(중점추진) 사업명"): the name cell
 * (read's column), its raw the name's text (or "" when the name has no marker), its state that of ○ (or ×).
 */
export class NameKeyFlagCell extends FlagCell {
  readonly from = "name" as const;

  constructor(
    row: number,
    private readonly nameText: string,
    read: FlagRead,
  ) {
    super(row, read);
  }

  override get raw(): string {
    return this.nameText;
  }
}
