/** The Node side of the ExcelJS read: a file path → Grid. Not bundled into the pane (uses fs). */
import { promises as fs } from "fs";
import type { Grid } from "../engine/grid";
import { PlanReadError } from "../engine/read/errors";
import { readWorkbookBuffer, type GridOptions } from "./readGrid";

/**
 * Reads an .xlsx file into a Grid. A missing path → "fileNotFound"; a path that cannot be opened
 * (permissions) → "fileNotFound" with data.code; a directory → "notWorkbook" (looksLike "directory");
 * everything about the bytes themselves as in readWorkbookBuffer.
 */
export async function readWorkbookFile(path: string, options: GridOptions = {}): Promise<Grid> {
  return readWorkbookBuffer(await readWorkbookBytes(path), options);
}

/** The file's bytes, with a missing or unreadable path mapped to a PlanReadError like readWorkbookFile's. */
export async function readWorkbookBytes(path: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? "";
    if (code === "EISDIR") throw new PlanReadError("notWorkbook", { looksLike: "directory" });
    if (code === "ENOENT" || code === "ENOTDIR") throw new PlanReadError("fileNotFound");
    throw new PlanReadError("fileNotFound", { code: code || "unknown" });
  }
}
