/**
 * A worksheet's <sheetData> read straight from the part's bytes, in the one shape Excel and ExcelJS write:
 * unprefixed <row>, <c>, <v>, <f> and <is><t> elements, attributes as name="value". Nearly all of a plan's
 * bytes are here: scanning them as bytes (no decoded copy of the part, which is 110 MB of two-byte string
 * for the 50,000-row plan; no token or attribute strings; numbers and shared-string indexes read in place)
 * with <mergeCells> read the same way and zlib inflating, reading that plan went from 2.4 to 0.8 s CPU and
 * its peak from 236 to 135 MB RSS (the sample: 2.7 to 1.1 ms per warm read).
 *
 * Syntax only: the cell's parts go to `finish`, which gives them meaning (readXlsx.ts). Anything outside
 * that shape — a comment, CDATA, a prefix, an entity in an attribute read, another element, a tag that
 * does not close — returns -1, and the caller reads the part with the general scanner (xml.ts) instead,
 * which decides what such a part gives, errors included.
 */
import type { MergedArea } from "../../engine/grid";
import * as tags from "./tags";
import { decodeEntities } from "./xml";

// Local constants, not imported names: compiled to CommonJS, each use of an imported or exported constant
// is a read of a module's property, in every loop below (a cold read of the 50,000-row plan: 8% fewer instructions).
const { APOS, ByteTags, bytesOf, EQUALS, GT, LT, NOT_PLAIN, QUOTE, sameName, SLASH, TAG_CLOSE, TAG_END } = tags;

/** The open cell, filled by the scan and read by `finish`; one per sheet, reused. */
export interface RawCell {
  row: number;
  col: number;
  /** The t attribute ("n" when absent). */
  type: string;
  style: number;
  /** The <v> text as bytes [rawStart, rawEnd); rawStart -1 when the cell has no <v> text. */
  rawStart: number;
  rawEnd: number;
  /** A <v> with no text: a formula's result computed as empty text ("" is a value, no <v> none). */
  emptyValue: boolean;
  /** The <f> text (entities decoded), null without one. */
  formula: string | null;
  isShared: boolean;
  sharedIndex: string | undefined;
  sharedRef: string | undefined;
  /** The <is> text (entities decoded) and whether the cell had an <is>. */
  inline: string;
  inlineSeen: boolean;
}

export function rawCell(): RawCell {
  return { row: -1, col: -1, type: "n", style: 0, rawStart: -1, rawEnd: -1, emptyValue: false, formula: null, isShared: false, sharedIndex: undefined, sharedRef: undefined, inline: "", inlineSeen: false };
}

const AMP = 38;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
export { MAX_COL, MAX_ROW };

/**
 * Scans the content of <sheetData> from `start` (just after its open tag), calling `finish` at each cell's
 * end. Returns where `</sheetData>` starts, or -1 when the content is not in the shape read here.
 */
export function scanSheetData(bytes: Uint8Array, start: number, cell: RawCell, finish: () => void): number {
  const end = scanSheetRows(bytes, { pos: start, row: -1 }, cell, finish);
  return end === MORE_ROWS ? -1 : end;
}

/** Where a scan of <sheetData>'s rows stands between pieces of its part: the next byte to read, the last row's index. */
export interface RowScan {
  pos: number;
  row: number;
}

/** scanSheetRows: the bytes ended between two rows, where `scan` now stands. */
export const MORE_ROWS = -2;

/**
 * scanSheetData over the part as far as it has been inflated (../readFile.ts inflates a large part in pieces),
 * resuming where `scan` stands; `bytes` end just past a `</row>` (rowsEnd), or are the whole part. The scan reads
 * no byte past a row's `</row>`, so the rows it reads of a piece are read as in the whole part; a row the piece
 * cuts short reads past its end, where no tag or text is accepted, and is declined (-1).
 */
export function scanSheetRows(bytes: Uint8Array, scan: RowScan, cell: RawCell, finish: () => void): number {
  const tag = new Tag();
  let pos = scan.pos;
  let row = scan.row;
  for (;;) {
    // in sheetData: text between rows is ignored, as the general reader ignores it
    const lt = nextTag(bytes, pos);
    if (lt < 0) {
      scan.pos = pos;
      scan.row = row;
      return MORE_ROWS;
    }
    if (isClose(bytes, lt, SHEET_DATA)) return lt;
    let r = tag.excelRow(bytes, lt);
    if (r < 0) {
      if (!tag.open(bytes, lt, ROW, ROW_ATTRIBUTES)) return -1;
      r = tag.digits(0);
      if (r === -2) return -1;
    }
    row = r === -1 ? row + 1 : r - 1;
    if (!(row >= 0 && row < MAX_ROW)) return -1;
    pos = tag.end;
    if (tag.selfClosing) continue;
    let col = -1;
    for (;;) {
      const at = nextTag(bytes, pos);
      if (at < 0) return -1;
      if (isClose(bytes, at, ROW)) {
        pos = at + ROW.length + 3;
        break;
      }
      const read = tag.excelCell(bytes, at, cell) || tag.cell(bytes, at, cell);
      if (read === NOT_READ) return -1;
      if (read === WITH_REF) {
        row = cell.row;
        col = cell.col;
      } else {
        cell.row = row;
        cell.col = ++col;
      }
      pos = tag.end;
      if (tag.selfClosing) continue; // holds nothing: no value, no formula
      cell.rawStart = -1;
      cell.emptyValue = false;
      cell.formula = null;
      cell.isShared = false;
      cell.sharedIndex = undefined;
      cell.sharedRef = undefined;
      cell.inline = "";
      cell.inlineSeen = false;
      pos = cellContent(bytes, pos, cell, tag);
      if (pos < 0) return -1;
      finish();
    }
  }
}

/**
 * Just past the last `</row>` that ends in bytes[from, bytes.length), or -1: where a scan of the rows inflated so
 * far may stop (scanSheetRows). Searched back from the end: the last row ends a few hundred bytes before it.
 */
export function rowsEnd(bytes: Uint8Array, from: number): number {
  for (let at = bytes.length - ROW.length - 3; at >= from; at--) {
    if (bytes[at] === LT && bytes[at + 1] === SLASH && bytes[at + 2] === 114 /* r */ && bytes[at + 3] === 111 /* o */ && bytes[at + 4] === 119 /* w */ && bytes[at + 5] === GT) return at + 6;
  }
  return -1;
}

/** Where <sheetData>'s content starts (just past its open tag); -1 without one, or an empty one. */
export function sheetDataStart(bytes: Uint8Array): number {
  const at = findTag(bytes, 0, SHEET_DATA);
  const tag = new Tag();
  return at >= 0 && tag.open(bytes, at, SHEET_DATA) && !tag.selfClosing ? tag.end : -1;
}

/**
 * The first <mergeCells> from `from`, when it holds only <mergeCell ref="…"/> elements (81,000 of them in
 * the 50,000-row plan): where its content starts and ends (where </mergeCells> starts), each ref's bytes
 * given to `ref` in order. null without one or in another shape: the general scanner reads it then.
 */
export function scanMergeCells(bytes: Uint8Array, from: number, ref: (start: number, end: number) => void): { start: number; end: number } | null {
  const at = findTag(bytes, from, MERGE_CELLS);
  const tag = new Tag();
  if (at < 0 || !tag.open(bytes, at, MERGE_CELLS) || tag.selfClosing) return null;
  const start = tag.end;
  for (let pos = start; ; ) {
    const lt = nextTag(bytes, pos);
    if (lt < 0) return null;
    if (isClose(bytes, lt, MERGE_CELLS)) return { start, end: lt };
    // <mergeCell ref="…"/> exactly, as Excel writes each: the reference's bytes without the general tag reader.
    const quote = plainMergeCell(bytes, lt);
    if (quote >= 0) {
      ref(lt + MERGE_CELL_REF.length, quote);
      pos = quote + 3;
      continue;
    }
    if (!tag.open(bytes, lt, MERGE_CELL, MERGE_ATTRIBUTES) || !tag.selfClosing || tag.value(0) === -2) return null;
    if (tag.value(0) >= 0) ref(tag.valueStart[0], tag.valueEnd[0]);
    pos = tag.end;
  }
}

/**
 * Whether the part around the cells and merges the byte scan read (`data`: where <sheetData>'s content
 * starts and ends; `merges`: <mergeCells>'s, or null) holds nothing the sheet's reader takes: no other
 * <sheetData>, <row>, <c>, <v>, <f>, <is>, <t>, <rPh>, <mergeCells> or <mergeCell> outside the elements
 * it skips, and plain tags (./tags.ts). Then the grid is what the bytes gave, and the part is not decoded
 * and scanned again (the sample plan's sheets carry a few dozen such tags: views, columns, margins).
 * false for anything else, comments and CDATA included: the general scanner reads the rest, and decides.
 */
export function plainRest(bytes: Uint8Array, data: { start: number; end: number }, merges: { start: number; end: number } | null): boolean {
  const tags = new ByteTags(bytes);
  let seen = merges ? 0 : 2; // bits: sheetData 1, mergeCells 2
  let skipping = -1; // inside an element the sheet's reader skips whole: the depth it opened at
  for (;;) {
    const token = tags.next();
    if (token === NOT_PLAIN) return false;
    if (token === TAG_END) return seen === 3;
    if (token === TAG_CLOSE) {
      if (tags.depth === skipping) skipping = -1;
      continue;
    }
    if (skipping >= 0) continue;
    if (tags.isOneOf(READ_ELEMENTS)) {
      // only the two elements read from the bytes, unprefixed, where they were read
      if (tags.localStart !== tags.nameStart || tags.selfClosing) return false;
      if (!(seen & 1) && tags.offset === data.start && tags.is(SHEET_DATA)) {
        seen |= 1;
        tags.closeAt(data.end + SHEET_DATA.length + 3);
      } else if (merges && !(seen & 2) && tags.offset === merges.start && tags.is(MERGE_CELLS)) {
        seen |= 2;
        tags.closeAt(merges.end + MERGE_CELLS.length + 3);
      } else {
        return false;
      }
    } else if (!tags.selfClosing && tags.isOneOf(SKIPPED_ELEMENTS)) {
      skipping = tags.depth - 1;
    }
  }
}

/** Where the closing quote of `<mergeCell ref="…"/>` at `at` stands; -1 when the tag is written otherwise or the value holds "&". */
function plainMergeCell(bytes: Uint8Array, at: number): number {
  for (let k = 0; k < MERGE_CELL_REF.length; k++) if (bytes[at + k] !== MERGE_CELL_REF[k]) return -1;
  let i = at + MERGE_CELL_REF.length;
  for (let ch = bytes[i]; ch !== QUOTE; ch = bytes[++i]) if (ch === undefined || ch === AMP) return -1;
  return bytes[i + 1] === SLASH && bytes[i + 2] === GT ? i : -1;
}

/** Where the first open tag `<name` from `from` starts, or -1. */
function findTag(bytes: Uint8Array, from: number, name: Uint8Array): number {
  for (let at = bytes.indexOf(LT, from); at >= 0; at = bytes.indexOf(LT, at + 1)) {
    let k = 0;
    while (k < name.length && bytes[at + 1 + k] === name[k]) k++;
    const after = bytes[at + 1 + k];
    if (k === name.length && (after === GT || after === SLASH || after <= 32)) return at;
  }
  return -1;
}

/**
 * A range written plainly ("A1:B2", "C3") as readXlsx.ts parseRange reads it; null for anything else
 * (then read as text by parseRange).
 */
export function plainRange(bytes: Uint8Array, start: number, end: number): MergedArea | null {
  let colon = -1;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === 58 && colon < 0) colon = i;
    else if (!((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122))) return null;
  }
  const a = cellRef(bytes, start, colon < 0 ? end : colon);
  const b = colon < 0 ? a : cellRef(bytes, colon + 1, end);
  if (a < 0 || b < 0) return null;
  const rowA = Math.floor(a / MAX_COL);
  const colA = a % MAX_COL;
  const rowB = Math.floor(b / MAX_COL);
  const colB = b % MAX_COL;
  return { top: Math.min(rowA, rowB), left: Math.min(colA, colB), bottom: Math.max(rowA, rowB), right: Math.max(colA, colB) };
}

/** The inside of a <c> up to and past its </c>; -1 when not in the shape read here. */
function cellContent(bytes: Uint8Array, pos: number, cell: RawCell, tag: Tag): number {
  for (;;) {
    const at = nextTag(bytes, pos);
    if (at < 0) return -1;
    if (isClose(bytes, at, C)) return at + C.length + 3;
    if (bytes[at + 1] === 118 /* v */ && bytes[at + 2] === GT) {
      // <v> with no attributes, as nearly every value is written: read here without the general tag reader
      // (a third of the 50,000-row plan's scan time was spent on tags), its text's end found without a call.
      if (cell.rawStart >= 0) return -1; // a second <v> in one cell: the general reader joins them
      pos = at + 3;
      let end = pos;
      while (end < bytes.length && bytes[end] !== LT) end++;
      if (!isClose(bytes, end, V)) return -1;
      if (end > pos) {
        cell.rawStart = pos;
        cell.rawEnd = end;
      } else cell.emptyValue = true;
      pos = end + V.length + 3;
    } else if (tag.open(bytes, at, V)) {
      pos = tag.end;
      if (tag.selfClosing) {
        cell.emptyValue = true;
        continue;
      }
      const end = textEnd(bytes, pos, V);
      if (end < 0 || cell.rawStart >= 0) return -1; // a second <v> in one cell: the general reader joins them
      if (end > pos) {
        cell.rawStart = pos;
        cell.rawEnd = end;
      } else cell.emptyValue = true;
      pos = end + V.length + 3;
    } else if (tag.open(bytes, at, F, FORMULA_ATTRIBUTES)) {
      if (tag.value(0) === -2 || tag.value(1) === -2 || tag.value(2) === -2) return -1;
      if (tag.value(0) !== -1 && tag.is(0, SHARED)) {
        cell.isShared = true;
        cell.sharedIndex = tag.value(1) === -1 ? undefined : decode(bytes, tag.valueStart[1], tag.valueEnd[1]);
        cell.sharedRef = tag.value(2) === -1 ? undefined : decode(bytes, tag.valueStart[2], tag.valueEnd[2]);
      }
      pos = tag.end;
      if (tag.selfClosing) continue;
      const end = textEnd(bytes, pos, F);
      if (end < 0) return -1;
      if (end > pos) cell.formula = (cell.formula ?? "") + text(bytes, pos, end);
      pos = end + F.length + 3;
    } else if (tag.open(bytes, at, IS)) {
      cell.inlineSeen = true;
      pos = tag.end;
      if (tag.selfClosing) continue;
      pos = inlineContent(bytes, pos, cell, tag);
      if (pos < 0) return -1;
    } else {
      return -1;
    }
  }
}

/** The inside of an <is> holding plain <t> elements, up to and past its </is>. */
function inlineContent(bytes: Uint8Array, pos: number, cell: RawCell, tag: Tag): number {
  for (;;) {
    const at = nextTag(bytes, pos);
    if (at < 0) return -1;
    if (isClose(bytes, at, IS)) return at + IS.length + 3;
    if (!tag.open(bytes, at, T)) return -1;
    pos = tag.end;
    if (tag.selfClosing) continue;
    const end = textEnd(bytes, pos, T);
    if (end < 0) return -1;
    if (end > pos) cell.inline += text(bytes, pos, end);
    pos = end + T.length + 3;
  }
}

/** The next "<" from `pos`: most often right there (tags follow each other), so looked at before calling indexOf. */
function nextTag(bytes: Uint8Array, pos: number): number {
  return bytes[pos] === LT ? pos : bytes.indexOf(LT, pos);
}

/** Where the text from `pos` ends, when `</name>` follows it; -1 otherwise. */
function textEnd(bytes: Uint8Array, pos: number, name: Uint8Array): number {
  const end = nextTag(bytes, pos);
  return end >= 0 && isClose(bytes, end, name) ? end : -1;
}

function isClose(bytes: Uint8Array, at: number, name: Uint8Array): boolean {
  if (bytes[at + 1] !== SLASH) return false;
  const length = name.length;
  for (let k = 0; k < length; k++) if (bytes[at + 2 + k] !== name[k]) return false;
  return bytes[at + 2 + length] === GT;
}

const SHEET_DATA = bytesOf("sheetData");
const ROW = bytesOf("row");
const C = bytesOf("c");
const V = bytesOf("v");
const F = bytesOf("f");
const IS = bytesOf("is");
const T = bytesOf("t");
const MERGE_CELLS = bytesOf("mergeCells");
const MERGE_CELL = bytesOf("mergeCell");
const MERGE_CELL_REF = bytesOf('<mergeCell ref="');
const SHARED = bytesOf("shared");
const STR = bytesOf("str");
const INLINE_STR = bytesOf("inlineStr");
/**
 * By local name, the elements a worksheet's reader (readXlsx.ts readSheetXml) takes something from, and
 * those it skips whole, whatever they hold (Excel's extensions hold formulas as <xm:f>).
 */
const READ_ELEMENTS = ["sheetData", "row", "c", "v", "f", "is", "t", "rPh", "mergeCells", "mergeCell"].map(bytesOf);
const SKIPPED_ELEMENTS = ["hyperlinks", "dataValidations", "conditionalFormatting", "extLst", "sheetViews", "cols", "headerFooter"].map(bytesOf);
/** The attributes read of each element. */
const NONE: Uint8Array[] = [];
const ROW_ATTRIBUTES = [bytesOf("r")];
const FORMULA_ATTRIBUTES = [bytesOf("t"), bytesOf("si"), bytesOf("ref")];
const MERGE_ATTRIBUTES = [bytesOf("ref")];

const NOT_READ = 0;
const WITH_REF = 1;
const WITHOUT_REF = 2;

/**
 * One open tag: its name checked, the wanted attributes' value positions found. Accepts only
 * `<name( attr="value")*( )?/?>` with plain attribute names; a wanted value holding "&" is marked -2 (the
 * caller gives up: the general reader decodes it).
 */
class Tag {
  end = 0;
  selfClosing = false;
  readonly valueStart = [-1, -1, -1];
  readonly valueEnd = [-1, -1, -1];
  private bytes: Uint8Array = new Uint8Array(0);

  open(bytes: Uint8Array, at: number, name: Uint8Array, names: readonly Uint8Array[] = NONE): boolean {
    const length = name.length;
    for (let k = 0; k < length; k++) if (bytes[at + 1 + k] !== name[k]) return false;
    let i = at + 1 + length;
    let ch = bytes[i];
    if (!(ch === GT || ch === SLASH || ch <= 32)) return false; // a longer name ("cols", "rPh")
    this.bytes = bytes;
    this.valueStart[0] = this.valueStart[1] = this.valueStart[2] = -1;
    let wanted = names.length;
    for (;;) {
      if (wanted === 0) return this.skipRest(bytes, i);
      while (ch <= 32) ch = bytes[++i];
      if (ch === GT) {
        this.selfClosing = false;
        this.end = i + 1;
        return true;
      }
      if (ch === SLASH) {
        if (bytes[i + 1] !== GT) return false;
        this.selfClosing = true;
        this.end = i + 2;
        return true;
      }
      const nameStart = i;
      while (isNameByte(ch)) ch = bytes[++i];
      if (i === nameStart || ch !== EQUALS) return false;
      const quote = bytes[i + 1];
      if (quote !== QUOTE && quote !== APOS) return false;
      const valueStart = i + 2;
      // Values are short: a loop beats a call to indexOf here.
      let valueEnd = valueStart;
      let entity = false;
      for (let b = bytes[valueEnd]; b !== quote; b = bytes[++valueEnd]) {
        if (b === undefined) return false;
        if (b === AMP) entity = true;
      }
      for (let k = 0; k < names.length; k++) {
        if (this.valueStart[k] === -1 && sameName(bytes, nameStart, i, names[k])) {
          this.valueStart[k] = entity ? -2 : valueStart;
          this.valueEnd[k] = valueEnd;
          wanted--;
          break;
        }
      }
      i = valueEnd + 1;
      ch = bytes[i];
      if (!(ch <= 32 || ch === GT || ch === SLASH)) return false; // attributes run together
    }
  }

  /**
   * A <row> tag as Excel writes it, `<row r="12" …>`, r first in double quotes: its number, the rest of
   * the tag passed over as `open` passes it, without its loop over attributes by name (80,000 rows in the
   * 50,000-row plan). -1 for anything else, which `open` reads (or not) as before.
   */
  excelRow(bytes: Uint8Array, at: number): number {
    if (bytes[at + 1] !== 114 /* r */ || bytes[at + 2] !== 111 /* o */ || bytes[at + 3] !== 119 /* w */ || bytes[at + 4] !== 32) return -1;
    if (bytes[at + 5] !== 114 /* r */ || bytes[at + 6] !== EQUALS || bytes[at + 7] !== QUOTE) return -1;
    const start = at + 8;
    let i = start;
    let n = 0;
    for (let ch = bytes[i]; ch >= 48 && ch <= 57 && i - start < 9; ch = bytes[++i]) n = n * 10 + (ch - 48);
    if (bytes[i] !== QUOTE || i === start) return -1;
    const ch = bytes[++i];
    if (!(ch <= 32 || ch === GT || ch === SLASH) || !this.skipRest(bytes, i)) return -1;
    return n;
  }

  /**
   * A <c> tag as Excel writes it, `<c r="B12" s="8" t="s">` (or "/>"), s and t optional, in that order, in
   * double quotes, the column in capitals: read in one straight pass, without `cell`'s loop over attributes
   * by name. NOT_READ for anything else, which `cell` reads (or not) as before, so both give the same.
   */
  excelCell(bytes: Uint8Array, at: number, cell: RawCell): typeof NOT_READ | typeof WITH_REF {
    if (bytes[at + 1] !== 99 /* c */ || bytes[at + 2] !== 32 || bytes[at + 3] !== 114 /* r */ || bytes[at + 4] !== EQUALS || bytes[at + 5] !== QUOTE) return NOT_READ;
    let i = at + 6;
    let ch = bytes[i];
    let col = 0;
    for (; ch >= 65 && ch <= 90; ch = bytes[++i]) col = col * 26 + (ch - 64);
    if (i === at + 6 || col > MAX_COL) return NOT_READ;
    const digitsStart = i;
    let row = 0;
    for (; ch >= 48 && ch <= 57 && row <= MAX_ROW; ch = bytes[++i]) row = row * 10 + (ch - 48);
    if (ch !== QUOTE || i === digitsStart || row < 1 || row > MAX_ROW) return NOT_READ;
    ch = bytes[++i];
    let style = 0;
    if (ch === 32 && bytes[i + 1] === 115 /* s */ && bytes[i + 2] === EQUALS && bytes[i + 3] === QUOTE) {
      i += 4;
      const start = i;
      for (ch = bytes[i]; ch >= 48 && ch <= 57 && i - start < 9; ch = bytes[++i]) style = style * 10 + (ch - 48);
      if (ch !== QUOTE || i === start) return NOT_READ;
      ch = bytes[++i];
    }
    let type = "n";
    if (ch === 32 && bytes[i + 1] === 116 /* t */ && bytes[i + 2] === EQUALS && bytes[i + 3] === QUOTE) {
      i += 4;
      const start = i;
      for (ch = bytes[i]; ch !== QUOTE; ch = bytes[++i]) if (ch === undefined || ch === AMP) return NOT_READ;
      type = cellType(bytes, start, i);
      ch = bytes[++i];
    }
    if (ch === GT) {
      this.selfClosing = false;
      this.end = i + 1;
    } else if (ch === SLASH && bytes[i + 1] === GT) {
      this.selfClosing = true;
      this.end = i + 2;
    } else {
      return NOT_READ;
    }
    cell.row = row - 1;
    cell.col = col - 1;
    cell.type = type;
    cell.style = style;
    return WITH_REF;
  }

  /**
   * A <c> tag, its r, t and s read straight into `cell` in one pass (1.3 million of them in the
   * 50,000-row plan): no names compared in a loop, no second pass over values. Without an r, the caller
   * places the cell. Anything unusual (a prefixed or repeated attribute, an entity in t, "$" in a
   * reference, a style that is not plain digits) is not read here.
   */
  cell(bytes: Uint8Array, at: number, cell: RawCell): typeof NOT_READ | typeof WITH_REF | typeof WITHOUT_REF {
    let i = at + 2;
    let ch = bytes[i];
    if (bytes[at + 1] !== 99 /* c */ || !(ch === GT || ch === SLASH || ch <= 32)) return NOT_READ;
    let read: typeof WITH_REF | typeof WITHOUT_REF = WITHOUT_REF;
    let seen = 0; // bits: r 1, t 2, s 4
    cell.type = "n";
    cell.style = 0;
    for (;;) {
      while (ch <= 32) ch = bytes[++i];
      if (ch === GT || ch === SLASH) break;
      const nameStart = i;
      while (isNameByte(ch) && ch !== 58) ch = bytes[++i];
      if (i === nameStart || ch !== EQUALS) return NOT_READ;
      const quote = bytes[++i];
      if (quote !== QUOTE && quote !== APOS) return NOT_READ;
      const name = i - 1 - nameStart === 1 ? bytes[nameStart] : 0;
      const valueStart = ++i;
      if (name === 114 /* r */ || name === 115 /* s */ || name === 116 /* t */) {
        const bit = name === 114 ? 1 : name === 116 ? 2 : 4;
        if (seen & bit) return NOT_READ; // repeated: the first counts, left to the general reader
        seen |= bit;
      }
      if (name === 114) {
        let col = 0;
        for (ch = bytes[i] | 0x20; ch >= 97 && ch <= 122; ch = bytes[++i] | 0x20) col = col * 26 + (ch - 96);
        if (i === valueStart || col > MAX_COL) return NOT_READ;
        const digitsStart = i;
        let row = 0;
        for (ch = bytes[i]; ch >= 48 && ch <= 57 && row <= MAX_ROW; ch = bytes[++i]) row = row * 10 + (ch - 48);
        if (ch !== quote || i === digitsStart || row < 1 || row > MAX_ROW) return NOT_READ;
        cell.row = row - 1;
        cell.col = col - 1;
        read = WITH_REF;
      } else if (name === 115) {
        let style = 0;
        for (ch = bytes[i]; ch >= 48 && ch <= 57 && i - valueStart < 9; ch = bytes[++i]) style = style * 10 + (ch - 48);
        if (ch !== quote || i === valueStart) return NOT_READ;
        cell.style = style;
      } else {
        for (ch = bytes[i]; ch !== quote; ch = bytes[++i]) if (ch === undefined || (ch === AMP && name === 116)) return NOT_READ;
        if (name === 116) cell.type = cellType(bytes, valueStart, i);
      }
      ch = bytes[++i];
      if (!(ch <= 32 || ch === GT || ch === SLASH)) return NOT_READ; // attributes run together
    }
    if (ch === SLASH) {
      if (bytes[i + 1] !== GT) return NOT_READ;
      this.selfClosing = true;
      this.end = i + 2;
    } else {
      this.selfClosing = false;
      this.end = i + 1;
    }
    return read;
  }

  /**
   * The rest of a tag whose wanted attributes are all found (a row's spans, height, dyDescent): to its first
   * ">" outside quotes, as the general scanner ends a tag, without reading names.
   */
  private skipRest(bytes: Uint8Array, i: number): boolean {
    for (let ch = bytes[i]; ch !== GT; ch = bytes[++i]) {
      if (ch === undefined) return false;
      if (ch === QUOTE || ch === APOS) {
        const quote = ch;
        do ch = bytes[++i];
        while (ch !== quote && ch !== undefined);
        if (ch === undefined) return false;
      }
    }
    this.selfClosing = bytes[i - 1] === SLASH;
    this.end = i + 1;
    return true;
  }

  /** -1 absent, -2 unreadable here (an entity), else where the value starts. */
  value(k: number): number {
    return this.valueStart[k];
  }

  /** A wanted value as a whole number: -1 absent, -2 not plain digits (or not read here). */
  digits(k: number): number {
    const start = this.valueStart[k];
    if (start < 0) return start;
    const end = this.valueEnd[k];
    if (end === start || end - start > 9) return -2;
    let n = 0;
    for (let i = start; i < end; i++) {
      const d = this.bytes[i] - 48;
      if (d < 0 || d > 9) return -2;
      n = n * 10 + d;
    }
    return n;
  }

  is(k: number, text: Uint8Array): boolean {
    return sameBytes(this.bytes, this.valueStart[k], this.valueEnd[k], text);
  }
}

function sameBytes(bytes: Uint8Array, start: number, end: number, text: Uint8Array): boolean {
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text[i]) return false;
  return true;
}

/** Letters, digits and ":_.-" — an attribute name as Excel writes one. */
function isNameByte(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 58) || ch === 95 || ch === 46 || ch === 45;
}

/** A cell reference ("B12") as row * 16,384 + col, or -1 (readXlsx.ts parseRef's rule). */
function cellRef(bytes: Uint8Array, start: number, end: number): number {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const ch = bytes[i] | 0x20; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === start || i === end || col > MAX_COL) return -1;
  let row = 0;
  for (; i < end; i++) {
    const ch = bytes[i];
    if (ch < 48 || ch > 57) return -1;
    row = row * 10 + (ch - 48);
    if (row > MAX_ROW) return -1;
  }
  if (row < 1) return -1;
  return (row - 1) * MAX_COL + (col - 1);
}

/** The t attribute: the usual ones without making a string. */
function cellType(bytes: Uint8Array, start: number, end: number): string {
  const length = end - start;
  const first = bytes[start];
  if (length === 1) {
    if (first === 115) return "s";
    if (first === 110) return "n";
    if (first === 98) return "b";
    if (first === 101) return "e";
  }
  if (sameBytes(bytes, start, end, STR)) return "str";
  if (sameBytes(bytes, start, end, INLINE_STR)) return "inlineStr";
  return decode(bytes, start, end);
}

/**
 * The bytes [start, end) as a whole number when they are 1 to 15 plain digits (exact as a double), else -1.
 * Most of a plan's <v> texts: a shared-string index, a count, an amount.
 */
export function plainNumber(bytes: Uint8Array, start: number, end: number): number {
  if (end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Pieces are decoded on their own: a U+FEFF at a piece's start is text, not a byte order mark. */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** The bytes as text, entities decoded as the general reader decodes them. */
export function text(bytes: Uint8Array, start: number, end: number): string {
  const raw = decode(bytes, start, end);
  return raw.indexOf("&") < 0 ? raw : decodeEntities(raw);
}

/**
 * Short ASCII pieces (most values and references) joined character by character: about 2.5× faster than a
 * decoder call or fromCharCode over a subarray, and below 13 characters V8 keeps the result flat (longer
 * joins would be chains of cons strings). Anything else through UTF-8.
 */
function decode(bytes: Uint8Array, start: number, end: number): string {
  if (end - start < 13) {
    let joined = "";
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      if (b >= 128) return utf8.decode(bytes.subarray(start, end));
      joined += String.fromCharCode(b);
    }
    return joined;
  }
  return utf8.decode(bytes.subarray(start, end));
}
