/**
 * The zip walk (zipEntries, then entryData per part, as the reader takes them) against fflate's unzipSync it
 * copies: the same parts, the same errors, whichever inflater (fflate's, Node's zlib), also when a part's
 * declared size is wrong.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { nodeInflateRaw } from "../readFile";
import { entryData, zipEntries, type RawInflate, type ZipEntryInfo } from "./zip";

/** The entries `filter` accepts, by name, as unzipSync gives them (a later entry of the same name replaces an earlier one). */
function unzip(data: Uint8Array, filter: (entry: ZipEntryInfo) => boolean, inflateRaw?: RawInflate): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of zipEntries(data)) if (filter(entry)) files[entry.name] = entryData(data, entry, inflateRaw);
  return files;
}

const all = () => true;
const text = "<sheetData>" + "<row><c><v>1</v></c></row>".repeat(2_000) + "</sheetData>";
const bytes = zipSync({ "a.xml": strToU8(text), "b.bin": [strToU8("stored"), { level: 0 }], "empty.xml": new Uint8Array(0), "계획/시트.xml": strToU8("<a/>") });

/** The bytes with the first central directory entry's declared uncompressed size set to `size`. */
function declaring(size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const directory = view.getUint32(copy.length - 22 + 16, true); // no comment: the end record is last
  view.setUint32(directory + 24, size, true);
  return copy;
}

describe("unzip = fflate's unzipSync", () => {
  it("gives the same parts with fflate's inflater and with zlib's", () => {
    const expected = unzipSync(bytes);
    expect(unzip(bytes, all)).toEqual(expected);
    expect(unzip(bytes, all, nodeInflateRaw)).toEqual(expected);
    expect(Object.keys(unzip(bytes, (entry) => entry.name === "a.xml", nodeInflateRaw))).toEqual(["a.xml"]);
    expect(Object.keys(expected)).toContain("계획/시트.xml"); // a name flagged UTF-8
    // A name not flagged UTF-8 reads one byte a character, as fflate reads it.
    const latin1 = bytes.slice();
    const view = new DataView(latin1.buffer);
    for (let at = view.getUint32(latin1.length - 22 + 16, true); view.getUint32(at, true) === 0x2014b50; at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)) {
      view.setUint16(at + 8, view.getUint16(at + 8, true) & ~2048, true);
    }
    expect(Object.keys(unzip(latin1, all))).toEqual(Object.keys(unzipSync(latin1)));
    expect(Object.keys(unzip(latin1, all))).not.toContain("계획/시트.xml");
  });

  it("a part declaring fewer bytes than it holds is cut where fflate cuts it, whichever inflater", () => {
    for (const size of [10, text.length - 1, text.length + 5]) {
      const damaged = declaring(size);
      const expected = unzipSync(damaged)["a.xml"];
      expect(expected.length).toBe(Math.min(size, text.length));
      expect(unzip(damaged, all, nodeInflateRaw)["a.xml"]).toEqual(expected);
    }
  });

  it("fails as fflate fails on what is not a zip or is cut short", () => {
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as Error).message;
      }
      return "no error";
    };
    for (const broken of [strToU8("not a zip at all, not at all, not at all"), bytes.subarray(0, bytes.length - 30), bytes.subarray(0, 200)]) {
      expect(message(() => unzip(broken, all, nodeInflateRaw))).toBe(message(() => unzipSync(broken)));
    }
  });
});
