/**
 * log/tampered inside Excel: where the workbook has a 수정이력, 계획 검증 reads the add-in's store too, so a log
 * cut short, forged or with its store edited is reported inside Excel as the CLI reports it. Where it has
 * none, the store's seal alone (read with the plan, no request of its own) says whether rows were written:
 * a log deleted or renamed is reported too, and a plan that never had a log costs no extra request. The
 * workbooks are test/hostile's (scripts/build-hostile.js).
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

const WITH_LOG = ["readGrid", "readStore", "highlight", "exclusive"];
const LOG_GONE = ["readGrid", "readLogSeal", "readStore", "highlight", "exclusive"];

describe.each([
  ["log-intact.xlsx", [], WITH_LOG],
  ["log-truncated.xlsx", ["rowsMissing"], WITH_LOG],
  ["log-forged.xlsx", ["rowsAdded"], WITH_LOG],
  ["log-store-edited.xlsx", ["storeEdited"], WITH_LOG],
  ["log-renamed.xlsx", ["missingSheet"], LOG_GONE],
  ["log-intact.xlsx, its 수정이력 deleted", ["missingSheet"], LOG_GONE],
])("%s inside Excel", (file, expected, calls) => {
  it(`reports log/tampered ${JSON.stringify(expected)}, as the CLI does`, async () => {
    const grid = file.endsWith("deleted") ? await deleted() : await read(file);
    const live = LiveWorkbook.fromGrid(JSON.parse(JSON.stringify(grid)) as Grid);
    const port = countingPort(createOfficePort(live.run), live);
    const result = await validateInPlace(port);
    const tampered = result.findings.filter((f) => f.ruleId === "log/tampered").map((f) => f.messageId);
    expect(tampered).toEqual(expected);
    expect(tampered).toEqual(validateGrid(grid).findings.filter((f) => f.ruleId === "log/tampered").map((f) => f.messageId));
    expect(port.calls.map((c) => c.method)).toEqual(calls);
    // The seal costs no request of its own: what is added to a validation is the store read alone.
    expect(port.calls.filter((c) => c.method === "readGrid" || c.method === "readLogSeal" || c.method === "highlight").map((c) => c.syncs)).toEqual(
      calls === LOG_GONE ? [3, 0, 1] : [3, 1],
    );
  });
});

it("a plan without a 수정이력 is validated without reading the store", async () => {
  const grid = await readWorkbookBuffer(new Uint8Array(await fs.readFile(path.join(__dirname, "..", "..", "assets/samples/mapo-5th-plan.xlsx"))));
  const live = LiveWorkbook.fromGrid(JSON.parse(JSON.stringify(grid)) as Grid);
  const port = countingPort(createOfficePort(live.run), live);
  await validateInPlace(port);
  expect(port.calls.map((c) => c.method)).toEqual(["readGrid", "readLogSeal", "highlight", "exclusive"]);
  expect(live.syncs).toBe(4);
});
