/**
 * office-addin-mock trees for the Office.js adapter's tests.
 *
 * office-addin-mock models plain objects: a property must be loaded and synced before it reads
 * (otherwise it reads as an error string), writes apply at once, and sync() walks the tree. Two things
 * it cannot model are bridged here:
 * - Collections: `items` would be a plain array outside the tree (never synced) and `load("items/name")`
 *   is not understood. `collection()` keeps each item as a child (item0, item1, … — synced with the
 *   tree) and gives the collection a `load` that exposes them as `items` and loads the item properties.
 * - isNullObject, which Office.js fills in without a load: set on the objects after construction.
 *
 * Objects the adapter only writes to (added sheets, ranges made by getRangeByIndexes) are
 * RecordingSheet ranges: they apply each write to a cell model the way Excel takes typed input
 * (a string starting with = + - becomes a formula, a numeric string a number — unless the cell is
 * formatted "@"), so a test sees what the user would see (`enter`, also the live workbook's rule).
 *
 * Whole-workbook tests use the live workbook (./liveWorkbook.ts: Microsoft's runtime over a model);
 * this mock serves the port's unit tests (src/excel/officePort.test.ts).
 */
import { OfficeMockObject } from "office-addin-mock";
import { rangeFromA1 } from "../../../src/engine/a1";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Mock data for a collection whose items are mock objects (see the file comment). */
function collection(items: Data[], extra: Data = {}): Data {
  const data: Data = { ...extra };
  items.forEach((item, i) => {
    data[`item${i}`] = item;
  });
  data.load = function load(this: Data, arg?: string | string[]) {
    const list = items.map((_, i) => this[`item${i}`]);
    this.items = list;
    const props = (Array.isArray(arg) ? arg : String(arg ?? "").split(","))
      .map((p) => p.trim())
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice("items/".length));
    if (props.length > 0) for (const item of list) item.load(props.join(","));
    return this;
  };
  return data;
}

/** What an *OrNullObject call answers when the thing does not exist. */
function nullObject(): Data {
  return {
    isNullObject: true,
    load() {
      return this;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Recording sheets (write side)

export interface RecordedCell {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  wrap?: boolean;
  hyperlink?: { documentReference?: string; textToDisplay?: string; address?: string };
  fontColor?: string;
  fontSize?: number;
}

export interface RecordedChart {
  type: string;
  seriesBy: string;
  data: { row: number; col: number; rowCount: number; columnCount: number };
  title?: string;
  position?: string;
}

/** Excel's reading of typed input, which is what Range.values does with a string. */
export function enter(cell: RecordedCell, value: unknown): void {
  delete cell.formula;
  if (typeof value === "string" && cell.numberFormat !== "@") {
    if (/^[=+-]./.test(value)) {
      cell.formula = value;
      cell.value = undefined;
      return;
    }
    if (/^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
      cell.value = Number(value);
      return;
    }
  }
  if (typeof value === "number" && cell.numberFormat === "@") {
    cell.value = String(value);
    return;
  }
  cell.value = value === "" ? null : value;
}

export class RecordingSheet {
  readonly cells = new Map<string, RecordedCell>();
  readonly columnWidths = new Map<string, number>();
  readonly recordedCharts: RecordedChart[] = [];
  frozenRows?: number;
  position?: number;
  visibility?: string;
  activated = false;
  deleted = false;
  readonly freezePanes = {
    freezeRows: (count: number) => {
      this.frozenRows = count;
    },
  };
  readonly charts = {
    add: (type: string, range: { _at: RecordedChart["data"] }, seriesBy: string) => {
      const chart: RecordedChart = { type, seriesBy, data: range._at };
      this.recordedCharts.push(chart);
      return {
        title: {
          set text(text: string) {
            chart.title = text;
          },
        },
        setPosition: (start: string) => {
          chart.position = start;
        },
      };
    },
  };

  constructor(public name: string) {}

  cell(row: number, col: number): RecordedCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {};
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The cell model if anything was written to it. */
  peek(row: number, col: number): RecordedCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Shown values as a matrix (formulas as their text), for compact assertions. */
  table(rows: number, cols: number): unknown[][] {
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const cell = this.peek(r, c);
        return cell?.formula ?? cell?.value ?? null;
      }),
    );
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, columnCount: number) {
    return this.range(row, col, rowCount, columnCount);
  }

  getCell(row: number, col: number) {
    return this.range(row, col, 1, 1);
  }

  getRange(address: string) {
    const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
    if (columns) return this.columnRange(columns[1]);
    const r = rangeFromA1(address);
    return this.range(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
  }

  activate(): void {
    this.activated = true;
  }

  delete(): void {
    this.deleted = true;
  }

  private columnRange(letters: string) {
    const widths = this.columnWidths;
    return {
      format: {
        set columnWidth(points: number) {
          widths.set(letters, points);
        },
      },
    };
  }

  range(row: number, col: number, rowCount: number, columnCount: number) {
    const each = (fn: (cell: RecordedCell, r: number, c: number) => void) => {
      for (let r = 0; r < rowCount; r++) for (let c = 0; c < columnCount; c++) fn(this.cell(row + r, col + c), r, c);
    };
    const matrix = (name: string, m: unknown[][]) => {
      if (m.length !== rowCount || m.some((line) => line.length !== columnCount)) {
        throw new Error(`${name}: a ${m.length}×${m[0]?.length} matrix for a ${rowCount}×${columnCount} range`);
      }
    };
    return {
      _at: { row, col, rowCount, columnCount },
      load() {
        return this;
      },
      set values(m: unknown[][]) {
        matrix("values", m);
        each((cell, r, c) => enter(cell, m[r][c]));
      },
      set numberFormat(m: string[][]) {
        matrix("numberFormat", m);
        each((cell, r, c) => {
          cell.numberFormat = m[r][c];
        });
      },
      set hyperlink(link: RecordedCell["hyperlink"]) {
        each((cell) => {
          cell.hyperlink = link;
          if (link?.textToDisplay !== undefined) cell.value = link.textToDisplay;
        });
      },
      format: {
        font: {
          set bold(b: boolean) {
            each((cell) => (cell.bold = b));
          },
          set color(color: string) {
            each((cell) => (cell.fontColor = color));
          },
          set size(size: number) {
            each((cell) => (cell.fontSize = size));
          },
        },
        fill: {
          set color(color: string) {
            each((cell) => (cell.fill = color));
          },
        },
        set wrapText(wrap: boolean) {
          each((cell) => (cell.wrap = wrap));
        },
      },
      clear: () => each((cell) => Object.keys(cell).forEach((k) => delete (cell as Data)[k])),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Workbooks (read side is office-addin-mock)

export interface UsedRangeSpec {
  /** Zero-based position of the used range's top-left cell. */
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas?: unknown[][];
  valueTypes?: string[][];
  numberFormat?: string[][];
}

export interface CellSpec {
  fill?: { color: string; pattern?: string; patternColor?: string };
  numberFormat?: string;
}

export interface SheetSpec {
  name: string;
  position?: number;
  /** getUsedRange(true): the cells readGrid reads. */
  used?: UsedRangeSpec;
  /** getUsedRange(false).getMergedAreasOrNullObject(): area addresses; absent or empty → null object. */
  merges?: string[];
  /** getRange("1:1").getUsedRangeOrNullObject(true).values[0]; absent → null object. */
  firstRow?: unknown[];
  /** getUsedRangeOrNullObject(true): rows holding values (rowIndex 0); absent → null object. */
  usedValues?: unknown[][];
  /** Cells the adapter loads (fills, number formats), keyed "row,col" zero-based. */
  cells?: Record<string, CellSpec>;
  /** Excel.SheetVisibility ("Visible" when absent). */
  visibility?: string;
}

export interface WorkbookMock {
  mock: OfficeMockObject;
  context: Excel.RequestContext;
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Sheets added through worksheets.add, in order. */
  added: RecordingSheet[];
  /** The RecordingSheet that takes writes to an existing sheet's ranges. */
  writes(name: string): RecordingSheet;
  /** The office-addin-mock object of an existing sheet. */
  sheet(name: string): Data;
  /** The office-addin-mock object of an existing sheet's cell. */
  cell(name: string, row: number, col: number): Data;
}

function typeOf(value: unknown): string {
  if (value === "" || value === null || value === undefined) return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

function usedRangeData(spec: UsedRangeSpec): Data {
  const rowCount = spec.values.length;
  const columnCount = rowCount > 0 ? spec.values[0].length : 0;
  const data: Data = {
    rowIndex: spec.rowIndex,
    columnIndex: spec.columnIndex,
    rowCount,
    columnCount,
    values: spec.values,
    formulas: spec.formulas ?? spec.values,
    valueTypes: spec.valueTypes ?? spec.values.map((row) => row.map(typeOf)),
    numberFormat: spec.numberFormat ?? spec.values.map((row) => row.map(() => "General")),
  };
  return data;
}

/** getUsedRange(false): only its merged areas are asked for. */
function formattedRangeData(merges: string[] | undefined): Data {
  const data: Data = {
    getMergedAreasOrNullObject(this: Data) {
      return this.merged ?? nullObject();
    },
  };
  if (merges && merges.length > 0) {
    data.merged = { areaCount: merges.length, areas: collection(merges.map((address) => ({ address }))) };
  }
  return data;
}

function sheetData(spec: SheetSpec, writes: RecordingSheet): Data {
  const data: Data = {
    name: spec.name,
    position: spec.position ?? 0,
    visibility: spec.visibility ?? "Visible",
    activate: jest.fn(),
    delete: jest.fn(),
    getUsedRange(this: Data, valuesOnly?: boolean) {
      return valuesOnly ? this.usedRange : this.formattedRange;
    },
    getUsedRangeOrNullObject(this: Data) {
      return this.usedValues ?? nullObject();
    },
    getRange(this: Data, address: string) {
      if (address === "1:1") return this.row1;
      return writes.getRange(address);
    },
    getCell(this: Data, row: number, col: number) {
      return this[`cell_${row}_${col}`] ?? writes.getCell(row, col);
    },
    getRangeByIndexes(row: number, col: number, rowCount: number, columnCount: number) {
      return writes.getRangeByIndexes(row, col, rowCount, columnCount);
    },
    row1: {
      getUsedRangeOrNullObject(this: Data) {
        return this.used ?? nullObject();
      },
    },
  };
  if (spec.used) {
    data.usedRange = usedRangeData(spec.used);
    data.formattedRange = formattedRangeData(spec.merges);
  }
  if (spec.firstRow) data.row1.used = { values: [spec.firstRow] };
  if (spec.usedValues) {
    const rows = spec.usedValues;
    data.usedValues = { rowIndex: 0, rowCount: rows.length, values: rows, clear: jest.fn() };
  }
  for (const [key, cell] of Object.entries(spec.cells ?? {})) {
    const [row, col] = key.split(",").map(Number);
    data[`cell_${row}_${col}`] = cellData(cell);
  }
  return data;
}

/** The mock data of one cell the adapter loads (number format, fill) or selects. */
function cellData(cell: CellSpec): Data {
  const data: Data = { numberFormat: [[cell.numberFormat ?? "General"]], select: jest.fn() };
  if (cell.fill) {
    data.format = {
      // office-addin-mock cannot hold a null property (it would try to build a child object from it).
      fill: { color: cell.fill.color, pattern: cell.fill.pattern ?? "Solid", patternColor: cell.fill.patternColor ?? "#000000", clear: jest.fn() },
    };
  }
  return data;
}

/** The isNullObject flags Office.js sets without a load. */
function markNotNull(sheet: Data): void {
  sheet.isNullObject = false;
  if (sheet.usedValues) sheet.usedValues.isNullObject = false;
  if (sheet.row1?.used) sheet.row1.used.isNullObject = false;
  if (sheet.formattedRange?.merged) sheet.formattedRange.merged.isNullObject = false;
}

export function workbookMock(sheets: SheetSpec[], options: { active?: string } = {}): WorkbookMock {
  const names = sheets.map((s) => s.name);
  const writes = new Map(sheets.map((s) => [s.name, new RecordingSheet(s.name)]));
  const added: RecordingSheet[] = [];
  const active = options.active ?? names[0] ?? "";
  const data: Data = {
    context: {
      workbook: {
        worksheets: collection(
          sheets.map((s) => sheetData(s, writes.get(s.name)!)),
          {
            getItem(this: Data, name: string) {
              const i = names.indexOf(name);
              if (i < 0) throw new Error(`ItemNotFound: no sheet named ${name}`);
              return this[`item${i}`];
            },
            getItemOrNullObject(this: Data, name: string) {
              const i = names.indexOf(name);
              return i < 0 ? nullObject() : this[`item${i}`];
            },
            getActiveWorksheet() {
              return {
                name: active,
                load() {
                  return this;
                },
              };
            },
            add: jest.fn((name: string) => {
              const sheet = new RecordingSheet(name);
              added.push(sheet);
              return sheet;
            }),
          },
        ),
      },
    },
  };
  const mock = new OfficeMockObject(data);
  const worksheets = mock.context.workbook.worksheets;
  sheets.forEach((_, i) => markNotNull(worksheets[`item${i}`]));
  const context = mock.context as unknown as Excel.RequestContext;
  const sheetMock = (name: string): Data => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`no mock sheet ${name}`);
    return worksheets[`item${i}`];
  };
  return {
    mock,
    context,
    run: (batch) => batch(context),
    added,
    writes: (name) => writes.get(name)!,
    sheet: sheetMock,
    cell: (name, row, col) => sheetMock(name)[`cell_${row}_${col}`],
  };
}
