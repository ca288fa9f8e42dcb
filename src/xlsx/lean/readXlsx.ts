/**
 * The lean read path: .xlsx bytes → the engine's Grid, without building a workbook object model.
 * Unzips only the parts validation needs (workbook, its relationships, shared strings, styles for date
 * formats, the worksheets) and scans their XML once: a worksheet's cells and merges straight from its
 * bytes where they are in the shape Excel writes (./sheetData.ts), the rest of a worksheet and the styles
 * as tags on their bytes (./tags.ts) where those are plain, everything else with the general scanner
 * (./xml.ts). Runs in Node and in the browser (no `fs`; Node passes zlib's inflater in).
 *
 * Value for value the same as reading through ExcelJS (src/xlsx/readGrid.ts gridFromWorkbook): formula
 * cells give their cached result, dates (a number under a date format) give ISO text, errors give
 * {error}, a merged area's covered cells read as null, shared formulas are translated to each cell.
 *
 * Bounded: work and memory grow with the cells that hold something, never with a sheet's extent; the
 * declared uncompressed size of the parts read and the number of cells are limited (PlanReadError
 * "tooLarge"), and a part cannot inflate past its declared size.
 */
import { sheetVisibility, type CellValue, type Grid, type MergedArea, type SheetGrid, type SheetVisibility } from "../../engine/grid";
import { PlanReadError } from "../../engine/read/errors";
import { dateText } from "../../app/conventions";
import { CLOSE, decodeEntities, END, OPEN, TEXT, XmlError, XmlScanner } from "./xml";
import { ByteTags, bytesOf, NOT_PLAIN, TAG_CLOSE, TAG_END } from "./tags";
import { entryData, zipEntries, type RawInflate, type RawInflatePieces, type ZipEntry } from "./zip";
import { MAX_COL, MAX_ROW, MORE_ROWS, plainNumber, plainRange, plainRest, rawCell, rowsEnd, scanMergeCells, scanSheetData, scanSheetRows, sheetDataStart, text, type RawCell, type RowScan } from "./sheetData";

export interface LeanReadOptions {
  /** Read formula text into `formulas` (default true). */
  formulas?: boolean;
  /** Only read the sheets this accepts (default: every worksheet). */
  sheetFilter?: (name: string) => boolean;
  /** Most uncompressed bytes of the parts read (default READ_LIMITS.bytes). */
  maxBytes?: number;
  /** Most cells holding something, over all sheets read (default READ_LIMITS.cells). */
  maxCells?: number;
  /** A faster inflater than fflate's where there is one (Node's zlib, passed in by ../readFile.ts). */
  inflateRaw?: RawInflate;
}

/** Far above any real plan (the 50,000-row bench plan is about 60 MB and 1.1 million cells). */
export const READ_LIMITS = { bytes: 512 * 1024 * 1024, cells: 4_000_000 } as const;


/** Reads .xlsx bytes (a zip already sniffed as such) into a Grid. Throws PlanReadError or the caller maps. */
export function readXlsx(bytes: Uint8Array, options: LeanReadOptions = {}): Grid {
  const { pkg, wanted, context } = openWorkbook(bytes, options, null);
  const sheets: SheetGrid[] = [];
  for (const sheet of wanted) {
    const part = pkg.read(sheet.path);
    if (part === null) continue; // a sheet whose part is missing: ExcelJS leaves it out too
    const read = readSheet(sheet.name, part, context);
    read.visibility = sheet.visibility;
    sheets.push(read);
    release(part);
  }
  return { sheets };
}

/**
 * readXlsx with the largest worksheet part, from `piecesFrom` bytes, inflated in pieces by `inflatePieces` (Node's
 * zlib on its thread pool) while its rows are read as they come: inflating the 50,000-row plan's 55 MB sheet
 * took a third of the read, with the main thread waiting. The grid is readXlsx's: rows are read only whole, and
 * what follows them, or a sheet the byte scan declines, is read once the whole part is there, as readXlsx reads
 * it. null when the inflater fails (a damaged part, one longer than declared) or anything else does: the caller
 * reads the bytes with readXlsx then, which decides (its fallback to fflate, its errors).
 */
export async function readXlsxPieces(bytes: Uint8Array, options: LeanReadOptions, inflatePieces: RawInflatePieces, piecesFrom: number): Promise<Grid | null> {
  let opened: OpenWorkbook;
  try {
    opened = openWorkbook(bytes, options, (entry) => entry.compression === 8 && entry.originalSize >= piecesFrom);
  } catch {
    return null;
  }
  const { pkg, wanted, context } = opened;
  let inPieces = opened.inPieces;
  const sheets: SheetGrid[] = [];
  try {
    for (const sheet of wanted) {
      let read: SheetGrid | null;
      if (inPieces && sheet.path === inPieces.name) {
        // a second sheet on the same part reads it again, as readXlsx does
        const entry = inPieces;
        inPieces = null;
        read = await readSheetPieces(sheet.name, inflatePieces(pkg.compressed(entry), entry.originalSize), context);
        if (read === null) return null;
      } else {
        const part = pkg.read(sheet.path);
        if (part === null) continue;
        read = readSheet(sheet.name, part, context);
        release(part);
      }
      read.visibility = sheet.visibility;
      sheets.push(read);
    }
  } catch {
    return null;
  }
  return { sheets };
}

interface OpenWorkbook {
  pkg: Package;
  wanted: WorkbookInfo["sheets"];
  context: SheetContext;
  /** The worksheet part left deflated to be read in pieces (readXlsxPieces), or null. */
  inPieces: ZipEntry | null;
}

/**
 * The package opened, the sheets to read listed, their parts unzipped with the shared strings and styles, which
 * are read; the largest worksheet part is left deflated when `inPieces` takes it.
 */
function openWorkbook(bytes: Uint8Array, options: LeanReadOptions, inPieces: ((entry: ZipEntry) => boolean) | null): OpenWorkbook {
  const pkg = new Package(bytes, options.maxBytes ?? READ_LIMITS.bytes, options.inflateRaw);
  const workbookPath = officeDocumentPath(pkg);
  const book = readWorkbookPart(pkg, workbookPath);
  const wanted = book.sheets.filter((s) => !options.sheetFilter || options.sheetFilter(s.name));
  const sheetPaths = wanted.map((s) => s.path);
  const left = pkg.extract([book.sharedStringsPath, book.stylesPath, ...sheetPaths], inPieces && ((entry) => sheetPaths.includes(entry.name) && inPieces(entry)));

  const context: SheetContext = {
    sharedStrings: book.sharedStringsPath ? readSharedStrings(pkg.text(book.sharedStringsPath)) : [],
    dateStyles: book.stylesPath ? readDateStyles(pkg.read(book.stylesPath)) : [],
    date1904: book.date1904,
    formulas: options.formulas !== false,
    maxCells: options.maxCells ?? READ_LIMITS.cells,
    cellsLeft: options.maxCells ?? READ_LIMITS.cells,
  };
  return { pkg, wanted, context, inPieces: left };
}

/**
 * Frees large bytes now that they are read (nothing in a grid points into them): a part once its sheet
 * is read here, the file's bytes once the grid is made (../readFile.ts). Read into a grid, the part has
 * outlived the young generation and would be freed only by the next full collection, in the middle of
 * building the plan: the 50,000-row plan's 55 MB sheet stayed resident through half of readPlan.
 * Transferring the buffer detaches it, and the copy it is moved to dies young. Only bytes of a megabyte
 * or more: those have a buffer of their own (Node's pooled buffers are 8 KB; the inflaters, a stored
 * part's copy and the file read allocate one each).
 */
export function release(bytes: Uint8Array): void {
  if (bytes.byteLength < 1024 * 1024 || typeof structuredClone !== "function" || !(bytes.buffer instanceof ArrayBuffer)) return;
  structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
}

/** The limit passed, with the limit itself for the message ("512 MB", "4,000,000"). */
export function tooLarge(limit: "bytes" | "cells", max: number): PlanReadError {
  const shown = limit === "bytes" ? `${Math.round(max / (1024 * 1024)).toLocaleString("en-US")} MB` : max.toLocaleString("en-US");
  return new PlanReadError("tooLarge", { limit, max: shown });
}

// ---------------------------------------------------------------------------------------------
// The package: parts unzipped on demand, within the size limit

class Package {
  private readonly parts = new Map<string, Uint8Array>();
  /** The entries by name, listed once (the first of a repeated name counts). */
  private readonly entries = new Map<string, ZipEntry>();
  private readonly bytes: Uint8Array;
  private bytesLeft: number;

  constructor(
    bytes: Uint8Array,
    private readonly maxBytes: number,
    private readonly inflateRaw: RawInflate | undefined,
  ) {
    // A plain view: Buffer's subarray (one per part inflated) is several times slower than Uint8Array's.
    this.bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.bytesLeft = maxBytes;
    for (const entry of zipEntries(this.bytes)) if (!this.entries.has(entry.name)) this.entries.set(entry.name, entry);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /**
   * Unzips the listed parts (those not yet unzipped and present), in the package's order, except that the
   * largest is inflated last: a buffer allocated while tens of megabytes of just-inflated sheet are young
   * forces a collection ("external memory pressure"), two of them for the small parts that followed the
   * 50,000-row plan's sheet. The first failure in the package's order is still the one thrown. The largest
   * is left deflated, and returned, when `keep` takes it (readXlsxPieces inflates it in pieces).
   */
  extract(paths: readonly (string | null)[], keep: ((entry: ZipEntry) => boolean) | null = null): ZipEntry | null {
    const wanted = new Set(paths.filter((p): p is string => p !== null && !this.parts.has(p)));
    if (wanted.size === 0) return null;
    let largest: ZipEntry | null = null;
    // any size when `keep` may take it: it decides by its own measure (tests read small parts in pieces)
    const from = keep ? 0 : LARGE_PART;
    for (const entry of this.entries.values()) if (wanted.has(entry.name) && entry.originalSize > (largest?.originalSize ?? from - 1)) largest = entry;
    let deferred: ZipEntry | null = null;
    try {
      for (const entry of this.entries.values()) {
        if (!wanted.has(entry.name)) continue;
        this.bytesLeft -= entry.originalSize;
        if (this.bytesLeft < 0) throw tooLarge("bytes", this.maxBytes);
        if (entry === largest) deferred = entry;
        else this.inflate(entry);
      }
    } catch (error) {
      // the deferred part came first: its failure, if it fails, is the one the package's order gives
      if (deferred) this.inflate(deferred);
      throw error;
    }
    if (deferred && keep?.(deferred)) return deferred;
    if (deferred) this.inflate(deferred);
    return null;
  }

  private inflate(entry: ZipEntry): void {
    this.parts.set(entry.name, entryData(this.bytes, entry, this.inflateRaw));
  }

  /** A deflated entry's data, as stored. */
  compressed(entry: ZipEntry): Uint8Array {
    return this.bytes.subarray(entry.start, entry.start + entry.size);
  }

  /** A part's text (unzipping it if needed), or null when the package has no such part. */
  text(path: string): string | null {
    const data = this.read(path);
    return data === null ? null : utf8.decode(data);
  }

  /** A part's bytes (unzipping it if needed), or null when the package has no such part. */
  read(path: string): Uint8Array | null {
    if (!this.parts.has(path)) {
      if (!this.entries.has(path)) return null;
      this.extract([path]);
    }
    const data = this.parts.get(path);
    if (!data) return null;
    this.parts.delete(path); // read once; let the bytes go
    return data;
  }
}

const utf8 = new TextDecoder("utf-8");

/** Parts from this size are inflated after the others (Package.extract): smaller ones force no collection. */
const LARGE_PART = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Workbook and relationships

interface WorkbookInfo {
  sheets: { name: string; path: string; visibility: SheetVisibility }[];
  sharedStringsPath: string | null;
  stylesPath: string | null;
  date1904: boolean;
}

function officeDocumentPath(pkg: Package): string {
  const rels = pkg.text("_rels/.rels");
  if (rels !== null) {
    for (const rel of readRelationships(rels, "")) {
      if (rel.type.endsWith("/officeDocument") && pkg.has(rel.target)) return rel.target;
    }
  }
  if (pkg.has("xl/workbook.xml")) return "xl/workbook.xml";
  throw new PlanReadError("notWorkbook", { looksLike: "zip" }); // refined by the caller
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** Relationships with targets resolved to package paths (relative to `base`, the source part's folder). */
function readRelationships(xml: string, base: string): Relationship[] {
  const scan = new XmlScanner(xml);
  const rels: Relationship[] = [];
  const found: (string | undefined)[] = [undefined, undefined, undefined, undefined];
  for (let token = scan.next(); token !== END; token = scan.next()) {
    if (token !== OPEN || scan.name !== "Relationship") continue;
    scan.attrs(RELATIONSHIP_ATTRIBUTES, found);
    const [mode, target, id, type] = found;
    if (mode === "External" || target === undefined) continue;
    rels.push({ id: id ?? "", type: type ?? "", target: resolvePath(base, target) });
  }
  return rels;
}

/** Read in one pass over the tag, not one pass per attribute. */
const RELATIONSHIP_ATTRIBUTES = ["TargetMode", "Target", "Id", "Type"] as const;

/** A relative target with no "." or ".." segment and no empty one ("worksheets/sheet1.xml"), as Excel writes them. */
const PLAIN_TARGET = /^(?:[^./][^/]*\/)*[^./][^/]*$/;

/** `target` resolved against `base` (a package folder, "" or ending in "/"; itself resolved). */
function resolvePath(base: string, target: string): string {
  if (PLAIN_TARGET.test(target)) return base + target; // what the walk below gives, without splitting
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

function readWorkbookPart(pkg: Package, path: string): WorkbookInfo {
  const slash = path.lastIndexOf("/");
  const folder = path.slice(0, slash + 1);
  const relsXml = pkg.text(`${folder}_rels/${path.slice(slash + 1)}.rels`);
  const rels = relsXml === null ? [] : readRelationships(relsXml, folder);
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const ofType = (suffix: string, fallback: string): string | null => {
    const rel = rels.find((r) => r.type.endsWith(suffix));
    const target = rel ? rel.target : folder + fallback;
    return pkg.has(target) ? target : null;
  };

  const xml = pkg.text(path);
  if (xml === null) throw new PlanReadError("notWorkbook", { looksLike: "zip" });
  const scan = new XmlScanner(xml);
  const info: WorkbookInfo = {
    sheets: [],
    sharedStringsPath: ofType("/sharedStrings", "sharedStrings.xml"),
    stylesPath: ofType("/styles", "styles.xml"),
    date1904: false,
  };
  const found: (string | undefined)[] = [undefined, undefined, undefined];
  for (let token = scan.next(); token !== END; token = scan.next()) {
    if (token !== OPEN) continue;
    if (scan.name === "workbookPr") {
      const value = scan.attr("date1904");
      info.date1904 = value === "1" || value === "true";
    } else if (scan.name === "sheet") {
      scan.attrs(SHEET_ATTRIBUTES, found);
      const rel = byId.get(found[0] ?? "");
      // Chart sheets and dialog sheets hold no cells.
      if (!rel || !rel.type.endsWith("/worksheet")) continue;
      info.sheets.push({ name: found[1] ?? "", path: rel.target, visibility: sheetVisibility(found[2]) });
    }
  }
  return info;
}

const SHEET_ATTRIBUTES = ["id", "name", "state"] as const;

// ---------------------------------------------------------------------------------------------
// Shared strings and date styles

function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  return plainSharedStrings(xml) ?? readSharedStringsXml(xml);
}

const PLAIN_ITEM = "<si><t>";
const PRESERVED_ITEM = '<si><t xml:space="preserve">';
const ITEM_END = "</t></si>";

/**
 * The shared strings when every item is plain text as Excel and ExcelJS write it (<si><t>…</t></si>,
 * nothing between items): found with indexOf, not token by token. null for anything else, which the
 * general scanner reads (and decides on, errors included).
 */
function plainSharedStrings(xml: string): string[] | null {
  const scan = new XmlScanner(xml);
  let token = scan.next();
  while (token === TEXT) token = scan.next(); // the line break after the declaration
  if (token !== OPEN || scan.name !== "sst" || scan.selfClosing) return null;
  const strings: string[] = [];
  let pos = scan.offset;
  // The next "&", "_x" and "\r" from where the scan stands, each looked for again only once passed: most
  // items hold none, and are then taken as they are without three searches each.
  let entity = nextAt(xml, "&", pos);
  let escape = nextAt(xml, "_x", pos);
  let lineBreak = nextAt(xml, "\r", pos);
  for (;;) {
    // the end looked for only when no item starts here: one call less per item
    let start: number;
    if (xml.startsWith(PLAIN_ITEM, pos)) start = pos + PLAIN_ITEM.length;
    else if (xml.startsWith(PRESERVED_ITEM, pos)) start = pos + PRESERVED_ITEM.length;
    else if (xml.startsWith("</sst>", pos)) break;
    else return null;
    const end = xml.indexOf("<", start);
    if (end < 0 || !xml.startsWith(ITEM_END, end)) return null;
    // A plain item stays a slice of the part: the part is little more than its items, and a detached
    // copy (flat string plus slice) would hold more than the slice does, after a copy per item.
    let text = xml.slice(start, end);
    if (entity < end || escape < end || lineBreak < end) {
      text = detach(excelText(decodeEntities(text)));
      if (entity < end) entity = nextAt(xml, "&", end);
      if (escape < end) escape = nextAt(xml, "_x", end);
      if (lineBreak < end) lineBreak = nextAt(xml, "\r", end);
    }
    strings.push(text);
    pos = end + ITEM_END.length;
  }
  scan.seek(pos);
  // The rest must still be well formed, and hold no other element (the general reader would read its items).
  try {
    for (let token = scan.next(); token !== END; token = scan.next()) if (token === OPEN) return null;
  } catch {
    return null;
  }
  return strings;
}

/** Where `what` next occurs in `xml` from `from`; Infinity when it does not. */
function nextAt(xml: string, what: string, from: number): number {
  const at = xml.indexOf(what, from);
  return at < 0 ? Infinity : at;
}

function readSharedStringsXml(xml: string): string[] {
  const scan = new XmlScanner(xml);
  const strings: string[] = [];
  let text = "";
  let inItem = false;
  let inText = false;
  for (let token = scan.next(); token !== END; token = scan.next()) {
    if (token === OPEN) {
      const name = scan.name;
      if (name === "si") {
        text = "";
        inItem = !scan.selfClosing;
        if (scan.selfClosing) strings.push("");
      } else if (name === "t" && inItem) {
        inText = !scan.selfClosing;
      } else if (name === "rPh" || name === "phoneticPr") {
        scan.skipElement(); // phonetic guides are not part of the text
      }
    } else if (token === TEXT) {
      if (inText) text += scan.text();
    } else if (token === CLOSE) {
      if (scan.name === "t") inText = false;
      else if (scan.name === "si") {
        strings.push(detach(excelText(text)));
        inItem = false;
      }
    }
  }
  return strings;
}

/** Per cell style index: whether its number format is a date or time format. */
function readDateStyles(part: Uint8Array | null): boolean[] {
  if (part === null) return [];
  return plainDateStyles(part) ?? readDateStylesXml(utf8.decode(part));
}

const NUM_FMT = bytesOf("numFmt");
const CELL_XFS = bytesOf("cellXfs");
const XF = bytesOf("xf");
const NUM_FMT_ATTRIBUTES = [bytesOf("numFmtId"), bytesOf("formatCode")];
const XF_ATTRIBUTES = [bytesOf("numFmtId")];

/**
 * readDateStylesXml on the part's bytes (./tags.ts), when its tags are plain: the styles are nearly all
 * markup, most of it fonts, fills and borders, and the font names make the part costly to decode whole.
 * null otherwise: the general scanner reads it, and decides.
 */
function plainDateStyles(part: Uint8Array): boolean[] | null {
  const tags = new ByteTags(part);
  const custom = new Map<number, string>();
  const dates: boolean[] = [];
  const starts = [-1, -1];
  const ends = [-1, -1];
  let inCellXfs = false;
  let skipping = -1; // inside an <xf>, skipped whole: the depth it opened at
  for (;;) {
    const token = tags.next();
    if (token === NOT_PLAIN) return null;
    if (token === TAG_END) return dates;
    if (token === TAG_CLOSE) {
      if (skipping < 0 && tags.is(CELL_XFS)) inCellXfs = false;
      else if (tags.depth === skipping) skipping = -1;
      continue;
    }
    if (skipping >= 0) continue;
    if (tags.is(NUM_FMT)) {
      if (!tags.attrs(NUM_FMT_ATTRIBUTES, starts, ends)) return null;
      const id = starts[0] < 0 ? NaN : wholeNumber(part, starts[0], ends[0]);
      if (!Number.isNaN(id) && starts[1] >= 0) custom.set(id, text(part, starts[1], ends[1]).replace(/\\(.)/g, "$1"));
    } else if (tags.is(CELL_XFS)) {
      inCellXfs = !tags.selfClosing;
    } else if (inCellXfs && tags.is(XF)) {
      if (!tags.attrs(XF_ATTRIBUTES, starts, ends)) return null;
      dates.push(isDateStyle(starts[0] < 0 ? 0 : wholeNumber(part, starts[0], ends[0]), custom));
      if (!tags.selfClosing) skipping = tags.depth - 1;
    }
  }
}

/** An attribute's value as parseInt(value, 10) reads it: plain digits in place, anything else decoded first. */
function wholeNumber(part: Uint8Array, start: number, end: number): number {
  const n = end > start ? plainNumber(part, start, end) : -1;
  return n >= 0 ? n : parseInt(text(part, start, end), 10);
}

/** Whether number format `id` (0 or NaN: none) is a date format, by the part's own formats or the built-in ones. */
function isDateStyle(id: number, custom: ReadonlyMap<number, string>): boolean {
  const code = id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined;
  return code !== undefined && isDateFormat(code);
}

function readDateStylesXml(xml: string): boolean[] {
  const scan = new XmlScanner(xml);
  const custom = new Map<number, string>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  for (let token = scan.next(); token !== END; token = scan.next()) {
    if (token === OPEN) {
      if (scan.name === "numFmt") {
        const id = parseInt(scan.attr("numFmtId") ?? "", 10);
        const code = scan.attr("formatCode");
        if (!Number.isNaN(id) && code !== undefined) custom.set(id, code.replace(/\\(.)/g, "$1"));
      } else if (scan.name === "cellXfs") {
        inCellXfs = !scan.selfClosing;
      } else if (scan.name === "xf" && inCellXfs) {
        dates.push(isDateStyle(parseInt(scan.attr("numFmtId") ?? "0", 10), custom));
        if (!scan.selfClosing) scan.skipElement();
      }
    } else if (token === CLOSE && scan.name === "cellXfs") {
      inCellXfs = false;
    }
  }
  return dates;
}

/** The built-in number formats with a fixed code (ECMA-376 18.8.30) that ExcelJS reads as dates or not. */
const BUILT_IN_FORMATS: Record<number, string> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** A date or time format: a date letter outside quotes and brackets (as ExcelJS decides it). */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

// ---------------------------------------------------------------------------------------------
// Worksheets

interface SheetContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  formulas: boolean;
  maxCells: number;
  cellsLeft: number;
}

interface SharedFormula {
  formula: string;
  row: number;
  col: number;
}

/**
 * A row gathers its values here while its cells come, then is copied into a list of its own width: a list
 * grown cell by cell keeps room for 17 or more (a row of 11 values kept 6 empty slots, of one value 16),
 * which the grid holds through validation (the 50,000-row plan's rows: 14.8 → 10 MB).
 */
const LINE_WIDTH = 1024;

/** What a worksheet's cells build: values and formulas by row (sparse while reading), shared formulas' masters. */
class Cells {
  private readonly rows: CellValue[][] = [];
  readonly formulas: (string | null)[][] = [];
  private readonly shared = new Map<string, SharedFormula>();
  anyFormula = false;
  /** The row being gathered (-1: none), its values so far in `line` and how wide they reach. */
  private lineRow = -1;
  private readonly line: (CellValue | undefined)[] = [];
  private lineWidth = 0;

  constructor(private readonly context: SheetContext) {}

  /** The values by row, the row being gathered included. */
  get values(): CellValue[][] {
    this.endLine();
    return this.rows;
  }

  /** A cell's formula text: as written, or a shared formula's child's moved from its master; null if none. */
  formula(row: number, col: number, written: string | null, isShared: boolean, sharedIndex: string | undefined, sharedRef: string | undefined): string | null {
    let text = written !== null && written !== "" ? written : null;
    if (isShared && sharedIndex !== undefined) {
      if (sharedRef !== undefined && text !== null) this.shared.set(sharedIndex, { formula: text, row, col });
      else if (text === null) {
        const master = this.shared.get(sharedIndex);
        if (master) text = slideFormula(master.formula, row - master.row, col - master.col);
      }
    }
    return text;
  }

  put(row: number, col: number, value: CellValue, formula: string | null, isFormula: boolean): void {
    const context = this.context;
    if (value !== null) {
      if (--context.cellsLeft < 0) throw tooLarge("cells", context.maxCells);
      if (row === this.lineRow && col < LINE_WIDTH) {
        this.line[col] = value;
        if (col >= this.lineWidth) this.lineWidth = col + 1;
      } else {
        this.putAside(row, col, value);
      }
    }
    if (context.formulas && isFormula && formula !== null) {
      (this.formulas[row] ??= [])[col] = detach(`=${formula.replace(/(^|[^A-Za-z0-9_.])_xl(?:fn|ws)\./g, "$1")}`);
      this.anyFormula = true;
    }
  }

  /**
   * A value outside the row being gathered: the first of another row, which is gathered next unless it has
   * values already (met again after another row); those, and a value far to the right (one in column XFD), are
   * written in place.
   */
  private putAside(row: number, col: number, value: CellValue): void {
    this.endLine();
    if (this.rows[row] === undefined && col < LINE_WIDTH) {
      this.lineRow = row;
      this.line[col] = value;
      this.lineWidth = col + 1;
    } else {
      (this.rows[row] ??= [])[col] = value;
    }
  }

  /** The row gathered, copied into a list of its width, and the line emptied for the next. */
  private endLine(): void {
    const width = this.lineWidth;
    if (this.lineRow >= 0 && width > 0) {
      // Missing cells are copied as undefined, which densify reads as missing, as it reads a hole.
      this.rows[this.lineRow] = this.line.slice(0, width) as CellValue[];
      this.line.fill(undefined, 0, width);
    }
    this.lineRow = -1;
    this.lineWidth = 0;
  }
}

/**
 * A worksheet part: its <sheetData> and <mergeCells> scanned as bytes (./sheetData.ts), the rest checked
 * there too, or read with the general scanner when it holds more; when the cells are not in the shape the
 * byte scan reads, the whole part with the general scanner, which then decides what the part gives.
 */
function readSheet(name: string, part: Uint8Array, context: SheetContext): SheetGrid {
  const start = sheetDataStart(part);
  if (start >= 0) {
    const cellsLeft = context.cellsLeft;
    try {
      const sheet = readSheetBytes(name, part, start, context);
      if (sheet) return sheet;
    } catch {
      // the general reader decides, errors included
    }
    context.cellsLeft = cellsLeft;
  }
  return readSheetXml(name, utf8.decode(part), context, null);
}

function readSheetBytes(name: string, part: Uint8Array, start: number, context: SheetContext): SheetGrid | null {
  const cells = new Cells(context);
  const cell = rawCell();
  const finish = (): void => putCell(cells, cell, part, context);
  const end = scanSheetData(part, start, cell, finish);
  return end < 0 ? null : sheetRest(name, part, start, end, cells, context);
}

/** The cell the byte scan has just read (`cell`, its value's bytes in `bytes`) put into `cells`. */
function putCell(cells: Cells, cell: RawCell, bytes: Uint8Array, context: SheetContext): void {
  // most cells have no formula: no call for them
  const formula = cell.formula === null && !cell.isShared ? null : cells.formula(cell.row, cell.col, cell.formula, cell.isShared, cell.sharedIndex, cell.sharedRef);
  const isFormula = formula !== null || cell.isShared;
  let value: CellValue = null;
  if (cell.rawStart >= 0) value = cellValueAt(bytes, cell, context, isFormula);
  else if (cell.type === "inlineStr" && cell.inlineSeen) value = excelText(cell.inline);
  else if (cell.emptyValue && isFormula && cell.type === "str") value = COMPUTED_EMPTY;
  cells.put(cell.row, cell.col, value, formula, isFormula);
}

/**
 * How far into a part readSheetPieces looks for <sheetData> before it reads the sheet only once the part is whole:
 * Excel writes it after a few hundred bytes of views and columns, and each piece is searched from the start.
 */
const SHEET_DATA_WITHIN = 1024 * 1024;

const EMPTY = new Uint8Array(0);

/**
 * A worksheet part inflated in pieces (readXlsxPieces): each piece is the part so far, in one buffer. Its rows are
 * scanned as they come, each only once whole (./sheetData.ts scanSheetRows), and the rest once the part is whole,
 * as readSheetBytes reads it. A sheet the byte scan declines is read by readSheet once the part is whole, from
 * the start, as readXlsx reads it. null when the inflater fails.
 */
async function readSheetPieces(name: string, pieces: AsyncIterable<Uint8Array>, context: SheetContext): Promise<SheetGrid | null> {
  const cellsLeft = context.cellsLeft;
  let cells: Cells | null = null;
  const cell = rawCell();
  // the cells of the rows inflated so far, read from them
  let rows: Uint8Array = EMPTY;
  const finish = (): void => putCell(cells as Cells, cell, rows, context);
  let part: Uint8Array | null = null;
  const scan: RowScan = { pos: -1, row: -1 };
  let start = -1;
  let end = -1; // where </sheetData> starts, once met
  let declined = false;
  try {
    for await (const piece of pieces) {
      const searched = part === null ? 0 : part.length - 5; // a "</row>" that ended before is found already
      part = piece;
      if (declined || end >= 0) continue;
      if (start < 0) {
        start = sheetDataStart(piece);
        if (start < 0) {
          declined = piece.length > SHEET_DATA_WITHIN;
          continue;
        }
        scan.pos = start;
        cells = new Cells(context);
      }
      const whole = rowsEnd(piece, Math.max(scan.pos, searched));
      if (whole < 0) continue;
      rows = piece.subarray(0, whole);
      try {
        const at = scanSheetRows(rows, scan, cell, finish);
        if (at >= 0) end = at;
        else declined = at !== MORE_ROWS;
      } catch {
        declined = true;
      }
    }
  } catch {
    return null; // the inflater failed: the caller reads the bytes again, without pieces, and that read decides
  }
  if (part === null) return null;
  let sheet: SheetGrid | null = null;
  if (cells !== null && !declined) {
    rows = part;
    try {
      if (end < 0) end = scanSheetRows(part, scan, cell, finish);
      if (end >= 0) sheet = sheetRest(name, part, start, end, cells, context);
    } catch {
      // the general reader decides, errors included
    }
  }
  if (sheet === null) {
    // declined, <sheetData> not found in the pieces, or a failure at the end: from the start, as readXlsx reads it
    context.cellsLeft = cellsLeft;
    sheet = readSheet(name, part, context);
  }
  release(part);
  return sheet;
}

/**
 * The sheet once its rows are read from the bytes up to `end` (where </sheetData> starts): its merges read there
 * too and the rest checked, or the rest read with the general scanner.
 */
function sheetRest(name: string, part: Uint8Array, start: number, end: number, cells: Cells, context: SheetContext): SheetGrid {
  const merges: MergedArea[] = [];
  const mergeCells = scanMergeCells(part, end, (from, to) => {
    const area = plainRange(part, from, to) ?? parseRange(text(part, from, to));
    if (area) merges.push(area);
  });
  if (plainRest(part, { start, end }, mergeCells)) return sheetGrid(name, cells, merges);
  // The part without the cells and merges read, for the general scanner.
  const head = utf8.decode(part.subarray(0, start));
  if (!mergeCells) return readSheetXml(name, head + utf8.decode(part.subarray(end)), context, { cells, at: head.length, merges, mergesAt: -1 });
  const middle = utf8.decode(part.subarray(end, mergeCells.start));
  const xml = head + middle + utf8.decode(part.subarray(mergeCells.end));
  return readSheetXml(name, xml, context, { cells, at: head.length, merges, mergesAt: head.length + middle.length });
}

/** A plain number or shared-string index read in place; anything else as the general reader reads it. */
function cellValueAt(part: Uint8Array, cell: RawCell, context: SheetContext, isFormula: boolean): CellValue {
  const type = cell.type;
  if (type === "n" || (type === "s" && !isFormula)) {
    const n = plainNumber(part, cell.rawStart, cell.rawEnd);
    if (n >= 0) return type === "n" ? numberValue(n, cell.style, context) : (context.sharedStrings[n] ?? null);
  }
  return cellValue(type, text(part, cell.rawStart, cell.rawEnd), cell.style, context, isFormula);
}

/** The attributes read of a cell and of its formula, each tag scanned once. */
const CELL_ATTRIBUTES = ["r", "t", "s"] as const;
const FORMULA_ATTRIBUTES = ["t", "si", "ref"] as const;

/** What readSheetBytes read of a part: its cells, whose <sheetData> tag ends at `at`; its merges, whose <mergeCells> tag ends at `mergesAt` (-1: none read). */
interface ReadFromBytes {
  cells: Cells;
  at: number;
  merges: MergedArea[];
  mergesAt: number;
}

/**
 * A worksheet's XML with the general scanner. `read`: what was read from the bytes, to take in where its
 * elements stand (one anywhere else means the byte scan read something else: an error, to start over).
 */
function readSheetXml(name: string, xml: string, context: SheetContext, read: ReadFromBytes | null): SheetGrid {
  const scan = new XmlScanner(xml);
  const found: (string | undefined)[] = [undefined, undefined, undefined];
  const cells = read ? read.cells : new Cells(context);
  let readAt = read ? read.at : -1;
  let mergesAt = read ? read.mergesAt : -1;
  const merges: MergedArea[] = [];

  let row = -1;
  let col = -1;
  // the open cell
  let type = "";
  let style = 0;
  let raw: string | null = null;
  let formula: string | null = null;
  let sharedIndex: string | undefined;
  let sharedRef: string | undefined;
  let isShared = false;
  let inline = "";
  let collecting: "v" | "f" | "t" | null = null;
  let inInline = false;
  let inSheetData = false;

  const finishCell = (): void => {
    const text = cells.formula(row, col, formula, isShared, sharedIndex, sharedRef);
    const isFormula = text !== null || isShared;
    let value: CellValue = null;
    if (raw !== null) value = cellValue(type, raw, style, context, isFormula);
    else if (type === "inlineStr" && inInlineSeen) value = detach(excelText(inline));
    else if (valueSeen && isFormula && type === "str") value = COMPUTED_EMPTY;
    cells.put(row, col, value, text, isFormula);
  };
  let inInlineSeen = false;
  let valueSeen = false;

  for (let token = scan.next(); token !== END; token = scan.next()) {
    if (token === TEXT) {
      if (collecting === "v") raw = (raw ?? "") + scan.text();
      else if (collecting === "f") formula = (formula ?? "") + scan.text();
      else if (collecting === "t") inline += scan.text();
      continue;
    }
    const tag = scan.name;
    if (token === OPEN) {
      switch (tag) {
        case "sheetData":
          if (readAt >= 0) {
            if (scan.offset !== readAt) throw new Error("not the <sheetData> read from the bytes");
            readAt = -1;
          }
          inSheetData = !scan.selfClosing;
          break;
        case "row": {
          if (!inSheetData) break;
          const r = scan.attr("r");
          row = r !== undefined ? parseInt(r, 10) - 1 : row + 1;
          if (!(row >= 0 && row < MAX_ROW)) throw new XmlError(`bad row number ${r}`);
          col = -1;
          break;
        }
        case "c": {
          if (!inSheetData) break;
          scan.attrs(CELL_ATTRIBUTES, found);
          const ref = found[0];
          if (ref !== undefined) {
            const at = parseRef(ref);
            if (!at) throw new XmlError(`bad cell reference ${ref}`);
            row = at.row;
            col = at.col;
          } else {
            col++;
            if (row < 0) row = 0;
          }
          type = found[1] ?? "n";
          const s = found[2];
          style = s === undefined ? 0 : parseInt(s, 10) || 0;
          raw = null;
          formula = null;
          sharedIndex = undefined;
          sharedRef = undefined;
          isShared = false;
          inline = "";
          inInlineSeen = false;
          valueSeen = false;
          if (scan.selfClosing) finishCell();
          break;
        }
        case "v":
          valueSeen = true;
          if (!scan.selfClosing) collecting = "v";
          break;
        case "f":
          scan.attrs(FORMULA_ATTRIBUTES, found);
          if (found[0] === "shared") {
            isShared = true;
            sharedIndex = found[1];
            sharedRef = found[2];
          }
          if (!scan.selfClosing) collecting = "f";
          break;
        case "is":
          inInline = !scan.selfClosing;
          inInlineSeen = true;
          break;
        case "t":
          if (inInline && !scan.selfClosing) collecting = "t";
          break;
        case "rPh":
          scan.skipElement();
          break;
        case "mergeCells":
          if (mergesAt >= 0) {
            if (scan.offset !== mergesAt) throw new Error("not the <mergeCells> read from the bytes");
            for (const area of (read as ReadFromBytes).merges) merges.push(area);
            mergesAt = -1;
          }
          break;
        case "mergeCell": {
          const ref = scan.attr("ref");
          const area = ref === undefined ? null : parseRange(ref);
          if (area) merges.push(area);
          break;
        }
        // skipped whole; ./sheetData.ts plainRest knows these, and the elements read above, by name
        case "hyperlinks":
        case "dataValidations":
        case "conditionalFormatting":
        case "extLst":
        case "sheetViews":
        case "cols":
        case "headerFooter":
          scan.skipElement();
          break;
      }
    } else if (token === CLOSE) {
      switch (tag) {
        case "v":
        case "f":
        case "t":
          collecting = null;
          break;
        case "is":
          inInline = false;
          break;
        case "c":
          if (inSheetData) finishCell();
          break;
        case "sheetData":
          inSheetData = false;
          break;
      }
    }
  }

  if (readAt >= 0 || mergesAt >= 0) throw new Error("what was read from the bytes is not an element");
  return sheetGrid(name, cells, merges);
}

/** The sheet from its cells and merged areas (in the part's order): covered cells cleared, rows made dense. */
function sheetGrid(name: string, cells: Cells, merges: MergedArea[]): SheetGrid {
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  clearCovered(cells.values, cells.formulas, merges);
  const sheet: SheetGrid = { name, values: densify(cells.values), merges };
  if (cells.anyFormula) sheet.formulas = densify(cells.formulas);
  return sheet;
}

/**
 * A text formula whose <v> is there but empty (<c t="str"><f>IF(…,"",…)</f><v></v></c>): computed, as empty text.
 * Not null, which is a formula saved without its value (no <v>): the engine tells the two apart (a 실적 left to a
 * formula that gives "" is empty, not uncomputed). ExcelJS reads both as null.
 */
const COMPUTED_EMPTY = "";

/** A cell's value from its type, raw <v> text and style, as ExcelJS models it. */
function cellValue(type: string, raw: string, style: number, context: SheetContext, isFormula: boolean): CellValue {
  switch (type) {
    case "s": {
      if (isFormula) return numberValue(parseFloat(raw), style, context);
      const text = context.sharedStrings[parseInt(raw, 10)];
      return text === undefined ? null : text;
    }
    case "str":
      return detach(excelText(raw));
    case "inlineStr":
      return isFormula ? numberValue(parseFloat(raw), style, context) : detach(excelText(raw));
    case "b":
      return parseInt(raw, 10) !== 0;
    case "e":
      return { error: detach(raw) };
    default:
      return numberValue(parseFloat(raw), style, context);
  }
}

function numberValue(n: number, style: number, context: SheetContext): CellValue {
  if (!Number.isFinite(n)) return { error: "#NUM!" };
  if (context.dateStyles[style]) {
    const ms = Math.round((n - 25569 + (context.date1904 ? 1462 : 0)) * 86_400_000);
    return dateText(new Date(ms));
  }
  return n;
}

/**
 * Covered cells of each merged area read as null (Excel shows them empty); only cells present are visited.
 * Called once a sheet, it runs mostly before V8 optimises it (81,000 areas in the 50,000-row plan): an
 * indexed loop, the bounds read once, and no call for the formulas of a sheet that has none — the plan's
 * pass 230 → 50 ms.
 */
function clearCovered(values: CellValue[][], formulas: (string | null)[][], merges: readonly MergedArea[]): void {
  // A formula saved without its value may stand below the last row with a value: each list to its own end.
  const lastRow = Math.min(Math.max(values.length, formulas.length) - 1, MAX_ROW);
  const withFormulas = formulas.length > 0;
  for (let i = 0; i < merges.length; i++) {
    const area = merges[i];
    const last = Math.min(area.bottom, lastRow);
    for (let r = area.top; r <= last; r++) {
      clearCoveredInRow(values[r], area, r);
      if (withFormulas) clearCoveredInRow(formulas[r], area, r);
    }
  }
}

/** The cells of row `r` that `area` covers, its top-left (master) cell kept. */
function clearCoveredInRow(line: (CellValue | string | null)[] | undefined, area: MergedArea, r: number): void {
  if (!line) return;
  const width = Math.min(area.right, line.length - 1) - area.left + 1;
  if (width <= 0) return;
  const first = r === area.top ? area.left + 1 : area.left;
  // Walk the narrower of the area's columns and the cells present in the row. A narrow area's cells are
  // set to undefined, not deleted: a delete is a call into the runtime and makes the row holey (densify
  // reads both as missing).
  if (width <= 64) {
    for (let c = first; c < area.left + width; c++) (line as unknown[])[c] = undefined;
  } else {
    for (const key of Object.keys(line)) {
      const c = Number(key);
      if (c >= first && c <= area.right) delete line[c];
    }
  }
}

/**
 * Sparse rows → the Grid's arrays: rows with nothing become [], and a row's missing cells null, as the
 * ExcelJS read gave them (filled in place: rows are not copied). A row whose cells are far apart (one
 * value in column XFD) keeps its holes instead: a missing cell still reads as null (grid.ts cellValue)
 * but the row is not built 16,384 wide.
 */
function densify<T>(rows: T[][]): (T | null)[][] {
  const dense = rows as (T | null)[][];
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r] as (T | undefined)[] | undefined;
    if (!line) {
      dense[r] = [];
      continue;
    }
    // Trailing holes (a covered cell of a merge was last) do not widen the row.
    let width = line.length;
    while (width > 0 && line[width - 1] === undefined) width--;
    if (width !== line.length) line.length = width; // a call into the runtime even when the length stays
    if (width > 256) {
      let present = 0;
      for (const key in line) if (line[key as unknown as number] !== undefined) present++;
      if (width > 2 * present + 256) {
        // kept sparse: a covered cell set to undefined becomes a hole like any missing one
        for (const key in line) if (line[key as unknown as number] === undefined) delete line[key as unknown as number];
        continue;
      }
    }
    for (let c = 0; c < width; c++) if (line[c] === undefined) (line as (T | null)[])[c] = null;
  }
  let count = dense.length;
  while (count > 0 && dense[count - 1].length === 0) count--;
  dense.length = count;
  return dense;
}

// ---------------------------------------------------------------------------------------------
// References and formulas

function parseRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  const length = ref.length;
  for (; i < length; i++) {
    const ch = ref.charCodeAt(i) | 0x20; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === 0 || i === length || col > MAX_COL) return null;
  let row = 0;
  for (; i < length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + (ch - 48);
  }
  if (row < 1 || row > MAX_ROW) return null;
  return { row: row - 1, col: col - 1 };
}

function parseRange(ref: string): MergedArea | null {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const a = parseRef(from);
  const b = parseRef(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const REFERENCE_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** A shared formula moved by (rows, cols): relative references shift, absolute ones stay (ExcelJS's rule). */
export function slideFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(REFERENCE_CANDIDATE, (whole, sheet: string | undefined, _name, address: string, paren) => {
    if (paren) return whole;
    const match = CELL_REFERENCE.exec(address);
    if (!match) return whole;
    const [, colDollar, colText, rowDollar, rowText] = match;
    const letters = colText.toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return whole;
    let col = 0;
    for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
    let row = parseInt(rowText, 10);
    if (!colDollar) col += cols;
    if (!rowDollar) row += rows;
    return `${sheet ?? ""}${colDollar ?? ""}${columnLetters(col - 1)}${rowDollar ?? ""}${row}`;
  });
}

// ---------------------------------------------------------------------------------------------
// Text

/**
 * A string cut from a part's XML, copied out of it: V8 keeps a slice of a long string as a view of the
 * whole, so one cell's text would keep the whole sheet's XML (120 MB for 50,000 rows) alive with the grid.
 * Slicing a fresh concatenation flattens it into a string of its own first. Short slices are copies already.
 */
function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * OOXML escapes characters XML cannot carry as _xHHHH_ (Excel writes a cell's "\r\n" as "_x000D_\n";
 * a literal "_x0041_" as "_x005F_x0041_"). One left-to-right pass undoes that; line breaks become "\n".
 */
export function excelText(text: string): string {
  const unescaped = text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
  return unescaped.includes("\r") ? unescaped.replace(/\r\n?/g, "\n") : unescaped;
}
