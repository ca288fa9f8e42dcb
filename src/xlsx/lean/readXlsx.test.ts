/**
 * The lean reader on packages written here part by part: the cell kinds, shared formulas, styles that
 * make a date, merges, prefixed XML, and the bounds (sparse rows, size and cell limits, broken parts).
 */
import { inflateSync, strToU8, zipSync } from "fflate";
import { PlanReadError } from "../../engine/read/errors";
import { readRevisionStore } from "../../engine/read/revisionLog";
import { ownStoreSheet } from "../../engine/sheets";
import { readWorkbookBuffer } from "../readGrid";
import { isDateFormat, readXlsx, slideFormula } from "./readXlsx";
import { XmlScanner, OPEN, TEXT, CLOSE, END } from "./xml";
import { zipEntries, type RawInflate } from "./zip";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Parts {
  sheets?: { name: string; xml: string; state?: string }[];
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  extra?: Record<string, string>;
}

function xlsx(parts: Parts): Uint8Array {
  const sheets = parts.sheets ?? [{ name: "계획", xml: "<sheetData/>" }];
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8("<Types/>"),
    "_rels/.rels": strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(
      `<workbook ${NS} xmlns:r="${REL}">${parts.workbookPr ?? ""}<sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships>${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join("")}<Relationship Id="rS" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/><Relationship Id="rY" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<worksheet ${NS}>${s.xml}</worksheet>`)));
  if (parts.sharedStrings) files["xl/sharedStrings.xml"] = strToU8(`<sst ${NS}>${parts.sharedStrings}</sst>`);
  if (parts.styles) files["xl/styles.xml"] = strToU8(`<styleSheet ${NS}>${parts.styles}</styleSheet>`);
  for (const [name, text] of Object.entries(parts.extra ?? {})) files[name] = strToU8(text);
  return zipSync(files);
}

const one = (xml: string, parts: Omit<Parts, "sheets"> = {}) => readXlsx(xlsx({ ...parts, sheets: [{ name: "계획", xml }] })).sheets[0];

describe("readXlsx: cells", () => {
  it("reads numbers, shared and inline strings, rich text, booleans and errors", () => {
    const sheet = one(
      `<sheetData><row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c>` +
        `<c r="D1" t="inlineStr"><is><t>인라인 &amp; 글</t></is></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#N/A</v></c></row>` +
        `<row r="3"><c r="B3" t="inlineStr"><is><r><t>가</t></r><r><t xml:space="preserve"> 나</t></r></is></c></row></sheetData>`,
      { sharedStrings: `<si><t>줄_x000D_\n바꿈</t></si><si><r><t>굵게</t></r><r><rPr><b/></rPr><t>보통</t></r><rPh><t>ふりがな</t></rPh></si>` },
    );
    expect(sheet.values).toEqual([[1.5, "줄\n바꿈", "굵게보통", "인라인 & 글", true, { error: "#N/A" }], [], [null, "가 나"]]);
    expect(sheet.formulas).toBeUndefined();
  });

  it("reads plain shared strings with entities and escapes in some items only as the general reader does", () => {
    const items = ["가 &amp; 나", "평문", "줄_x000D_\n바꿈", "보통", "&#95;x0041_", "끝&#13;\n", "it&apos;s", "_x005F_x0041_", "마지막"];
    const plain = items.map((t) => `<si><t>${t}</t></si>`).join("");
    // A rich-text item sends the whole part to the general reader: the expected strings.
    const general = `${plain}<si><r><t>끝</t></r></si>`;
    const cells = `<sheetData><row r="1">${items.map((_, i) => `<c t="s"><v>${i}</v></c>`).join("")}</row></sheetData>`;
    const read = one(cells, { sharedStrings: plain }).values[0];
    expect(read).toEqual(["가 & 나", "평문", "줄\n바꿈", "보통", "A", "끝\n", "it's", "_x0041_", "마지막"]);
    expect(read).toEqual(one(cells, { sharedStrings: general }).values[0]);
  });

  it("gives formula cells their cached result and text, shared formulas translated to each cell", () => {
    const sheet = one(
      `<sheetData><row r="1"><c r="A1" t="str"><f>_xlfn.CONCAT("a","b")</f><v>ab</v></c><c r="B1" t="str"><f>A1&amp;"x"</f><v>abx</v></c></row>` +
        `<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">B2*$C$1+C2</f><v>0</v></c></row>` +
        `<row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c></row><row r="4"><c r="A4"><f t="shared" si="0"/></c></row></sheetData>`,
    );
    expect(sheet.values).toEqual([["ab", "abx"], [0], [6]]);
    expect(sheet.formulas).toEqual([['=CONCAT("a","b")', '=A1&"x"'], ["=B2*$C$1+C2"], ["=B3*$C$1+C3"], ["=B4*$C$1+C4"]]);
  });

  it("tells a text formula computed as empty text (an empty <v>) from one saved without its value (no <v>)", () => {
    const cells =
      `<row r="1"><c r="A1" t="str"><f>IF(B1="","",B1)</f><v></v></c><c r="B1" t="str"><f>""</f><v/></c><c r="C1" t="str"><f>D1&amp;""</f></c>` +
      `<c r="D1"><f>1+1</f><v></v></c><c r="E1" t="str"><v></v></c><c r="F1" t="str"><f>"a"</f><v>a</v></c></row>`;
    // The byte scan, and the general scanner (a comment in <sheetData> sends the part to it).
    for (const sheetData of [`<sheetData>${cells}</sheetData>`, `<sheetData><!-- x -->${cells}</sheetData>`]) {
      const sheet = one(sheetData);
      // "" computed; null: no value saved (a formula of another type with an empty <v> has none either, nor a constant).
      expect(sheet.values).toEqual([["", "", null, null, null, "a"]]);
      expect(sheet.formulas).toEqual([['=IF(B1="","",B1)', '=""', '=D1&""', "=1+1", null, '="a"']]);
    }
  });

  it("reads a number under a date or time format as ISO text, in the 1900 and 1904 systems", () => {
    const styles = `<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="20"/><xf numFmtId="3"/></cellXfs>`;
    const xml = `<sheetData><row r="1"><c r="A1" s="1"><v>44880</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="3"><v>44880</v></c></row></sheetData>`;
    expect(one(xml, { styles }).values).toEqual([["2022-11-15", "12:00", 44880]]);
    expect(one(xml, { styles, workbookPr: '<workbookPr date1904="1"/>' }).values[0][0]).toBe("2026-11-16");
    expect(isDateFormat('[Red]0.00"m"')).toBe(false);
    expect(isDateFormat("yyyy년 m월")).toBe(true);
  });

  it("reads the styles from their bytes as the general scanner reads them, and leaves it the odd ones", () => {
    const xml = `<sheetData><row r="1">${[1, 2, 3, 4, 5, 6, 7].map((s) => `<c s="${s}"><v>44880.5</v></c>`).join("")}</row></sheetData>`;
    // Korean font names; entities, single quotes, a space, a leading zero and prefixes in the formats;
    // a format inside an <xf> (skipped with it) before the <xf> that would use it.
    const styles =
      `<fonts count="1"><font><name val="맑은 고딕"/></font></fonts><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;년&quot; m&quot;월&quot;"/>` +
      `<numFmt formatCode='#,##0.00' numFmtId=" 165"/><x:numFmt x:numFmtId="0166" formatCode="[$-412]h:mm"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
      `<cellXfs count="8"><xf numFmtId="0"><alignment/><numFmt numFmtId="167" formatCode="d"/></xf><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="14"/><xf numFmtId="167"/><xf numFmtId="1e1"/><xf numFmtId="47"></xf></cellXfs>`;
    const read = (written: string) => one(xml, { styles: written }).values;
    const date = "2022-11-15 12:00";
    expect(read(styles)).toEqual([[date, 44880.5, date, date, 44880.5, 44880.5, date]]);
    // The same styles through the general scanner (a comment sends them there), and odder ones that only it reads.
    expect(read(`<!-- -->${styles}`)).toEqual(read(styles));
    for (const odd of ['<xf numFmtId = "14"/>', '<xf numFmtId="14"a="1"/>', "<xf numFmtId='14' ></x:xf>", "<xf numFmtId='14'>"]) {
      const written = styles.replace('<xf numFmtId="14"/>', odd);
      const general = `<!-- -->${written}`;
      const reason = (s: string) => {
        try {
          return read(s);
        } catch (error) {
          return (error as Error).message;
        }
      };
      expect({ odd, read: reason(written) }).toEqual({ odd, read: reason(general) });
    }
  });

  it("lists merges and empties the cells they cover, wherever the merge list stands", () => {
    const sheet = one(
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>제목</t></is></c><c r="B1"><v>9</v></c><c r="C1"><v>3</v></c></row>` +
        `<row r="2"><c r="A2"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="$D$5"/></mergeCells>`,
    );
    expect(sheet.values).toEqual([["제목", null, 3]]);
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 4, left: 3, bottom: 4, right: 3 },
    ]);
  });

  it("empties the formulas of covered cells as it empties their values, the merge's first cell kept", () => {
    const sheet = one(
      `<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>A1*2</f><v>4</v></c><c r="C1"><f>B1</f><v>4</v></c></row>` +
        `<row r="2"><c r="A2"><f>A1</f><v>2</v></c><c r="B2"><v>5</v></c><c r="C2"><v>6</v></c></row></sheetData>` +
        `<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="C1:C2"/></mergeCells>`,
    );
    expect(sheet.values).toEqual([[2, null, 4]]);
    expect(sheet.formulas).toEqual([["=1+1", null, "=B1"]]);
  });

  it("empties a covered cell's formula below the last row with a value too", () => {
    const sheet = one(
      `<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><f>A1</f></c></row><row r="3"><c r="A3"><f>A1</f></c></row></sheetData>` +
        `<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`,
    );
    expect(sheet.values).toEqual([[1]]);
    expect(sheet.formulas).toEqual([[], [], ["=A1"]]);
  });

  it("reads prefixed elements, cells without references, comments and CDATA", () => {
    const bytes = xlsx({
      sheets: [
        {
          name: "계획",
          xml: `<x:sheetData xmlns:x="urn:x"><!-- c --><x:row><x:c t="inlineStr"><x:is><x:t><![CDATA[<a&b>]]></x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row></x:sheetData>`,
        },
      ],
    });
    expect(readXlsx(bytes).sheets[0].values).toEqual([["<a&b>", 2]]);
  });

  it("tells each sheet's visibility as workbook.xml has it, and with it the add-in's store from a user's sheet of its name", () => {
    const store = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>revisionLog</t></is></c><c r="B1" t="inlineStr"><is><t>{}</t></is></c></row></sheetData>`;
    const read = (state?: string) =>
      readXlsx(
        xlsx({
          sheets: [
            { name: "계획", xml: "<sheetData/>" },
            { name: "숨김", xml: "<sheetData/>", state: "hidden" },
            { name: "PlanCheckStore", xml: store, ...(state ? { state } : {}) },
          ],
        }),
      );
    expect(read("veryHidden").sheets.map((s) => s.visibility)).toEqual(["visible", "hidden", "veryHidden"]);
    expect(ownStoreSheet(read("veryHidden"))?.name).toBe("PlanCheckStore");
    expect(readRevisionStore(read("veryHidden"))).toEqual({ revisionLog: "{}", baseline: null });
    // A user's own sheet of the store's name (visible, or hidden as Excel's UI can): not read as the store.
    for (const state of [undefined, "visible", "hidden"]) {
      expect(read(state).sheets[2].visibility).toBe(state ?? "visible");
      expect(ownStoreSheet(read(state))).toBeUndefined();
      expect(readRevisionStore(read(state))).toBeNull();
    }
  });

  it("keeps the workbook's sheet order and reads only the sheets asked for", () => {
    const bytes = xlsx({
      sheets: [
        { name: "표지", xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` },
        { name: "총괄표", xml: `<sheetData><row r="2"><c r="B2"><v>2</v></c></row></sheetData>` },
      ],
    });
    expect(readXlsx(bytes).sheets.map((s) => s.name)).toEqual(["표지", "총괄표"]);
    expect(readXlsx(bytes, { sheetFilter: (name) => name === "총괄표" }).sheets).toEqual([
      { name: "총괄표", values: [[], [null, 2]], merges: [], visibility: "visible" },
    ]);
  });
});

describe("readXlsx: bounds", () => {
  it("gathers a row's values in any order: right to left, met again after another row, past column 1,024 beside near ones", () => {
    const rows =
      `<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c></row>` +
      `<row r="1"><c r="B1"><v>12</v></c></row>` +
      `<row r="2"><c r="B2"><v>2</v></c><c r="E2"><v>5</v></c></row>` +
      `<row r="4"><c r="A4"><v>41</v></c><c r="AMK4"><v>1025</v></c><c r="B4"><v>42</v></c></row>` +
      `<row r="5"><c r="A5" t="inlineStr"><is><t>끝</t></is></c></row>`;
    // The byte scan, and the general scanner (a comment in the cells sends the part to it).
    for (const xml of [`<sheetData>${rows}</sheetData>`, `<sheetData><!-- 주석 -->${rows}</sheetData>`]) {
      const sheet = one(xml);
      expect(sheet.values.map((line) => line.length)).toEqual([2, 5, 0, 1025, 1]);
      expect([sheet.values[0], sheet.values[1], sheet.values[2], sheet.values[4]]).toEqual([[null, 12], [1, 2, 3, null, 5], [], ["끝"]]);
      // A row this wide and this empty keeps its holes (densify).
      expect(Object.keys(sheet.values[3])).toEqual(["0", "1", "1024"]);
      expect([sheet.values[3][0], sheet.values[3][1], sheet.values[3][1024]]).toEqual([41, 42, 1025]);
    }
  });

  it("one value in column XFD on 20,000 rows reads sparse and fast", () => {
    let rows = "";
    for (let r = 1; r <= 20_000; r++) rows += `<row r="${r}"><c r="XFD${r}"><v>${r}</v></c></row>`;
    const started = Date.now();
    const sheet = one(`<sheetData>${rows}</sheetData>`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(sheet.values).toHaveLength(20_000);
    expect(sheet.values[19_999][16_383]).toBe(20_000);
    expect(Object.keys(sheet.values[19_999])).toEqual(["16383"]);
  });

  it("refuses more cells than the limit, naming the limit", () => {
    const xml = `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData>`;
    expect(() => one(xml)).not.toThrow();
    expect(() => readXlsx(xlsx({ sheets: [{ name: "a", xml }] }), { maxCells: 2 })).toThrow(
      expect.objectContaining({ reason: "tooLarge", data: { limit: "cells", max: "2" } }),
    );
  });

  it("refuses parts larger than the limit before inflating them", () => {
    const big = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"가".repeat(100_000)}</t></is></c></row></sheetData>`;
    const bytes = xlsx({ sheets: [{ name: "a", xml: big }] });
    expect(bytes.length).toBeLessThan(20_000);
    expect(() => readXlsx(bytes, { maxBytes: 100_000 })).toThrow(expect.objectContaining({ reason: "tooLarge", data: expect.objectContaining({ limit: "bytes" }) }));
  });

  it("inflates a part of a megabyte or more after the small ones, and still fails on the first broken part in the package's order", () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="s"><v>0</v></c></row>`;
    const rows = Array.from({ length: 16_000 }, (_, i) => row(i + 1)).join("");
    // sheet1 (over a megabyte) comes before sheet2, the shared strings and the styles in the package
    const bytes = xlsx({
      sheets: [
        { name: "큰", xml: `<sheetData>${rows}</sheetData>` },
        { name: "작은", xml: `<sheetData>${row(1)}</sheetData>` },
      ],
      sharedStrings: "<si><t>가</t></si>",
      styles: `<cellXfs count="1"><xf numFmtId="0"/></cellXfs>`,
    });
    const entries = zipEntries(bytes);
    const big = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    expect(big.originalSize).toBeGreaterThan(1024 * 1024);
    const sizes: number[] = [];
    const spy: RawInflate = (data, size) => {
      sizes.push(size);
      return inflateSync(data, { out: new Uint8Array(size) });
    };
    const grid = readXlsx(bytes, { inflateRaw: spy });
    // the relationships and the workbook first, read on their own; then sheet2, the strings and styles; sheet1 last
    expect(sizes.slice(-4, -1).every((size) => size < 1024)).toBe(true);
    expect(sizes[sizes.length - 1]).toBe(big.originalSize);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(grid).toEqual(readXlsx(bytes));
    expect(grid.sheets[0].values[15_999]).toEqual([16_000, "가"]);

    // Broken parts: the big one (invalid block type) and a small one after it (unexpected EOF).
    const broken = (names: string[]) => {
      const copy = bytes.slice();
      for (const name of names) {
        const entry = entries.find((e) => e.name === name)!;
        copy.set(name === big.name ? [0xff] : [0x01, 0xff, 0xff, 0, 0], entry.start);
      }
      return copy;
    };
    const failure = (data: Uint8Array) => {
      try {
        readXlsx(data, { inflateRaw: spy });
      } catch (error) {
        return (error as Error).message;
      }
      return "read";
    };
    expect(failure(broken(["xl/sharedStrings.xml"]))).toBe("unexpected EOF");
    expect(failure(broken([big.name]))).toBe("invalid block type");
    expect(failure(broken([big.name, "xl/sharedStrings.xml"]))).toBe("invalid block type");
    // past the size limit at a part after the big one: the big part's failure first, as in the package's order
    const limit = total - 1;
    expect(() => readXlsx(broken([big.name]), { maxBytes: limit })).toThrow("invalid block type");
    expect(() => readXlsx(bytes, { maxBytes: limit })).toThrow(expect.objectContaining({ reason: "tooLarge" }));
  });

  it("a mangled sheet part is damaged, with the scanner's reason", async () => {
    for (const xml of [`<sheetData><row r="1"><c r="A1"><v>1</v></c>`, `<sheetData><row r="1"></c></row></sheetData>`, `<sheetData><row r="0"/></sheetData>`]) {
      const error = await readWorkbookBuffer(xlsx({ sheets: [{ name: "a", xml }] })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlanReadError);
      expect(error).toMatchObject({ reason: "damaged", data: { detail: expect.any(String) } });
    }
  });

  it("a zip with a workbook but no worksheet is damaged; without a workbook it is not a workbook", async () => {
    const noSheets = zipSync({ "xl/workbook.xml": strToU8(`<workbook ${NS}><sheets/></workbook>`) });
    await expect(readWorkbookBuffer(noSheets)).rejects.toMatchObject({ reason: "damaged" });
    await expect(readWorkbookBuffer(zipSync({ "a.txt": strToU8("x") }))).rejects.toMatchObject({ reason: "notWorkbook", data: { looksLike: "zip" } });
  });
});

describe("slideFormula and the XML scanner", () => {
  it("moves relative references only, and leaves names and functions alone", () => {
    expect(slideFormula("SUM(A1:B2)+$C$3+Sheet1!D4+LOG10(2)", 2, 1)).toBe("SUM(B3:C4)+$C$3+Sheet1!E6+LOG10(2)");
  });

  it("scans tags, attributes with > inside quotes, and decodes entities", () => {
    const scan = new XmlScanner(`<a x='1>2' y="&#xAC00;&lt;"><b/>t&amp;t</a>`);
    expect(scan.next()).toBe(OPEN);
    expect([scan.attr("x"), scan.attr("y"), scan.attr("z")]).toEqual(["1>2", "가<", undefined]);
    expect(scan.next()).toBe(OPEN);
    expect(scan.selfClosing).toBe(true);
    expect(scan.next()).toBe(TEXT);
    expect(scan.text()).toBe("t&t");
    expect(scan.next()).toBe(CLOSE);
    expect(scan.next()).toBe(END);
  });
});
