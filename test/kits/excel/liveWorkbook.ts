/**
 * A workbook that lives across Excel.run batches, for testing the Office.js adapter and the use cases
 * (src/app) through it: what one batch writes, the next one reads — as in Excel.
 *
 * The state is a plain model (sheets of cells: value or formula, number format, fill, data validation,
 * lock; merges; conditional formats; protection; visibility; charts). `run` is Excel.run of Microsoft's
 * real runtime (./officeRuntime.ts) whose requests are answered over this model by ./excelHost.ts, so
 * every proxy, every load and every request is what Excel would get; each request is counted (a
 * context.sync with nothing queued sends none, as in Excel) and measured in bytes.
 *
 * Beyond storing cells the model does what Excel does and the add-in must live with: a string written
 * to a cell is read as typed input (`enter`: "=…" becomes a formula unless the cell is formatted "@");
 * a formula cell reads back with no value (nothing is calculated here); rows can be inserted between two
 * runs (cells, merges, validation and conditional formats move down); a gradient fill reads as Excel
 * reports it (colour null); the protections, the 512-merge cap, cell-edit mode and the 5 MB payload limit
 * are enforced by the host. Every write is logged (`writes`) with its run, so a test can say which cells
 * a use case touched and that it touched nothing else.
 */
import { rangeFromA1, toA1 } from "../../../src/engine/a1";
import type { CellValue, Grid, MergedArea } from "../../../src/engine/grid";
import type { WorkbookPort } from "../../../src/app/port";
import { SHEETS } from "../../../src/app/port";
import { storeFromRows } from "../../../src/app/conventions";
import type { ExcelRun } from "../../../src/excel/context";
import { enter, type RecordedCell } from "./excelMock";
import { excelAddress, HostError, hostOf, type HostObject, type HostState, type RequestRecord } from "./excelHost";
import { officeRuntime } from "./officeRuntime";

export interface LiveFill {
  color: string;
  pattern: string;
  patternColor: string;
  /** A gradient fill: Office.js reports its colour as null. */
  gradient?: boolean;
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
  /** false: the cell stays editable under sheet protection (Excel's default is locked). */
  locked?: boolean;
}

/** A conditional format: a custom (formula) rule with a fill, on one area of its sheet. */
export interface LiveConditionalFormat {
  id: string;
  area: MergedArea;
  type: string;
  formula: string;
  fill: string | null;
}

export interface LiveSheet {
  name: string;
  visibility: string;
  cells: Map<string, LiveCell>;
  merges: MergedArea[];
  charts: { type: string; seriesBy: string; data: { row: number; col: number; rowCount: number; columnCount: number }; title?: string; position?: string }[];
  frozenRows?: number;
  columnWidths: Map<string, number>;
  conditionalFormats?: LiveConditionalFormat[];
  /** Sheet protection; `formatCells` lets formats change on locked cells. */
  protection?: { formatCells: boolean };
}

/** A workbook-scoped defined name: its formula as written ("=…"), shown in Name Manager or hidden. */
export interface LiveName {
  name: string;
  formula: string;
  visible: boolean;
}

export type WriteKind = "value" | "numberFormat" | "fill" | "clearFill" | "format" | "hyperlink" | "validation" | "clear" | "conditionalFormat";

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
  requests: RequestRecord[];
}

const NO_FILL: LiveFill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000" };

/** Excel's merged-area cap for getMergedAreasOrNullObject (documented). */
export const MERGED_AREAS_CAP = 512;

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

const intersects = (a: MergedArea, b: MergedArea) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** A1 text of a sheet-local address ("A1:B2", "1:1", "B:B", "") → bounds ("" or undefined: the whole sheet). */
function boundsOf(address: string | undefined): MergedArea {
  const text = (address ?? "").replace(/\$/g, "").trim();
  const local = text.slice(text.lastIndexOf("!") + 1);
  if (local === "") return { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16_383 };
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(local);
  if (cols) {
    const a = rangeFromA1(`${cols[1]}1`);
    const b = rangeFromA1(`${cols[2]}1`);
    return { top: 0, left: a.left, bottom: 1_048_575, right: b.left };
  }
  return rangeFromA1(local);
}

export class LiveWorkbook {
  sheets: LiveSheet[];
  active: string;
  /** Requests (context.sync calls that sent something) over every batch so far. */
  syncs = 0;
  readonly runs: LiveRunRecord[] = [];
  readonly writes: LiveWrite[] = [];
  /** The cell last selected (Range.select). */
  selected: { sheet: string; row: number; col: number } | null = null;
  /** Workbook structure protection: no sheet can be added, deleted, renamed or moved. */
  structureProtected = false;
  /** Workbook-scoped defined names (Excel compares them without case). */
  readonly names = new Map<string, LiveName>();
  /** Workbooks Excel.createWorkbook opened from this one, as the base64 it was given. */
  readonly createdWorkbooks: string[] = [];
  private nextId = 1;
  private readonly host: HostState;
  private currentRun = -1;
  private endEdit: (() => void) | null = null;

  constructor(sheets: LiveSheet[], active?: string) {
    this.sheets = sheets;
    this.active = active ?? sheets[0]?.name ?? "";
    this.host = { root: new WorkbookObject(this) as unknown as HostObject, cellEdit: null, requests: [] };
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
        // A file's store sheet is very hidden (the grid does not say so).
        const visibility = g.name.toLowerCase() === "plancheckstore" ? "VeryHidden" : "Visible";
        return { name: g.name, visibility, cells, merges: g.merges.map((m) => ({ ...m })), charts: [], columnWidths: new Map() };
      }),
    );
  }

  // ---- Excel.run

  /** Excel.run({delayForCellEdit: true}) of Microsoft's runtime, answered over this model. */
  readonly run: ExcelRun = (batch) => this.runWith(batch, { delayForCellEdit: true });

  runWith<T>(batch: (context: Excel.RequestContext) => Promise<T>, options: { delayForCellEdit?: boolean }): Promise<T> {
    const runtime = officeRuntime();
    const record: LiveRunRecord = { syncs: 0, added: [], deleted: [], requests: [] };
    const index = this.runs.push(record) - 1;
    const answer = hostOf(this.host);
    const done = () => {
      record.added.push(...this.addedSheets.filter((s) => this.sheets.includes(s)).map((s) => s.name));
      this.addedSheets = [];
    };
    return runtime.run(
      async (request) => {
        this.currentRun = index;
        const before = this.host.requests.length;
        const result = await answer(request);
        const sent = this.host.requests.slice(before);
        record.requests.push(...sent);
        // The runtime's fire-and-forget release of tracked ranges after the batch is no sync of the adapter's.
        if (!sent.every((r) => r.cleanup)) {
          record.syncs++;
          this.syncs++;
        }
        return result;
      },
      batch,
      options,
    ).finally(done);
  }

  /** Microsoft's Excel.createWorkbook (ExcelApi 1.8), its request answered by this workbook's Excel. */
  readonly createWorkbook = (base64: string): Promise<void> => officeRuntime().call(hostOf(this.host), (excel) => excel.createWorkbook(base64));

  /** Refuse requests and responses over this many bytes (Excel on the web: 5 MB). */
  set payloadLimit(bytes: number) {
    this.host.payloadLimit = bytes;
  }

  /** Refuse each request `refuse` names (its error code; null answers it), nothing of it done, as Excel when the connection drops. */
  refuseRequests(refuse: ((record: RequestRecord) => string | null) | undefined): void {
    this.host.refuse = refuse;
  }

  /** Fail one action of each request `fail` names (the action's zero-based index; null runs it all), the actions before it done. */
  failActions(fail: ((record: RequestRecord) => number | null) | undefined): void {
    this.host.failAction = fail;
  }

  /** All requests so far, with their sizes in bytes. */
  get requests(): RequestRecord[] {
    return this.host.requests;
  }

  // ---- what the user does between two runs

  /** The user starts typing in a cell: requests wait (or fail without delayForCellEdit) until `leaveCellEdit`. */
  enterCellEdit(): void {
    this.host.cellEdit = new Promise((resolve) => (this.endEdit = resolve));
  }

  leaveCellEdit(): void {
    this.host.cellEdit = null;
    this.endEdit?.();
  }

  /** Inserts `count` rows above zero-based `at`: cells, merges, validation and conditional formats move down. */
  insertRows(sheetName: string, at: number, count: number): void {
    const sheet = this.sheet(sheetName);
    const moved = new Map<string, LiveCell>();
    for (const [k, cell] of sheet.cells) {
      const [r, c] = parseKey(k);
      moved.set(key(r >= at ? r + count : r, c), cell);
    }
    sheet.cells = moved;
    const shift = (area: MergedArea) => {
      if (area.top >= at) area.top += count;
      if (area.bottom >= at) area.bottom += count;
    };
    sheet.merges.forEach(shift);
    (sheet.conditionalFormats ?? []).forEach((cf) => shift(cf.area));
  }

  /** Types a value into a cell (null clears it), as the user would between two clicks in the pane. */
  type(ref: { sheet: string; row: number; col: number }, value: CellValue): void {
    const sheet = this.sheet(ref.sheet);
    const cell = sheet.cells.get(key(ref.row, ref.col)) ?? {};
    delete cell.formula;
    cell.value = value;
    sheet.cells.set(key(ref.row, ref.col), cell);
  }

  // ---- looking

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

  /** The fill a cell shows: the first conditional format whose area holds it and whose rule holds, else its own. */
  shownFill(ref: { sheet: string; row: number; col: number }): string | null {
    const sheet = this.sheet(ref.sheet);
    const at = { top: ref.row, left: ref.col, bottom: ref.row, right: ref.col };
    const cf = (sheet.conditionalFormats ?? []).find((f) => intersects(f.area, at) && f.fill !== null);
    if (cf) return cf.fill;
    const own = this.cell(ref)?.fill;
    return own && own.pattern !== "None" ? own.color : null;
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

  /** Writes of the batches from `fromRun` on (default: all). */
  writesSince(fromRun = 0): LiveWrite[] {
    return this.writes.filter((w) => w.run >= fromRun);
  }

  // ---- for the host objects

  /** @internal */ log(sheet: string, row: number, col: number, kind: WriteKind): void {
    this.writes.push({ run: this.currentRun, sheet, row, col, kind });
  }

  /** @internal */ newId(): string {
    return `{${(this.nextId++).toString(16).padStart(8, "0")}}`;
  }

  /** @internal */ record(): LiveRunRecord {
    return this.runs[this.currentRun];
  }

  /** @internal Sheets added by the current run: named in its record when it ends (a sheet may be renamed). */
  addedSheets: LiveSheet[] = [];
}

// ---------------------------------------------------------------------------------------------
// The objects the host walks: Excel's member names over the model

/** A model object from a literal, accessors kept (Object.assign would call them), told from plain values by its prototype. */
const HOST_PROTO = {};
function hostObject(members: object): HostObject {
  return Object.create(HOST_PROTO, Object.getOwnPropertyDescriptors(members)) as HostObject;
}

function guardStructure(book: LiveWorkbook): void {
  if (book.structureProtected) throw new HostError("AccessDenied", "The workbook's structure is protected.");
}

class WorkbookObject {
  constructor(private readonly book: LiveWorkbook) {}
  get Worksheets(): HostObject {
    return new WorksheetsObject(this.book) as unknown as HostObject;
  }
  get Protection(): HostObject {
    const book = this.book;
    return hostObject({ Protected: book.structureProtected }) as HostObject;
  }
  get Names(): HostObject {
    return new NamesObject(this.book) as unknown as HostObject;
  }
  get Application(): HostObject {
    const book = this.book;
    return hostObject({
      CreateWorkbook(base64: unknown) {
        if (typeof base64 !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new HostError("InvalidArgument", "The workbook is not base64.");
        return hostObject({
          Open() {
            book.createdWorkbooks.push(base64);
          },
        });
      },
    });
  }
}

/** Workbook names: adding one that exists fails, as in Excel; structure protection does not cover names. */
class NamesObject {
  constructor(private readonly book: LiveWorkbook) {}
  _items = (): HostObject[] => [...this.book.names.values()].map((n) => this.wrap(n));
  _index = (name: unknown): HostObject | null => this.GetItemOrNullObject(String(name));
  private wrap(item: LiveName): HostObject {
    const names = this.book.names;
    return hostObject({
      get Name() {
        return item.name;
      },
      get Formula() {
        return item.formula;
      },
      get Visible() {
        return item.visible;
      },
      set Visible(visible: boolean) {
        item.visible = visible;
      },
      Delete() {
        names.delete(item.name.toLowerCase());
      },
    });
  }
  Add(name: string, reference: unknown): HostObject {
    if (typeof reference !== "string" || !reference.startsWith("=")) throw new HostError("InvalidArgument", "The double keeps formula names only.");
    if (this.book.names.has(name.toLowerCase())) throw new HostError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
    const item: LiveName = { name, formula: reference, visible: true };
    this.book.names.set(name.toLowerCase(), item);
    return this.wrap(item);
  }
  GetItem(name: string): HostObject {
    const found = this.GetItemOrNullObject(name);
    if (!found) throw new HostError("ItemNotFound", `The requested resource doesn't exist: ${name}.`);
    return found;
  }
  GetItemOrNullObject(name: string): HostObject | null {
    const item = this.book.names.get(String(name).toLowerCase());
    return item ? this.wrap(item) : null;
  }
}

class WorksheetsObject {
  constructor(private readonly book: LiveWorkbook) {}
  _items = (): HostObject[] => this.book.sheets.map((s) => this.wrap(s));
  _index = (name: unknown): HostObject | null => this.find(name);
  private wrap(sheet: LiveSheet): HostObject {
    return new WorksheetObject(this.book, sheet) as unknown as HostObject;
  }
  private find(name: unknown): HostObject | null {
    const sheet = this.book.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase());
    return sheet ? this.wrap(sheet) : null;
  }
  GetItem(name: string): HostObject {
    const found = this.find(name);
    if (!found) throw new HostError("ItemNotFound", `The requested resource doesn't exist: ${name}.`);
    return found;
  }
  GetItemOrNullObject(name: string): HostObject | null {
    return this.find(name);
  }
  GetItemAt(index: number): HostObject {
    const sheet = this.book.sheets[index];
    if (!sheet) throw new HostError("ItemNotFound", `No sheet at ${index}.`);
    return this.wrap(sheet);
  }
  GetActiveWorksheet(): HostObject {
    return this.GetItem(this.book.active);
  }
  Add(name: string): HostObject {
    guardStructure(this.book);
    const taken = (n: string) => this.book.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase());
    let chosen = name;
    if (!chosen) for (let i = 1; taken((chosen = `Sheet${i}`)); i++);
    if (taken(chosen)) throw new HostError("ItemAlreadyExists", `A sheet named ${chosen} already exists.`);
    const sheet: LiveSheet = { name: chosen, visibility: "Visible", cells: new Map(), merges: [], charts: [], columnWidths: new Map() };
    this.book.sheets.push(sheet);
    this.book.addedSheets.push(sheet);
    return this.wrap(sheet);
  }
}

class WorksheetObject {
  constructor(
    private readonly book: LiveWorkbook,
    readonly sheet: LiveSheet,
  ) {}
  get Id(): string {
    return `sheet:${this.sheet.name}`;
  }
  get Name(): string {
    return this.sheet.name;
  }
  set Name(name: string) {
    guardStructure(this.book);
    if (this.book.sheets.some((s) => s !== this.sheet && s.name.toLowerCase() === name.toLowerCase())) throw new HostError("InvalidArgument", `A sheet named ${name} already exists.`);
    if (this.book.active === this.sheet.name) this.book.active = name;
    this.sheet.name = name;
  }
  get Position(): number {
    return this.book.sheets.indexOf(this.sheet);
  }
  set Position(position: number) {
    guardStructure(this.book);
    const list = this.book.sheets.filter((s) => s !== this.sheet);
    list.splice(Math.min(position, list.length), 0, this.sheet);
    this.book.sheets = list;
  }
  get Visibility(): string {
    return this.sheet.visibility;
  }
  set Visibility(visibility: string) {
    guardStructure(this.book);
    this.sheet.visibility = visibility;
  }
  get Protection(): HostObject {
    const protection = this.sheet.protection;
    return hostObject({ Protected: !!protection, Options: { allowFormatCells: !protection || protection.formatCells } });
  }
  get FreezePanes(): HostObject {
    const sheet = this.sheet;
    return hostObject({
      FreezeRows(count: number) {
        sheet.frozenRows = count;
      },
    }) as HostObject;
  }
  get Charts(): HostObject {
    const sheet = this.sheet;
    return hostObject({
      Add(type: string, source: RangeObject, seriesBy: string) {
        const a = source.area;
        const chart: LiveSheet["charts"][number] = { type, seriesBy, data: { row: a.top, col: a.left, rowCount: a.bottom - a.top + 1, columnCount: a.right - a.left + 1 } };
        sheet.charts.push(chart);
        const title = hostObject({
          set Text(text: string) {
            chart.title = text;
          },
        });
        return hostObject({
          Title: title,
          SetPosition(start: string) {
            chart.position = start;
          },
        });
      },
    }) as HostObject;
  }
  Delete(): void {
    guardStructure(this.book);
    if (this.book.sheets.filter((s) => s.visibility === "Visible" && s !== this.sheet).length === 0) {
      throw new HostError("InvalidOperation", "A workbook must keep at least one visible sheet.");
    }
    this.book.sheets = this.book.sheets.filter((s) => s !== this.sheet);
    this.book.record().deleted.push(this.sheet.name);
  }
  Activate(): void {
    this.book.active = this.sheet.name;
  }
  GetRange(address?: string): RangeObject {
    return new RangeObject(this.book, this.sheet, boundsOf(address));
  }
  GetRangeByIndexes(row: number, col: number, rowCount: number, columnCount: number): RangeObject {
    return new RangeObject(this.book, this.sheet, { top: row, left: col, bottom: row + rowCount - 1, right: col + columnCount - 1 });
  }
  GetCell(row: number, col: number): RangeObject {
    return this.GetRangeByIndexes(row, col, 1, 1);
  }
  GetRanges(address: string): RangeAreasObject {
    return new RangeAreasObject(
      this.book,
      this.sheet,
      address.split(",").map((a) => boundsOf(a)),
    );
  }
  GetUsedRange(valuesOnly?: boolean): RangeObject {
    return usedRange(this.book, this.sheet, this.GetRange(), !!valuesOnly) ?? new RangeObject(this.book, this.sheet, { top: 0, left: 0, bottom: 0, right: 0 });
  }
  GetUsedRangeOrNullObject(valuesOnly?: boolean): RangeObject | null {
    return usedRange(this.book, this.sheet, this.GetRange(), !!valuesOnly);
  }
}

/** The used range of `within`: cells with a value (valuesOnly) or with anything, merges included. */
function usedRange(book: LiveWorkbook, sheet: LiveSheet, within: RangeObject, valuesOnly: boolean): RangeObject | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const take = (a: MergedArea) => {
    if (!intersects(a, within.area)) return;
    top = Math.min(top, Math.max(a.top, within.area.top));
    left = Math.min(left, Math.max(a.left, within.area.left));
    bottom = Math.max(bottom, Math.min(a.bottom, within.area.bottom));
    right = Math.max(right, Math.min(a.right, within.area.right));
  };
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly ? !hasContent(cell) : Object.keys(cell).length === 0) continue;
    const [r, c] = parseKey(k);
    take({ top: r, left: c, bottom: r, right: c });
  }
  if (!valuesOnly) sheet.merges.forEach(take);
  if (bottom < 0) return null;
  return new RangeObject(book, sheet, { top, left, bottom, right });
}

function matrixArg<T>(value: T[][] | T, rows: number, cols: number, name: string): (r: number, c: number) => T {
  if (!Array.isArray(value)) return () => value;
  if (value.length !== rows || value.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new HostError("InvalidArgument", `${name}: a ${value.length}×${(value[0] as T[] | undefined)?.length} matrix for a ${rows}×${cols} range.`);
  }
  return (r, c) => (value as T[][])[r][c];
}

class RangeObject {
  constructor(
    protected readonly book: LiveWorkbook,
    protected readonly sheet: LiveSheet,
    readonly area: MergedArea,
  ) {}
  get rows(): number {
    return this.area.bottom - this.area.top + 1;
  }
  get cols(): number {
    return this.area.right - this.area.left + 1;
  }
  private each(fn: (cell: LiveCell, row: number, col: number, r: number, c: number) => void, kind: WriteKind | null, format = false): void {
    this.guard(format);
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        const row = this.area.top + r;
        const col = this.area.left + c;
        const cell = this.sheet.cells.get(key(row, col)) ?? {};
        fn(cell, row, col, r, c);
        this.sheet.cells.set(key(row, col), cell);
        if (kind) this.book.log(this.sheet.name, row, col, kind);
      }
    }
  }
  private read<T>(fn: (cell: LiveCell | undefined) => T): T[][] {
    if (this.rows * this.cols > 5_000_000) throw new HostError("ResponsePayloadSizeLimitExceeded", "too many cells");
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, c) => fn(this.sheet.cells.get(key(this.area.top + r, this.area.left + c)))));
  }
  /** A protected sheet: values only into unlocked cells; formats only where allowed. */
  protected guard(format: boolean): void {
    const protection = this.sheet.protection;
    if (!protection || (format && protection.formatCells)) return;
    for (let r = this.area.top; r <= Math.min(this.area.bottom, this.area.top + 100_000); r++) {
      for (let c = this.area.left; c <= this.area.right; c++) {
        if (this.sheet.cells.get(key(r, c))?.locked !== false) throw new HostError("AccessDenied", `The cell ${toA1(r, c)} of ${this.sheet.name} is protected.`);
      }
    }
  }
  get Address(): string {
    return excelAddress(this.sheet.name, this.area.top, this.area.left, this.area.bottom, this.area.right);
  }
  get RowIndex(): number {
    return this.area.top;
  }
  get ColumnIndex(): number {
    return this.area.left;
  }
  get RowCount(): number {
    return this.rows;
  }
  get ColumnCount(): number {
    return this.cols;
  }
  get Values(): unknown[][] {
    return this.read((cell) => excelRead(cell).value);
  }
  set Values(m: unknown[][]) {
    const at = matrixArg(m, this.rows, this.cols, "values");
    this.each((cell, _row, _col, r, c) => {
      const typed: RecordedCell = { numberFormat: cell.numberFormat };
      enter(typed, at(r, c));
      if (typed.formula !== undefined) {
        cell.formula = typed.formula;
        delete cell.value;
      } else {
        cell.value = typed.value as CellValue;
        delete cell.formula;
      }
    }, "value");
  }
  get Formulas(): unknown[][] {
    return this.read((cell) => cell?.formula ?? excelRead(cell).value);
  }
  /** As Values: Excel takes each entry as typed ("=…" a formula, unless the cell is formatted "@"). */
  set Formulas(m: unknown[][]) {
    this.Values = m;
  }
  get ValueTypes(): string[][] {
    return this.read((cell) => excelRead(cell).type);
  }
  get NumberFormat(): string[][] {
    return this.read((cell) => cell?.numberFormat ?? "General");
  }
  set NumberFormat(m: string[][]) {
    const at = matrixArg(m, this.rows, this.cols, "numberFormat");
    this.each((cell, _row, _col, r, c) => (cell.numberFormat = at(r, c)), "numberFormat", true);
  }
  set Hyperlink(link: RecordedCell["hyperlink"]) {
    this.each((cell) => {
      cell.hyperlink = link;
      if (link?.textToDisplay !== undefined) cell.value = link.textToDisplay;
    }, "hyperlink");
  }
  get Hyperlink(): RecordedCell["hyperlink"] {
    return this.sheet.cells.get(key(this.area.top, this.area.left))?.hyperlink;
  }
  get Format(): HostObject {
    const self = this;
    const cellFill = () => self.sheet.cells.get(key(self.area.top, self.area.left))?.fill ?? NO_FILL;
    const fill = hostObject({
      get Color(): string | null {
        const f = cellFill();
        return f.gradient ? null : f.color; // Excel reports no colour for a gradient
      },
      set Color(color: string | null) {
        if (color === null) throw new HostError("InvalidArgument", "fill.color null");
        self.each((cell) => (cell.fill = { color, pattern: !cell.fill || cell.fill.pattern === "None" || cell.fill.gradient ? "Solid" : cell.fill.pattern, patternColor: cell.fill?.patternColor ?? "#000000" }), "fill", true);
      },
      get Pattern(): string | null {
        const f = cellFill();
        return f.gradient ? null : f.pattern;
      },
      set Pattern(pattern: string | null) {
        if (pattern === null) throw new HostError("InvalidArgument", "fill.pattern null");
        self.each((cell) => (cell.fill = { ...(cell.fill ?? NO_FILL), pattern, gradient: undefined }), "fill", true);
      },
      get PatternColor() {
        return cellFill().patternColor;
      },
      set PatternColor(color: string) {
        self.each((cell) => (cell.fill = { ...(cell.fill ?? NO_FILL), patternColor: color }), "fill", true);
      },
      Clear() {
        self.each((cell) => delete cell.fill, "clearFill", true);
      },
    });
    const font = hostObject({
      set Bold(b: boolean) {
        self.each((cell) => (cell.bold = b), "format", true);
      },
      set Color(color: string) {
        self.each((cell) => (cell.fontColor = color), "format", true);
      },
      set Size(size: number) {
        self.each((cell) => (cell.fontSize = size), "format", true);
      },
    });
    return hostObject({
      Fill: fill,
      Font: font,
      set WrapText(wrap: boolean) {
        self.each((cell) => (cell.wrap = wrap), "format", true);
      },
      set ColumnWidth(points: number) {
        self.guard(true);
        for (let c = self.area.left; c <= self.area.right; c++) self.sheet.columnWidths.set(toA1(0, c).replace(/\d+$/, ""), points);
      },
    }) as HostObject;
  }
  get DataValidation(): HostObject {
    return validationObject(this, (fn) => this.each(fn, "validation", true));
  }
  get ConditionalFormats(): HostObject {
    return conditionalFormats(this.book, this.sheet, [this.area], () => this.guard(true));
  }
  /** The runtime asks before a large matrix is set; Excel answers nothing when it fits the range. */
  _ValidateArraySize(rows: number, cols: number): void {
    if (rows !== this.rows || cols !== this.cols) throw new HostError("InvalidArgument", `a ${rows}×${cols} array for a ${this.rows}×${this.cols} range`);
  }
  /** The runtime sets a large matrix in row slices made with these two. */
  GetRow(row: number): RangeObject {
    return new RangeObject(this.book, this.sheet, { top: this.area.top + row, left: this.area.left, bottom: this.area.top + row, right: this.area.right });
  }
  GetBoundingRect(other: RangeObject): RangeObject {
    const a = this.area;
    const b = other.area;
    return new RangeObject(this.book, this.sheet, { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) });
  }
  GetMergedAreasOrNullObject(): RangeAreasObject | null {
    const found = this.sheet.merges.filter((m) => intersects(m, this.area));
    if (found.length > MERGED_AREAS_CAP) throw new HostError("GeneralException", `More than ${MERGED_AREAS_CAP} merged areas.`);
    return found.length === 0 ? null : new RangeAreasObject(this.book, this.sheet, found);
  }
  GetUsedRangeOrNullObject(valuesOnly?: boolean): RangeObject | null {
    return usedRange(this.book, this.sheet, this, !!valuesOnly);
  }
  Select(): void {
    this.book.active = this.sheet.name;
    this.book.selected = { sheet: this.sheet.name, row: this.area.top, col: this.area.left };
  }
  Clear(): void {
    this.guard(false);
    for (const k of [...this.sheet.cells.keys()]) {
      const [r, c] = parseKey(k);
      if (!intersects({ top: r, left: c, bottom: r, right: c }, this.area)) continue;
      this.sheet.cells.delete(k);
      this.book.log(this.sheet.name, r, c, "clear");
    }
  }
}

function validationObject(target: { area: MergedArea }, each: (fn: (cell: LiveCell) => void) => void): HostObject {
  const set = (field: keyof LiveValidation) => (value: unknown) =>
    each((cell) => {
      cell.dataValidation = { ...(cell.dataValidation ?? { rule: undefined }), [field]: value };
    });
  return hostObject({
    Clear() {
      each((cell) => delete cell.dataValidation);
    },
    set Rule(rule: unknown) {
      set("rule")(rule);
    },
    set IgnoreBlanks(value: boolean) {
      set("ignoreBlanks")(value);
    },
    set Prompt(value: unknown) {
      set("prompt")(value);
    },
    set ErrorAlert(value: unknown) {
      set("errorAlert")(value);
    },
    area: target.area,
  }) as HostObject;
}

function conditionalFormats(book: LiveWorkbook, sheet: LiveSheet, areas: MergedArea[], guard: () => void): HostObject {
  const list = () => (sheet.conditionalFormats ??= []);
  const wrap = (cf: LiveConditionalFormat): HostObject =>
    hostObject({
      Id: cf.id,
      Type: cf.type,
      get CustomOrNullObject() {
        return cf.type === "Custom" ? (this as unknown as { Custom: HostObject }).Custom : null;
      },
      Custom: hostObject({
        Rule: hostObject({
          get Formula() {
            return cf.formula;
          },
          set Formula(formula: string) {
            cf.formula = formula;
          },
        }),
        Format: hostObject({
          Fill: hostObject({
            get Color(): string | null {
              return cf.fill;
            },
            set Color(color: string | null) {
              cf.fill = color;
            },
          }),
        }),
      }),
      Delete() {
        guard();
        sheet.conditionalFormats = list().filter((f) => f !== cf);
        book.log(sheet.name, cf.area.top, cf.area.left, "conditionalFormat");
      },
    }) as HostObject;
  return hostObject({
    _items: () => list().filter((cf) => areas.some((a) => intersects(a, cf.area))).map(wrap),
    _index: (id: unknown) => {
      const found = list().find((cf) => cf.id === id && areas.some((a) => intersects(a, cf.area)));
      return found ? wrap(found) : null;
    },
    get Count() {
      return list().filter((cf) => areas.some((a) => intersects(a, cf.area))).length;
    },
    Add(type: string) {
      guard();
      if (areas.length !== 1) throw new HostError("InvalidArgument", "one area per conditional format in this model");
      const cf: LiveConditionalFormat = { id: book.newId(), area: { ...areas[0] }, type, formula: "", fill: null };
      list().unshift(cf); // a new format takes the top priority
      book.log(sheet.name, cf.area.top, cf.area.left, "conditionalFormat");
      return wrap(cf);
    },
    GetItemAt(index: number) {
      const found = list().filter((cf) => areas.some((a) => intersects(a, cf.area)))[index];
      if (!found) throw new HostError("ItemNotFound", `no conditional format at ${index}`);
      return wrap(found);
    },
  }) as HostObject;
}

class RangeAreasObject {
  constructor(
    private readonly book: LiveWorkbook,
    private readonly sheet: LiveSheet,
    readonly areas: MergedArea[],
  ) {}
  get AreaCount(): number {
    return this.areas.length;
  }
  get Address(): string {
    return this.areas.map((a) => excelAddress(this.sheet.name, a.top, a.left, a.bottom, a.right)).join(",");
  }
  get Areas(): HostObject {
    const ranges = this.areas.map((a) => new RangeObject(this.book, this.sheet, a) as unknown as HostObject);
    return hostObject({
      _items: () => ranges,
      GetItemAt: (i: number) => ranges[i],
    }) as HostObject;
  }
  get DataValidation(): HostObject {
    const ranges = this.areas.map((a) => new RangeObject(this.book, this.sheet, a));
    const objects = ranges.map((r) => r.DataValidation);
    const out = hostObject({});
    for (const name of ["Rule", "IgnoreBlanks", "Prompt", "ErrorAlert"]) {
      Object.defineProperty(out, name, {
        set: (value: unknown) => objects.forEach((o) => (o[name] = value)),
        get: () => undefined,
        enumerable: true,
      });
    }
    out.Clear = () => objects.forEach((o) => (o.Clear as () => void)());
    return out;
  }
}

// ---------------------------------------------------------------------------------------------

export interface PortCall {
  method: string;
  syncs: number;
}

/** The port, recording each call with the requests it sent to the live workbook. */
export function countingPort(port: WorkbookPort, live: LiveWorkbook): WorkbookPort & { calls: PortCall[] } {
  const calls: PortCall[] = [];
  const wrapped = new Proxy(port, {
    get(target, prop, receiver) {
      if (prop === "calls") return calls;
      const member = Reflect.get(target, prop, receiver) as unknown;
      if (typeof member !== "function") return member;
      return async (...args: unknown[]) => {
        const before = live.syncs;
        const from = calls.length;
        try {
          return await (member as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          // A call around others (exclusive) counts its own syncs only: the inner calls are listed before it.
          const inner = calls.slice(from).reduce((sum, call) => sum + call.syncs, 0);
          calls.push({ method: String(prop), syncs: live.syncs - before - inner });
        }
      };
    },
  });
  return wrapped as WorkbookPort & { calls: PortCall[] };
}
