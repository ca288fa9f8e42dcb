/**
 * The lean reader against the ExcelJS read it replaces, value for value, over every committed workbook
 * (the samples and the test fixtures): values, formulas and merged areas of every sheet.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Grid } from "../../engine/grid";
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

/**
 * The grid as ExcelJS can read it: a text formula computed as empty text (<v></v>, as Excel saves =IF(…,"",…)) is ""
 * to the lean reader and null to ExcelJS, whose parser never sees an empty <v> — the one difference kept on purpose
 * (a formula saved without its value is null to both). Rows and sheets end at their last value again.
 */
function asExcelJsSees(grid: Grid): Grid {
  return {
    sheets: grid.sheets.map((sheet) => {
      const values = sheet.values.map((line, r) => {
        const out = line.map((value, c) => (value === "" && sheet.formulas?.[r]?.[c] ? null : value));
        while (out.length > 0 && out[out.length - 1] === null) out.pop();
        return out;
      });
      while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
      return { ...sheet, values };
    }),
  };
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
        (grid) => ({ grid: asExcelJsSees(grid) }),
        (error: { reason?: string }) => ({ reason: error.reason }),
      );
      expect({ file: path.relative(ROOT, file), ...lean }).toEqual({ file: path.relative(ROOT, file), ...viaExcelJs });
      compared++;
    }
    expect(compared).toBe(files.length);
  });
});
