/**
 * A report written in large chunks of UTF-8. Each piece of text is encoded straight into the current chunk
 * and a full chunk goes out as it is: on the 50,000-row plan's 45 million characters of JSON that took
 * 55 ms of CPU, against 150 ms for joining megabyte strings and encoding each at the write. The sink says
 * when the stream's buffer is full, so the caller can wait for it instead of queueing the whole report
 * in memory (through a pipe that queue was the largest thing the process held: 770 MB peak against 558 MB).
 */
export const CHUNK_BYTES = 1 << 20;

export class ChunkWriter {
  private chunk: Buffer;
  private used = 0;

  /**
   * `sink` takes a chunk (and may keep it) and answers false when its stream wants a pause; `nextChunk` gives the
   * memory for the next one (a chunk the sink is done with may come back through it).
   */
  constructor(
    private readonly sink: (bytes: Uint8Array) => boolean,
    private readonly nextChunk: () => Buffer = newChunk,
  ) {
    this.chunk = nextChunk();
  }

  /** Adds `text`; false when a chunk went out and the stream asked to pause (wait before writing more). */
  write(text: string): boolean {
    let ok = true;
    // A UTF-16 unit takes at most 3 bytes of UTF-8: only then can the text not fit.
    if (this.used + text.length * 3 > this.chunk.length) {
      ok = this.flush();
      if (text.length * 3 > this.chunk.length) return this.sink(Buffer.from(text, "utf8")) && ok;
    }
    this.used += this.chunk.write(text, this.used);
    return ok;
  }

  /** Sends what is held; the next text goes into a new chunk (the sink may still hold this one). */
  flush(): boolean {
    if (this.used === 0) return true;
    const bytes = this.chunk.subarray(0, this.used);
    this.chunk = this.nextChunk();
    this.used = 0;
    return this.sink(bytes);
  }
}

/** A new chunk's memory (CHUNK_BYTES is past what node takes from its shared pool: the chunk has a buffer of its own). */
export function newChunk(): Buffer {
  return Buffer.allocUnsafe(CHUNK_BYTES);
}

/** Written chunks kept for reuse: a few are enough, since stdout hands each back soon after it went out. */
const SPARE_CHUNKS = 4;

/**
 * Chunk memory handed back once the stream wrote it, given out again for a later chunk. Encoding into a new
 * megabyte first touches its pages, which cost more than the encoding: for the 229 sample plans' JSON (13 MB),
 * 15 new chunks → 2, Buffer.write's self time in the command's CPU profile 150–272 → 57–161 ms (4 paired runs).
 */
export class SpareChunks {
  private readonly spare: Buffer[] = [];

  /** A chunk's memory, else a new one. */
  readonly next = (): Buffer => this.spare.pop() ?? newChunk();

  /** Keeps the memory `bytes` were written from, when it is a whole chunk's (a piece larger than a chunk is not). */
  keep(bytes: Uint8Array): void {
    const memory = bytes.buffer;
    if (memory.byteLength === CHUNK_BYTES && this.spare.length < SPARE_CHUNKS) this.spare.push(Buffer.from(memory as ArrayBuffer));
  }
}

/**
 * Report lines gathered into one string of about 64K characters before they are written and scanned for
 * controls: one write and one scan per batch instead of per line (the text report of the 229 sample plans
 * took about a tenth less CPU). Bounded, so a 50,000-row plan's report is still never held whole. The lines
 * are added with `+` (V8 links them; the scan lays them out flat once), not pushed on a list and joined:
 * the 50,000-row text report 946 → 878 ms of CPU (medians of 5, alternated in one process).
 */
const BATCH_CHARS = 1 << 16;

export class TextBatch {
  private text = "";

  add(text: string): void {
    this.text += text;
  }

  /** Whether the batch has grown to its size and should be taken. */
  get full(): boolean {
    return this.text.length >= BATCH_CHARS;
  }

  /** The text added since the last take, as one string (empty when nothing was). */
  take(): string {
    const text = this.text;
    this.text = "";
    return text;
  }
}
