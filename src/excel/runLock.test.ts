/**
 * One validation at a time (./runLock.ts), through Microsoft's runtime over the live workbook: the ribbon
 * and the pane are two runtimes, here two ports on one workbook.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { validateInPlace } from "../app/inPlace";
import type { Grid } from "../engine";
import { readWorkbookBuffer } from "../xlsx/readGrid";
import { createOfficePort } from "./officePort";
import { LOCK_NAME, LOCK_STALE_MS, takeRunLock, withRunLock } from "./runLock";
import { LiveWorkbook } from "../../test/kits/excel/liveWorkbook";

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");

let sample: Grid;
beforeAll(async () => {
  sample = await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE)));
}, 30_000);

const live = () => LiveWorkbook.fromGrid(JSON.parse(JSON.stringify(sample)) as Grid);
const lockOf = (book: LiveWorkbook) => book.names.get(LOCK_NAME.toLowerCase());

describe("the one-run lock", () => {
  it("is a hidden workbook name while a run holds it, and gone after", async () => {
    const book = live();
    let during: unknown;
    await withRunLock(book.run, async () => {
      during = lockOf(book);
    });
    expect(during).toMatchObject({ name: LOCK_NAME, visible: false, formula: expect.stringMatching(/^="\d+\.\d+"$/) });
    expect(lockOf(book)).toBeUndefined();
  });

  it("refuses a second run while the first holds it: the pane's validation while the ribbon's runs", async () => {
    const book = live();
    let release: () => void = () => undefined;
    const ribbon = withRunLock(book.run, () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(validateInPlace(createOfficePort(book.run))).rejects.toMatchObject({ name: "ValidationRunningError" });
    expect(book.sheet("총괄표").conditionalFormats ?? []).toEqual([]); // the refused run painted nothing
    release();
    await ribbon;
    await expect(validateInPlace(createOfficePort(book.run))).resolves.toMatchObject({ unhighlightedSheets: [] });
  });

  it("is released when the run fails, so the next one is not refused", async () => {
    const book = live();
    await expect(withRunLock(book.run, () => Promise.reject(new Error("broken")))).rejects.toThrow("broken");
    expect(lockOf(book)).toBeUndefined();
    await expect(validateInPlace(createOfficePort(book.run))).resolves.toBeDefined();
  });

  it("takes over a lock left by a run that never finished (a pane closed mid-run), once it is stale", async () => {
    const book = live();
    const start = 1_700_000_000_000;
    await takeRunLock(book.run, { now: () => start }); // never released
    await expect(takeRunLock(book.run, { now: () => start + LOCK_STALE_MS - 1 })).rejects.toMatchObject({ name: "ValidationRunningError" });
    const token = await takeRunLock(book.run, { now: () => start + LOCK_STALE_MS + 1 });
    expect(lockOf(book)?.formula).toBe(`="${token}"`);
  });

  it("a run whose stale lock was taken over leaves the new holder's lock in place", async () => {
    const book = live();
    const start = 1_700_000_000_000;
    const clock = { now: start };
    let later: string | null = null;
    await withRunLock(
      book.run,
      async () => {
        later = await takeRunLock(book.run, { now: () => start + LOCK_STALE_MS + 1 });
      },
      { now: () => clock.now },
    );
    expect(lockOf(book)?.formula).toBe(`="${later}"`);
  });
});
