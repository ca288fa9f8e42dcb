/**
 * fflate's unzipSync (fflate 0.8, lib/index.cjs), step for step — the same central-directory walk, the
 * same checks, the same errors — except that a part may be inflated by a faster inflater the caller
 * passes in: Node's zlib inflates plan sheets about 2.5× faster than fflate (measured on the 50,000-row
 * plan: 120 ms against 300 ms), and it is native code, fast from the first file. fflate stays the
 * inflater of the pane and decides every case the other one does not take cleanly, so what a damaged
 * package gives (its error, or its bytes cut at the declared size) does not depend on the inflater.
 */
import type * as Fflate from "fflate";

/**
 * fflate, loaded when first needed: the CLI inflates with Node's zlib and needs fflate only for a part zlib
 * refuses, so a run does not pay for loading it (about 15 ms of CPU, as much as reading 10 plans).
 */
let fflate: typeof Fflate | undefined;
function fflateModule(): typeof Fflate {
  return (fflate ??= require("fflate") as typeof Fflate);
}

export interface ZipEntryInfo {
  name: string;
  /** Compressed size. */
  size: number;
  /** Declared uncompressed size. */
  originalSize: number;
  compression: number;
}

/**
 * Inflates raw deflate data that inflates to at most `size` bytes, or throws (too long, malformed):
 * then fflate inflates it instead. The bytes it returns are the reader's own (in a buffer no one else
 * uses): once a part is read, its buffer is released (readXlsx.ts release).
 */
export type RawInflate = (data: Uint8Array, size: number) => Uint8Array;

/**
 * Inflates raw deflate data as RawInflate does, in pieces as they come: each piece is the part so far, from its
 * start, in the one buffer the part is inflated into, the last the whole part. Throws (while iterating) where
 * RawInflate throws: then the reader starts over without pieces (readXlsx.ts readXlsxPieces), and fflate decides.
 */
export type RawInflatePieces = (data: Uint8Array, size: number) => AsyncIterable<Uint8Array>;

/** A central directory entry, with where its data starts. */
export interface ZipEntry extends ZipEntryInfo {
  start: number;
}

/**
 * The central directory, walked once: a reader that takes parts one at a time (readXlsx.ts) lists the
 * package once instead of walking the directory again for each part. Unlike unzipSync, a damaged header
 * anywhere fails before any part is inflated.
 */
export function zipEntries(data: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let e = data.length - 22;
  for (; b4(data, e) !== 0x6054b50; --e) {
    if (!e || data.length - e > 65558) throw zipError();
  }
  let count = b2(data, e + 8);
  if (!count) return entries;
  let offset = b4(data, e + 16);
  let zip64 = b4(data, e - 20) === 0x7064b50 ? 1 : 0;
  if (zip64) {
    const ze = b4(data, e - 12);
    zip64 = b4(data, ze) === 0x6064b50 ? 1 : 0;
    if (zip64) {
      count = b4(data, ze + 32);
      offset = b4(data, ze + 48);
    }
  }
  for (let i = 0; i < count; ++i) {
    const [compression, size, originalSize, name, nextOffset, localOffset] = centralHeader(data, offset, zip64);
    const start = localOffset + 30 + b2(data, localOffset + 26) + b2(data, localOffset + 28);
    offset = nextOffset;
    entries.push({ name, size, originalSize, compression, start });
  }
  return entries;
}

/** An entry's bytes: a copy when stored, inflated when deflated. */
export function entryData(data: Uint8Array, entry: ZipEntry, inflateRaw?: RawInflate): Uint8Array {
  const { compression, start, size } = entry;
  if (!compression) return data.slice(start, start + size);
  if (compression === 8) return inflate(data.subarray(start, start + size), entry.originalSize, inflateRaw);
  throw Object.assign(new Error(`unknown compression type ${compression}`), { code: 14 });
}

function inflate(data: Uint8Array, originalSize: number, inflateRaw: RawInflate | undefined): Uint8Array {
  if (inflateRaw && originalSize > 0) {
    try {
      return inflateRaw(data, originalSize);
    } catch {
      // fflate decides: its error, or what it makes of the data
    }
  }
  return fflateModule().inflateSync(data, { out: new Uint8Array(originalSize) });
}

function zipError(): Error {
  return Object.assign(new Error("invalid zip data"), { code: 13 });
}

function b2(d: Uint8Array, b: number): number {
  return d[b] | (d[b + 1] << 8);
}

function b4(d: Uint8Array, b: number): number {
  return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0;
}

function b8(d: Uint8Array, b: number): number {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
}

/** A central directory header: compression, sizes, name, the next header's offset, the local header's. */
function centralHeader(d: Uint8Array, b: number, zip64: number): [number, number, number, string, number, number] {
  const nameLength = b2(d, b + 28);
  const extraLength = b2(d, b + 30);
  const name = entryName(d, b + 46, b + 46 + nameLength, (b2(d, b + 8) & 2048) !== 0);
  const extra = b + 46 + nameLength;
  const [size, originalSize, offset] = zip64Sizes(d, extra, extraLength, zip64, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42));
  return [b2(d, b + 10), size, originalSize, name, extra + extraLength + b2(d, b + 32), offset];
}

/** An entry's name as fflate's strFromU8 reads it: UTF-8 when the entry's flag says so, else one byte a character. */
function entryName(d: Uint8Array, start: number, end: number, utf8: boolean): string {
  if (utf8) return utf8Names.decode(d.subarray(start, end));
  let name = "";
  for (let i = start; i < end; i++) name += String.fromCharCode(d[i]);
  return name;
}

/** As fflate's decoder: a byte order mark at the start is dropped. */
const utf8Names = new TextDecoder();

function zip64Sizes(d: Uint8Array, b: number, length: number, zip64: number, size: number, originalSize: number, offset: number): [number, number, number] {
  const bigSize = size === 4294967295 ? 1 : 0;
  const bigOriginal = originalSize === 4294967295 ? 1 : 0;
  const bigOffset = offset === 4294967295 ? 1 : 0;
  const end = b + length;
  if (zip64 && bigSize + bigOriginal + bigOffset) {
    for (; b + 4 < end; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) === 1) {
        return [
          bigSize ? b8(d, b + 4 + 8 * bigOriginal) : size,
          bigOriginal ? b8(d, b + 4) : originalSize,
          bigOffset ? b8(d, b + 4 + 8 * (bigOriginal + bigSize)) : offset,
        ];
      }
    }
    throw zipError();
  }
  return [size, originalSize, offset];
}
