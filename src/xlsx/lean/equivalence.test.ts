/**
 * The lean reader against the ExcelJS read it replaces, value for value, over every committed workbook
 * (the samples and the test fixtures): values, formulas and merged areas of every sheet.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { gridFromWorkbook, loadWorkbookBuffer, readWorkbookBuffer } from "../readGrid";

const ROOT = path.resolve(__dirname, "../../..");

async function workbooks(dir: string): Promise<string[]> {
  const found: string[] = [];
  let entries: import("fs").Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // test/hostile holds files built to exhaust a reader (20,000 rows out to XFD): ExcelJS, the reference
    // here, cannot read them in bounded memory; their own suite checks the lean reader on them.
    if (entry.isDirectory() && entry.name === "hostile") continue;
    if (entry.isDirectory()) found.push(...(await workbooks(full)));
    else if (entry.name.endsWith(".xlsx")) found.push(full);
  }
  return found;
}

describe("lean reader = ExcelJS read", () => {
  let files: string[] = [];
  beforeAll(async () => {
    files = [...(await workbooks(path.join(ROOT, "assets/samples"))), ...(await workbooks(path.join(ROOT, "test")))].sort();
  });

  it("finds the committed workbooks", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it("reads every committed workbook the same, or fails for the same reason", async () => {
    let compared = 0;
    for (const file of files) {
      const bytes = new Uint8Array(await fs.readFile(file));
      const viaExcelJs = await loadWorkbookBuffer(bytes).then(
        (workbook) => ({ grid: gridFromWorkbook(workbook) }),
        (error: { reason?: string }) => ({ reason: error.reason }),
      );
      const lean = await readWorkbookBuffer(bytes).then(
        (grid) => ({ grid }),
        (error: { reason?: string }) => ({ reason: error.reason }),
      );
      expect({ file: path.relative(ROOT, file), ...lean }).toEqual({ file: path.relative(ROOT, file), ...viaExcelJs });
      compared++;
    }
    expect(compared).toBe(files.length);
  });
});
