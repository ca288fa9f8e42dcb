/**
 * The plan's cells as the reader makes them. A plan keeps an object for every cell it reads (the 50,000-row
 * plan: 940,000), and a `{sheet, row, col}` object beside each was a third of the plan's heap. So a cell keeps
 * its place as two fields, the column it shares with the cells above and below it and its row, and makes the
 * CellRef when a rule asks for `ref` (each time a new, equal object: nothing compares refs by identity).
 * A target's or budget's `year` is its column's. The Plan's types are unchanged: plans built by hand with
 * plain objects read the same.
 */
import type { CellRef, CellValue } from "../grid";
import type { Budget, BudgetValue, CellText, Flag, FlagState, Target, TargetValue } from "../plan";
import type { BudgetRead, FlagRead, TargetRead } from "./values";

/** One column of one sheet, shared by the cells read from it; `year` is a target or budget column's year (0 for others). */
export class SheetColumn {
  constructor(
    readonly sheet: string,
    readonly col: number,
    readonly year: number,
  ) {}
}

/** A sheet's columns, each made once. */
export class SheetColumns {
  private readonly byCol: (SheetColumn | undefined)[] = [];

  /** `years`: the year of each target and budget column. */
  constructor(
    readonly sheet: string,
    private readonly years: ReadonlyMap<number, number>,
  ) {}

  at(col: number): SheetColumn {
    return (this.byCol[col] ??= new SheetColumn(this.sheet, col, this.years.get(col) ?? 0));
  }
}

/**
 * A cell's place. Each kind of cell below takes column and row itself, leaving this class its default
 * constructor, which V8 skips: a cell is made by one constructor call, not two (a call per cell the plan reads).
 */
abstract class PlacedCell {
  abstract readonly column: SheetColumn;
  abstract readonly row: number;

  get ref(): CellRef {
    return { sheet: this.column.sheet, row: this.row, col: this.column.col };
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

/**
 * A target cell; `read` is its text and parse (readTarget), shared by the cells holding the same value, so raw and
 * value cost the cell one field.
 */
export class TargetCell extends PlacedCell implements Target {
  /** Set only on a cell with a formula, and on a line of a cell holding several (LineTargetCell). */
  declare formula?: string;
  declare line?: number;

  constructor(
    readonly column: SheetColumn,
    readonly row: number,
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

  constructor(column: SheetColumn, row: number, read: TargetRead, line: number) {
    super(column, row, read);
    this.line = line;
  }
}

/** A budget cell: its value and parse shared as a target's (readBudget); the formula only on FormulaBudgetCell. */
export class BudgetCell extends PlacedCell implements Budget {
  constructor(
    readonly column: SheetColumn,
    readonly row: number,
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
    column: SheetColumn,
    row: number,
    read: BudgetRead,
    private readonly cellFormula: string,
  ) {
    super(column, row, read);
  }

  override get formula(): string {
    return this.cellFormula;
  }
}

/** A flag cell; `read` is its text and classification (readFlagText), shared by the flag cells holding that text. */
export class FlagCell extends PlacedCell implements Flag {
  constructor(
    readonly column: SheetColumn,
    readonly row: number,
    private readonly read: FlagRead,
  ) {
    super();
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
    column: SheetColumn,
    row: number,
    read: FlagRead,
    private readonly cellFormula: string,
  ) {
    super(column, row, read);
  }

  override get formula(): string {
    return this.cellFormula;
  }
}

/**
 * The key flag of a plan without a 중점 column, read from the project's name ("(중점추진) 사업명"): the name cell,
 * its raw the name's text (or "" when the name has no marker), its state that of ○ (or ×).
 */
export class NameKeyFlagCell extends FlagCell {
  readonly from = "name" as const;

  constructor(
    column: SheetColumn,
    row: number,
    private readonly nameText: string,
    read: FlagRead,
  ) {
    super(column, row, read);
  }

  override get raw(): string {
    return this.nameText;
  }
}
