import { CHUNK_BYTES, ChunkWriter, SpareChunks, TextBatch } from "./chunks";

function collect(answer: () => boolean = () => true) {
  const chunks: Buffer[] = [];
  const writer = new ChunkWriter((bytes) => {
    chunks.push(Buffer.from(bytes));
    return answer();
  });
  return { writer, text: () => Buffer.concat(chunks).toString("utf8"), chunks };
}

describe("ChunkWriter", () => {
  it("writes the pieces in order, as UTF-8, in chunks of about a megabyte", () => {
    const { writer, text, chunks } = collect();
    const pieces: string[] = [];
    for (let i = 0; i < 100_000; i++) pieces.push(`{"사업": "노인 일자리 ${i}", "n": ${i}}\n`);
    expect(pieces.map((piece) => writer.write(piece)).every(Boolean)).toBe(true);
    writer.flush();
    expect(text()).toBe(pieces.join(""));
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThan(1 << 19);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(1 << 20);
  });

  it("sends a piece larger than a chunk whole, after what it held", () => {
    const { writer, text } = collect();
    const big = "가".repeat(600_000);
    writer.write("앞 ");
    writer.write(big);
    writer.write(" 뒤");
    writer.flush();
    expect(text()).toBe(`앞 ${big} 뒤`);
  });

  it("says when the sink asked for a pause, and only then", () => {
    let full = false;
    const { writer } = collect(() => !full);
    expect(writer.write("x".repeat(300_000))).toBe(true);
    full = true;
    expect(writer.write("y".repeat(300_000))).toBe(false); // no room for 3 bytes a unit: the x chunk went out
    full = false;
    expect(writer.write("z")).toBe(true);
    expect(writer.flush()).toBe(true);
  });
});

describe("SpareChunks", () => {
  it("gives a written chunk's memory out again, and only once it was written", () => {
    const spare = new SpareChunks();
    const held: Uint8Array[] = [];
    const copies: Buffer[] = [];
    const memories = new Set<ArrayBufferLike>();
    const writer = new ChunkWriter((bytes) => {
      held.push(bytes);
      memories.add(bytes.buffer);
      return true;
    }, spare.next);
    const pieces: string[] = [];
    for (let i = 0; i < 200_000; i++) pieces.push(`{"사업": "노인 일자리 ${i}"}\n`);
    const written = () => {
      for (const bytes of held.splice(0)) {
        copies.push(Buffer.from(bytes)); // what the stream wrote, before the memory can hold anything else
        spare.keep(bytes);
      }
    };
    for (let i = 0; i < pieces.length; i++) {
      writer.write(pieces[i]);
      if (i % 10_000 === 0) written(); // the stream answers now and then, never at once
    }
    writer.flush();
    written();
    expect(Buffer.concat(copies).toString("utf8")).toBe(pieces.join(""));
    expect(copies.length).toBeGreaterThan(4);
    expect(memories.size).toBeLessThan(copies.length); // memory was used again
  });

  it("keeps whole chunks only, and a few", () => {
    const spare = new SpareChunks();
    spare.keep(Buffer.from("가".repeat(600_000))); // a piece larger than a chunk, sent as it was
    const chunks = Array.from({ length: 6 }, () => spare.next());
    expect(chunks.every((chunk) => chunk.length === CHUNK_BYTES)).toBe(true);
    for (const chunk of chunks) spare.keep(chunk.subarray(0, 10));
    const again = Array.from({ length: 6 }, () => spare.next().buffer);
    expect(again.filter((memory) => chunks.some((chunk) => chunk.buffer === memory))).toHaveLength(4);
  });
});

describe("TextBatch", () => {
  it("joins what was added, in order, and is full at about 64K characters", () => {
    const batch = new TextBatch();
    const pieces: string[] = [];
    while (!batch.full) {
      const piece = `"사업 ${pieces.length}"\n`;
      pieces.push(piece);
      batch.add(piece);
    }
    expect(pieces.join("").length).toBeGreaterThanOrEqual(1 << 16);
    expect(pieces.join("").length).toBeLessThan((1 << 16) + 20);
    expect(batch.take()).toBe(pieces.join(""));
    expect(batch.full).toBe(false);
    expect(batch.take()).toBe("");
  });
});
