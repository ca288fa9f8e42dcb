/**
 * log/tampered inside Excel: where the workbook has a 수정이력, 계획 검증 reads the add-in's store too, so a log
 * cut short, forged or with its store edited is reported inside Excel as the CLI reports it. A log deleted or
 * renamed is not seen there (no 수정이력, so the store is not read: a plan without a log costs no extra request);
 * the CLI and the preview report it. The workbooks are test/hostile's (scripts/build-hostile.js).
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

describe.each([
  ["log-intact.xlsx", []],
  ["log-truncated.xlsx", ["rowsMissing"]],
  ["log-forged.xlsx", ["rowsAdded"]],
  ["log-store-edited.xlsx", ["storeEdited"]],
])("%s inside Excel", (file, expected) => {
  it(`reports log/tampered ${JSON.stringify(expected)}, as the CLI does`, async () => {
    const grid = await read(file);
    const live = LiveWorkbook.fromGrid(JSON.parse(JSON.stringify(grid)) as Grid);
    const port = countingPort(createOfficePort(live.run), live);
    const result = await validateInPlace(port);
    const tampered = result.findings.filter((f) => f.ruleId === "log/tampered").map((f) => f.messageId);
    expect(tampered).toEqual(expected);
    expect(tampered).toEqual(validateGrid(grid).findings.filter((f) => f.ruleId === "log/tampered").map((f) => f.messageId));
    expect(port.calls.map((c) => c.method)).toEqual(["readGrid", "readStore", "highlight", "exclusive"]);
  });
});

it("a plan without a 수정이력 is validated without reading the store", async () => {
  const grid = await readWorkbookBuffer(new Uint8Array(await fs.readFile(path.join(__dirname, "..", "..", "assets/samples/mapo-5th-plan.xlsx"))));
  const live = LiveWorkbook.fromGrid(JSON.parse(JSON.stringify(grid)) as Grid);
  const port = countingPort(createOfficePort(live.run), live);
  await validateInPlace(port);
  expect(port.calls.map((c) => c.method)).toEqual(["readGrid", "highlight", "exclusive"]);
});
