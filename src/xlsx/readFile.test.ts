/** Reading a path: regular files only, never blocking on a pipe nor reading a device without end. */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbookBytes, readWorkbookFile } from "./readFile";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "plan-check-readfile-"));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const unix = process.platform !== "win32";

(unix ? it : it.skip)("a FIFO with no writer is refused at once, not waited on", async () => {
  const fifo = path.join(dir, "plan.xlsx");
  execFileSync("mkfifo", [fifo]);
  await expect(readWorkbookFile(fifo)).rejects.toMatchObject({ reason: "notRegularFile" });
});

(unix ? it : it.skip)("/dev/zero is refused, not read forever", async () => {
  await expect(readWorkbookBytes("/dev/zero")).rejects.toMatchObject({ reason: "notRegularFile" });
});

it("a folder, a missing path and a file over the size limit each say so", async () => {
  await expect(readWorkbookFile(dir)).rejects.toMatchObject({ reason: "notWorkbook", data: { looksLike: "directory" } });
  await expect(readWorkbookFile(path.join(dir, "없음.xlsx"))).rejects.toMatchObject({ reason: "fileNotFound" });
  const big = path.join(dir, "big.xlsx");
  await fs.writeFile(big, Buffer.alloc(4096));
  await expect(readWorkbookBytes(big, 1024)).rejects.toMatchObject({ reason: "tooLarge", data: { limit: "bytes" } });
  expect((await readWorkbookBytes(big, 8192)).length).toBe(4096);
});
