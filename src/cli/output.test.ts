/** Outputs never destroy an input, never replace a file without --force, never leave half a file. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkOutput, OutputError, outputErrorText, sameFile, writeFileSafely } from "./output";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-output-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const problem = (promise: Promise<unknown>) => promise.then(() => "none", (error: unknown) => (error instanceof OutputError ? error.problem : String(error)));

describe("checkOutput", () => {
  it("refuses the input itself, by another spelling, a symlink or a hard link — even with --force", async () => {
    const input = path.join(dir, "master.xlsx");
    fs.writeFileSync(input, "x");
    fs.symlinkSync(input, path.join(dir, "link.xlsx"));
    fs.linkSync(input, path.join(dir, "hard.xlsx"));
    for (const output of [input, path.join(dir, ".", "master.xlsx"), path.join(dir, "link.xlsx"), path.join(dir, "hard.xlsx")]) {
      expect(await problem(checkOutput(output, [input], true))).toBe("isInput");
    }
    expect(await sameFile(path.join(dir, "hard.xlsx"), input)).toBe(true);
  });

  it("refuses an existing file unless forced, and a folder always", async () => {
    const other = path.join(dir, "other.xlsx");
    fs.writeFileSync(other, "old");
    expect(await problem(checkOutput(other, [], false))).toBe("exists");
    expect(await problem(checkOutput(other, [], true))).toBe("none");
    expect(await problem(checkOutput(dir, [], true))).toBe("notAFile");
    expect(await problem(checkOutput(path.join(dir, "new.xlsx"), [], false))).toBe("none");
  });
});

describe("writeFileSafely", () => {
  it("writes a new file and leaves no temporary file behind", async () => {
    const target = path.join(dir, "sub", "out.xlsx");
    await writeFileSafely(target, new Uint8Array([1, 2, 3]), false);
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(path.dirname(target))).toEqual(["out.xlsx"]);
  });

  it("never replaces a file that appeared meanwhile without --force; replaces it with --force", async () => {
    const target = path.join(dir, "out.xlsx");
    fs.writeFileSync(target, "theirs");
    expect(await problem(writeFileSafely(target, new Uint8Array([1]), false))).toBe("exists");
    expect(fs.readFileSync(target, "utf8")).toBe("theirs");
    await writeFileSafely(target, new Uint8Array([1]), true);
    expect([...fs.readFileSync(target)]).toEqual([1]);
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("replaces a symlink by the new file instead of writing through it", async () => {
    const kept = path.join(dir, "kept.xlsx");
    fs.writeFileSync(kept, "kept");
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(kept, link);
    await writeFileSafely(link, new Uint8Array([7]), true);
    expect(fs.readFileSync(kept, "utf8")).toBe("kept");
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
  });

  it("names the cause of a failed write in the user's language", async () => {
    const blocker = path.join(dir, "file");
    fs.writeFileSync(blocker, "");
    const error = await writeFileSafely(path.join(blocker, "out.xlsx"), new Uint8Array([1]), false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    const ko = outputErrorText(error as OutputError, "ko");
    expect(ko).toContain("폴더를 만들 수 없습니다");
    expect(outputErrorText(error as OutputError, "en")).toContain("cannot be made");
    expect(ko).not.toMatch(/ENOTDIR|EEXIST|unexpected|예기치/);
  });
});
