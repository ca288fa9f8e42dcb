/**
 * The package comparison: outputs written into the original package keep every part they do not
 * change, byte for byte, on a workbook carrying what an ExcelJS round trip loses (scripts/hostile-parts.js).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { writeSummaries } from "../app/summarize";
import { REVISION_LOG_MARKER } from "../app/revisionLog";
import { SHEETS } from "../app/port";
import { readPlan } from "../engine";
import { ExcelJsWorkbookPort } from "./exceljsPort";
import { readWorkbookBuffer } from "./readGrid";
import { encodeXml, PackageEditError, writeIntoOriginal } from "./package";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { enrich } = require("../../scripts/hostile-parts.js") as { enrich(bytes: Uint8Array): Uint8Array };

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");
jest.setTimeout(60_000);

let rich: Uint8Array;
beforeAll(async () => {
  rich = enrich(new Uint8Array(await fs.readFile(SAMPLE)));
});

const parts = (bytes: Uint8Array) => unzipSync(bytes);
const xml = (bytes: Uint8Array | undefined) => strFromU8(bytes ?? new Uint8Array());

/** The parts that differ between two packages, and those only in `after`. */
function compare(before: Record<string, Uint8Array>, after: Record<string, Uint8Array>) {
  const changed: string[] = [];
  for (const [name, bytes] of Object.entries(before)) {
    const other = after[name];
    if (!other) changed.push(`-${name}`);
    else if (Buffer.compare(Buffer.from(bytes), Buffer.from(other)) !== 0) changed.push(name);
  }
  const added = Object.keys(after).filter((name) => !(name in before));
  return { changed: changed.sort(), added: added.sort() };
}

/** Items of the list `list` (fonts, cellXfs…) of styles.xml. */
function styleItems(styles: string, list: string, item: string): string[] {
  const block = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(styles)?.[1] ?? "";
  return block.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")) ?? [];
}

describe("writing into the original package", () => {
  it("the ExcelJS round trip alone loses parts of this workbook (what the comparison guards against)", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(rich);
    const { changed } = compare(parts(rich), parts(await port.toBuffer()));
    expect(changed).toEqual(expect.arrayContaining(["-docProps/custom.xml", "-xl/charts/chart1.xml", "-xl/threadedComments/threadedComment1.xml"]));
  });

  it("summarize: two new sheets; only workbook.xml, its rels, content types and styles (appended to) differ", async () => {
    const before = parts(rich);
    const port = await ExcelJsWorkbookPort.fromBuffer(rich);
    await writeSummaries(port, "ko");
    const out = await port.toBufferKeeping(rich);
    const after = parts(out);
    const { changed, added } = compare(before, after);
    expect(changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    expect(added).toEqual(["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]);

    // workbook.xml: the original with two <sheet> entries added, nothing else (names, protection kept).
    const workbook = xml(after["xl/workbook.xml"]);
    expect(workbook.replace(/<sheet name="요약_[^"]*" sheetId="\d+" r:id="rId\d+"\/>/g, "")).toBe(xml(before["xl/workbook.xml"]));
    expect(xml(after["xl/_rels/workbook.xml.rels"]).replace(/<Relationship Id="rId\d+" Type="[^"]*\/worksheet" Target="worksheets\/sheet[34]\.xml"\/>/g, "")).toBe(
      xml(before["xl/_rels/workbook.xml.rels"]),
    );
    expect(xml(after["[Content_Types].xml"]).replace(/<Override PartName="\/xl\/worksheets\/sheet[34]\.xml"[^>]*\/>/g, "")).toBe(xml(before["[Content_Types].xml"]));
    // styles.xml: every original list is a prefix of the new one.
    for (const [list, item] of [["fonts", "font"], ["fills", "fill"], ["borders", "border"], ["cellXfs", "xf"], ["numFmts", "numFmt"]]) {
      const old = styleItems(xml(before["xl/styles.xml"]), list, item);
      expect(styleItems(xml(after["xl/styles.xml"]), list, item).slice(0, old.length)).toEqual(old);
    }

    // The summary reads back as the ExcelJS port wrote it, the plan as before.
    const grid = await readWorkbookBuffer(out);
    const reference = await readWorkbookBuffer(await port.toBuffer());
    // An empty text and an empty cell read alike ("" as a shared string, nothing as an inline one).
    const values = (g: typeof grid, name: string) => g.sheets.find((s) => s.name === name)?.values.map((row) => (row ?? []).map((v) => (v === "" ? null : v)));
    for (const name of ["요약_전략별", "요약_지표"]) expect(values(grid, name)).toEqual(values(reference, name));
    expect(readPlan(grid).projects.length).toBe(readPlan(await readWorkbookBuffer(rich)).projects.length);
  });

  it("a second summarize replaces the generated sheets in place: still no other part touched", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(rich);
    await writeSummaries(port, "ko");
    const once = await port.toBufferKeeping(rich);
    const again = await ExcelJsWorkbookPort.fromBuffer(once);
    await writeSummaries(again, "en");
    const twice = parts(await again.toBufferKeeping(once));
    const { changed, added } = compare(parts(once), twice);
    expect(added).toEqual([]);
    expect(changed.filter((name) => !["xl/styles.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"].includes(name))).toEqual([]);
  });

  it("consolidation-like writes: the edited cells, the log and the store; the plan sheet differs in those cells only", async () => {
    const before = parts(rich);
    const port = await ExcelJsWorkbookPort.fromBuffer(rich);
    const plan = readPlan(await port.readGrid());
    const budget = plan.projects[0].budgets[0];
    const nameRef = plan.projects[1].nameCell.ref;
    await port.writeValues([
      { ref: budget.ref, value: 185 },
      { ref: nameRef, value: "이름 <바꿈> & \u000b제어" },
    ]);
    await port.appendRows(SHEETS.revisionLog, REVISION_LOG_MARKER, [{ value: "일시", bold: true }], [[{ value: "2024" }]]);
    await port.writeStore({ baseline: "{}" });
    const out = await port.toBufferKeeping(rich);
    const after = parts(out);
    const { changed, added } = compare(before, after);
    expect(changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(added).toEqual(["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]);
    expect(xml(after["xl/workbook.xml"])).toMatch(new RegExp(`<sheet name="${SHEETS.store}" sheetId="\\d+" state="veryHidden" r:id="rId\\d+"/>`));

    // Cell by cell: removing the two edited cells from both sheet XMLs leaves the same text.
    const a1 = (ref: { row: number; col: number }) => `${String.fromCharCode(65 + ref.col)}${ref.row + 1}`;
    const without = (text: string) =>
      [budget.ref, nameRef].reduce((t, ref) => t.replace(new RegExp(`<c r="${a1(ref)}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`), ""), text);
    expect(without(xml(after["xl/worksheets/sheet1.xml"]))).toBe(without(xml(before["xl/worksheets/sheet1.xml"])));
    const grid = await readWorkbookBuffer(out);
    const sheet = grid.sheets.find((s) => s.name === plan.sheet)!;
    expect(sheet.values[budget.ref.row][budget.ref.col]).toBe(185);
    expect(sheet.values[nameRef.row][nameRef.col]).toBe("이름 <바꿈> & 제어");
  });

  it("refuses to write into a cell of a shared formula rather than break its range", () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1</f><v>1</v></c></row></sheetData></worksheet>';
    const { zipSync, strToU8 } = jest.requireActual("fflate") as typeof import("fflate");
    const pkg = zipSync({
      "_rels/.rels": strToU8(`<Relationships><Relationship Id="r1" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      "xl/workbook.xml": strToU8(`<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      "xl/_rels/workbook.xml.rels": strToU8(`<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
    });
    expect(() => writeIntoOriginal(pkg, pkg, { sheets: [], cells: [{ ref: { sheet: "S", row: 0, col: 0 }, value: 2 }] })).toThrow(PackageEditError);
  });

  it("encodes text for XML without the characters a workbook cannot hold", () => {
    expect(encodeXml("a<b>&\"\u0001\u000bc\t\n")).toBe("a&lt;b&gt;&amp;&quot;c\t\n");
  });
});
