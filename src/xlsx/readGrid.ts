/**
 * The ExcelJS side of the WorkbookPort read: an ExcelJS workbook (or the bytes of an .xlsx) → Grid.
 *
 * No `fs` here: this also runs in the browser (the pane reads department files with it). The Node file
 * read is in ./readFile.ts. Every failure to read bytes becomes a PlanReadError; no ExcelJS exception
 * escapes `readWorkbookBuffer`.
 *
 * ExcelJS details this relies on (exceljs 4.4, lib/doc/cell.js):
 * - `cell.value` of a formula cell copies only truthy fields, so a cached result of 0, "" or false is
 *   missing there; `cell.result` reads the model directly and is used instead.
 * - A shared-formula child has `{sharedFormula: "B3", result}`; `cell.formula` gives it translated to its
 *   own position ("A4*10" for a master "A3*10").
 * - A merged area's non-master cells answer the master's value; Excel (and Office.js `values`) show them
 *   empty, so they read as null here and the area is listed in `merges`.
 * - `worksheet.model` rebuilds every row's model on each access; merges are taken from the internal
 *   `_merges` (master address → Range, 1-based) and only fall back to `model.merges` ("D3:E5").
 * - Formula text comes without the leading "=", and with Excel's "_xlfn." prefix on newer functions.
 * - Strings are not unescaped from OOXML's "_x000D_" form; that is done here.
 */
import type * as ExcelJS from "exceljs";
import { rangeFromA1 } from "../engine/a1";
import { sheetVisibility, type CellValue, type Grid, type MergedArea, type SheetGrid } from "../engine/grid";
import { PlanReadError } from "../engine/read/errors";
import { dateText } from "../app/conventions";
import { excelText, readXlsx, type LeanReadOptions } from "./lean/readXlsx";

export { excelText };

export interface GridOptions {
  /** Read formula text into `formulas` (default true). */
  formulas?: boolean;
  /** Only read the sheets this accepts (default: every worksheet). */
  sheetFilter?: (name: string) => boolean;
}

// ---------------------------------------------------------------------------------------------
// Workbook → Grid

export function gridFromWorkbook(workbook: ExcelJS.Workbook, options: GridOptions = {}): Grid {
  const sheets: SheetGrid[] = [];
  for (const worksheet of workbook.worksheets) {
    if (options.sheetFilter && !options.sheetFilter(worksheet.name)) continue;
    sheets.push(sheetGrid(worksheet, options.formulas !== false));
  }
  return { sheets };
}

function sheetGrid(worksheet: ExcelJS.Worksheet, withFormulas: boolean): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let anyFormula = false;

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const line: CellValue[] = [];
    const formulaLine: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // A non-master cell of a merged area: Excel shows it empty.
      if (cell.isMerged && cell.master !== cell) return;
      const value = displayValue(cell);
      if (value !== null) line[c] = value;
      if (withFormulas) {
        const formula = formulaText(cell);
        if (formula !== null) {
          formulaLine[c] = formula;
          anyFormula = true;
        }
      }
    });
    if (line.length > 0) values[r] = fillHoles(line, null);
    if (formulaLine.length > 0) formulas[r] = fillHoles(formulaLine, null);
  });

  const sheet: SheetGrid = {
    name: worksheet.name,
    values: fillHoles(values, () => []),
    merges: mergedAreas(worksheet),
  };
  if (anyFormula) {
    // Same row count as values is not required (rows may be ragged), but no holes.
    sheet.formulas = fillHoles(formulas, () => []);
  }
  sheet.visibility = sheetVisibility(worksheet.state);
  return sheet;
}

/** Turns a sparse array (holes where nothing was written) into a dense one. */
function fillHoles<T>(sparse: T[], empty: T | (() => T)): T[] {
  const dense: T[] = new Array(sparse.length);
  for (let i = 0; i < sparse.length; i++) {
    dense[i] = i in sparse ? sparse[i] : typeof empty === "function" ? (empty as () => T)() : empty;
  }
  return dense;
}

/** The value as Excel shows it (before number formatting): formula cells give their cached result. */
function displayValue(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  if (isFormulaValue(value)) {
    // `cell.result`, not `value.result`: the latter drops 0, "" and false.
    return scalar((cell as { result?: unknown }).result);
  }
  return scalar(value);
}

function isFormulaValue(value: ExcelJS.CellValue): value is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof Date) &&
    ("formula" in value || "sharedFormula" in value)
  );
}

/** One ExcelJS value (or formula result) → CellValue. */
function scalar(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string") return excelText(value);
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return dateText(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { error: v.error };
    if (Array.isArray(v.richText)) return richText(v.richText);
    if ("hyperlink" in v && "text" in v) return scalar(v.text);
    if (typeof v.text === "string") return excelText(v.text);
    if (typeof v.sharedString === "string") return excelText(v.sharedString);
    if ("formula" in v || "sharedFormula" in v) return scalar(v.result);
  }
  return excelText(String(value));
}

function richText(runs: unknown[]): string {
  let text = "";
  for (const run of runs) {
    const t = (run as { text?: unknown } | null)?.text;
    if (typeof t === "string") text += t;
  }
  return excelText(text);
}

function formulaText(cell: ExcelJS.Cell): string | null {
  if (!isFormulaValue(cell.value)) return null;
  let formula: unknown;
  try {
    formula = cell.formula; // translated for shared-formula children
  } catch {
    formula = undefined; // a shared formula whose master is gone
  }
  if (typeof formula !== "string" || formula === "") return null;
  const text = formula.replace(/(^|[^A-Za-z0-9_.])_xl(?:fn|ws)\./g, "$1");
  return text.startsWith("=") ? text : `=${text}`;
}

interface ExcelJSRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergedAreas(worksheet: ExcelJS.Worksheet): MergedArea[] {
  const areas: MergedArea[] = [];
  const internal = (worksheet as unknown as { _merges?: Record<string, ExcelJSRange | undefined> })._merges;
  if (internal && typeof internal === "object") {
    for (const range of Object.values(internal)) {
      if (!range) continue;
      areas.push({ top: range.top - 1, left: range.left - 1, bottom: range.bottom - 1, right: range.right - 1 });
    }
  } else {
    for (const text of worksheet.model.merges ?? []) {
      try {
        areas.push(rangeFromA1(text));
      } catch {
        // an unreadable merge reference is skipped, not fatal
      }
    }
  }
  return areas.sort((a, b) => a.top - b.top || a.left - b.left);
}

// ---------------------------------------------------------------------------------------------
// Bytes → Grid, with every failure as a PlanReadError

type ExcelJSModule = typeof import("exceljs");

let excelJs: Promise<ExcelJSModule> | null = null;

/** ExcelJS is loaded on first use (it is large; the pane loads it lazily). */
export function loadExcelJs(): Promise<ExcelJSModule> {
  if (!excelJs) {
    excelJs = import("exceljs").then((mod) => {
      const m = mod as ExcelJSModule & { default?: ExcelJSModule };
      return typeof m.Workbook === "function" ? m : (m.default as ExcelJSModule);
    });
  }
  return excelJs;
}

/** Worksheet parts the validator never needs; skipping them is faster and avoids ExcelJS parse bugs. */
const IGNORED_NODES = ["dataValidations", "conditionalFormatting", "extLst"];

export type ContainerKind = "empty" | "zip" | "ole" | "other";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function containerKind(bytes: Uint8Array): ContainerKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE_MAGIC)) return "ole";
  // PK\3\4 (a local file header) or PK\5\6 (an empty archive)
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) return "zip";
  return "other";
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** Whether `bytes` contains `text` as ASCII (zip entry names) or UTF-16LE (OLE directory names). */
export function containsText(bytes: Uint8Array, text: string, encoding: "ascii" | "utf16le"): boolean {
  const needle: number[] = [];
  for (const ch of text) {
    needle.push(ch.charCodeAt(0) & 0xff);
    if (encoding === "utf16le") needle.push(0);
  }
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function toBytes(buffer: ArrayBuffer | Uint8Array): Uint8Array {
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}

/** What a zip that is not an .xlsx most likely is, for the message. */
function zipLooksLike(bytes: Uint8Array): string {
  if (containsText(bytes, "xl/workbook.bin", "ascii")) return "xlsb";
  if (containsText(bytes, "application/vnd.oasis.opendocument.spreadsheet", "ascii")) return "ods";
  if (containsText(bytes, "word/document.xml", "ascii")) return "docx";
  if (containsText(bytes, "ppt/presentation.xml", "ascii")) return "pptx";
  return "zip";
}

/**
 * Loads .xlsx bytes into an ExcelJS workbook, with every failure as a PlanReadError: not a zip or OLE
 * file, or a zip holding no workbook → "notWorkbook" (data.looksLike: "xls", "xlsb", "ods", "docx",
 * "pptx", "zip", "empty", "other"); an encrypted (password-protected) workbook → "passwordProtected";
 * an .xlsx ExcelJS cannot load → "damaged" (data.detail: ExcelJS's message).
 *
 * `skipUnusedParts` (default true) skips the worksheet parts the validator never reads (data
 * validations, conditional formats, extensions): faster and clear of ExcelJS parse bugs, but a workbook
 * loaded so must not be written back (those parts would be lost). The writing port loads everything.
 */
export async function loadWorkbookBuffer(buffer: ArrayBuffer | Uint8Array, options: { skipUnusedParts?: boolean } = {}): Promise<ExcelJS.Workbook> {
  const bytes = toBytes(buffer);
  checkContainer(bytes);

  // ExcelJS itself failing to load is this installation's fault, not the file's: let it through as is.
  const { Workbook } = await loadExcelJs();
  let workbook: ExcelJS.Workbook;
  try {
    workbook = new Workbook();
    const ignoreNodes = options.skipUnusedParts === false ? [] : IGNORED_NODES;
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0], { ignoreNodes });
  } catch (error) {
    throw new PlanReadError("damaged", { detail: errorDetail(error) });
  }

  if (workbook.worksheets.length === 0) noWorksheet(bytes);
  return workbook;
}

/**
 * Reads .xlsx bytes into a Grid through the lean reader (./lean/readXlsx.ts, no ExcelJS); failures as
 * in loadWorkbookBuffer, plus "tooLarge" (data.limit "bytes" or "cells") past the reading limits.
 */
export async function readWorkbookBuffer(buffer: ArrayBuffer | Uint8Array, options: LeanReadOptions = {}): Promise<Grid> {
  return readWorkbookBytesSync(toBytes(buffer), options);
}

/** readWorkbookBuffer without the promise (the worker pool and the bench call it directly). */
export function readWorkbookBytesSync(bytes: Uint8Array, options: LeanReadOptions = {}): Grid {
  checkContainer(bytes);
  let grid: Grid;
  try {
    grid = readXlsx(bytes, options);
  } catch (error) {
    if (error instanceof PlanReadError && error.reason !== "notWorkbook") throw error;
    if (error instanceof PlanReadError) noWorksheet(bytes);
    throw new PlanReadError("damaged", { detail: errorDetail(error) });
  }
  if (grid.sheets.length === 0 && !options.sheetFilter) noWorksheet(bytes);
  return grid;
}

/** Sniffs the container: anything but a zip is refused with what it looks like. */
function checkContainer(bytes: Uint8Array): void {
  const kind = containerKind(bytes);
  if (kind === "ole") {
    // Excel saves a password-protected .xlsx as an OLE compound file with an EncryptionInfo stream.
    if (containsText(bytes, "EncryptionInfo", "utf16le")) throw new PlanReadError("passwordProtected");
    throw new PlanReadError("notWorkbook", { looksLike: "xls" });
  }
  if (kind !== "zip") throw new PlanReadError("notWorkbook", { looksLike: kind });
}

/** A zip with no worksheet: a damaged workbook if it has workbook parts, otherwise what it looks like. */
function noWorksheet(bytes: Uint8Array): never {
  const looksLike = zipLooksLike(bytes);
  if (looksLike === "zip" && (containsText(bytes, "xl/workbook.xml", "ascii") || containsText(bytes, "xl/worksheets/", "ascii"))) {
    throw new PlanReadError("damaged", { detail: "no worksheet could be read" });
  }
  throw new PlanReadError("notWorkbook", { looksLike });
}

function errorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 200);
}
