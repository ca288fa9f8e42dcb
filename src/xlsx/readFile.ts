/** The Node side of reading a workbook: a file path → bytes → Grid. Not bundled into the pane (uses fs). */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "fs";
import { createInflateRaw, inflateRawSync } from "zlib";
import type { Grid } from "../engine/grid";
import { PlanReadError } from "../engine/read/errors";
import { READ_LIMITS, readXlsxPieces, release, tooLarge, type LeanReadOptions } from "./lean/readXlsx";
import { containerKind, readWorkbookBytesSync } from "./readGrid";

/**
 * Reads an .xlsx file into a Grid. A missing path → "fileNotFound"; a path that cannot be opened
 * (permissions) → "fileNotFound" with data.code; a directory → "notWorkbook" (looksLike "directory");
 * a FIFO, device or socket → "notRegularFile"; everything about the bytes themselves as in
 * readWorkbookBuffer.
 */
export async function readWorkbookFile(path: string, options: LeanReadOptions = {}): Promise<Grid> {
  const bytes = await readWorkbookBytes(path, options.maxBytes);
  const lean = { inflateRaw: nodeInflateRaw, ...options };
  const grid = (bytes.length >= PIECES_FILE_BYTES && (await readInPieces(bytes, lean, PIECES_FROM))) || readWorkbookBytesSync(bytes, lean);
  release(bytes);
  return grid;
}

/**
 * A worksheet part from this size is inflated in pieces while its rows are read (readInPieces). The main thread's
 * CPU for the read, in one go → in pieces: a 2.2 MB sheet 130 → 130 ms, 4.3 MB 170 → 150 ms, 8.6 MB 260 → 200 ms,
 * the 50,000-row plan's 55 MB 720 → 450 ms (the inflating, on another thread, costs as much as before).
 */
export const PIECES_FROM = 4 * 1024 * 1024;

/** Files from this size are looked into for such a part: sheets compress about 7 to 1, rarely past 16 to 1. */
const PIECES_FILE_BYTES = PIECES_FROM / 16;

/**
 * The grid, with the largest sheet part from `from` bytes inflated in pieces on zlib's thread pool while the
 * main thread reads the rows already inflated (lean/readXlsx.ts readXlsxPieces); null when that read fails or
 * finds no sheet: readWorkbookBytesSync reads the bytes again then, and decides, errors included.
 */
export async function readInPieces(bytes: Uint8Array, options: LeanReadOptions, from: number, pieceBytes?: number, mostBytes?: number): Promise<Grid | null> {
  if (containerKind(bytes) !== "zip") return null;
  const grid = await readXlsxPieces(bytes, options, (data, size) => nodeInflateRawPieces(data, size, pieceBytes, mostBytes ?? pieceBytes), from);
  return grid && (grid.sheets.length > 0 || options.sheetFilter) ? grid : null;
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
 * Deflated bytes given to zlib at a time: 64 KB first (about 0.5 MB of sheet, inflated in 2 ms: the rows are read
 * from then on), each next piece twice the last, up to 1 MB. Reading a piece's rows takes about twice as long as
 * inflating as much, so the next piece is ready when they are read, with a dozen hand-overs between the threads in
 * all: each costs a wake-up, which on a loaded machine waits its turn (115 pieces of 64 KB lost there what the
 * inflating gave).
 */
const PIECE_BYTES = 64 * 1024;
const MOST_PIECE_BYTES = 1024 * 1024;

/**
 * nodeInflateRaw in pieces (lean/zip.ts RawInflatePieces): zlib's stream, given the data in pieces (`pieceBytes`
 * first, doubling up to `mostBytes`), inflates each on libuv's thread pool while the main thread reads what came
 * before. One output chunk one byte larger than the part, as nodeInflateRaw: the stream inflates into it and hands
 * out views of it, in order, and each piece given is the part so far in that buffer. It throws where
 * nodeInflateRaw throws, the part inflating past `size` included (a stream has no maxOutputLength: stopped here
 * as soon as it does, before zlib takes a second chunk). Read to its end: only then is the data no longer zlib's.
 */
export async function* nodeInflateRawPieces(data: Uint8Array, size: number, pieceBytes = PIECE_BYTES, mostBytes = MOST_PIECE_BYTES): AsyncGenerator<Uint8Array> {
  const stream = createInflateRaw({ chunkSize: Math.max(64, size + 1) });
  let buffer: ArrayBufferLike | null = null;
  let start = 0;
  let length = 0;
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const woken = (): void => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  stream.on("data", (chunk: Buffer) => {
    if (buffer === null) {
      buffer = chunk.buffer;
      start = chunk.byteOffset;
    }
    if (chunk.buffer !== buffer || chunk.byteOffset !== start + length || length + chunk.length > size) {
      // past the declared size (then zlib has a new chunk for the rest): stopped before it inflates more
      failure ??= new RangeError(`the part inflates past its declared size ${size}`);
      stream.destroy();
    }
    length += chunk.length;
    woken();
  });
  stream.on("end", () => {
    ended = true;
    woken();
  });
  stream.on("error", (error: Error) => {
    failure ??= error;
    woken();
  });
  for (let at = 0, piece = pieceBytes; at < data.length; at += piece, piece = Math.min(2 * piece, mostBytes)) stream.write(data.subarray(at, Math.min(data.length, at + piece)));
  stream.end();
  try {
    for (let given = 0; ; ) {
      if (failure) throw failure;
      if (length > given) {
        given = length;
        // A plain view, as nodeInflateRaw's.
        yield new Uint8Array(buffer as unknown as ArrayBuffer, start, length);
      } else if (ended) {
        return;
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    if (!ended) stream.destroy();
  }
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
