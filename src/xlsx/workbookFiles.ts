/** Workbook files (.xlsx bytes) through ExcelJS: what the CLI, the pane and the tests hand the file use cases. */
import type { WorkbookFiles } from "../app/port";
import { openDepartmentForms } from "./departments";
import { ExcelJsWorkbookPort } from "./exceljsPort";
import { readWorkbookBuffer } from "./readGrid";

export const xlsxWorkbookFiles: WorkbookFiles = {
  open: (bytes) => ExcelJsWorkbookPort.fromBuffer(bytes),
  readGrid: (bytes) => readWorkbookBuffer(bytes),
  openForms: openDepartmentForms,
};
