/**
 * A small pull scanner for the XML parts of an .xlsx: tags, attributes and text, nothing else (no DTD,
 * no entity definitions, so no entity expansion attack). Measured faster here than saxes, htmlparser2,
 * txml and fast-xml-parser on plan workbooks, and it needs no dependency in the pane.
 *
 * Element names come without their namespace prefix ("x:c" → "c"). Open and close tags are matched on a
 * stack, so a truncated or mangled part is an XmlError, never a silently shorter grid.
 */

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 0;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof END;

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

export class XmlScanner {
  private pos = 0;
  private readonly stack: string[] = [];
  /** The element name (OPEN, CLOSE) without prefix. */
  name = "";
  /** Whether the OPEN tag closes itself (`<c/>`); no CLOSE follows it. */
  selfClosing = false;
  /** Start and end (exclusive) of the raw attribute text of the last OPEN tag. */
  private attrStart = 0;
  private attrEnd = 0;
  /** Raw text of the last TEXT token: entities not yet decoded (CDATA is stored decoded-safe). */
  private textStart = 0;
  private textEnd = 0;
  private cdata: string | null = null;

  constructor(private readonly xml: string) {}

  get depth(): number {
    return this.stack.length;
  }

  /** Where the scan stands: just past the last token. */
  get offset(): number {
    return this.pos;
  }

  /** Continues from `pos` (past content read another way, inside the element open now). */
  seek(pos: number): void {
    this.pos = pos;
  }

  next(): Token {
    const xml = this.xml;
    const length = xml.length;
    for (;;) {
      const pos = this.pos;
      if (pos >= length) {
        if (this.stack.length > 0) throw new XmlError(`unexpected end inside <${this.stack[this.stack.length - 1]}>`);
        return END;
      }
      if (xml.charCodeAt(pos) !== 60 /* < */) {
        let end = xml.indexOf("<", pos);
        if (end < 0) end = length;
        this.pos = end;
        this.textStart = pos;
        this.textEnd = end;
        this.cdata = null;
        return TEXT;
      }
      const next = xml.charCodeAt(pos + 1);
      if (next === 47 /* / */) {
        const end = xml.indexOf(">", pos + 2);
        if (end < 0) throw new XmlError("unterminated close tag");
        const open = this.stack.pop();
        // Compared in place with the element it closes: no string is made for a close tag.
        let nameEnd = end;
        while (nameEnd > pos + 2 && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
        const nameStart = nameEnd - (open === undefined ? 0 : open.length);
        const closes =
          open !== undefined &&
          nameStart >= pos + 2 &&
          xml.startsWith(open, nameStart) &&
          xml.charCodeAt(pos + 2) > 32 &&
          // no prefix, or exactly one ("x:c"); anything odder is compared the slow way
          (nameStart === pos + 2 || xml.indexOf(":", pos + 2) === nameStart - 1) &&
          open.indexOf(":") < 0;
        if (!closes) {
          const name = localName(xml.slice(pos + 2, end).trim());
          if (open !== name) throw new XmlError(`</${name}> does not close <${open ?? ""}>`);
        }
        this.name = open as string;
        this.pos = end + 1;
        return CLOSE;
      }
      if (next === 63 /* ? */) {
        const end = xml.indexOf("?>", pos + 2);
        if (end < 0) throw new XmlError("unterminated processing instruction");
        this.pos = end + 2;
        continue;
      }
      if (next === 33 /* ! */) {
        if (xml.startsWith("<!--", pos)) {
          const end = xml.indexOf("-->", pos + 4);
          if (end < 0) throw new XmlError("unterminated comment");
          this.pos = end + 3;
          continue;
        }
        if (xml.startsWith("<![CDATA[", pos)) {
          const end = xml.indexOf("]]>", pos + 9);
          if (end < 0) throw new XmlError("unterminated CDATA");
          this.cdata = xml.slice(pos + 9, end);
          this.pos = end + 3;
          return TEXT;
        }
        // <!DOCTYPE …>: skipped, its declarations are never applied
        const end = xml.indexOf(">", pos + 2);
        if (end < 0) throw new XmlError("unterminated declaration");
        this.pos = end + 1;
        continue;
      }
      // An open tag; attribute values may hold ">", so quotes are honoured.
      let i = pos + 1;
      let nameStart = i;
      let hash = 0;
      while (i < length) {
        const ch = xml.charCodeAt(i);
        if (ch === 62 /* > */ || ch === 47 /* / */ || ch <= 32) break;
        if (ch === 58 /* : */ && nameStart === pos + 1) {
          nameStart = i + 1; // the prefix (up to the first colon) is dropped
          hash = 0;
        } else {
          hash = (hash * 31 + ch) | 0;
        }
        i++;
      }
      const name = this.nameAt(nameStart, i, hash);
      if (name === "") throw new XmlError("empty tag name");
      const attrStart = i;
      let quote = 0;
      while (i < length) {
        const ch = xml.charCodeAt(i);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) {
          quote = ch;
        } else if (ch === 62) {
          break;
        }
        i++;
      }
      if (i >= length) throw new XmlError(`unterminated <${name}>`);
      this.selfClosing = xml.charCodeAt(i - 1) === 47;
      this.attrStart = attrStart;
      this.attrEnd = this.selfClosing ? i - 1 : i;
      this.name = name;
      this.pos = i + 1;
      if (!this.selfClosing) this.stack.push(name);
      return OPEN;
    }
  }

  /** The few element names of a part, each made once: a name seen before is found by hash, not sliced again. */
  private readonly names: (string | undefined)[] = new Array(256);

  private nameAt(start: number, end: number, hash: number): string {
    const slot = hash & 255;
    const known = this.names[slot];
    if (known !== undefined && known.length === end - start && this.xml.startsWith(known, start)) return known;
    const name = this.xml.slice(start, end);
    this.names[slot] = name;
    return name;
  }

  /**
   * Several attributes of the last OPEN tag in one pass over it: `values[k]` gets the decoded value of
   * `names[k]` ("r:id" matches "id" under any prefix; the first of a repeated one), or undefined.
   */
  attrs(names: readonly string[], values: (string | undefined)[]): void {
    const xml = this.xml;
    values.fill(undefined);
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      const nameStart = i;
      while (i < end) {
        const ch = xml.charCodeAt(i);
        if (ch === 61 /* = */ || ch <= 32) break;
        i++;
      }
      const nameEnd = i;
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      if (xml.charCodeAt(i) !== 61) return; // not name="value": stop looking
      i++;
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return;
      const valueStart = i + 1;
      const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", valueStart);
      if (valueEnd < 0 || valueEnd > end) return;
      i = valueEnd + 1;
      for (let k = 0; k < names.length; k++) {
        if (values[k] === undefined && sameName(xml, nameStart, nameEnd, names[k])) {
          values[k] = decodeEntities(xml.slice(valueStart, valueEnd));
          break;
        }
      }
    }
  }

  /** The decoded text of the last TEXT token. */
  text(): string {
    if (this.cdata !== null) return this.cdata;
    return decodeEntities(this.xml.slice(this.textStart, this.textEnd));
  }

  /** The decoded value of an attribute of the last OPEN tag ("r:id" matches "id" under any prefix). */
  attr(name: string): string | undefined {
    this.attrs([name], this.one);
    return this.one[0];
  }

  private readonly one: (string | undefined)[] = [undefined];

  /** Skips to the CLOSE of the element just opened (no-op for a self-closing one). */
  skipElement(): void {
    if (this.selfClosing) return;
    const depth = this.stack.length;
    for (;;) {
      const token = this.next();
      if (token === END) return;
      if (token === CLOSE && this.stack.length === depth - 1) return;
    }
  }
}

function sameName(xml: string, start: number, end: number, name: string): boolean {
  const length = end - start;
  if (length === name.length) return xml.startsWith(name, start);
  // a prefixed attribute: "r:id" for "id"
  return length > name.length && xml.charCodeAt(end - name.length - 1) === 58 && xml.startsWith(name, end - name.length);
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * XML's five named entities and numeric references; anything else is left as written. Read by hand (what
 * /&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g with a replacer gives, ./xml.test.ts): a replace calling back per
 * match was most of the shared strings' read in plans whose text holds apostrophes.
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = text.indexOf(";", amp + 1);
    if (semi < 0) break;
    const decoded = entity(text, amp + 1, semi);
    if (decoded !== null) {
      out += text.slice(from, amp) + decoded;
      from = semi + 1;
    }
    amp = text.indexOf("&", decoded !== null ? from : amp + 1);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** What the entity whose body is text[start, end) stands for; itself when it names nothing; null when it is not one. */
function entity(text: string, start: number, end: number): string | null {
  if (end === start) return null;
  if (text.charCodeAt(start) === 35 /* # */) {
    const hex = text.charCodeAt(start + 1) === 120; /* x */
    const digitsStart = hex ? start + 2 : start + 1;
    if (digitsStart === end) return null;
    for (let i = digitsStart; i < end; i++) {
      const ch = text.charCodeAt(i);
      const digit = ch >= 48 && ch <= 57;
      if (!(digit || (hex && ((ch >= 65 && ch <= 70) || (ch >= 97 && ch <= 102))))) return null;
    }
    const code = parseInt(text.slice(digitsStart, end), hex ? 16 : 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : text.slice(start - 1, end + 1);
  }
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 97 || ch > 122) return null;
  }
  return NAMED[text.slice(start, end)] ?? text.slice(start - 1, end + 1);
}
