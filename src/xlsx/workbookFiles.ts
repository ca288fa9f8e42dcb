/**
 * Workbook files (.xlsx bytes): what the CLI, the pane and the tests hand the file use cases. Reading
 * goes through the lean reader; only opening a file to write it (a port, department forms) loads the
 * ExcelJS modules, on first use, so the pane's 취합 reads department files without them.
 */
import type { WorkbookFiles } from "../app/port";
import { readWorkbookBuffer } from "./readGrid";

export const xlsxWorkbookFiles: WorkbookFiles = {
  open: async (bytes) => (await import(/* webpackChunkName: "workbook-write" */ "./exceljsPort")).ExcelJsWorkbookPort.fromBuffer(bytes),
  readGrid: (bytes) => readWorkbookBuffer(bytes),
  openForms: async (bytes) => (await import(/* webpackChunkName: "workbook-write" */ "./departments")).openDepartmentForms(bytes),
};
