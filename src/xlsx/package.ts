/**
 * Writing the add-in's changes into the ORIGINAL .xlsx package, so that everything it did not change
 * comes out as it went in — byte for byte, part by part.
 *
 * An ExcelJS round trip (load → write) loses what ExcelJS does not model: charts, pivot tables,
 * sparklines, threaded comments, slicers, sheet-scoped and hidden names, workbook protection, custom
 * properties, printer settings, extLst… Measured on the test workbooks, writing only the changed parts
 * into the original zip keeps all of them. So the ExcelJS port still does the work (it knows how to
 * lay out a generated sheet), and this module takes from its output only:
 *
 * - whole sheets the add-in owns (검증결과, 요약_*, 수정이력, the store): their worksheet XML, with shared
 *   strings turned into inline strings and the styles they use appended to the original styles.xml
 *   (fonts, fills, borders, number formats, cell formats), registered in workbook.xml, its rels and
 *   [Content_Types].xml when new;
 * - values written into the user's sheets (consolidation): each cell edited in place in the original
 *   worksheet XML, its style kept. A formula replaced by a value drops xl/calcChain.xml (Excel rebuilds it).
 *
 * Everything else — every other part, and every other byte of the parts edited — is the original's.
 * What cannot be done exactly (a cell inside a shared or array formula's range, a worksheet without
 * cell addresses) throws PackageEditError, and the caller says so instead of writing a lesser file.
 *
 * fflate: small, maintained, no dependencies, runs in Node and the browser (the lean reader uses it too).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { columnLetters } from "../engine/a1";
import type { CellRef } from "../engine";
import type { WrittenValue } from "../app/port";

export class PackageEditError extends Error {
  constructor(readonly reason: "sharedFormula" | "noCellAddresses" | "missingPart" | "unknownSheet", readonly detail: string) {
    super(`${reason}: ${detail}`);
    this.name = "PackageEditError";
  }
}

/** What the add-in changed: whole sheets it owns, and single values in the user's sheets. */
export interface PackageEdits {
  /** Names of the sheets written whole (generated sheets and the store), as in the rewritten workbook. */
  sheets: readonly string[];
  /** Values written into cells (master cells of merged areas), zero-based. */
  cells: readonly { ref: CellRef; value: WrittenValue }[];
}

type Parts = Record<string, Uint8Array>;

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

// ---------------------------------------------------------------------------------------------
// XML text helpers (the parts are machine-written; these read only what they need)

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

/** Characters XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return; lone surrogates; U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML content: escaped, and without the characters a saved workbook cannot hold. */
export function encodeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = decodeXml(m[2]);
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*'([^']*)'/g)) out[m[1]] = decodeXml(m[2]);
  return out;
}

/** The value of the attribute `name` of the start tag `tag` with any namespace prefix (r:id, x:id). */
function relId(tag: string): string | undefined {
  const m = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(tag);
  return m ? decodeXml(m[1]) : undefined;
}

function setAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (value === null) return tag.replace(re, "");
  if (re.test(tag)) return tag.replace(re, ` ${name}="${encodeXml(value)}"`);
  return tag.replace(/^<([\w:]+)/, `<$1 ${name}="${encodeXml(value)}"`);
}

/** Elements `<name …/>` or `<name …>…</name>` (not nested in themselves). */
export function elements(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g")) ?? [];
}

function startTag(element: string): string {
  return /^<[^>]*>/.exec(element)?.[0] ?? element;
}

function text(parts: Parts, name: string): string {
  const bytes = parts[name];
  if (!bytes) throw new PackageEditError("missingPart", name);
  return strFromU8(bytes);
}

// ---------------------------------------------------------------------------------------------
// Package structure

interface SheetEntry {
  name: string;
  tag: string;
  rid: string;
  part: string;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dir = base.includes("/") ? base.slice(0, base.lastIndexOf("/") + 1) : "";
  const stack: string[] = [];
  for (const seg of `${dir}${target}`.split("/")) {
    if (seg === "..") stack.pop();
    else if (seg !== "." && seg !== "") stack.push(seg);
  }
  return stack.join("/");
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function workbookPart(parts: Parts): string {
  const rels = text(parts, "_rels/.rels");
  for (const rel of elements(rels, "Relationship")) {
    const a = attrs(rel);
    if (/\/officeDocument$/.test(a.Type ?? "")) return resolveTarget("", a.Target ?? "");
  }
  return "xl/workbook.xml";
}

function sheetsOf(parts: Parts, workbook: string): SheetEntry[] {
  const rels = new Map<string, string>();
  for (const rel of elements(text(parts, relsPath(workbook)), "Relationship")) {
    const a = attrs(rel);
    if (a.Id && a.Target && a.TargetMode !== "External") rels.set(a.Id, resolveTarget(workbook, a.Target));
  }
  return elements(text(parts, workbook), "sheet").map((tag) => {
    const rid = relId(tag) ?? "";
    return { name: attrs(tag).name ?? "", tag: startTag(tag), rid, part: rels.get(rid) ?? "" };
  });
}

/**
 * Every worksheet of a package with its XML, by the workbook's own sheet list and relationships. Only
 * the XML parts are inflated (not images or embedded files).
 */
export function worksheetsOf(bytes: Uint8Array): { name: string; xml: string }[] {
  const parts: Parts = unzipSync(bytes, { filter: (file) => /\.(xml|rels)$/i.test(file.name) });
  return sheetsOf(parts, workbookPart(parts))
    .filter((sheet) => sheet.name && parts[sheet.part])
    .map((sheet) => ({ name: sheet.name, xml: strFromU8(parts[sheet.part]) }));
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

// ---------------------------------------------------------------------------------------------
// Styles: what a transplanted sheet uses, appended to the original's styles.xml

class StyleMerger {
  private xml: string;
  private readonly from: { numFmts: Map<number, string>; fonts: string[]; fills: string[]; borders: string[]; xfs: string[]; dxfs: string[] };
  private readonly xfMap = new Map<number, number>();
  private readonly added = new Map<string, Map<string, number>>();
  changed = false;

  constructor(original: string, rewritten: string) {
    this.xml = original;
    const block = (xml: string, name: string) => new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`).exec(xml)?.[1] ?? "";
    const numFmts = new Map<number, string>();
    for (const tag of elements(block(rewritten, "numFmts"), "numFmt")) {
      const a = attrs(tag);
      numFmts.set(Number(a.numFmtId), a.formatCode ?? "");
    }
    this.from = {
      numFmts,
      fonts: elements(block(rewritten, "fonts"), "font"),
      fills: elements(block(rewritten, "fills"), "fill"),
      borders: elements(block(rewritten, "borders"), "border"),
      xfs: elements(block(rewritten, "cellXfs"), "xf"),
      dxfs: elements(block(rewritten, "dxfs"), "dxf"),
    };
  }

  /** Appends `item` to the list `list` (fonts, fills, …) of the original, once; returns its index there. */
  private append(list: string, item: string, name: string): number {
    let seen = this.added.get(list);
    if (!seen) this.added.set(list, (seen = new Map()));
    const known = seen.get(item);
    if (known !== undefined) return known;
    const re = new RegExp(`<${list}\\b[^>]*?(?:/>|>[\\s\\S]*?</${list}>)`);
    let found = re.exec(this.xml);
    if (!found) {
      // The list is absent: create it where the schema's order wants it (before the lists that follow).
      const order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
      const later = order.slice(order.indexOf(list) + 1).map((n) => new RegExp(`<${n}\\b`).exec(this.xml)).find((m) => m);
      const at = later ? later.index : this.xml.lastIndexOf("</styleSheet>");
      this.xml = `${this.xml.slice(0, at)}<${list} count="0"/>${this.xml.slice(at)}`;
      found = re.exec(this.xml) as RegExpExecArray;
    }
    const whole = found[0];
    const count = elements(whole, name).length;
    const open = startTag(whole);
    const body = whole.endsWith("/>") ? "" : whole.slice(open.length, whole.length - `</${list}>`.length);
    const head = setAttr(open.replace(/\s*\/>$/, ">"), "count", String(count + 1));
    this.xml = this.xml.replace(whole, () => `${head}${body}${item}</${list}>`);
    seen.set(item, count);
    this.changed = true;
    return count;
  }

  private numFmt(id: number): number {
    if (id < 164 || !this.from.numFmts.has(id)) return id;
    const code = this.from.numFmts.get(id) as string;
    const existing = elements(this.xml, "numFmt").map(attrs);
    const same = existing.find((a) => a.formatCode === code);
    if (same) return Number(same.numFmtId);
    const next = Math.max(163, ...existing.map((a) => Number(a.numFmtId) || 0)) + 1;
    this.append("numFmts", `<numFmt numFmtId="${next}" formatCode="${encodeXml(code)}"/>`, "numFmt");
    return next;
  }

  /** The original's index of the rewritten package's cell format `index`. */
  xf(index: number): number {
    const known = this.xfMap.get(index);
    if (known !== undefined) return known;
    const source = this.from.xfs[index];
    if (source === undefined) return 0;
    let tag = startTag(source);
    const a = attrs(tag);
    const map = (attr: string, list: string, name: string, items: string[]) => {
      if (a[attr] === undefined) return;
      const item = items[Number(a[attr])];
      tag = setAttr(tag, attr, String(item === undefined ? 0 : this.append(list, item, name)));
    };
    map("fontId", "fonts", "font", this.from.fonts);
    map("fillId", "fills", "fill", this.from.fills);
    map("borderId", "borders", "border", this.from.borders);
    if (a.numFmtId !== undefined) tag = setAttr(tag, "numFmtId", String(this.numFmt(Number(a.numFmtId))));
    tag = setAttr(tag, "xfId", "0");
    const element = source.endsWith("/>") ? tag : `${tag}${source.slice(startTag(source).length)}`;
    const result = this.append("cellXfs", element, "xf");
    this.xfMap.set(index, result);
    return result;
  }

  dxf(index: number): number {
    const item = this.from.dxfs[index];
    return item === undefined ? index : this.append("dxfs", item, "dxf");
  }

  toString(): string {
    return this.xml;
  }
}

// ---------------------------------------------------------------------------------------------
// A whole sheet from the rewritten package, ready for the original one

function sharedStrings(parts: Parts, workbook: string): string[] {
  for (const rel of elements(text(parts, relsPath(workbook)), "Relationship")) {
    const a = attrs(rel);
    if (/\/sharedStrings$/.test(a.Type ?? "")) {
      const part = resolveTarget(workbook, a.Target ?? "");
      return parts[part] ? elements(strFromU8(parts[part]), "si").map((si) => si.replace(/^<si\b[^>]*>|<\/si>$/g, "").replace(/^<si\b[^>]*\/>$/, "")) : [];
    }
  }
  return [];
}

/** The sheet's XML with shared strings inlined and style indexes moved to the original's styles. */
function transplant(xml: string, strings: string[], styles: StyleMerger): string {
  let out = xml.replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (whole, attrText: string, _end: string, inner: string | undefined) => {
    let tag = `<c${attrText.replace(/\s*\/$/, "")}>`;
    const a = attrs(tag);
    if (a.s !== undefined) tag = setAttr(tag, "s", String(styles.xf(Number(a.s))));
    if (inner === undefined) return tag.replace(/>$/, "/>");
    let body = inner;
    if (a.t === "s") {
      const index = Number(/<v>([^<]*)<\/v>/.exec(inner)?.[1] ?? "-1");
      tag = setAttr(tag, "t", "inlineStr");
      body = `<is>${(strings[index] ?? "<t></t>").replace(NOT_XML, "")}</is>`;
    }
    return `${tag}${body}</c>`;
  });
  out = out.replace(/<row\b[^>]*>/g, (tag) => (attrs(tag).s !== undefined ? setAttr(tag, "s", String(styles.xf(Number(attrs(tag).s)))) : tag));
  out = out.replace(/<col\b[^>]*>/g, (tag) => (attrs(tag).style !== undefined ? setAttr(tag, "style", String(styles.xf(Number(attrs(tag).style)))) : tag));
  out = out.replace(/\bdxfId="(\d+)"/g, (_, n: string) => `dxfId="${styles.dxf(Number(n))}"`);
  // Relationships of the rewritten package do not travel: drop what points at one (ExcelJS writes none
  // for the add-in's sheets); one selected tab only, the original's (several would group the sheets).
  out = out.replace(/<tableParts\b[\s\S]*?<\/tableParts>/g, "").replace(/<(\w+)\b[^>]*\s\w+:id="[^"]*"[^>]*\/>/g, "");
  out = out.replace(/(<sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/g, "$1");
  return out;
}

// ---------------------------------------------------------------------------------------------
// Single cells in the user's sheets

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function cellXml(a1: string, style: string | undefined, value: WrittenValue): string {
  const s = style !== undefined ? ` s="${style}"` : "";
  if (value === null || value === "") return `<c r="${a1}"${s}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${a1}"${s}><v>${value}</v></c>` : `<c r="${a1}"${s}/>`;
  if (typeof value === "boolean") return `<c r="${a1}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${a1}"${s} t="inlineStr"><is><t xml:space="preserve">${encodeXml(value)}</t></is></c>`;
}

/** Writes `value` into the cell in the worksheet XML; returns the new XML and whether a formula was dropped. */
function editCell(xml: string, sheet: string, row: number, col: number, value: WrittenValue): { xml: string; droppedFormula: boolean } {
  const a1 = `${columnLetters(col)}${row + 1}`;
  const data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(xml);
  if (!data) throw new PackageEditError("missingPart", `${sheet}: sheetData`);
  const rows = data[1] ?? "";
  if (/<row\b(?![^>]*\sr=)/.test(rows) || /<c\b(?![^>]*\sr=)/.test(rows)) throw new PackageEditError("noCellAddresses", sheet);
  let droppedFormula = false;
  let newRows: string;
  const rowMatch = new RegExp(`<row\\b[^>]*\\sr="${row + 1}"[^>]*?(?:/>|>([\\s\\S]*?)</row>)`).exec(rows);
  if (rowMatch) {
    const open = startTag(rowMatch[0]).replace(/\s*\/>$/, ">");
    const cells = rowMatch[1] ?? "";
    const cellMatch = new RegExp(`<c\\b[^>]*\\sr="${a1}"[^>]*?(?:/>|>([\\s\\S]*?)</c>)`).exec(cells);
    let newCells: string;
    if (cellMatch) {
      const tag = startTag(cellMatch[0]);
      const inner = cellMatch[1] ?? "";
      const formula = /<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>)/.exec(inner)?.[0];
      if (formula) {
        const f = attrs(startTag(formula));
        if (f.t === "shared" || f.t === "array" || f.ref !== undefined) throw new PackageEditError("sharedFormula", `${sheet}!${a1}`);
        droppedFormula = true;
      }
      newCells = cells.slice(0, cellMatch.index) + cellXml(a1, attrs(tag).s, value) + cells.slice(cellMatch.index + cellMatch[0].length);
    } else {
      // A cell the row does not hold yet: in column order.
      let at = cells.length;
      for (const m of cells.matchAll(/<c\b[^>]*\sr="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
        if (colNumber(m[1]) > col) {
          at = m.index as number;
          break;
        }
      }
      newCells = cells.slice(0, at) + cellXml(a1, undefined, value) + cells.slice(at);
    }
    newRows = rows.slice(0, rowMatch.index) + `${open}${newCells}</row>` + rows.slice(rowMatch.index + rowMatch[0].length);
  } else {
    let at = rows.length;
    for (const m of rows.matchAll(/<row\b[^>]*\sr="(\d+)"/g)) {
      if (Number(m[1]) > row + 1) {
        at = m.index as number;
        break;
      }
    }
    newRows = rows.slice(0, at) + `<row r="${row + 1}">${cellXml(a1, undefined, value)}</row>` + rows.slice(at);
  }
  const open = startTag(data[0]).replace(/\s*\/>$/, ">");
  return { xml: xml.slice(0, data.index) + `${open}${newRows}</sheetData>` + xml.slice(data.index + data[0].length), droppedFormula };
}

// ---------------------------------------------------------------------------------------------

function dropCalcChain(parts: Parts, workbook: string): void {
  const relsName = relsPath(workbook);
  let rels = text(parts, relsName);
  for (const rel of elements(rels, "Relationship")) {
    const a = attrs(rel);
    if (!/\/calcChain$/.test(a.Type ?? "")) continue;
    delete parts[resolveTarget(workbook, a.Target ?? "")];
    rels = rels.replace(rel, "");
    parts["[Content_Types].xml"] = strToU8(text(parts, "[Content_Types].xml").replace(/<Override\b[^>]*PartName="\/[^"]*calcChain\.xml"[^>]*\/>/g, ""));
  }
  parts[relsName] = strToU8(rels);
}

/**
 * The original package with the edits taken from `rewritten` (the same workbook after the ExcelJS port
 * did the work): only the parts named in the module comment differ from `original`.
 */
export function writeIntoOriginal(original: Uint8Array, rewritten: Uint8Array, edits: PackageEdits): Uint8Array {
  const parts: Parts = unzipSync(original);
  const source: Parts = unzipSync(rewritten);
  const workbook = workbookPart(parts);
  const sourceWorkbook = workbookPart(source);
  const sheets = sheetsOf(parts, workbook);
  const sourceSheets = sheetsOf(source, sourceWorkbook);

  // Single cells first (sheet XML of the user's sheets).
  let droppedFormula = false;
  const bySheet = new Map<string, PackageEdits["cells"][number][]>();
  for (const cell of edits.cells) bySheet.set(cell.ref.sheet, [...(bySheet.get(cell.ref.sheet) ?? []), cell]);
  for (const [name, cells] of bySheet) {
    const entry = sheets.find((s) => s.name === name) ?? sheets.find((s) => sameName(s.name, name));
    if (!entry || !parts[entry.part]) throw new PackageEditError("unknownSheet", name);
    let xml = strFromU8(parts[entry.part]);
    for (const { ref, value } of cells) {
      const edited = editCell(xml, name, ref.row, ref.col, value);
      xml = edited.xml;
      droppedFormula ||= edited.droppedFormula;
    }
    parts[entry.part] = strToU8(xml);
  }

  // Whole sheets.
  if (edits.sheets.length > 0) {
    const stylesRel = elements(text(parts, relsPath(workbook)), "Relationship").map(attrs).find((a) => /\/styles$/.test(a.Type ?? ""));
    const sourceStylesRel = elements(text(source, relsPath(sourceWorkbook)), "Relationship").map(attrs).find((a) => /\/styles$/.test(a.Type ?? ""));
    if (!stylesRel || !sourceStylesRel) throw new PackageEditError("missingPart", "styles.xml");
    const stylesPart = resolveTarget(workbook, stylesRel.Target ?? "");
    const styles = new StyleMerger(text(parts, stylesPart), text(source, resolveTarget(sourceWorkbook, sourceStylesRel.Target ?? "")));
    const strings = sharedStrings(source, sourceWorkbook);
    let workbookXml = text(parts, workbook);
    let relsXml = text(parts, relsPath(workbook));
    let types = text(parts, "[Content_Types].xml");
    const usedIds = new Set(elements(relsXml, "Relationship").map((r) => attrs(r).Id));
    let nextSheetId = Math.max(0, ...sheets.map((s) => Number(attrs(s.tag).sheetId) || 0)) + 1;
    for (const name of edits.sheets) {
      const from = sourceSheets.find((s) => s.name === name) ?? sourceSheets.find((s) => sameName(s.name, name));
      if (!from || !source[from.part]) throw new PackageEditError("unknownSheet", name);
      const xml = transplant(strFromU8(source[from.part]), strings, styles);
      const existing = sheets.find((s) => sameName(s.name, name));
      if (existing && parts[existing.part]) {
        parts[existing.part] = strToU8(xml);
        continue;
      }
      let n = 1;
      while (parts[`xl/worksheets/sheet${n}.xml`]) n++;
      const part = `xl/worksheets/sheet${n}.xml`;
      parts[part] = strToU8(xml);
      let id = 1;
      while (usedIds.has(`rId${id}`)) id++;
      const rid = `rId${id}`;
      usedIds.add(rid);
      const target = resolveTarget("", part).startsWith(workbook.slice(0, workbook.lastIndexOf("/") + 1))
        ? part.slice(workbook.lastIndexOf("/") + 1)
        : `/${part}`;
      relsXml = relsXml.replace(/<\/Relationships>\s*$/, `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="${target}"/></Relationships>`);
      types = types.replace(/<\/Types>\s*$/, `<Override PartName="/${part}" ContentType="${WORKSHEET_CONTENT}"/></Types>`);
      const state = attrs(from.tag).state;
      const sheetTag = `<sheet name="${encodeXml(name)}" sheetId="${nextSheetId++}"${state && state !== "visible" ? ` state="${state}"` : ""} r:id="${rid}"/>`;
      // The r prefix must name the relationships namespace in workbook.xml; declare it when it does not.
      if (!/xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(workbookXml)) {
        workbookXml = workbookXml.replace(/<workbook\b/, `<workbook xmlns:r="${REL_NS}"`);
      }
      if (/<sheets\b[^>]*\/>/.test(workbookXml)) workbookXml = workbookXml.replace(/<sheets\b[^>]*\/>/, `<sheets>${sheetTag}</sheets>`);
      else workbookXml = workbookXml.replace(/<\/sheets>/, `${sheetTag}</sheets>`);
    }
    parts[workbook] = strToU8(workbookXml);
    parts[relsPath(workbook)] = strToU8(relsXml);
    parts["[Content_Types].xml"] = strToU8(types);
    if (styles.changed) parts[stylesPart] = strToU8(styles.toString());
  }
  if (droppedFormula) dropCalcChain(parts, workbook);

  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(parts)) zippable[name] = [bytes, { level: 6 }];
  return zipSync(zippable);
}
