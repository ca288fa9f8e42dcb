/** The Node side of reading a workbook: a file path → bytes → Grid. Not bundled into the pane (uses fs). */
import { constants, promises as fs } from "fs";
import type { Grid } from "../engine/grid";
import { PlanReadError } from "../engine/read/errors";
import { READ_LIMITS, tooLarge, type LeanReadOptions } from "./lean/readXlsx";
import { readWorkbookBytesSync } from "./readGrid";

/**
 * Reads an .xlsx file into a Grid. A missing path → "fileNotFound"; a path that cannot be opened
 * (permissions) → "fileNotFound" with data.code; a directory → "notWorkbook" (looksLike "directory");
 * a FIFO, device or socket → "notRegularFile"; everything about the bytes themselves as in
 * readWorkbookBuffer.
 */
export async function readWorkbookFile(path: string, options: LeanReadOptions = {}): Promise<Grid> {
  return readWorkbookBytesSync(await readWorkbookBytes(path, options.maxBytes), options);
}

/**
 * The file's bytes, with a missing or unreadable path mapped to a PlanReadError like readWorkbookFile's.
 * Only a regular file is read: it is opened without blocking (a FIFO with no writer would wait forever)
 * and checked before reading (/dev/zero never ends); a file over the size limit is not read at all.
 */
export async function readWorkbookBytes(path: string, maxBytes: number = READ_LIMITS.bytes): Promise<Uint8Array> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw openFailure(error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new PlanReadError("notWorkbook", { looksLike: "directory" });
    if (!stat.isFile()) throw new PlanReadError("notRegularFile");
    if (stat.size > maxBytes) throw tooLarge("bytes", maxBytes);
    return await handle.readFile();
  } catch (error) {
    throw error instanceof PlanReadError ? error : openFailure(error);
  } finally {
    await handle.close();
  }
}

function openFailure(error: unknown): PlanReadError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? "";
  if (code === "EISDIR") return new PlanReadError("notWorkbook", { looksLike: "directory" });
  if (code === "ENOENT" || code === "ENOTDIR") return new PlanReadError("fileNotFound");
  return new PlanReadError("fileNotFound", { code: code || "unknown" });
}
