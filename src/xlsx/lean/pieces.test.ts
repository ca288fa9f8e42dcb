/**
 * readXlsxPieces — the largest sheet part inflated in pieces, its rows read as they come — against readXlsx on
 * the whole part: the same grid, whatever the pieces (one byte each, cuts inside a row, a tag, a multi-byte
 * character or an entity), on every committed workbook and on parts written here to make the byte scan decline
 * or stop at its edges; null (the caller then reads the bytes with readXlsx) where readXlsx fails or the inflater does.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import type { Grid } from "../../engine/grid";
import { nodeInflateRaw } from "../readFile";
import { readXlsx, readXlsxPieces, type LeanReadOptions } from "./readXlsx";
import * as sheetData from "./sheetData";
import { zipEntries, type RawInflatePieces } from "./zip";

const ROOT = path.resolve(__dirname, "../../..");
const DIRS = ["assets/samples", "test/fixtures", "test/hostile/files"];

function workbooks(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return workbooks(full);
    return entry.name.endsWith(".xlsx") ? [full] : [];
  });
}

const FILES = DIRS.flatMap((dir) => workbooks(path.join(ROOT, dir))).sort();

function largestIsSheet(bytes: Uint8Array): boolean {
  const read = zipEntries(bytes).filter((entry) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml|styles\.xml)$/.test(entry.name));
  const largest = read.reduce((a, b) => (b.originalSize > a.originalSize ? b : a));
  return largest.name.startsWith("xl/worksheets/");
}

/**
 * An inflater that gives the part in pieces ending at `cuts(length)` (ascending), then whole: growing views of the
 * one buffer, as zlib's stream gives them. It fails as nodeInflateRaw fails, on its first piece.
 */
function cutAt(cuts: (length: number) => number[]): RawInflatePieces & { parts: number } {
  const inflater = async function* (data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
    const part = nodeInflateRaw(data, size);
    inflater.parts++;
    for (const cut of cuts(part.length)) if (cut > 0 && cut < part.length) yield part.subarray(0, cut);
    yield part;
  };
  inflater.parts = 0;
  return inflater;
}

const every = (step: number) => (length: number) => Array.from({ length: Math.ceil(length / step) }, (_, i) => (i + 1) * step);

/** Cuts at pseudo-random places, a few bytes to a few kilobytes apart (the same each run). */
function scattered(seed: number) {
  return (length: number) => {
    const cuts: number[] = [];
    let state = seed;
    for (let at = 0; at < length; ) {
      state = (state * 1103515245 + 12345) % 2147483648;
      at += 1 + (state % (state % 3 === 0 ? 4096 : 40));
      cuts.push(at);
    }
    return cuts;
  };
}

/** readXlsx's grid, or its failure as null (readXlsxPieces gives null then). */
function whole(bytes: Uint8Array, options: LeanReadOptions = {}): Grid | null {
  try {
    return readXlsx(bytes, { inflateRaw: nodeInflateRaw, ...options });
  } catch {
    return null;
  }
}

function pieces(bytes: Uint8Array, inflater: RawInflatePieces, options: LeanReadOptions = {}): Promise<Grid | null> {
  return readXlsxPieces(bytes, { inflateRaw: nodeInflateRaw, ...options }, inflater, 0);
}

describe("readXlsxPieces = readXlsx", () => {
  it("finds the committed workbooks", () => {
    expect(FILES.length).toBeGreaterThan(30);
  });

  it.each(FILES.map((file) => [path.relative(ROOT, file)]))("%s: the same, in pieces of one byte and cut anywhere", (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, file)));
    const expected = whole(bytes);
    return (async () => {
      let inPieces = 0;
      for (const cuts of [every(1), every(997), scattered(bytes.length), () => []]) {
        const inflater = cutAt(cuts);
        expect(await pieces(bytes, inflater)).toEqual(expected);
        inPieces += inflater.parts;
      }
      // the largest part read is a sheet (not the shared strings), read in pieces, unless the read fails before
      if (expected !== null) expect(inPieces).toBe(largestIsSheet(bytes) ? 4 : 0);
    })();
  });

  it("reads with a sheet filter and without formulas as readXlsx does", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, "assets/samples/mapo-5th-plan.xlsx")));
    for (const options of [{ formulas: false }, { sheetFilter: (name: string) => name !== "총괄표" }, { maxCells: 100 }]) {
      expect(await pieces(bytes, cutAt(every(50)), options)).toEqual(whole(bytes, options));
    }
  });
});

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package of one sheet (`xml`, inside <worksheet>) and shared strings, its sheet the largest part. */
function xlsx(xml: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "_rels/.rels": strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="계획" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(`<sst ${NS}><si><t>가나</t></si><si><t>&amp;</t></si></sst>`),
    "xl/worksheets/sheet1.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n<worksheet ${NS}>${xml}</worksheet>`),
  });
}

/** Rows as Excel writes them, with values, shared strings, inline text (multi-byte, entities), formulas, merges. */
function rows(count: number, from = 1): string {
  let xml = "";
  for (let r = from; r < from + count; r++) {
    xml +=
      `<row r="${r}" spans="1:4"><c r="A${r}" s="1" t="s"><v>${r % 2}</v></c><c r="B${r}"><v>${r * 1.5}</v></c>` +
      `<c r="C${r}" t="inlineStr"><is><t>한글 ${r} &amp; &#xD55C;</t></is></c><c r="D${r}"><f>B${r}*2</f><v>${r * 3}</v></c></row>`;
  }
  return xml;
}

const MERGES = '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C2:C3"/></mergeCells>';

describe("readXlsxPieces on sheets written to test the byte scan's edges", () => {
  const sheets: Record<string, string> = {
    plain: `<sheetViews><sheetView/></sheetViews><sheetData>${rows(40)}</sheetData>${MERGES}<pageMargins left="0.7"/>`,
    "rows without r, self-closing rows, text between rows":
      `<sheetData>${rows(5)}<row r="9"><c r="B9"><v>9</v></c></row><row><c><v>10</v></c><c t="s"><v>0</v></c></row>\n  <row/><row r="14"/>\n` +
      `<row><c><v>15</v></c></row><row><c><v>16</v></c></row>${rows(5, 20)}</sheetData>`,
    "shared formulas across rows": `<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A30" si="0">B1+1</f><v>1</v></c></row>${Array.from({ length: 29 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><f t="shared" si="0"/><v>${i}</v></c></row>`).join("")}</sheetData>`,
    "a comment between rows (declined: the general scanner reads it)": `<sheetData>${rows(10)}<!-- </row> -->${rows(10, 11)}</sheetData>${MERGES}`,
    "CDATA in a cell": `<sheetData>${rows(10)}<row r="11"><c r="A11" t="str"><f>1</f><v><![CDATA[</row><row>]]></v></c></row>${rows(3, 12)}</sheetData>`,
    '"</row>" inside an attribute': `<sheetData>${rows(10)}<row r="11"><c r="A11" x="</row>"><v>7</v></c></row>${rows(3, 12)}</sheetData>`,
    "a row that does not close": `<sheetData>${rows(10)}<row r="11"><c r="A11"><v>1</v></c>${rows(3, 12)}</sheetData>`,
    "no sheetData": `<sheetViews/><cols><col min="1" max="2"/></cols>`,
    "an empty sheetData": `<sheetData/>${MERGES}`,
    "a second sheetData": `<sheetData>${rows(5)}</sheetData><sheetData>${rows(5, 6)}</sheetData>`,
    "more after the merges": `<sheetData>${rows(20)}</sheetData>${MERGES}<hyperlinks><hyperlink ref="A1"/></hyperlinks><extLst><ext><x:f xmlns:x="x">A1</x:f></ext></extLst>`,
    "a prefixed sheet": `<x:sheetData xmlns:x="${NS}">${rows(5).replace(/<(\/?)(row|c|v|f|is|t)\b/g, "<$1x:$2")}</x:sheetData>`,
    "broken XML after the rows": `<sheetData>${rows(20)}</sheetData><mergeCells><mergeCell ref="A1:B1"></mergeCells>`,
    "a bad row number": `<sheetData>${rows(5)}<row r="0"><c><v>1</v></c></row></sheetData>`,
  };

  for (const [name, xml] of Object.entries(sheets)) {
    it(`${name}: the same grid, or failure, cut anywhere`, async () => {
      const bytes = xlsx(xml);
      const expected = whole(bytes);
      for (const cuts of [every(1), every(3), every(64), scattered(7)]) {
        const inflater = cutAt(cuts);
        expect(await pieces(bytes, inflater)).toEqual(expected);
        expect(inflater.parts).toBe(1);
      }
    });
  }

  it("reads the rows as they come, each once, before the part is whole", async () => {
    const bytes = xlsx(sheets.plain);
    const scans = jest.spyOn(sheetData, "scanSheetRows");
    try {
      const inflater = cutAt(every(100));
      expect(await pieces(bytes, inflater)).toEqual(whole(bytes));
      const views = scans.mock.calls.map(([view]) => view.length);
      const partLength = Math.max(...views);
      // every piece holding a new row's end is read up to it; the rest of the rows once the part is whole
      expect(views.length).toBeGreaterThan(30);
      expect(views.filter((length) => length < partLength).length).toBe(views.length - 1);
      expect(new Set(views).size).toBe(views.length);
    } finally {
      scans.mockRestore();
    }
    // one cell fewer than the sheet holds: the scan fails in pieces, and the whole read decides (the same failure)
    const cells = whole(bytes)!.sheets[0].values.flat().filter((v) => v !== null).length;
    expect(await pieces(bytes, cutAt(every(100)), { maxCells: cells - 1 })).toBeNull();
    expect(whole(bytes, { maxCells: cells - 1 })).toBeNull();
    expect(await pieces(bytes, cutAt(every(100)), { maxCells: cells })).toEqual(whole(bytes, { maxCells: cells }));
  });

  it("gives null when the inflater fails, at its first piece or later", async () => {
    const bytes = xlsx(sheets.plain);
    const failing = (after: number): RawInflatePieces =>
      async function* (data, size) {
        const part = nodeInflateRaw(data, size);
        for (const cut of every(50)(part.length).slice(0, after)) yield part.subarray(0, cut);
        throw new Error("unexpected end of file");
      };
    for (const after of [0, 1, 30]) expect(await pieces(bytes, failing(after))).toBeNull();
  });
});
