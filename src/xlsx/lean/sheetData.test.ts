/**
 * The byte scan of <sheetData> against the general scanner it stands in for: each sheet below is read as
 * written (the byte scan must take it) and with a comment in its <sheetData> (which only the general
 * scanner reads); both must give the same grid, or the same error. Likewise plain shared strings.
 */
import { strToU8, zipSync } from "fflate";
import { readWorkbookBuffer } from "../readGrid";
import { readXlsx } from "./readXlsx";
import { plainRest, rawCell, scanMergeCells, scanSheetData, sheetDataStart } from "./sheetData";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function xlsx(sheetData: string, tail = "", sst = `<sst ${NS}><si><t>공유</t></si><si><t>둘째</t></si></sst>`, head = `<dimension ref="A1"/>`): Uint8Array {
  return zipSync({
    "xl/workbook.xml": strToU8(`<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="계획" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rY" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(`<?xml version="1.0"?>\n<worksheet ${NS}>${head}<sheetData>${sheetData}</sheetData>${tail}</worksheet>`),
    "xl/sharedStrings.xml": strToU8(sst),
    "xl/styles.xml": strToU8(`<styleSheet ${NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`),
  });
}

/** Whether the byte scan takes the sheet as written. */
function scanned(sheetData: string): boolean {
  const bytes = strToU8(`<sheetData>${sheetData}</sheetData>`);
  return scanSheetData(bytes, "<sheetData>".length, rawCell(), () => undefined) === bytes.length - "</sheetData>".length;
}

async function bothWays(sheetData: string, tail = "", head?: string) {
  const read = (bytes: Uint8Array) => readWorkbookBuffer(bytes).then((grid) => ({ grid }), (error: { reason?: string; data?: unknown }) => ({ reason: error.reason, data: error.data }));
  return { bytes: await read(xlsx(sheetData, tail, undefined, head)), general: await read(xlsx(`<!-- general -->${sheetData}`, tail, undefined, head)) };
}

/** Whether the part around the byte-scanned cells and merges is taken as it is (plainRest), for a sheet as xlsx() writes it. */
function restPlain(sheetData: string, tail: string, head: string): boolean {
  const bytes = strToU8(`<?xml version="1.0"?>\n<worksheet ${NS}>${head}<sheetData>${sheetData}</sheetData>${tail}</worksheet>`);
  const start = sheetDataStart(bytes);
  const end = scanSheetData(bytes, start, rawCell(), () => undefined);
  return end >= 0 && plainRest(bytes, { start, end }, scanMergeCells(bytes, end, () => undefined));
}

const EXCEL_SHAPED: Record<string, string> = {
  "numbers of every form":
    `<row r="1" spans="1:9" ht="30" customHeight="1"><c r="A1"><v>42</v></c><c r="B1"><v>-3</v></c><c r="C1"><v>1.5E-3</v></c><c r="D1"><v>123456789012345678</v></c>` +
    `<c r="E1" t="n"><v>007</v></c><c r="F1"><v>abc</v></c><c r="G1" s="1"><v>44880</v></c><c r="H1" s="1"><v>44880.5</v></c><c r="I1"><v></v></c></row>`,
  "shared strings, inline text, booleans, errors": `<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>9</v></c><c r="C2" t="inlineStr"><is><t xml:space="preserve"> 인라인 &amp; 글_x000D_\n</t></is></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#DIV/0!</v></c><c r="F2" t="str"><v>a&lt;b</v></c><c r="G2" t="inlineStr"><is/></c><c r="H2" t="inlineStr"><is><t/></is></c></row>`,
  "formulas, shared formulas, cached results of every type":
    `<row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>3</v></c><c r="B1" t="str"><f>_xlfn.CONCAT("가","&amp;")</f><v>가&amp;</v></c><c r="C1" t="s"><f>1+1</f><v>2</v></c><c r="D1"><f></f><v>1</v></c></row>` +
    `<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">B2*$C$1</f><v>0</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c></row><row r="4"><c r="A4"><f t="shared" si="0"/></c></row>`,
  "text formulas computed as empty text (<v></v>, <v/>), one saved without its value, empty <v> of other types":
    `<row r="1"><c r="A1" t="str"><f>IF(B1="","",B1)</f><v></v></c><c r="B1" t="str"><f>""</f><v/></c><c r="C1" t="str"><f>D1&amp;""</f></c>` +
    `<c r="D1"><f>1+1</f><v></v></c><c r="E1" t="b"><f>TRUE()</f><v></v></c><c r="F1" t="str"><v></v></c><c r="G1" t="str"><f>"a"</f><v xml:space="preserve"></v></c></row>`,
  "rows and cells without references, self-closing ones, pretty-printed":
    `\n  <row>\n    <c><v>1</v></c>\n    <c s="1"/>\n    <c>\n      <v>2</v>\n    </c>\n  </row>\n  <row/>\n  <row><c r="C3"><v>3</v></c><c><v>4</v></c></row>\n`,
  "attributes in single quotes, prefixed, holding >": `<row r='1' x14ac:dyDescent="0.25" x:r="7"><c r="B1" t='s' s="0" foo="a>b"><v>0</v></c><c r="C1" s='1'><v>5</v></c></row>`,
  "cell attributes in another order, spaced otherwise, a column in small letters":
    `<row r="1"><c r="b1" t="s" s="1"><v>0</v></c><c t="s" r="C1"><v>1</v></c><c r="D1" s="1" t="n" /><c r="E1"  s="0"><v>2</v></c><c r="F1" s="012345678"><v>3</v></c><c r="XFD1"><v>4</v></c></row>`,
  "row attributes in another order, spaced otherwise, a self-closing row":
    `<row spans="1:2" r="2"><c r="A2"><v>1</v></c></row><row r="3" ><c r="A3"><v>2</v></c></row><row r="4"/><row  r="5"><c r="A5"><v>3</v></c></row><row r="6" x14ac:dyDescent="0.25"><c r="B6"><v>4</v></c></row>`,
  "a merged area over present cells": `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>`,
};

/** Merges of every form: plain, reversed, one cell, with "$", bad, without a ref, in single quotes. */
const MERGES = `<mergeCells count="7"><mergeCell ref="A1:B2"/>\n<mergeCell ref="D4:C3"/><mergeCell ref="E5"/><mergeCell ref="$F$6:G$7"/><mergeCell ref="A0:B1"/><mergeCell/><mergeCell ref='H1:H2' /></mergeCells>`;

describe("the byte scan of <sheetData> = the general scanner", () => {
  it.each(Object.entries(EXCEL_SHAPED))("%s", async (_, sheetData) => {
    expect(scanned(sheetData)).toBe(true);
    const { bytes, general } = await bothWays(sheetData, MERGES);
    expect(bytes).toEqual(general);
    expect(bytes).toHaveProperty("grid");
  });

  it("leaves to the general scanner what it does not read, with the same result", async () => {
    const other = {
      "an entity in a reference": `<row r="1"><c r="A&#49;"><v>1</v></c></row>`,
      "a prefixed reference": `<row r="1"><c x:r="B1" t="s"><v>0</v></c></row>`,
      "a prefixed attribute on a cell": `<row r="1"><c r="B1" x14ac:ph="1"><v>0</v></c></row>`,
      "a repeated reference": `<row r="1"><c r="C1" r="Z9"><v>5</v></c></row>`,
      "a reference with $": `<row r="1"><c r="$C1"><v>5</v></c></row>`,
      "rich inline text": `<row r="1"><c r="A1" t="inlineStr"><is><r><t>가</t></r><r><rPr><b/></rPr><t>나</t></r></is></c></row>`,
      "CDATA": `<row r="1"><c r="A1" t="str"><v><![CDATA[<a>]]></v></c></row>`,
      "a prefixed element": `<row r="1"><x:c r="A1"><x:v>1</x:v></x:c></row>`,
      "another element in a cell": `<row r="1"><c r="A1"><v>1</v><extLst/></c></row>`,
      "two values in a cell": `<row r="1"><c r="A1"><v>1</v><v>2</v></c></row>`,
      "row zero": `<row r="0"><c><v>1</v></c></row>`,
      "a bad reference": `<row r="1"><c r="1A"><v>1</v></c></row>`,
      "a close tag that does not close": `<row r="1"><c r="A1"><v>1</c></row>`,
      "a cell cut short": `<row r="1"><c r="A1"><v>1</v>`,
      "a column past XFD": `<row r="1"><c r="XFE1"><v>1</v></c></row>`,
      "a row past the last": `<row r="1"><c r="A1048577"><v>1</v></c></row>`,
      "a row number of ten digits": `<row r="1234567890"><c><v>1</v></c></row>`,
      "a row number with a sign": `<row r="+1"><c><v>1</v></c></row>`,
      "a style of ten digits": `<row r="1"><c r="A1" s="0123456789"><v>1</v></c></row>`,
    };
    for (const [name, sheetData] of Object.entries(other)) {
      expect({ name, scanned: scanned(sheetData) }).toEqual({ name, scanned: false });
      const { bytes, general } = await bothWays(sheetData);
      expect({ name, ...bytes }).toEqual({ name, ...general });
    }
  });

  it("leaves merges in another shape to the general scanner, with the same result", async () => {
    const sheetData = `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>`;
    const plain = await bothWays(sheetData, MERGES);
    const other = await bothWays(sheetData, MERGES.replace("<mergeCell ", "<!-- c --><mergeCell "));
    expect(plain.bytes).toEqual(plain.general);
    expect(other.bytes).toEqual(plain.general);
    expect(plain.bytes).toMatchObject({ grid: { sheets: [{ values: [[1]] }] } }); // B1 is covered by A1:B2
    // A reference holding an entity, or a tag written otherwise, next to plain ones: the same areas.
    for (const odd of ['<mergeCell ref="E&#53;"/>', '<mergeCell ref="E5" />', '<mergeCell ref="E5"></mergeCell>', '<mergeCell  ref="E5"/>']) {
      const written = await bothWays(sheetData, MERGES.replace('<mergeCell ref="E5"/>', odd));
      expect(written.bytes).toEqual(written.general);
      expect(written.bytes).toEqual(plain.general);
    }
  });

  it("reads plain shared strings as the general scanner reads them", () => {
    const items = `<si><t>공유</t></si><si><t xml:space="preserve"> 앞뒤 </t></si><si><t></t></si><si><t>a &amp; b_x000D_\n</t></si>`;
    const sheetData = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>`;
    const read = (sst: string) => readXlsx(xlsx(sheetData, "", sst)).sheets[0].values;
    expect(read(`\n<sst ${NS}>${items}</sst>`)).toEqual([["공유", " 앞뒤 ", "", "a & b\n"]]);
    expect(read(`\n<sst ${NS}>${items}</sst>`)).toEqual(read(`<sst ${NS}><!-- general -->${items}</sst>`));
    // another element after the root: the general scanner reads its items too
    expect(read(`<sst ${NS}>${items}</sst><si><t>더</t></si>`)).toEqual(read(`<sst ${NS}><!-- -->${items}</sst><si><t>더</t></si>`));
  });

  it("is not fooled by a <sheetData> or <mergeCells> in a comment before the real ones", () => {
    const sheetData = `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>`;
    const fake = `<!-- <sheetData><row r="9"><c r="A9"><v>9</v></c></row></sheetData> -->`;
    expect(readXlsx(xlsx(sheetData, "", undefined, fake)).sheets[0]).toEqual({ name: "계획", values: [[1, 2]], merges: [], visibility: "visible" });
    const merges = `<!-- <mergeCells><mergeCell ref="C3:D4"/></mergeCells> --><mergeCells><mergeCell ref="A1:B1"/></mergeCells>`;
    expect(readXlsx(xlsx(sheetData, merges)).sheets[0]).toEqual({ name: "계획", values: [[1]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], visibility: "visible" });
  });

  it("takes the rest of the part from the bytes when it holds nothing the reader reads, and leaves the rest to the general scanner", async () => {
    const sheetData = `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="3"><c r="C3"><v>3</v></c></row>`;
    const head = `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><cols><col min="1" max="2" width="9"/></cols>`;
    const excelTail =
      `${MERGES}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><rowBreaks count="1"><brk id="2" max="16383" man="1"/></rowBreaks>` +
      `<extLst><ext uri="{05C60535}" xmlns:x14="urn:x14"><x14:sparklineGroups xmlns:xm="urn:xm"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>A1:B1</xm:f><xm:sqref>C1</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
    for (const [tail, withHead] of [[excelTail, head], ["", head], ["<pageMargins/>", ""], [excelTail.replace(MERGES, ""), head]]) {
      expect(restPlain(sheetData, tail, withHead)).toBe(true);
      const { bytes, general } = await bothWays(sheetData, tail, withHead);
      expect(bytes).toEqual(general);
      expect(bytes).toHaveProperty("grid");
    }
    const other: Record<string, [string, string]> = {
      "a merge outside <mergeCells>": ["", `<mergeCells><mergeCell ref="A1:A3"/></mergeCells><foo><mergeCell ref="B1:C1"/></foo>`],
      "a second <mergeCells>": ["", `${MERGES}<mergeCells><mergeCell ref="B1:C1"/></mergeCells>`],
      "a second <sheetData>": ["", `<sheetData><row r="9"><c r="A9"><v>9</v></c></row></sheetData>`],
      "a prefixed cell in the head": [`<x:c r="D4"><x:v>4</x:v></x:c>`, ""],
      "a comment": [`<!-- <v>1</v> -->${head}`, ""],
      "a close tag closing under another prefix": [`<foo></x:foo>`, ""],
      "a close tag that does not close": ["", `<pageMargins></pageSetup>`],
      "an element left open": ["", `<pageSetup>`],
      "a close tag with nothing open": ["", `</foo></foo>`],
      "an unterminated tag": ["", `<pageSetup a="1"`],
      "a > in a quoted value, then a merge": ["", `<foo a="b>c"/><mergeCells><mergeCell ref='A1:B1'/></mergeCells>`],
    };
    for (const [name, [otherHead, tail]] of Object.entries(other)) {
      expect({ name, plain: restPlain(sheetData, tail, otherHead) }).toEqual({ name, plain: /a > in a quoted/.test(name) });
      const { bytes, general } = await bothWays(sheetData, tail, otherHead);
      expect({ name, ...bytes }).toEqual({ name, ...general });
    }
  });

  it("counts cells against the limit as the general scanner does", () => {
    const sheetData = `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>`;
    for (const data of [sheetData, `<!-- -->${sheetData}`]) {
      expect(() => readXlsx(xlsx(data), { maxCells: 2 })).toThrow(expect.objectContaining({ reason: "tooLarge" }));
      expect(readXlsx(xlsx(data), { maxCells: 3 }).sheets[0].values).toEqual([[1, 2, 3]]);
    }
  });
});
