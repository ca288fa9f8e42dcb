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

abstract class PlacedCell {
  constructor(
    readonly column: SheetColumn,
    readonly row: number,
  ) {}

  get ref(): CellRef {
    return { sheet: this.column.sheet, row: this.row, col: this.column.col };
  }
}

export class TextCell extends PlacedCell implements CellText {
  constructor(
    column: SheetColumn,
    row: number,
    readonly raw: string,
  ) {
    super(column, row);
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

export class TargetCell extends PlacedCell implements Target {
  /** Set only on a cell with a formula, and on a line of a cell holding several (LineTargetCell). */
  declare formula?: string;
  declare line?: number;

  constructor(
    column: SheetColumn,
    row: number,
    readonly raw: string,
    readonly value: TargetValue,
  ) {
    super(column, row);
  }

  get year(): number {
    return this.column.year;
  }
}

export class LineTargetCell extends TargetCell {
  declare line: number;

  constructor(column: SheetColumn, row: number, raw: string, value: TargetValue, line: number) {
    super(column, row, raw, value);
    this.line = line;
  }
}

export class BudgetCell extends PlacedCell implements Budget {
  constructor(
    column: SheetColumn,
    row: number,
    readonly raw: CellValue,
    readonly value: BudgetValue,
    readonly formula: string | null,
  ) {
    super(column, row);
  }

  get year(): number {
    return this.column.year;
  }
}

/** A flag cell; `kind` is the shared answer of classifyFlagText for its text. */
export class FlagCell extends PlacedCell implements Flag {
  constructor(
    column: SheetColumn,
    row: number,
    readonly raw: string,
    private readonly kind: Readonly<{ state: FlagState; exact: boolean }>,
  ) {
    super(column, row);
  }

  get state(): FlagState {
    return this.kind.state;
  }

  get exact(): boolean {
    return this.kind.exact;
  }
}

/** The key flag of a plan without a 중점 column, read from the project's name ("(중점추진) 사업명"): the name cell. */
export class NameKeyFlagCell extends FlagCell {
  readonly from = "name" as const;
}
