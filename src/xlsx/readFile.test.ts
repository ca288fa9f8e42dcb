/**
 * Reading a path: regular files only, never blocking on a pipe nor reading a device without end; a large sheet
 * inflated in pieces on zlib's thread pool while its rows are read, with the grid, or failure, of the read in one go.
 */
import { execFileSync } from "child_process";
import { readFileSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import { inflateRawSync } from "zlib";
import type { Grid } from "../engine/grid";
import * as lean from "./lean/readXlsx";
import { zipEntries, type ZipEntry } from "./lean/zip";
import { nodeInflateRaw, nodeInflateRawPieces, PIECES_FROM, readInPieces, readWorkbookBytes, readWorkbookFile } from "./readFile";
import { readWorkbookBytesSync } from "./readGrid";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "plan-check-readfile-"));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const unix = process.platform !== "win32";

(unix ? it : it.skip)("a FIFO with no writer is refused at once, not waited on", async () => {
  const fifo = path.join(dir, "plan.xlsx");
  execFileSync("mkfifo", [fifo]);
  await expect(readWorkbookFile(fifo)).rejects.toMatchObject({ reason: "notRegularFile" });
});

(unix ? it : it.skip)("/dev/zero is refused, not read forever", async () => {
  await expect(readWorkbookBytes("/dev/zero")).rejects.toMatchObject({ reason: "notRegularFile" });
});

it("a folder, a missing path and a file over the size limit each say so", async () => {
  await expect(readWorkbookFile(dir)).rejects.toMatchObject({ reason: "notWorkbook", data: { looksLike: "directory" } });
  await expect(readWorkbookFile(path.join(dir, "없음.xlsx"))).rejects.toMatchObject({ reason: "fileNotFound" });
  const big = path.join(dir, "big.xlsx");
  await fs.writeFile(big, Buffer.alloc(4096));
  await expect(readWorkbookBytes(big, 1024)).rejects.toMatchObject({ reason: "tooLarge", data: { limit: "bytes" } });
  expect((await readWorkbookBytes(big, 8192)).length).toBe(4096);
});

// A plain Uint8Array: a Buffer's slice is a view, and the damaged copies below must not write into the sample.
const SAMPLE = new Uint8Array(readFileSync(path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx")));

/** The package's largest part (the sample's plan sheet) and its stored bytes. */
function largest(bytes: Uint8Array): { entry: ZipEntry; data: Uint8Array } {
  const entry = zipEntries(bytes).reduce((a, b) => (b.originalSize > a.originalSize ? b : a));
  return { entry, data: bytes.subarray(entry.start, entry.start + entry.size) };
}

async function inPieces(data: Uint8Array, size: number, pieceBytes: number): Promise<Uint8Array[]> {
  const pieces: Uint8Array[] = [];
  for await (const piece of nodeInflateRawPieces(data, size, pieceBytes, pieceBytes)) pieces.push(piece);
  return pieces;
}

/** The outcome of a read: its grid, or its failure's reason and data. */
function outcome(read: () => Grid): { grid: Grid } | { reason: unknown; data: unknown } {
  try {
    return { grid: read() };
  } catch (error) {
    return { reason: (error as { reason?: unknown }).reason, data: (error as { data?: unknown }).data };
  }
}

/** The bytes with the largest entry's central directory record changed: its compressed or uncompressed size. */
function withLargest(bytes: Uint8Array, field: "size" | "originalSize", value: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const { entry } = largest(bytes);
  for (let at = view.getUint32(copy.length - 22 + 16, true); view.getUint32(at, true) === 0x2014b50; at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)) {
    const name = Buffer.from(copy.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))).toString();
    if (name === entry.name) view.setUint32(at + (field === "size" ? 20 : 24), value, true);
  }
  return copy;
}

describe("nodeInflateRawPieces", () => {
  const { entry, data } = largest(SAMPLE);

  it("gives what nodeInflateRaw gives, in growing views of one buffer, whatever the pieces' size", async () => {
    const whole = nodeInflateRaw(data, entry.originalSize);
    for (const pieceBytes of [3, 1000, 64 * 1024]) {
      const pieces = await inPieces(data, entry.originalSize, pieceBytes);
      expect(pieces.length).toBeGreaterThan(pieceBytes < data.length ? 1 : 0);
      expect(pieces[pieces.length - 1]).toEqual(whole);
      for (let i = 1; i < pieces.length; i++) {
        expect(pieces[i].buffer).toBe(pieces[0].buffer);
        expect(pieces[i].byteOffset).toBe(pieces[0].byteOffset);
        expect(pieces[i].length).toBeGreaterThan(pieces[i - 1].length);
      }
    }
  });

  it("throws where nodeInflateRaw throws: a stream cut short or corrupt, a part past its declared size", async () => {
    const corrupt = data.slice();
    corrupt.fill(0xff, 100, 140);
    const cases: [Uint8Array, number][] = [
      [data.subarray(0, data.length >> 1), entry.originalSize],
      [corrupt, entry.originalSize],
      [data, entry.originalSize - 1],
      [data, 100],
    ];
    for (const [broken, size] of cases) {
      expect(() => nodeInflateRaw(broken, size)).toThrow();
      for (const pieceBytes of [1, 4096]) await expect(inPieces(broken, size, pieceBytes)).rejects.toThrow();
    }
    // more room than the part needs, as the zip's declared size may give: the part as it is
    const pieces = await inPieces(data, entry.originalSize + 10, 4096);
    expect(pieces[pieces.length - 1]).toEqual(inflateRawSync(data));
  });

  it("stops inflating when the reader stops early", async () => {
    for await (const piece of nodeInflateRawPieces(data, entry.originalSize, 64)) {
      expect(piece.length).toBeGreaterThan(0);
      break;
    }
  });
});

describe("a large sheet read in pieces", () => {
  const options = { inflateRaw: nodeInflateRaw };
  const sync = (bytes: Uint8Array) => outcome(() => readWorkbookBytesSync(bytes, options));
  /** readWorkbookFile on bytes: in pieces from `from` bytes, else (or when that fails) in one go. */
  const file = async (bytes: Uint8Array, from: number, pieceBytes: number) => {
    const grid = await readInPieces(bytes, options, from, pieceBytes);
    return grid ? { grid } : sync(bytes);
  };

  it("gives the sample's grid, in any pieces", async () => {
    const expected = sync(SAMPLE);
    expect(expected).toHaveProperty("grid");
    for (const [pieceBytes, mostBytes] of [[1, 1], [100, 100], [64 * 1024, 64 * 1024], [1, 1024 * 1024]]) {
      const grid = await readInPieces(SAMPLE, options, 0, pieceBytes, mostBytes);
      expect({ grid }).toEqual(expected);
    }
  });

  it("a part cut short, corrupt or longer than declared: the read in one go decides", async () => {
    const { entry, data } = largest(SAMPLE);
    const corrupt = SAMPLE.slice();
    corrupt.fill(0xff, entry.start + 100, entry.start + 140);
    const damaged = [withLargest(SAMPLE, "size", data.length >> 1), corrupt, withLargest(SAMPLE, "originalSize", entry.originalSize - 1000), withLargest(SAMPLE, "originalSize", 10)];
    for (const bytes of damaged) {
      expect(await readInPieces(bytes, options, 0, 1000)).toBeNull();
      expect(await file(bytes, 0, 1000)).toEqual(sync(bytes));
    }
    // what is not a zip, or is no workbook: the read in one go says what it is
    for (const bytes of [Buffer.from("not a workbook"), Buffer.alloc(0), zipSync({ "a.txt": strToU8("a") })]) {
      expect(await readInPieces(bytes, options, 0, 1000)).toBeNull();
    }
  });

  it("readWorkbookFile reads a sheet past PIECES_FROM in pieces, with the grid of the read in one go", async () => {
    const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let rows = "";
    for (let r = 1; rows.length < PIECES_FROM + 100_000; r++) {
      rows += `<row r="${r}"><c r="A${r}" t="s"><v>${r % 2}</v></c><c r="B${r}"><v>${r * 7}</v></c><c r="C${r}" t="inlineStr"><is><t>사업 ${r} &amp; 세부</t></is></c></row>`;
    }
    const bytes = zipSync({
      "_rels/.rels": strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      "xl/workbook.xml": strToU8(`<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="계획" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      "xl/_rels/workbook.xml.rels": strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
      "xl/sharedStrings.xml": strToU8(`<sst ${NS}><si><t>가</t></si><si><t>나</t></si></sst>`),
      "xl/worksheets/sheet1.xml": strToU8(`<worksheet ${NS}><sheetData>${rows}</sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>`),
    });
    const plan = path.join(dir, "large.xlsx");
    await fs.writeFile(plan, bytes);
    const pieces = jest.spyOn(lean, "readXlsxPieces");
    try {
      const grid = await readWorkbookFile(plan);
      expect(pieces).toHaveBeenCalledTimes(1);
      await expect(pieces.mock.results[0].value).resolves.toBe(grid);
      expect({ grid }).toEqual(sync(bytes));
      expect(grid.sheets[0].values.length).toBeGreaterThan(20_000);
    } finally {
      pieces.mockRestore();
    }
  });
});
