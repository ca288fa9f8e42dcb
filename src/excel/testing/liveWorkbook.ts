/**
 * A workbook that lives across Excel.run batches, for testing the use cases (src/app) through the
 * Office.js port: what one batch writes, the next one reads.
 *
 * The state is a plain model (sheets of cells: value or formula, number format, fill, data validation;
 * merges; visibility; charts). Each `run` builds a fresh office-addin-mock tree from the model with
 * workbookMock (./excelMock.ts) — as Excel gives each Excel.run a fresh context — runs the batch, counts
 * its context.sync calls, and folds what the batch wrote back into the model:
 *   - sheets added through worksheets.add (RecordingSheets: renamed, positioned, very hidden, charts…);
 *   - sheets deleted (Worksheet.delete), a used range cleared (the store's Range.clear());
 *   - writes to an existing sheet's ranges (getRangeByIndexes, getRange: its RecordingSheet);
 *   - writes to its cells (getCell: lazily made office-addin-mock cells — `lazyCells` — whose values,
 *     numberFormat, fill (colour, pattern, clear()), hyperlink and dataValidation are compared with
 *     what they were built from).
 * A value written goes through Excel's reading of typed input (`enter`): "=…" becomes a formula unless the
 * cell is formatted "@". A formula cell reads back with no value (nothing is calculated here). A batch
 * that throws is taken as having written nothing (the adapter writes only at its last sync).
 *
 * Every write is also logged (`writes`), with the batch it came from, so a test can say which cells a use
 * case touched and that it touched nothing else.
 */
import { toA1 } from "../../engine/a1";
import type { CellValue, Grid, MergedArea } from "../../engine/grid";
import type { WorkbookPort } from "../../app/port";
import { SHEETS } from "../../app/port";
import { storeFromRows } from "../../app/conventions";
import type { ExcelRun } from "../context";
import { enter, workbookMock, type CellSpec, type RecordedCell, type RecordedChart, type RecordingSheet, type SheetSpec, type WorkbookMock } from "./excelMock";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface LiveFill {
  color: string;
  pattern: string;
  patternColor: string;
}

export interface LiveValidation {
  rule: unknown;
  ignoreBlanks?: boolean;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface LiveCell {
  /** What Excel holds: a number, text, a boolean, an error ({error}) — absent or null when empty. */
  value?: CellValue;
  formula?: string;
  numberFormat?: string;
  /** Absent: no fill. */
  fill?: LiveFill;
  dataValidation?: LiveValidation;
  hyperlink?: RecordedCell["hyperlink"];
  bold?: boolean;
  wrap?: boolean;
  fontColor?: string;
  fontSize?: number;
}

export interface LiveSheet {
  name: string;
  visibility: string;
  cells: Map<string, LiveCell>;
  merges: MergedArea[];
  charts: RecordedChart[];
  frozenRows?: number;
  columnWidths: Map<string, number>;
}

export type WriteKind = "value" | "numberFormat" | "fill" | "clearFill" | "format" | "hyperlink" | "validation" | "clear";

export interface LiveWrite {
  /** Index into `runs`. */
  run: number;
  sheet: string;
  row: number;
  col: number;
  kind: WriteKind;
}

export interface LiveRunRecord {
  syncs: number;
  added: string[];
  deleted: string[];
}

const NO_FILL: LiveFill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };
const ERROR_STRINGS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function parseKey(k: string): [number, number] {
  const [row, col] = k.split(",").map(Number);
  return [row, col];
}

function hasContent(cell: LiveCell | undefined): boolean {
  return !!cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== null && cell.value !== ""));
}

function isError(value: unknown): value is { error: string } {
  return typeof value === "object" && value !== null && typeof (value as { error?: unknown }).error === "string";
}

/** A value as Office.js `values` reports it, with its valueTypes entry. */
function excelRead(cell: LiveCell | undefined): { value: unknown; type: string } {
  if (!cell || !hasContent(cell)) return { value: "", type: "Empty" };
  const value = cell.value;
  if (cell.formula !== undefined && (value === undefined || value === null)) return { value: "", type: "Empty" };
  if (isError(value)) return { value: value.error, type: "Error" };
  if (typeof value === "number") return { value, type: "Double" };
  if (typeof value === "boolean") return { value, type: "Boolean" };
  return { value: String(value), type: "String" };
}

function written(value: unknown): boolean {
  return value !== undefined && !(typeof value === "string" && ERROR_STRINGS.has(value));
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export class LiveWorkbook {
  sheets: LiveSheet[];
  active: string;
  /** context.sync calls over every batch so far. */
  syncs = 0;
  readonly runs: LiveRunRecord[] = [];
  readonly writes: LiveWrite[] = [];
  /** The cell last selected (Range.select). */
  selected: { sheet: string; row: number; col: number } | null = null;

  constructor(sheets: LiveSheet[], active?: string) {
    this.sheets = sheets;
    this.active = active ?? sheets[0]?.name ?? "";
  }

  /** A workbook holding exactly the grid's sheets (values, formulas, merges), unformatted. */
  static fromGrid(grid: Grid): LiveWorkbook {
    return new LiveWorkbook(
      grid.sheets.map((g) => {
        const cells = new Map<string, LiveCell>();
        g.values.forEach((line, r) =>
          line.forEach((value, c) => {
            if (value !== null && value !== undefined) cells.set(key(r, c), { value });
          }),
        );
        g.formulas?.forEach((line, r) =>
          line.forEach((formula, c) => {
            if (!formula) return;
            const cell = cells.get(key(r, c)) ?? {};
            cell.formula = formula;
            cells.set(key(r, c), cell);
          }),
        );
        return { name: g.name, visibility: "Visible", cells, merges: g.merges.map((m) => ({ ...m })), charts: [], columnWidths: new Map() };
      }),
    );
  }

  // ---- the Excel.run stand-in

  readonly run: ExcelRun = async (batch) => {
    const lazy = new Map<string, Map<string, CellSpec>>();
    const wb = workbookMock(
      this.sheets.map((sheet, position) => this.spec(sheet, position, lazy)),
      { active: this.active },
    );
    const record: LiveRunRecord = { syncs: 0, added: [], deleted: [] };
    this.runs.push(record);
    const context = wb.context as unknown as { sync(): Promise<void> };
    const sync = context.sync.bind(context);
    context.sync = async () => {
      record.syncs++;
      this.syncs++;
      await sync();
    };
    const result = await wb.run(batch);
    this.harvest(wb, lazy, record, this.runs.length - 1);
    return result;
  };

  private spec(sheet: LiveSheet, position: number, lazy: Map<string, Map<string, CellSpec>>): SheetSpec {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of sheet.cells) {
      if (!hasContent(cell)) continue;
      const [r, c] = parseKey(k);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    const created = new Map<string, CellSpec>();
    lazy.set(sheet.name, created);
    const spec: SheetSpec = {
      name: sheet.name,
      position,
      merges: sheet.merges.map((m) => `${quoteSheet(sheet.name)}!${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`),
      blockReads: [],
      lazyCells: (row, col) => {
        const cell = sheet.cells.get(key(row, col));
        const made: CellSpec = { numberFormat: cell?.numberFormat ?? "General", fill: { ...(cell?.fill ?? NO_FILL) } };
        created.set(key(row, col), made);
        return made;
      },
    };
    if (bottom < 0) {
      // An empty sheet: Excel's used range is A1 alone.
      spec.used = { rowIndex: 0, columnIndex: 0, values: [[""]] };
      return spec;
    }
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const valueTypes: string[][] = [];
    const numberFormat: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      const v: unknown[] = [];
      const f: unknown[] = [];
      const t: string[] = [];
      const n: string[] = [];
      for (let c = left; c <= right; c++) {
        const cell = sheet.cells.get(key(r, c));
        const read = excelRead(cell);
        v.push(read.value);
        t.push(read.type);
        f.push(cell?.formula ?? read.value);
        n.push(cell?.numberFormat ?? "General");
      }
      values.push(v);
      formulas.push(f);
      valueTypes.push(t);
      numberFormat.push(n);
    }
    spec.used = { rowIndex: top, columnIndex: left, values, formulas, valueTypes, numberFormat };
    // getUsedRangeOrNullObject(true) is modelled from row 1 (rowIndex 0): rows 0..bottom, columns 0..right.
    spec.usedValues = Array.from({ length: bottom + 1 }, (_, r) => Array.from({ length: right + 1 }, (_, c) => excelRead(sheet.cells.get(key(r, c))).value));
    if (top === 0) spec.firstRow = spec.usedValues[0];
    return spec;
  }

  // ---- folding a batch's writes back into the model

  private harvest(wb: WorkbookMock, lazy: Map<string, Map<string, CellSpec>>, record: LiveRunRecord, run: number): void {
    const log = (sheet: string, row: number, col: number, kind: WriteKind) => this.writes.push({ run, sheet, row, col, kind });
    const deleted = new Set<string>();

    for (const sheet of this.sheets) {
      const mock = wb.sheet(sheet.name);
      // The used range cleared (Range.clear(): contents and formats): that is every cell of the model's sheet.
      if (mock.usedValues?.clear?.mock?.calls.length > 0) {
        for (const k of [...sheet.cells.keys()]) {
          const [r, c] = parseKey(k);
          sheet.cells.delete(k);
          log(sheet.name, r, c, "clear");
        }
      }
      this.applyRecorded(sheet, wb.writes(sheet.name), log);
      for (const [k, made] of lazy.get(sheet.name) ?? []) {
        const [r, c] = parseKey(k);
        this.applyCellMock(sheet, r, c, made, mock[`cell_${r}_${c}`], log);
      }
      if (mock.activate.mock.calls.length > 0) this.active = sheet.name;
      if (mock.delete.mock.calls.length > 0) deleted.add(sheet.name);
    }

    const kept = this.sheets.filter((s) => !deleted.has(s.name));
    record.deleted.push(...deleted);
    for (const recording of wb.added) {
      if (recording.deleted) continue;
      const sheet: LiveSheet = {
        name: recording.name,
        visibility: recording.visibility ?? "Visible",
        cells: new Map(),
        merges: [],
        charts: [...recording.recordedCharts],
        frozenRows: recording.frozenRows,
        columnWidths: new Map(recording.columnWidths),
      };
      this.applyRecorded(sheet, recording, log);
      const at = recording.position ?? kept.length;
      kept.splice(Math.min(at, kept.length), 0, sheet);
      record.added.push(sheet.name);
      if (recording.activated) this.active = sheet.name;
    }
    const names = kept.map((s) => s.name.toLowerCase());
    const clash = names.find((n, i) => names.indexOf(n) !== i);
    if (clash) throw new Error(`Excel would refuse this batch: two sheets named ${clash}`);
    this.sheets = kept;
  }

  /** Writes recorded on a RecordingSheet (a new sheet, or an existing sheet's ranges) → the model. */
  private applyRecorded(sheet: LiveSheet, recording: RecordingSheet, log: (sheet: string, row: number, col: number, kind: WriteKind) => void): void {
    for (const [k, rc] of recording.cells) {
      const [r, c] = parseKey(k);
      const cell = sheet.cells.get(k) ?? {};
      if (rc.formula !== undefined) {
        cell.formula = rc.formula;
        delete cell.value;
        log(sheet.name, r, c, "value");
      } else if ("value" in rc) {
        cell.value = rc.value as CellValue;
        delete cell.formula;
        log(sheet.name, r, c, "value");
      }
      if (rc.numberFormat !== undefined) {
        cell.numberFormat = rc.numberFormat;
        log(sheet.name, r, c, "numberFormat");
      }
      if (rc.fill !== undefined) cell.fill = { color: rc.fill, pattern: "Solid", patternColor: "#000000" };
      if (rc.hyperlink !== undefined) {
        cell.hyperlink = rc.hyperlink;
        log(sheet.name, r, c, "hyperlink");
      }
      for (const attr of ["bold", "wrap", "fontColor", "fontSize"] as const) if (rc[attr] !== undefined) (cell as Data)[attr] = rc[attr];
      if (rc.fill !== undefined || rc.bold !== undefined || rc.wrap !== undefined || rc.fontColor !== undefined || rc.fontSize !== undefined) log(sheet.name, r, c, "format");
      sheet.cells.set(k, cell);
    }
  }

  /** One lazily made office-addin-mock cell, compared with what it was built from → the model. */
  private applyCellMock(sheet: LiveSheet, r: number, c: number, made: CellSpec, mock: Data, log: (sheet: string, row: number, col: number, kind: WriteKind) => void): void {
    const k = key(r, c);
    const cell = sheet.cells.get(k) ?? {};
    const format = Array.isArray(mock.numberFormat) ? mock.numberFormat[0]?.[0] : undefined;
    if (typeof format === "string" && format !== made.numberFormat) {
      cell.numberFormat = format;
      log(sheet.name, r, c, "numberFormat");
    }
    if (Object.prototype.hasOwnProperty.call(mock, "values")) {
      const entered: RecordedCell = { numberFormat: cell.numberFormat };
      enter(entered, mock.values[0][0]);
      if (entered.formula !== undefined) {
        cell.formula = entered.formula;
        delete cell.value;
      } else {
        cell.value = entered.value as CellValue;
        delete cell.formula;
      }
      log(sheet.name, r, c, "value");
    }
    const fill = mock.format.fill;
    const before = made.fill as LiveFill;
    if (fill.clear.mock.calls.length > 0) {
      delete cell.fill;
      log(sheet.name, r, c, "clearFill");
    }
    const changed = (prop: keyof LiveFill) => written(fill[prop]) && fill[prop] !== before[prop];
    if (changed("color") || changed("pattern") || changed("patternColor")) {
      const pattern = changed("pattern") ? fill.pattern : before.pattern === "None" ? "Solid" : before.pattern;
      cell.fill = {
        color: changed("color") ? fill.color : before.color,
        pattern,
        patternColor: changed("patternColor") ? fill.patternColor : before.patternColor,
      };
      log(sheet.name, r, c, "fill");
    }
    const validation = mock.dataValidation;
    if (validation.clear.mock.calls.length > 0) delete cell.dataValidation;
    if (validation.rule !== undefined) {
      cell.dataValidation = { rule: validation.rule, ignoreBlanks: validation.ignoreBlanks, prompt: validation.prompt, errorAlert: validation.errorAlert };
      log(sheet.name, r, c, "validation");
    }
    if (Object.prototype.hasOwnProperty.call(mock, "hyperlink")) {
      cell.hyperlink = mock.hyperlink;
      log(sheet.name, r, c, "hyperlink");
    }
    if (mock.select.mock.calls.length > 0) this.selected = { sheet: sheet.name, row: r, col: c };
    sheet.cells.set(k, cell);
  }

  // ---- for tests: looking, and what a user does by hand

  sheet(name: string): LiveSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name} (has ${this.sheets.map((s) => s.name).join(", ")})`);
    return sheet;
  }

  has(name: string): boolean {
    return this.sheets.some((s) => s.name === name);
  }

  cell(ref: { sheet: string; row: number; col: number }): LiveCell | undefined {
    return this.sheet(ref.sheet).cells.get(key(ref.row, ref.col));
  }

  /** What the cells show (a formula as its text), rows × cols from A1; null where empty. */
  table(name: string, rows?: number, cols?: number): unknown[][] {
    const sheet = this.sheet(name);
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of sheet.cells) {
      if (!hasContent(cell)) continue;
      const [r, c] = parseKey(k);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return Array.from({ length: rows ?? bottom + 1 }, (_, r) =>
      Array.from({ length: cols ?? right + 1 }, (_, c) => {
        const cell = sheet.cells.get(key(r, c));
        if (!hasContent(cell)) return null;
        return cell!.formula ?? (isError(cell!.value) ? cell!.value.error : cell!.value);
      }),
    );
  }

  /** The add-in's store as the sheet holds it now ({} without a store sheet). */
  storeEntries(): Record<string, string> {
    if (!this.has(SHEETS.store)) return {};
    return storeFromRows(this.table(SHEETS.store).map((row) => row.map((v) => (v === null ? "" : v))));
  }

  /** Types a value into a cell (null clears it), as the user would between two clicks in the pane. */
  type(ref: { sheet: string; row: number; col: number }, value: CellValue): void {
    const sheet = this.sheet(ref.sheet);
    const cell = sheet.cells.get(key(ref.row, ref.col)) ?? {};
    delete cell.formula;
    cell.value = value;
    sheet.cells.set(key(ref.row, ref.col), cell);
  }

  /** Writes of the batches from `fromRun` on (default: all). */
  writesSince(fromRun = 0): LiveWrite[] {
    return this.writes.filter((w) => w.run >= fromRun);
  }
}

export interface PortCall {
  method: string;
  syncs: number;
}

/** The port, recording each call with the context.sync calls it made on the live workbook. */
export function countingPort(port: WorkbookPort, live: LiveWorkbook): WorkbookPort & { calls: PortCall[] } {
  const calls: PortCall[] = [];
  const wrapped = new Proxy(port, {
    get(target, prop, receiver) {
      if (prop === "calls") return calls;
      const member = Reflect.get(target, prop, receiver) as unknown;
      if (typeof member !== "function") return member;
      return async (...args: unknown[]) => {
        const before = live.syncs;
        try {
          return await (member as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          calls.push({ method: String(prop), syncs: live.syncs - before });
        }
      };
    },
  });
  return wrapped as WorkbookPort & { calls: PortCall[] };
}
