/**
 * The 시행결과 form written inside Excel (the pane's 시행결과 양식 만들기 through the Office.js port over a
 * LiveWorkbook): the 달성 여부 formulas, and the 미달성 사유 column's own conditional format — the reason a
 * missed row still needs — which the add-in's highlights leave alone.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { clearHighlights } from "../app/inPlace";
import { FORM_COLS, FORM_HEADER_ROW, REASON_NEEDED_FILL } from "../app/resultsForm";
import { checkResultsInPlace, makeResultsForm } from "../app/resultsInPlace";
import { readWorkbookBuffer } from "../xlsx/readGrid";
import { createOfficePort } from "./officePort";
import { LiveWorkbook } from "../../test/kits/excel/liveWorkbook";

const SAMPLE = path.join(__dirname, "..", "..", "assets/samples/mapo-5th-plan.xlsx");

it("writes the form with its 달성 여부 formulas and the 사유 column's mark, kept by 강조 지우기", async () => {
  const live = LiveWorkbook.fromGrid(await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE))));
  const port = createOfficePort(live.run);
  const form = await makeResultsForm(port, 2024, "ko");
  const sheet = live.sheet("시행결과_2024");
  const rules = sheet.conditionalFormats ?? [];
  expect(rules).toEqual([
    expect.objectContaining({ type: "Custom", formula: `=AND($M${FORM_HEADER_ROW + 2}="미달성",LEN(TRIM($I${FORM_HEADER_ROW + 2}))=0)`, fill: REASON_NEEDED_FILL }),
  ]);
  expect(rules[0].area).toMatchObject({ top: FORM_HEADER_ROW + 1, left: FORM_COLS.reason, right: FORM_COLS.reason });
  const grid = await port.readGrid();
  const formulas = grid.sheets.find((s) => s.name === "시행결과_2024")!.formulas ?? [];
  const metFormulas = formulas.map((row) => row?.[FORM_COLS.met]).filter((f): f is string => typeof f === "string");
  expect(metFormulas.length).toBe(form.indicators - 3); // the sample's three indicators without a 2024 target have none
  // A milestone 실적 offers its stages from a list (a warning, so other words are still taken).
  const milestone = form.rules.find((rule) => rule.kind === "stage")!;
  const cell = live.cell(milestone.ref);
  expect(cell?.dataValidation).toMatchObject({ rule: { list: { inCellDropDown: true, source: (milestone.list ?? []).join(",") } }, errorAlert: { style: "Warning" } });
  await clearHighlights(port);
  expect(live.sheet("시행결과_2024").conditionalFormats).toHaveLength(1);
});

it("a 실적 whose formula computed empty text (=IF(…,\"\",…)) is an empty 실적, not a formula saved without its value; one with no value is", async () => {
  const live = LiveWorkbook.fromGrid(await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE))));
  const port = createOfficePort(live.run);
  const form = await makeResultsForm(port, 2024, "ko");
  const [computed, uncomputed] = Object.entries(form.rowOf).filter(([key]) => !key.startsWith("spent:")).map(([, row]) => row);
  const sheet = live.sheet("시행결과_2024");
  // Excel computed the first to "" (valueTypes String); the second was saved without its value (Empty).
  sheet.cells.set(`${computed},${FORM_COLS.actual}`, { formula: '=IF(TRUE,"","x")', value: "" });
  sheet.cells.set(`${uncomputed},${FORM_COLS.actual}`, { formula: "=F3*2" });
  const check = await checkResultsInPlace(port, 2024);
  const named = check.findings.filter((f) => f.ruleId === "results/uncomputed-formula").map((f) => [f.ref.row, f.data.formula]);
  expect(named).toEqual([[uncomputed, "=F3*2"]]);
});
