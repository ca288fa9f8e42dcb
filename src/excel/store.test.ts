/**
 * The store beyond Excel on the web's 5 MB a request, through Microsoft's runtime answered by the live
 * workbook (each request and response measured in bytes as Excel would get it): a store of about 7 MB is
 * written in parts and read back in blocks, every answered request and response under 4 MB; a small store
 * costs the requests it always did; and when Excel refuses even a part, the user is told in Korean and English.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { validateInPlace } from "../app/inPlace";
import { SHEETS, StoreTooLargeError } from "../app/port";
import { validateGrid } from "../app/validateWorkbook";
import type { Grid } from "../engine";
import { actionFailureText } from "../taskpane/failureText";
import { toActionFailure } from "../taskpane/actions";
import { readWorkbookBuffer } from "../xlsx/readGrid";
import { createOfficePort } from "./officePort";
import { STORE_REQUEST_BYTES, storeBytes, storeWriteParts, switchKeys } from "./store";
import { STORE_PENDING_KEY } from "../app/conventions";
import type { RequestRecord } from "../../test/kits/excel/excelHost";
import { LiveWorkbook } from "../../test/kits/excel/liveWorkbook";

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");
const LIMIT = 4_000_000;

let sample: Grid;
beforeAll(async () => {
  sample = await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE)));
}, 30_000);

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** JSON of Korean names, quotes and numbers, as a baseline is: about `megabytes` MB in UTF-8. */
function bigValue(megabytes: number): string {
  const rows: { id: string; name: string; note: string; budget: number[] }[] = [];
  for (let i = 0; Buffer.byteLength(JSON.stringify(rows)) < megabytes * 1_000_000; i++) {
    for (let k = 0; k < 500; k++) rows.push({ id: `Ⅱ-${i}-${k}`, name: `1인가구 "안부" 확인 사업 ${i}·${k}`, note: "담당부서\\복지정책과", budget: [2478, 1347, i, k] });
  }
  return JSON.stringify(rows);
}

/** The requests `work` sends, cleanup releases left out. */
async function measured<T>(live: LiveWorkbook, work: () => Promise<T>): Promise<{ result: T; sent: RequestRecord[] }> {
  const from = live.requests.length;
  const result = await work();
  return { result, sent: live.requests.slice(from).filter((r) => !r.cleanup) };
}

describe("a store larger than one request", () => {
  it("is written in parts and read in blocks, every answered request and response under 4 MB; 계획 검증 still reads it", async () => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    const port = createOfficePort(live.run);
    const value = bigValue(7);
    expect(Buffer.byteLength(value)).toBeGreaterThan(7_000_000);

    const write = await measured(live, () => port.writeStore({ baseline: "{}", bulkRecord: value }));
    expect(write.sent.filter((r) => r.error)).toEqual([]);
    expect(write.sent.length).toBeGreaterThan(3); // more than the 3 of a small store
    for (const r of write.sent) expect(r.bytes).toBeLessThan(LIMIT);
    expect(live.sheet(SHEETS.store).visibility).toBe("VeryHidden");

    // Read whole, Excel refuses the answer (nothing is done); then blocks, each under the limit.
    const read = await measured(live, () => port.readStore());
    expect(read.result).toEqual({ baseline: "{}", bulkRecord: value });
    expect(read.sent.filter((r) => r.error).map((r) => r.error)).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    for (const r of read.sent.filter((r) => !r.error)) expect([r.bytes < LIMIT, r.responseBytes < LIMIT]).toEqual([true, true]);

    // Updated: merged with what is there, written in parts again; the old cells do not linger.
    const shorter = value.slice(0, Math.floor(value.length * 0.7));
    const update = await measured(live, () => port.writeStore({ baseline: null, bulkRecord: shorter, appliedFixes: "[]" }));
    for (const r of update.sent.filter((r) => !r.error)) expect([r.bytes < LIMIT, r.responseBytes < LIMIT]).toEqual([true, true]);
    expect(await port.readStore()).toEqual({ appliedFixes: "[]", bulkRecord: shorter });

    // 계획 검증: the read that carried the store is refused once and done again without it, the store in blocks.
    const validation = await measured(live, () => validateInPlace(port));
    expect(validation.result.findings).toEqual(validateGrid(sample).findings);
    expect(validation.sent.filter((r) => r.error).map((r) => r.error)).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    for (const r of validation.sent.filter((r) => !r.error)) expect([r.bytes < LIMIT, r.responseBytes < LIMIT]).toEqual([true, true]);
  }, 300_000);

  it("costs a small store the requests it always did: 2 to create it, 3 to update it, 2 to read it", async () => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    const port = createOfficePort(live.run);
    expect((await measured(live, () => port.writeStore({ baseline: "{\"a\":1}" }))).sent).toHaveLength(2);
    expect((await measured(live, () => port.writeStore({ appliedFixes: "[]" }))).sent).toHaveLength(3);
    const read = await measured(live, () => port.readStore());
    expect(read.result).toEqual({ appliedFixes: "[]", baseline: "{\"a\":1}" });
    expect(read.sent).toHaveLength(2);
  });

  it("says so in Korean and English, naming the store and its size, when Excel refuses even a part", async () => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    live.payloadLimit = 1_000_000;
    const port = createOfficePort(live.run);
    const error = await port.writeStore({ bulkRecord: bigValue(4) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreTooLargeError);
    const failure = toActionFailure(error);
    expect(failure).toMatchObject({ kind: "storeTooLarge", sheet: SHEETS.store });
    expect(actionFailureText(failure, "ko")).toMatch(/숨은 저장 시트\('PlanCheckStore'.*\d+(\.\d)?MB.*받아들이지 않아/);
    expect(actionFailureText(failure, "en")).toMatch(/hidden store sheet \('PlanCheckStore'.*\d+(\.\d)? MB; Excel refused it even written in parts/);
  }, 120_000);
});

describe("a store written in parts, a request of it refused", () => {
  /** The n-th request (1-based) setting cells, from now on. */
  const nthValues = (n: number) => {
    let seen = 0;
    return (r: RequestRecord) => (r.steps.some((step) => /\.Values$/.test(step)) && ++seen === n ? "GeneralException" : null);
  };
  const cases: [string, () => (r: RequestRecord) => string | null][] = [
    ["a later part", () => nthValues(2)],
    ["the last request, which switches to the new table", () => (r: RequestRecord) => (r.steps.some((step) => /Clear$/.test(step)) ? "GeneralException" : null)],
  ];

  it.each(cases)("%s: the old store still reads whole, the half-written one is no entry, and the next write is whole", async (_, refusal) => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    const port = createOfficePort(live.run);
    const old = bigValue(4);
    await port.writeStore({ baseline: "{}", bulkRecord: old });
    const shorter = old.slice(0, Math.floor(old.length * 0.8)).replace(/안부/g, "방문");

    live.refuseRequests(refusal());
    await expect(port.writeStore({ baseline: null, bulkRecord: shorter, appliedFixes: "[]" })).rejects.toBeDefined();
    live.refuseRequests(undefined);
    expect(await port.readStore({ forWriting: true })).toEqual({ baseline: "{}", bulkRecord: old });

    await port.writeStore({ baseline: null, bulkRecord: shorter, appliedFixes: "[]" });
    expect(await port.readStore()).toEqual({ appliedFixes: "[]", bulkRecord: shorter });
    // Nothing of the refused write lingers: one row an entry.
    expect(live.table(SHEETS.store).filter((row) => row.some((v) => v !== null && v !== "")).map((row) => row[0])).toEqual(["appliedFixes", "bulkRecord"]);
  }, 300_000);
});

describe("a store written in parts, an action of its switch failing", () => {
  // Excel runs a request's actions in order and stops at a failing one, keeping those before it: the switch's
  // actions, each failing in turn, leave exactly one whole store — the old one or the new one, never a mix.
  const switchRequest = (r: RequestRecord) => r.steps.some((step) => /Clear$/.test(step));
  const cases: [string, "old" | "new", (steps: string[]) => number][] = [
    ["its first", "old", () => 0],
    ["the one that keys the new table", "old", (steps) => steps.findIndex((step) => /\.Values$/.test(step))],
    ["the clear of the old table, the new one keyed", "new", (steps) => steps.findIndex((step) => /Clear$/.test(step))],
  ];

  it.each(cases)("%s: the store reads whole (the %s one), and the next write is whole", async (_, whole, at) => {
    const live = LiveWorkbook.fromGrid(clone(sample));
    const port = createOfficePort(live.run);
    const old = bigValue(4);
    await port.writeStore({ baseline: "{}", bulkRecord: old });
    const shorter = old.slice(0, Math.floor(old.length * 0.8)).replace(/안부/g, "방문");
    const before = { baseline: "{}", bulkRecord: old };
    const after = { appliedFixes: "[]", bulkRecord: shorter };

    const failed: string[] = [];
    live.failActions((r) => {
      if (!switchRequest(r)) return null;
      const index = at(r.steps);
      expect(index).toBeGreaterThanOrEqual(0);
      failed.push(r.steps[index]);
      return index;
    });
    await expect(port.writeStore({ baseline: null, bulkRecord: shorter, appliedFixes: "[]" })).rejects.toBeDefined();
    live.failActions(undefined);
    expect(failed).toHaveLength(1);
    const read = await port.readStore({ forWriting: true });
    // Compared as names (a failure would print megabytes): which whole store it is, if any.
    const same = (a: Record<string, string>, b: Record<string, string>) => JSON.stringify(a) === JSON.stringify(b);
    expect({ keys: Object.keys(read).sort(), old: same(read, before), new: same(read, after) }).toEqual({
      keys: Object.keys(whole === "old" ? before : after).sort(),
      old: whole === "old",
      new: whole === "new",
    });

    await port.writeStore({ baseline: null, bulkRecord: shorter, appliedFixes: "[]" });
    expect(await port.readStore()).toEqual(after);
    expect(live.table(SHEETS.store).filter((row) => row.some((v) => v !== null && v !== "")).map((row) => row[0])).toEqual(["appliedFixes", "bulkRecord"]);
  }, 300_000);
});

describe("switchKeys", () => {
  it("keys the new rows and un-keys the old table's in one column, above or below it, the rows between left empty", () => {
    const rows = [["a", "1"], ["b", "2"]];
    expect(switchKeys(null, 0, rows)).toEqual({ row: 0, values: [["a"], ["b"]] });
    // Below the old table (rows 0–2).
    expect(switchKeys({ row: 0, col: 0, rows: 3, cols: 4 }, 3, rows)).toEqual({ row: 0, values: [[STORE_PENDING_KEY], [STORE_PENDING_KEY], [STORE_PENDING_KEY], ["a"], ["b"]] });
    // Above it (rows 4–5), row 2–3 empty between.
    expect(switchKeys({ row: 4, col: 0, rows: 2, cols: 4 }, 0, rows)).toEqual({ row: 0, values: [["a"], ["b"], [""], [""], [STORE_PENDING_KEY], [STORE_PENDING_KEY]] });
  });
});

describe("storeWriteParts", () => {
  it("keeps a table that fits in one rectangle, and cuts a larger one into rows' runs under the budget, nothing lost", () => {
    const small = [["a", "1", ""], ["b", "2", "3"]];
    expect(storeWriteParts(small)).toEqual([[{ row: 0, col: 0, values: small }]]);
    const piece = "가".repeat(1000);
    const rows = [["baseline", ...new Array<string>(30).fill(piece)], ["split", piece, ...new Array<string>(29).fill("")]];
    const budget = 20_000;
    const parts = storeWriteParts(rows, budget);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(storeBytes(part.flatMap((b) => b.values))).toBeLessThanOrEqual(budget);
    const rebuilt = rows.map((row) => new Array<string>(row.length).fill("?"));
    for (const block of parts.flat()) block.values[0].forEach((v, c) => (rebuilt[block.row][block.col + c] = v));
    expect(rebuilt).toEqual(rows);
    expect(STORE_REQUEST_BYTES).toBeLessThan(LIMIT);
  });
});
