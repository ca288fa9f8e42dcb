import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Grid } from "../engine/grid";
import { PlanReadError } from "../engine/read/errors";
import { containerKind, excelText, gridFromWorkbook, readWorkbookBuffer } from "./readGrid";

/** A workbook with one of everything the plan reader meets. */
function sampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("계획");
  ws.getCell("A1").value = "사업명\n(세부)";
  ws.getCell("B1").value = { richText: [{ text: "예산", font: { bold: true } }, { text: "\n(백만원)" }] };
  ws.getCell("C1").value = 2478;
  ws.getCell("D1").value = true;
  ws.getCell("E1").value = { error: "#REF!" };
  ws.getCell("F1").value = { text: "누리집", hyperlink: "https://example.org" };
  ws.getCell("G1").value = "○";
  // row 2 left empty on purpose
  ws.getCell("A3").value = 1;
  ws.getCell("A4").value = 2;
  ws.getCell("A5").value = 3;
  ws.getCell("B3").value = { formula: "A3*10", result: 10, shareType: "shared", ref: "B3:B5" } as ExcelJS.CellValue;
  ws.getCell("B4").value = { sharedFormula: "B3", result: 20 } as ExcelJS.CellValue;
  ws.getCell("B5").value = { sharedFormula: "B3", result: 30 } as ExcelJS.CellValue;
  ws.getCell("C3").value = { formula: "SUM(A3:A5)-6", result: 0 };
  ws.getCell("C4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
  ws.getCell("C5").value = { formula: "A3&\"명\"", result: "1명" };
  ws.getCell("E3").value = "전략 I";
  ws.mergeCells("E3:F5");
  ws.getCell("A7").value = "줄1_x000D_\n줄2";
  // Hidden, as a user may hide a sheet: the grid says so (the store is told from a user's sheet of its name by it).
  const second = workbook.addWorksheet("관리체계", { state: "hidden" });
  second.getCell("B2").value = "'23. 3.";
  return workbook;
}

const expected: Grid = {
  sheets: [
    {
      name: "계획",
      values: [
        ["사업명\n(세부)", "예산\n(백만원)", 2478, true, { error: "#REF!" }, "누리집", "○"],
        [],
        [1, 10, 0, null, "전략 I"],
        [2, 20, { error: "#DIV/0!" }],
        [3, 30, "1명"],
        [],
        ["줄1\n줄2"],
      ],
      formulas: [[], [], [null, "=A3*10", "=SUM(A3:A5)-6"], [null, "=A4*10", "=1/0"], [null, "=A5*10", '=A3&"명"']],
      merges: [{ top: 2, left: 4, bottom: 4, right: 5 }],
      visibility: "visible",
    },
    { name: "관리체계", values: [[], [null, "'23. 3."]], merges: [], visibility: "hidden" },
  ],
};

async function roundTrip(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("gridFromWorkbook", () => {
  it("reads a saved workbook as Excel shows it", async () => {
    const grid = await readWorkbookBuffer(await roundTrip(sampleWorkbook()));
    expect(grid).toEqual(expected);
  });

  it("reads an in-memory workbook the same way", () => {
    expect(gridFromWorkbook(sampleWorkbook())).toEqual(expected);
  });

  it("keeps cached results of 0, empty text and FALSE (ExcelJS's cell.value drops them)", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("s");
    ws.getCell("A1").value = { formula: "1-1", result: 0 };
    ws.getCell("B1").value = { formula: "1>2", result: false } as unknown as ExcelJS.CellValue;
    ws.getCell("C1").value = { formula: "A1+1" }; // never calculated: no cached result
    const grid = await readWorkbookBuffer(await roundTrip(workbook));
    expect(grid.sheets[0].values).toEqual([[0, false]]);
    expect(grid.sheets[0].formulas).toEqual([["=1-1", "=1>2", "=A1+1"]]);
  });

  it("shows dates as ISO text", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("s");
    ws.getCell("A1").value = new Date(Date.UTC(2022, 10, 15));
    ws.getCell("B1").value = new Date(Date.UTC(2023, 2, 1, 9, 30));
    const grid = await readWorkbookBuffer(await roundTrip(workbook));
    expect(grid.sheets[0].values).toEqual([["2022-11-15", "2023-03-01 09:30"]]);
  });

  it("leaves formulas out when not asked for, and can skip sheets", () => {
    const grid = gridFromWorkbook(sampleWorkbook(), { formulas: false, sheetFilter: (name) => name === "계획" });
    expect(grid.sheets.map((s) => s.name)).toEqual(["계획"]);
    expect(grid.sheets[0].formulas).toBeUndefined();
    expect(grid.sheets[0].values[2]).toEqual([1, 10, 0, null, "전략 I"]);
  });

  it("strips Excel's _xlfn. prefix from newer functions", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("s").getCell("A1").value = { formula: '_xlfn.CONCAT("a","b")', result: "ab" };
    expect(gridFromWorkbook(workbook).sheets[0].formulas).toEqual([['=CONCAT("a","b")']]);
  });
});

describe("cell text helpers", () => {
  it("undoes OOXML _xHHHH_ escapes and keeps line breaks as \\n", () => {
    expect(excelText("a_x000D_\nb")).toBe("a\nb");
    expect(excelText("a\r\nb\rc")).toBe("a\nb\nc");
    expect(excelText("_x005F_x0041_")).toBe("_x0041_");
    expect(excelText("plain_x_text")).toBe("plain_x_text");
  });
});

describe("readWorkbookBuffer failures", () => {
  async function failure(bytes: Uint8Array | ArrayBuffer): Promise<PlanReadError> {
    try {
      await readWorkbookBuffer(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(PlanReadError);
      return error as PlanReadError;
    }
    throw new Error("expected a PlanReadError");
  }

  function ole(...names: string[]): Uint8Array {
    const bytes = new Uint8Array(1536);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    let at = 1024;
    for (const name of names) {
      for (const ch of name) {
        bytes[at] = ch.charCodeAt(0);
        at += 2;
      }
      at += 64;
    }
    return bytes;
  }

  it("an empty file is not a workbook", async () => {
    expect(await failure(new Uint8Array(0))).toMatchObject({ reason: "notWorkbook", data: { looksLike: "empty" } });
  });

  it("text is not a workbook", async () => {
    const bytes = new TextEncoder().encode("연번,사업명\n1,청년 일자리\n");
    expect(await failure(bytes)).toMatchObject({ reason: "notWorkbook", data: { looksLike: "other" } });
  });

  it("a zip without a workbook is not a workbook; a .docx is named as such", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    expect(await failure(await zip.generateAsync({ type: "uint8array" }))).toMatchObject({
      reason: "notWorkbook",
      data: { looksLike: "zip" },
    });
    const docx = new JSZip();
    docx.file("[Content_Types].xml", "<Types/>");
    docx.file("word/document.xml", "<w:document/>");
    expect(await failure(await docx.generateAsync({ type: "uint8array" }))).toMatchObject({
      reason: "notWorkbook",
      data: { looksLike: "docx" },
    });
  });

  it("a truncated .xlsx is damaged", async () => {
    const bytes = await roundTrip(sampleWorkbook());
    expect(await failure(bytes.slice(0, Math.floor(bytes.length / 2)))).toMatchObject({ reason: "damaged" });
  });

  it("an .xlsx with broken XML inside is damaged, not a crash", async () => {
    const zip = await JSZip.loadAsync(await roundTrip(sampleWorkbook()));
    zip.file("xl/worksheets/sheet1.xml", '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>');
    const error = await failure(await zip.generateAsync({ type: "uint8array" }));
    expect(error.reason).toBe("damaged");
    expect(typeof error.data.detail).toBe("string");
  });

  it("an encrypted (password-protected) workbook is named as such", async () => {
    expect(await failure(ole("Root Entry", "EncryptionInfo", "EncryptedPackage"))).toMatchObject({
      reason: "passwordProtected",
    });
  });

  it("any other OLE file is an old .xls", async () => {
    expect(await failure(ole("Root Entry", "Workbook"))).toMatchObject({ reason: "notWorkbook", data: { looksLike: "xls" } });
  });

  it("accepts an ArrayBuffer", async () => {
    const bytes = await roundTrip(sampleWorkbook());
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await readWorkbookBuffer(copy)).sheets).toHaveLength(2);
  });

  it("sniffs containers by their first bytes", () => {
    expect(containerKind(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe("zip");
    expect(containerKind(ole())).toBe("ole");
    expect(containerKind(new Uint8Array([1, 2, 3]))).toBe("other");
  });
});
