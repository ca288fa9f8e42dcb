/** One WorkbookPort contract (test/kits/app/portContract.ts), passed by every implementation. */
import type { Grid } from "../src/engine/grid";
import { describePortContract } from "./kits/app/portContract";
import { MemoryPort } from "./kits/app/memoryPort";
import { createOfficePort } from "../src/excel/officePort";
import { LiveWorkbook } from "./kits/excel/liveWorkbook";
import { ExcelJsWorkbookPort } from "../src/xlsx/exceljsPort";

const copy = (grid: Grid): Grid => JSON.parse(JSON.stringify(grid)) as Grid;

describePortContract("the memory port (use-case tests)", async (grid) => new MemoryPort(copy(grid)));

describePortContract("the ExcelJS port (CLI, preview)", async (grid) => {
  const port = await ExcelJsWorkbookPort.create();
  for (const sheet of grid.sheets) {
    const worksheet = port.workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) => row.forEach((value, c) => (worksheet.getCell(r + 1, c + 1).value = value as never)));
  }
  // Through bytes, as the CLI opens a file.
  return ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
});

describePortContract("the Office.js port (inside Excel, over its double)", async (grid) => createOfficePort(LiveWorkbook.fromGrid(copy(grid)).run));
