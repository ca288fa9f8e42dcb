/**
 * log/tampered inside Excel: 계획 검증 reads the add-in's store with the plan (in the read's second request, no
 * request of its own), so a log cut short, forged, deleted or renamed, or its store edited, is reported inside
 * Excel as the CLI reports it, in the 4 requests of any validation. The workbooks are test/hostile's
 * (scripts/build-hostile.js).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { validateInPlace } from "../app/inPlace";
import { validateGrid } from "../app/validateWorkbook";
import type { Grid } from "../engine";
import { readWorkbookBuffer } from "../xlsx/readGrid";
import { createOfficePort } from "./officePort";
import { countingPort, LiveWorkbook } from "../../test/kits/excel/liveWorkbook";

const FILES = path.join(__dirname, "..", "..", "test", "hostile", "files");
const read = async (name: string): Promise<Grid> => readWorkbookBuffer(new Uint8Array(await fs.readFile(path.join(FILES, name))));

/** log-intact.xlsx without its 수정이력 sheet: deleted by hand. */
const deleted = async (): Promise<Grid> => {
  const grid = await read("log-intact.xlsx");
  expect(grid.sheets.some((s) => s.name === "수정이력")).toBe(true);
  return { sheets: grid.sheets.filter((s) => s.name !== "수정이력") };
};

describe.each([
  ["log-intact.xlsx", []],
  ["log-truncated.xlsx", ["rowsMissing"]],
  ["log-forged.xlsx", ["rowsAdded"]],
  ["log-store-edited.xlsx", ["storeEdited"]],
  ["log-renamed.xlsx", ["missingSheet"]],
  ["log-intact.xlsx, its 수정이력 deleted", ["missingSheet"]],
])("%s inside Excel", (file, expected) => {
  it(`reports log/tampered ${JSON.stringify(expected)}, as the CLI does`, async () => {
    const grid = file.endsWith("deleted") ? await deleted() : await read(file);
    const live = LiveWorkbook.fromGrid(JSON.parse(JSON.stringify(grid)) as Grid);
    const port = countingPort(createOfficePort(live.run), live);
    const result = await validateInPlace(port);
    const tampered = result.findings.filter((f) => f.ruleId === "log/tampered").map((f) => f.messageId);
    expect(tampered).toEqual(expected);
    expect(tampered).toEqual(validateGrid(grid).findings.filter((f) => f.ruleId === "log/tampered").map((f) => f.messageId));
    // The store costs no request of its own: a validation with a store is the 4 requests of one without.
    expect(port.calls).toEqual([
      { method: "readGrid", syncs: 3 },
      { method: "storeOfLastRead", syncs: 0 },
      { method: "highlight", syncs: 1 },
      { method: "exclusive", syncs: 0 },
    ]);
    expect(live.syncs).toBe(4);
  });
});

it("a plan without a store is validated in the same 4 requests", async () => {
  const grid = await readWorkbookBuffer(new Uint8Array(await fs.readFile(path.join(__dirname, "..", "..", "assets/samples/mapo-5th-plan.xlsx"))));
  const live = LiveWorkbook.fromGrid(JSON.parse(JSON.stringify(grid)) as Grid);
  const port = countingPort(createOfficePort(live.run), live);
  await validateInPlace(port);
  expect(port.calls.map((c) => c.method)).toEqual(["readGrid", "storeOfLastRead", "highlight", "exclusive"]);
  expect(live.syncs).toBe(4);
});

it("a store sheet whose name differs only in case is the store (Excel's sheet names ignore case), read with the plan", async () => {
  const grid = await read("log-intact.xlsx");
  const renamed: Grid = { sheets: grid.sheets.map((s) => (s.name === "PlanCheckStore" ? { ...s, name: "plancheckstore" } : s)) };
  expect(renamed.sheets.some((s) => s.name === "plancheckstore")).toBe(true);
  const live = LiveWorkbook.fromGrid(JSON.parse(JSON.stringify(renamed)) as Grid);
  const port = countingPort(createOfficePort(live.run), live);
  const result = await validateInPlace(port);
  expect(result.findings.filter((f) => f.ruleId === "log/tampered")).toEqual([]);
  const again = await createOfficePort(LiveWorkbook.fromGrid(JSON.parse(JSON.stringify(renamed)) as Grid).run).readGrid({ validation: true });
  expect(again.sheets.map((s) => s.name)).not.toContain("plancheckstore");
});

it("a visible sheet named as the store is the user's: a validation takes no seal or baseline from it", async () => {
  const grid = await read("log-intact.xlsx");
  const live = LiveWorkbook.fromGrid(JSON.parse(JSON.stringify(grid)) as Grid);
  live.sheet("PlanCheckStore").visibility = "Visible";
  const port = createOfficePort(live.run);
  await port.readGrid({ validation: true });
  expect(await port.storeOfLastRead!()).toEqual({});
  expect(await port.readStore()).toEqual({});
});
