/**
 * The tags of an XML part walked on its bytes, for the parts that are nearly all markup and of which the
 * reader takes little (a worksheet around its cells, the styles): no decoded copy of the part, no token
 * or name strings. It only says yes to what the general scanner (./xml.ts) reads the same way without an
 * error: tags with their quotes honoured, processing instructions skipped, every element closed by its own
 * name. Anything else — a comment, CDATA, a declaration, a close tag written otherwise, a part cut short —
 * is NOT_PLAIN, and the caller reads the part with the general scanner, which decides what it gives.
 */

const TAG_END = 0;
const TAG_OPEN = 1;
const TAG_CLOSE = 2;
const NOT_PLAIN = -1;

/** The bytes of XML's markup characters (./sheetData.ts reads with them too). */
const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const EQUALS = 61;
const QUESTION = 63;
const COLON = 58;

// Exported apart from their declarations: compiled to CommonJS, an exported constant used in this module's
// loops would be read as a property of the module each time (see ./sheetData.ts).
export { APOS, EQUALS, GT, LT, NOT_PLAIN, QUOTE, SLASH, TAG_CLOSE, TAG_END, TAG_OPEN };

export class ByteTags {
  /** The last tag's element: where its name starts, its local name (past a prefix) starts, and its name ends. */
  nameStart = 0;
  localStart = 0;
  nameEnd = 0;
  /** The last open tag: whether it closes itself, and where its attributes end (before "/>" or ">"). */
  selfClosing = false;
  private attrsEnd = 0;
  private pos = 0;
  /** The open elements: name start, local name start and name end of each. */
  private readonly open: number[] = [];

  constructor(private readonly bytes: Uint8Array) {}

  /** How many elements are open (an open tag that does not close itself counts from its TAG_OPEN on). */
  get depth(): number {
    return this.open.length / 3;
  }

  /** The next tag, text between tags passed over; TAG_END at the end of the part with nothing left open. */
  next(): number {
    const bytes = this.bytes;
    for (;;) {
      // Tags mostly follow each other, and a typed array's indexOf is a call into the runtime: looked at first.
      const lt = bytes[this.pos] === LT ? this.pos : bytes.indexOf(LT, this.pos);
      if (lt < 0) return this.open.length === 0 ? TAG_END : NOT_PLAIN;
      const next = bytes[lt + 1];
      if (next === SLASH) {
        let gt = lt + 2;
        while (gt < bytes.length && bytes[gt] !== GT) gt++;
        if (gt === bytes.length || this.open.length === 0) return NOT_PLAIN;
        const open = this.open;
        const nameEnd = open.pop() as number;
        const localStart = open.pop() as number;
        const nameStart = open.pop() as number;
        // exactly the open tag's name (the general scanner compares local names and allows spaces: it decides those)
        if (gt - (lt + 2) !== nameEnd - nameStart) return NOT_PLAIN;
        for (let k = 0; k < nameEnd - nameStart; k++) if (bytes[lt + 2 + k] !== bytes[nameStart + k]) return NOT_PLAIN;
        this.nameStart = nameStart;
        this.localStart = localStart;
        this.nameEnd = nameEnd;
        this.pos = gt + 1;
        return TAG_CLOSE;
      }
      if (next === QUESTION) {
        // a processing instruction (the XML declaration): skipped to its "?>"
        let end = bytes.indexOf(GT, lt + 2);
        while (end >= 0 && bytes[end - 1] !== QUESTION) end = bytes.indexOf(GT, end + 1);
        if (end < 0 || end - 1 < lt + 2) return NOT_PLAIN;
        this.pos = end + 1;
        continue;
      }
      // An open tag: its name (the prefix is up to the first colon), then to its first ">" outside quotes.
      const nameStart = lt + 1;
      let local = nameStart;
      let i = nameStart;
      for (let ch = bytes[i]; !(ch === GT || ch === SLASH || ch <= 32); ch = bytes[++i]) {
        if (ch === undefined || ch === 33 /* ! */) return NOT_PLAIN;
        if (ch === COLON && local === nameStart) local = i + 1;
      }
      if (i === local) return NOT_PLAIN;
      this.nameStart = nameStart;
      this.localStart = local;
      this.nameEnd = i;
      let quote = 0;
      for (let ch = bytes[i]; quote !== 0 || ch !== GT; ch = bytes[++i]) {
        if (ch === undefined) return NOT_PLAIN;
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === QUOTE || ch === APOS) {
          quote = ch;
        }
      }
      this.selfClosing = bytes[i - 1] === SLASH;
      this.attrsEnd = this.selfClosing ? i - 1 : i;
      this.pos = i + 1;
      if (!this.selfClosing) this.open.push(nameStart, local, this.nameEnd);
      return TAG_OPEN;
    }
  }

  /** Where the walk stands: just past the last tag. */
  get offset(): number {
    return this.pos;
  }

  /** The element just opened ends with the close tag that ends at `pos` (its content read another way). */
  closeAt(pos: number): void {
    this.open.length -= 3;
    this.pos = pos;
  }

  /** Whether the last tag's local name is `name`. */
  is(name: Uint8Array): boolean {
    const start = this.localStart;
    if (this.nameEnd - start !== name.length) return false;
    for (let k = 0; k < name.length; k++) if (this.bytes[start + k] !== name[k]) return false;
    return true;
  }

  isOneOf(names: readonly Uint8Array[]): boolean {
    for (const name of names) if (this.is(name)) return true;
    return false;
  }

  /**
   * The last open tag's attributes named in `names` (under any prefix, the first of a repeated one, as the
   * general scanner matches them): the bytes of value k in [starts[k], ends[k]), starts[k] -1 when absent.
   * false when the attributes are not plainly name="value" pairs (the general scanner decides those).
   */
  attrs(names: readonly Uint8Array[], starts: number[], ends: number[]): boolean {
    const bytes = this.bytes;
    const end = this.attrsEnd;
    starts.fill(-1);
    let i = this.nameEnd;
    for (;;) {
      while (i < end && bytes[i] <= 32) i++;
      if (i >= end) return true;
      const nameStart = i;
      while (i < end && bytes[i] !== EQUALS && bytes[i] > 32) i++;
      if (i === nameStart || bytes[i] !== EQUALS) return false;
      const nameEnd = i;
      const quote = bytes[i + 1];
      if (quote !== QUOTE && quote !== APOS) return false;
      const valueStart = i + 2;
      let valueEnd = valueStart;
      while (valueEnd < end && bytes[valueEnd] !== quote) valueEnd++;
      if (valueEnd >= end) return false;
      for (let k = 0; k < names.length; k++) {
        if (starts[k] === -1 && sameName(bytes, nameStart, nameEnd, names[k])) {
          starts[k] = valueStart;
          ends[k] = valueEnd;
          break;
        }
      }
      i = valueEnd + 1;
      if (i < end && bytes[i] > 32) return false; // attributes run together
    }
  }
}

/** The name, or it under a prefix ("x:r" for "r"), as xml.ts's attrs() matches names. */
export function sameName(bytes: Uint8Array, start: number, end: number, name: Uint8Array): boolean {
  const length = end - start;
  let from = start;
  if (length !== name.length) {
    if (length <= name.length || bytes[end - name.length - 1] !== COLON) return false;
    from = end - name.length;
  }
  for (let k = 0; k < name.length; k++) if (bytes[from + k] !== name[k]) return false;
  return true;
}

export const bytesOf = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
