/**
 * Writing the add-in's generated sheets (검증결과, 요약_*, 수정이력) with ExcelJS, the same way the
 * Office.js adapter does (src/excel/sheets.ts), so a sheet made by the CLI is recognised inside Excel:
 *
 * - The marker sits in row 1, one blank column right of the widest row (markerColumn), small grey text.
 *   A sheet is the add-in's when some cell of its row 1 holds exactly the marker.
 * - Every non-empty text is written as a string with number format "@" (needsTextFormat), so a project
 *   name "=합계" is text in the file and stays text when the user edits the cell. ExcelJS never turns a
 *   string into a formula; only `{formula}` values become formulas.
 * - A formula cell is written as {formula (without "="), result: the engine's value}.
 *
 * Two differences, both forced by ExcelJS 4.4:
 * - Links are HYPERLINK formulas (=HYPERLINK("#'총괄표'!L11","총괄표!L11")), blue and underlined.
 *   ExcelJS writes a `{text, hyperlink: "#'Sheet'!A1"}` link both as an external relationship and as a
 *   location, which Excel joins into "#'Sheet'!A1##'Sheet'!A1" and cannot follow (exceljs issue #3027);
 *   a location-only link cannot be written, and one made by Excel is dropped by ExcelJS on load. The
 *   formula works in Excel, Excel on the web and LibreOffice and survives ExcelJS round trips.
 * - Charts cannot be written at all. A chart request becomes a note in the cell at its anchor (grey,
 *   italic) saying which chart belongs there; the Office.js adapter draws the real chart, so opening
 *   the workbook in Excel and regenerating the sheet with the add-in puts it in.
 */
import type * as ExcelJS from "exceljs";
import { markerColumn, needsTextFormat, TEXT_FORMAT } from "../app/conventions";
import { columnLetters, toA1 } from "../engine/a1";
import type { GeneratedCell, GeneratedChart } from "../app/port";
import { solidFill } from "./fills";

const MARKER_FONT: Partial<ExcelJS.Font> = { color: { argb: "FFA6A6A6" }, size: 8 };
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };
const CHART_NOTE_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF7F7F7F" }, italic: true };

const CHART_TYPE_TEXT: Record<GeneratedChart["type"], string> = {
  columnClustered: "묶은 세로 막대형 / clustered column",
  columnStacked: "누적 세로 막대형 / stacked column",
  line: "꺾은선형 / line",
};

/** A text as an Excel formula string literal. */
function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Excel refuses a text longer than this inside a formula (and a formula longer than 8,192 characters). */
export const FORMULA_TEXT_LIMIT = 255;

/**
 * The HYPERLINK formula (without "=") that goes to `sheet`!`a1` showing `text`, cut to Excel's 255
 * characters of a formula's text (with "…"): a long project name never makes a formula Excel rejects.
 */
export function hyperlinkFormula(sheet: string, a1: string, text: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${a1}`;
  const chars = [...text];
  const shown = chars.length > FORMULA_TEXT_LIMIT ? `${chars.slice(0, FORMULA_TEXT_LIMIT - 1).join("")}…` : text;
  return `HYPERLINK(${formulaString(target)},${formulaString(shown)})`;
}

/** Writes one GeneratedCell into `cell` with a style object of its own. */
export function writeGeneratedCell(cell: ExcelJS.Cell, spec: GeneratedCell): void {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  let value: ExcelJS.CellValue;
  if (spec.formula && spec.formula.replace(/^=/, "") !== "") {
    value = { formula: spec.formula.replace(/^=/, ""), result: resultOf(spec.value) } as ExcelJS.CellFormulaValue;
    if (spec.numberFormat) style.numFmt = spec.numberFormat;
  } else if (spec.link) {
    const a1 = toA1(spec.link.row, spec.link.col);
    const text = spec.value === null || spec.value === "" ? `${spec.link.sheet}!${a1}` : String(spec.value);
    value = { formula: hyperlinkFormula(spec.link.sheet, a1, text), result: text } as ExcelJS.CellFormulaValue;
    Object.assign(font, LINK_FONT);
  } else {
    value = spec.value;
    if (needsTextFormat(spec.value)) style.numFmt = TEXT_FORMAT;
    else if (spec.numberFormat) style.numFmt = spec.numberFormat;
  }
  if (spec.bold) font.bold = true;
  if (Object.keys(font).length > 0) style.font = font;
  if (spec.fill) style.fill = solidFill(spec.fill);
  if (spec.wrap) style.alignment = { wrapText: true, vertical: "top" };
  cell.style = style;
  cell.value = value;
}

function resultOf(value: GeneratedCell["value"]): ExcelJS.CellFormulaValue["result"] {
  return value === null ? undefined : (value as ExcelJS.CellFormulaValue["result"]);
}

/** Writes `rows` from zero-based row `top`, column A. Holes (undefined cells) are left untouched. */
export function writeGeneratedRows(sheet: ExcelJS.Worksheet, top: number, rows: readonly GeneratedCell[][]): void {
  rows.forEach((row, r) =>
    row.forEach((spec, c) => {
      if (spec) writeGeneratedCell(sheet.getCell(top + r + 1, c + 1), spec);
    }),
  );
}

/** The marker in row 1, one blank column right of the widest of `rows`. */
export function writeMarker(sheet: ExcelJS.Worksheet, rows: readonly (readonly unknown[])[], marker: string): void {
  const cell = sheet.getCell(1, markerColumn(rows) + 1);
  cell.style = { numFmt: TEXT_FORMAT, font: { ...MARKER_FONT } };
  cell.value = marker;
}

/** Whether some cell of row 1 holds exactly `marker`. */
export function hasMarker(sheet: ExcelJS.Worksheet, marker: string): boolean {
  let found = false;
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell) => {
    if (!found && cellString(cell.value) === marker) found = true;
  });
  return found;
}

/** A cell's value as the string it holds (rich text joined), or null for a non-string. */
export function cellString(value: ExcelJS.CellValue): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    const v = value as { richText?: { text?: unknown }[]; text?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((run) => (typeof run?.text === "string" ? run.text : "")).join("");
    if (typeof v.text === "string") return v.text;
  }
  return null;
}

/** One-based number of the last row holding a value (0 for an empty sheet). */
export function lastValueRow(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow({ includeEmpty: false }, (_row, rowNumber) => {
    if (rowNumber > last) last = rowNumber;
  });
  return last;
}

export function setColumnWidths(sheet: ExcelJS.Worksheet, widths: readonly number[] | undefined): void {
  (widths ?? []).forEach((width, col) => {
    if (Number.isFinite(width) && width > 0) sheet.getColumn(col + 1).width = width;
  });
}

/** A sheet view as ExcelJS reads and writes it (its types lack `tabSelected`, which it does handle). */
export type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

export function isTabSelected(sheet: ExcelJS.Worksheet): boolean {
  return !!(sheet.views?.[0] as SheetView | undefined)?.tabSelected;
}

/** Changes the sheet's first view (creating one if it has none). */
export function patchSheetView(sheet: ExcelJS.Worksheet, patch: SheetView): void {
  const views: SheetView[] = sheet.views && sheet.views.length > 0 ? sheet.views : [{}];
  // A view without a state is written without its selection (ExcelJS renders by state), so say "normal".
  sheet.views = views.map((view, i) => (i === 0 ? { ...view, ...patch, state: patch.state ?? view.state ?? "normal" } : view)) as ExcelJS.Worksheet["views"];
}

export function freezeRows(sheet: ExcelJS.Worksheet, rows: number | undefined): void {
  if (!rows || rows <= 0) return;
  const tabSelected = isTabSelected(sheet);
  const view: SheetView = { state: "frozen", xSplit: 0, ySplit: rows, topLeftCell: `A${rows + 1}`, activeCell: "A1" };
  if (tabSelected) view.tabSelected = true;
  sheet.views = [view] as ExcelJS.Worksheet["views"];
}

/** What stands in for a chart ExcelJS cannot draw. */
export function chartNoteText(chart: GeneratedChart): string {
  const { top, left, bottom, right } = chart.data;
  const range = `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
  return (
    `[차트] ${chart.title} (${CHART_TYPE_TEXT[chart.type]}, ${range}): 이 파일을 만든 도구는 차트를 그리지 못합니다. ` +
    `Excel에서 추가 기능으로 이 시트를 다시 만들면 차트가 여기에 그려집니다. ` +
    `[Chart] Not drawn by this tool; regenerate the sheet with the Excel add-in to draw it here.`
  );
}

/**
 * Writes the chart note at the chart's anchor, or (when that cell holds a value) in the first empty
 * cell below it. Returns the zero-based cell it went to.
 */
export function writeChartNote(sheet: ExcelJS.Worksheet, chart: GeneratedChart): { row: number; col: number } {
  let row = chart.anchor.row;
  const col = chart.anchor.col;
  while (sheet.getCell(row + 1, col + 1).value !== null) row++;
  const cell = sheet.getCell(row + 1, col + 1);
  cell.style = { numFmt: TEXT_FORMAT, font: { ...CHART_NOTE_FONT } };
  cell.value = chartNoteText(chart);
  return { row, col };
}

