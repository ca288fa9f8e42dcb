/**
 * The preview's workbook: the ExcelJS WorkbookPort over a file opened in the browser, and a drawable
 * view of its sheets read from the port's own ExcelJS workbook (values, fills as the port left them,
 * merged areas, widths). Loaded with a dynamic import: this module, the port and ExcelJS form their own
 * chunks, outside the task pane's first load.
 */
import type * as ExcelJS from "exceljs";
import { HIGHLIGHT_FILLS, SHEETS, type WorkbookPort } from "../app/port";
import { fromA1, SEVERITIES, type CellRef, type MergedArea, type Severity } from "../engine";
import { gridFromWorkbook } from "../xlsx/readGrid";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { highlightRuns } from "../xlsx/fills";
import { EMPTY_CELL, type CellView, type SheetView, type WorkbookView } from "./sheetView";

export const MAX_ROWS = 1000;
export const MAX_COLS = 60;

export interface PreviewWorkbook {
  /** The port the pane's actions run over; every change it makes is reported to `onChange`. */
  port: WorkbookPort;
  view(): WorkbookView;
  /** The cell the last `select` went to. */
  selected(): CellRef | null;
  save(): Promise<Uint8Array>;
}

export async function openWorkbook(bytes: Uint8Array, onChange: () => void): Promise<PreviewWorkbook> {
  const port = await ExcelJsWorkbookPort.fromBuffer(bytes);
  return {
    port: observed(port, onChange),
    view: () => workbookView(port.workbook),
    selected: () => port.lastSelected,
    save: () => port.toBuffer(),
  };
}

/** Calls that only read: every other port method may change what the grid shows. */
const READS = new Set<PropertyKey>(["readGrid", "readStore"]);

/** The port with `onChange` called after every call that may change the workbook (whatever methods the port grows). */
export function observed(port: WorkbookPort, onChange: () => void): WorkbookPort {
  return new Proxy(port, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      const call = (...args: unknown[]): unknown => (value as (...a: unknown[]) => unknown).apply(target, args);
      if (READS.has(property)) return call;
      return async (...args: unknown[]) => {
        try {
          return await call(...args);
        } finally {
          onChange();
        }
      };
    },
  });
}

const SEVERITY_BY_FILL = new Map<string, Severity>(SEVERITIES.map((s) => [HIGHLIGHT_FILLS[s].toUpperCase(), s]));

export function workbookView(workbook: ExcelJS.Workbook): WorkbookView {
  const sheets: SheetView[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state === "hidden" || worksheet.state === "veryHidden" || worksheet.name === SHEETS.store) continue;
    sheets.push(sheetView(workbook, worksheet));
  }
  return { sheets };
}

function sheetView(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet): SheetView {
  const grid = gridFromWorkbook(workbook, { formulas: false, sheetFilter: (name) => name === worksheet.name });
  const merges: MergedArea[] = grid.sheets[0]?.merges ?? [];
  const covered = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const actualRows = Math.max(worksheet.rowCount, ...merges.map((m) => m.bottom + 1), 1);
  const rowCount = Math.min(actualRows, MAX_ROWS);
  const colCount = Math.min(Math.max(worksheet.columnCount, ...merges.map((m) => m.right + 1), 1), MAX_COLS);
  const highlighted = highlightedCells(worksheet);
  const cells: (CellView | undefined)[][] = [];
  const rowHeights: (number | undefined)[] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = worksheet.getRow(r + 1);
    rowHeights[r] = row.height ? Math.round((row.height * 4) / 3) : undefined;
    const line: (CellView | undefined)[] = [];
    for (let c = 0; c < colCount; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = row.getCell(c + 1);
      const severity = highlighted.get(`${r},${c}`);
      const view = cellView(cell) ?? (severity ? { ...EMPTY_CELL } : undefined);
      // Highlights are the add-in's tagged conditional formats (as inside Excel): show them as the cell's severity.
      if (view && severity) {
        view.severity = severity;
        view.fill = HIGHLIGHT_FILLS[severity];
      }
      if (view) line[c] = view;
    }
    cells[r] = line;
  }
  const colWidths: number[] = [];
  for (let c = 0; c < colCount; c++) {
    const width = worksheet.getColumn(c + 1).width;
    colWidths[c] = Math.round((width && width > 0 ? width : 8.43) * 7 + 5);
  }
  const frozen = worksheet.views?.find((v) => v.state === "frozen") as { ySplit?: number } | undefined;
  return {
    name: worksheet.name,
    rowCount,
    colCount,
    truncated: actualRows > rowCount,
    cells,
    merges: merges.filter((m) => m.top < rowCount && m.left < colCount),
    colWidths,
    rowHeights,
    frozenRows: Math.min(frozen?.ySplit ?? 0, 10),
  };
}

/** Cells ("row,col", zero-based) under the add-in's highlight rules, with the severity each rule names. */
function highlightedCells(worksheet: ExcelJS.Worksheet): Map<string, Severity> {
  const found = new Map<string, Severity>();
  for (const { ref, severity } of highlightRuns(worksheet)) {
    for (const part of ref.split(/\s+/)) {
      const [from, to = from] = part.split(":");
      let a: { row: number; col: number }, b: { row: number; col: number };
      try {
        a = fromA1(from);
        b = fromA1(to);
      } catch {
        continue; // a range we cannot read is not ours to draw
      }
      for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) found.set(`${r},${c}`, severity);
    }
  }
  return found;
}

function cellView(cell: ExcelJS.Cell): CellView | undefined {
  const fill = solidColor(cell.fill);
  const text = displayText(cell);
  if (text === "" && !fill) return undefined;
  const font = cell.font ?? {};
  const alignment = cell.alignment ?? {};
  const value = cell.value;
  const result = typeof value === "object" && value !== null && "formula" in value ? (value as ExcelJS.CellFormulaValue).result : value;
  return {
    text,
    fill,
    severity: fill ? (SEVERITY_BY_FILL.get(fill.toUpperCase()) ?? null) : null,
    bold: !!font.bold,
    italic: !!font.italic,
    color: argbToHex(font.color?.argb),
    align: alignment.horizontal === "left" || alignment.horizontal === "center" || alignment.horizontal === "right" ? alignment.horizontal : null,
    vertical: alignment.vertical === "top" || alignment.vertical === "middle" || alignment.vertical === "bottom" ? alignment.vertical : null,
    wrap: !!alignment.wrapText,
    link: hyperlinkTarget(value),
    numeric: typeof result === "number",
  };
}

function solidColor(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  return argbToHex(fill.fgColor?.argb);
}

function argbToHex(argb: string | undefined): string | null {
  if (!argb || !/^[0-9a-f]{6,8}$/i.test(argb)) return null;
  return `#${argb.slice(-6).toUpperCase()}`;
}

/** HYPERLINK("#'총괄표'!C70","…") → {sheet: "총괄표", row, col}. */
function hyperlinkTarget(value: ExcelJS.CellValue): CellRef | null {
  let target: string | undefined;
  if (typeof value === "object" && value !== null) {
    if ("formula" in value && typeof value.formula === "string") {
      target = /^HYPERLINK\("#((?:[^"]|"")*)"/i.exec(value.formula)?.[1]?.replace(/""/g, '"');
    } else if ("hyperlink" in value && typeof value.hyperlink === "string" && value.hyperlink.startsWith("#")) {
      target = value.hyperlink.slice(1);
    }
  }
  if (!target) return null;
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/i.exec(target);
  if (!match) return null;
  const sheet = (match[1] ?? match[2]).replace(/''/g, "'");
  try {
    const { row, col } = fromA1(`${match[3]}${match[4]}`);
    return { sheet, row, col };
  } catch {
    return null;
  }
}

function displayText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  const result = typeof value === "object" && !(value instanceof Date) && "formula" in value ? (value as ExcelJS.CellFormulaValue).result : value;
  if (typeof result === "number") return formatNumber(result, cell.numFmt);
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  if (typeof result === "object" && result !== null && "error" in result) return String((result as { error: unknown }).error);
  try {
    return cell.text ?? "";
  } catch {
    return String(result ?? "");
  }
}

function formatNumber(value: number, numFmt: string | undefined): string {
  const format = numFmt ?? "General";
  if (/%/.test(format)) {
    const decimals = /\.(0+)%/.exec(format)?.[1].length ?? 0;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  if (/#,##0/.test(format)) {
    const decimals = /#,##0\.(0+)/.exec(format)?.[1].length ?? 0;
    return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  }
  const decimals = /^0\.(0+)$/.exec(format)?.[1].length;
  if (decimals !== undefined) return value.toFixed(decimals);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(11)));
}
