/**
 * One validation at a time (./runLock.ts), through Microsoft's runtime over the live workbook: the ribbon
 * and the pane are two runtimes, here two ports on one workbook. The lock rides in requests the
 * validation sends anyway: taken first in the read's first request, released last in the highlight's.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { clearHighlights, validateInPlace } from "../app/inPlace";
import type { WorkbookPort } from "../app/port";
import type { Grid } from "../engine";
import { readWorkbookBuffer } from "../xlsx/readGrid";
import { createOfficePort } from "./officePort";
import { ExcelRunLock, LOCK_NAME, LOCK_STALE_MS, withRunLock } from "./runLock";
import { LiveWorkbook } from "../../test/kits/excel/liveWorkbook";

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");

let sample: Grid;
beforeAll(async () => {
  sample = await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE)));
}, 30_000);

const live = () => LiveWorkbook.fromGrid(JSON.parse(JSON.stringify(sample)) as Grid);
const lockOf = (book: LiveWorkbook) => book.names.get(LOCK_NAME.toLowerCase());
/** Another runtime takes the lock, in a request of its own. */
const takeRunLock = (book: LiveWorkbook, now = Date.now) => new ExcelRunLock({ now }).takeWith(book.run, (context) => context.sync());
const sent = (book: LiveWorkbook, from = 0) => book.requests.slice(from).filter((r) => !r.cleanup);

/** The Office.js port over `book`, with `before` called as each of its methods begins. */
function watchedPort(book: LiveWorkbook, before: (method: string) => void): WorkbookPort {
  const port = createOfficePort(book.run);
  return new Proxy(port, {
    get(target, prop, receiver) {
      const member = Reflect.get(target, prop, receiver) as unknown;
      if (typeof member !== "function") return member;
      return (...args: unknown[]) => {
        before(String(prop));
        return (member as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

describe("the one-run lock", () => {
  it("is taken in the read's first request, before the sheets are listed, and released last in the highlight's: 4 requests in all", async () => {
    const book = live();
    const seen: Record<string, unknown> = {};
    await validateInPlace(watchedPort(book, (method) => (seen[method] = lockOf(book))));
    expect(seen.readGrid).toBeUndefined();
    expect(seen.highlight).toMatchObject({ name: LOCK_NAME, visible: false, formula: expect.stringMatching(/^="\d+\.\d+"$/) });
    expect(lockOf(book)).toBeUndefined();

    const requests = sent(book);
    expect(requests).toHaveLength(4);
    const first = requests[0].steps.filter((s) => s !== "new ");
    expect(first.slice(0, 3)).toEqual(["new Names", "new Names.Add", "set Names.Add.Visible"]);
    expect(first).toContain("load Worksheets");
    expect(requests[3].steps.some((s) => s.endsWith("ConditionalFormats.Add"))).toBe(true);
    expect(requests[3].steps[requests[3].steps.length - 1]).toBe("call Names.Item.Delete");
  });

  it("강조 지우기 holds it the same way: taken with the sheet list, released with the removal (3 requests)", async () => {
    const book = live();
    await validateInPlace(createOfficePort(book.run));
    const from = book.requests.length;
    expect(await clearHighlights(createOfficePort(book.run))).toBeGreaterThan(0);
    const requests = sent(book, from);
    expect(requests).toHaveLength(3);
    expect(requests[0].steps).toContain("new Names.Add");
    expect(requests[2].steps[requests[2].steps.length - 1]).toBe("call Names.Item.Delete");
    expect(lockOf(book)).toBeUndefined();
  });

  it("refuses a second run while the first holds it: the pane's validation while the ribbon's runs", async () => {
    const book = live();
    let release: () => void = () => undefined;
    const ribbon = withRunLock(book.run, async (lock) => {
      await lock.takeWith(book.run, (context) => context.sync());
      await new Promise<void>((resolve) => (release = resolve));
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const from = book.requests.length;
    await expect(validateInPlace(createOfficePort(book.run))).rejects.toMatchObject({ name: "ValidationRunningError" });
    expect(book.sheet("총괄표").conditionalFormats ?? []).toEqual([]); // the refused run painted nothing
    // Its read stopped at the refused add: the sheets were never listed; one more request read the lock's age.
    expect(sent(book, from).map((r) => r.error ?? "ok")).toEqual(["ItemAlreadyExists", "ok"]);
    release();
    await ribbon;
    await expect(validateInPlace(createOfficePort(book.run))).resolves.toMatchObject({ unhighlightedSheets: [] });
  });

  it("is released when the run fails between the read and the highlight, so the next one is not refused", async () => {
    const book = live();
    const port = createOfficePort(book.run);
    const failing: WorkbookPort = { ...port, exclusive: port.exclusive, highlight: () => Promise.reject(new Error("broken")) };
    await expect(validateInPlace(failing)).rejects.toThrow("broken");
    expect(lockOf(book)).toBeUndefined();
    await expect(validateInPlace(createOfficePort(book.run))).resolves.toBeDefined();
  });

  it("is released when the highlight's own request fails (a highlight rule removed meanwhile)", async () => {
    const book = live();
    await validateInPlace(createOfficePort(book.run));
    const port = createOfficePort(book.run);
    const rules = book.sheet("총괄표").conditionalFormats!.length;
    const readThenRemove: WorkbookPort = {
      ...port,
      exclusive: port.exclusive,
      readGrid: async (options) => {
        const grid = await port.readGrid(options);
        book.sheet("총괄표").conditionalFormats!.shift(); // the user deletes one rule before the highlight
        return grid;
      },
    };
    await validateInPlace(readThenRemove);
    expect(book.sheet("총괄표").conditionalFormats).toHaveLength(rules);
    expect(lockOf(book)).toBeUndefined();
  });

  it("takes over a lock left by a run that never finished (a pane closed mid-run), once it is stale", async () => {
    const book = live();
    const start = 1_700_000_000_000;
    await takeRunLock(book, () => start); // never released
    const left = lockOf(book)?.formula;
    await expect(takeRunLock(book, () => start + LOCK_STALE_MS - 1)).rejects.toMatchObject({ name: "ValidationRunningError" });
    expect(lockOf(book)?.formula).toBe(left);
    await takeRunLock(book, () => start + LOCK_STALE_MS + 1);
    expect(lockOf(book)?.formula).toMatch(new RegExp(`^="${start + LOCK_STALE_MS + 1}\\.`));
  });

  it("a validation finding a stale lock takes it over, reads and highlights, and leaves no lock", async () => {
    const book = live();
    await takeRunLock(book, () => Date.now() - LOCK_STALE_MS - 1); // a pane closed mid-run
    const result = await validateInPlace(createOfficePort(book.run));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(book.sheet("총괄표").conditionalFormats?.length).toBeGreaterThan(0);
    expect(lockOf(book)).toBeUndefined();
  });

  it("a run whose stale lock was taken over leaves the new holder's lock in place", async () => {
    const book = live();
    const start = 1_700_000_000_000;
    await withRunLock(
      book.run,
      async (lock) => {
        await lock.takeWith(book.run, (context) => context.sync());
        await takeRunLock(book, () => start + LOCK_STALE_MS + 1);
      },
      { now: () => start },
    );
    expect(lockOf(book)?.formula).toMatch(new RegExp(`^="${start + LOCK_STALE_MS + 1}\\.`));
  });
});
