/** The Node side of reading a workbook: a file path → bytes → Grid. Not bundled into the pane (uses fs). */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "fs";
import { inflateRawSync } from "zlib";
import type { Grid } from "../engine/grid";
import { PlanReadError } from "../engine/read/errors";
import { READ_LIMITS, release, tooLarge, type LeanReadOptions } from "./lean/readXlsx";
import { readWorkbookBytesSync } from "./readGrid";

/**
 * Reads an .xlsx file into a Grid. A missing path → "fileNotFound"; a path that cannot be opened
 * (permissions) → "fileNotFound" with data.code; a directory → "notWorkbook" (looksLike "directory");
 * a FIFO, device or socket → "notRegularFile"; everything about the bytes themselves as in
 * readWorkbookBuffer.
 */
export async function readWorkbookFile(path: string, options: LeanReadOptions = {}): Promise<Grid> {
  const bytes = await readWorkbookBytes(path, options.maxBytes);
  const grid = readWorkbookBytesSync(bytes, { inflateRaw: nodeInflateRaw, ...options });
  release(bytes);
  return grid;
}

/**
 * Node's zlib: native, about 2.5× fflate on plan sheets; past the declared size it throws and fflate
 * decides. One output chunk one byte larger than the part: zlib fills it and returns it uncopied (with its
 * default 16 KB chunks it joins the pieces at the end, twice the part's size at the peak).
 */
export function nodeInflateRaw(data: Uint8Array, size: number): Uint8Array {
  const inflated = inflateRawSync(data, { maxOutputLength: size, chunkSize: Math.max(64, size + 1) });
  // A plain view, not the Buffer: Buffer's indexOf and subarray are several times slower per call.
  return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
}

/**
 * The file's bytes, with a missing or unreadable path mapped to a PlanReadError like readWorkbookFile's.
 * Only a regular file is read: it is opened without blocking (a FIFO with no writer would wait forever)
 * and checked before reading (/dev/zero never ends); a file over the size limit is not read at all.
 */
export async function readWorkbookBytes(path: string, maxBytes: number = READ_LIMITS.bytes): Promise<Uint8Array> {
  // Synchronous calls: a local file is read in one go, without a round trip through the thread pool per step.
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw openFailure(error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new PlanReadError("notWorkbook", { looksLike: "directory" });
    if (!stat.isFile()) throw new PlanReadError("notRegularFile");
    if (stat.size > maxBytes) throw tooLarge("bytes", maxBytes);
    return stat.size > 0 ? readSize(fd, stat.size) : readFileSync(fd);
  } catch (error) {
    throw error instanceof PlanReadError ? error : openFailure(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Up to `size` bytes from the file's start, as readFileSync(fd) reads a file of that size, without the
 * second fstat it makes (a tenth of reading a sample plan's bytes).
 */
function readSize(fd: number, size: number): Uint8Array {
  const bytes = Buffer.allocUnsafeSlow(size);
  let read = 0;
  while (read < size) {
    const got = readSync(fd, bytes, read, size - read, null);
    if (got === 0) return bytes.subarray(0, read);
    read += got;
  }
  return bytes;
}

function openFailure(error: unknown): PlanReadError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? "";
  if (code === "EISDIR") return new PlanReadError("notWorkbook", { looksLike: "directory" });
  if (code === "ENOENT" || code === "ENOTDIR") return new PlanReadError("fileNotFound");
  return new PlanReadError("fileNotFound", { code: code || "unknown" });
}
