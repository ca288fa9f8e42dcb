/**
 * An in-memory WorkbookPort for use-case tests: the plan's sheets as a Grid, the add-in's generated
 * sheets as the GeneratedSheet data it was given, and the store as a map. readGrid returns the plan's
 * sheets followed by the generated ones as values (formula cells carry the engine's value and their
 * formula), as an adapter reads a workbook back. It holds no plan logic.
 */
import type { CellRef, CellValue, Grid, SheetGrid } from "../../../src/engine";
import type { CellRule, GeneratedCell, GeneratedSheet, HighlightMark, HighlightOutcome, ValueWrite, WorkbookPort, WrittenValue } from "../../../src/app/port";

export interface GeneratedState {
  marker: string;
  rows: GeneratedCell[][];
  /** The whole sheet as last replaced (absent for a sheet made by appendRows). */
  sheet?: GeneratedSheet;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export class MemoryPort implements WorkbookPort {
  readonly generated = new Map<string, GeneratedState>();
  readonly fills = new Map<string, string>();
  store: Record<string, string> = {};
  selected: CellRef | null = null;
  /** Every call, in order ("readGrid", "replaceSheet 요약_전략별", …). */
  readonly calls: string[] = [];

  constructor(private readonly planGrid: Grid) {}

  async readGrid(): Promise<Grid> {
    this.calls.push("readGrid");
    // Row 1 carries the marker one blank column right of the widest row, as both adapters write it.
    const generated: SheetGrid[] = [...this.generated].map(([name, state]) => ({
      name,
      values: state.rows.map((row, i) => {
        const values = Array.from(row, (cell) => (cell?.value ?? null) as CellValue);
        if (i > 0) return values;
        const width = Math.max(0, ...state.rows.map((r) => r.length));
        return [...values, ...Array<CellValue>(width + 1 - values.length).fill(null), state.marker];
      }),
      formulas: state.rows.map((row) => Array.from(row, (cell) => cell?.formula ?? null)),
      merges: [],
    }));
    return { sheets: [...clone(this.planGrid.sheets), ...generated.map(clone)] };
  }

  async highlight(marks: HighlightMark[]): Promise<HighlightOutcome> {
    this.calls.push("highlight");
    this.fills.clear();
    for (const mark of marks) this.fills.set(`${mark.ref.sheet}!${mark.ref.row},${mark.ref.col}`, mark.severity);
    return { skippedSheets: [] };
  }

  async clearHighlights(): Promise<number> {
    this.calls.push("clearHighlights");
    const count = this.fills.size;
    this.fills.clear();
    return count;
  }

  async writeValues(changes: ValueWrite[]): Promise<void> {
    this.calls.push("writeValues");
    // Any sheet, as inside Excel: a generated one too (취합 되돌리기 of 시행결과 writes the form's cells).
    // A formula is kept with the value handed in as its result (nothing is calculated here); a value clears it.
    for (const { ref, value, formula } of changes) {
      if (this.generated.has(ref.sheet)) {
        this.editGeneratedCell(ref.sheet, ref.row, ref.col, value);
        if (formula !== undefined) this.generated.get(ref.sheet)!.rows[ref.row][ref.col] = { value, formula };
        continue;
      }
      this.setPlanCell(ref.sheet, ref.row, ref.col, value);
      const sheet = this.planGrid.sheets.find((s) => s.name === ref.sheet)!;
      if (formula === undefined && !sheet.formulas?.[ref.row]?.[ref.col]) continue;
      sheet.formulas = sheet.formulas ?? [];
      while (sheet.formulas.length <= ref.row) sheet.formulas.push([]);
      sheet.formulas[ref.row][ref.col] = formula ?? null;
    }
  }

  async select(ref: CellRef): Promise<void> {
    this.calls.push("select");
    this.selected = ref;
  }

  /** Data-validation rules set on cells, last one per cell wins. */
  readonly cellRules = new Map<string, CellRule>();

  async setDataValidation(rules: CellRule[]): Promise<void> {
    this.calls.push("setDataValidation");
    for (const rule of rules) this.cellRules.set(`${rule.ref.sheet}!${rule.ref.row},${rule.ref.col}`, rule);
  }

  async replaceSheet(sheet: GeneratedSheet): Promise<void> {
    this.calls.push(`replaceSheet ${sheet.name}`);
    if (this.planGrid.sheets.some((s) => s.name === sheet.name)) throw new Error(`replaceSheet would overwrite the plan's sheet ${sheet.name}`);
    this.generated.set(sheet.name, { marker: sheet.marker, rows: clone(sheet.rows), sheet: clone(sheet) });
  }

  async appendRows(name: string, marker: string, header: GeneratedCell[], rows: GeneratedCell[][]): Promise<void> {
    this.calls.push(`appendRows ${name}`);
    if (this.planGrid.sheets.some((s) => s.name === name)) throw new Error(`appendRows would write into the plan's sheet ${name}`);
    const state = this.generated.get(name);
    if (state) state.rows.push(...clone(rows));
    else this.generated.set(name, { marker, rows: [clone(header), ...clone(rows)] });
  }

  async readStore(): Promise<Record<string, string>> {
    this.calls.push("readStore");
    return { ...this.store };
  }

  async writeStore(entries: Record<string, string | null>): Promise<void> {
    this.calls.push("writeStore");
    for (const [key, value] of Object.entries(entries)) {
      if (value === null) delete this.store[key];
      else this.store[key] = value;
    }
  }

  // ---- for tests: what a user does by hand, and save/reopen

  /** Types a value into a cell of the plan (null clears it). */
  setPlanCell(sheetName: string, row: number, col: number, value: CellValue): void {
    const sheet = this.planGrid.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`no plan sheet ${sheetName}`);
    while (sheet.values.length <= row) sheet.values.push([]);
    sheet.values[row][col] = value;
  }

  /** Types a value into a cell of a generated sheet, as a user editing the log by hand would. */
  editGeneratedCell(name: string, row: number, col: number, value: WrittenValue): void {
    const state = this.generated.get(name);
    if (!state) throw new Error(`no generated sheet ${name}`);
    while (state.rows.length <= row) state.rows.push([]);
    state.rows[row][col] = { value };
  }

  /** Replaces the plan's sheets, as a user inserting or deleting rows would change them. */
  replacePlanSheets(sheets: SheetGrid[]): void {
    this.planGrid.sheets.splice(0, this.planGrid.sheets.length, ...clone(sheets));
  }

  /** The plan's own sheets, as they are now. */
  get planSheets(): readonly SheetGrid[] {
    return this.planGrid.sheets;
  }

  /** The workbook saved and opened again: everything that is kept is JSON. */
  reopen(): MemoryPort {
    const copy = new MemoryPort(clone(this.planGrid));
    for (const [name, state] of this.generated) copy.generated.set(name, clone(state));
    copy.store = clone(this.store);
    return copy;
  }
}
