/**
 * The 검증결과 sheet built from the real bundled sample and written through the ExcelJS port's
 * replaceSheet, then saved and reopened.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { toA1 } from "../engine";
import { ExcelJsWorkbookPort, SheetNotOwnedError } from "../xlsx/exceljsPort";
import { HIGHLIGHT_FILLS, SHEETS } from "./port";
import { ruleTitle } from "../i18n/ui";
import { inReadingOrder } from "./groupFindings";
import { RESULTS_MARKER, resultsSheet } from "./resultsSheet";
import { validateGrid } from "./validateWorkbook";

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");
const PLAN_SHEET = "총괄표";
const CHECKED_AT = new Date("2024-05-01T09:00:00Z");

async function sample(): Promise<ExcelJsWorkbookPort> {
  return ExcelJsWorkbookPort.fromBuffer(await fs.readFile(SAMPLE));
}

/** The sample with one project renamed "=합계 사업" and its number cleared, so its name starts the project column. */
async function sampleWithFormulaLikeName(): Promise<{ port: ExcelJsWorkbookPort; row: number }> {
  const port = await sample();
  const { plan, findings } = validateGrid(await port.readGrid());
  const project = plan.projects.find((p) => p.numberCell && findings.some((f) => f.projectId === p.id))!;
  const ws = port.workbook.getWorksheet(PLAN_SHEET)!;
  ws.getCell(project.nameCell.ref.row + 1, project.nameCell.ref.col + 1).value = "=합계 사업";
  ws.getCell(project.numberCell!.ref.row + 1, project.numberCell!.ref.col + 1).value = null;
  return { port, row: project.nameCell.ref.row };
}

describe("resultsSheet through the ExcelJS port", () => {
  it("writes one linked row per finding; a name starting with = stays text after save and reopen", async () => {
    const { port, row } = await sampleWithFormulaLikeName();
    const { plan, findings } = validateGrid(await port.readGrid());
    const renamed = plan.projects.find((p) => p.nameCell.ref.row === row)!;
    expect(renamed.name).toBe("=합계 사업");
    expect(findings.some((f) => f.projectId === renamed.id)).toBe(true);

    await port.replaceSheet(resultsSheet(plan, findings, "ko", CHECKED_AT));
    const reopened = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
    const grid = await reopened.readGrid();
    expect(grid.sheets.map((s) => s.name)).toEqual([PLAN_SHEET, "관리체계", SHEETS.results]);
    const sheet = grid.sheets[2];

    // Title, header, then one row per finding: errors, then warnings, then information, each rule by its Korean name.
    expect(sheet.values).toHaveLength(2 + findings.length);
    expect(sheet.values[1].slice(0, 6)).toEqual(["구분", "셀", "사업", "내용", "수정안", "규칙"]);
    const rank = (value: unknown) => ["오류", "경고", "정보"].indexOf(String(value));
    const severities = sheet.values.slice(2).map((line) => line[0]);
    expect(severities).toEqual([...severities].sort((a, b) => rank(a) - rank(b)));
    expect(new Set(severities)).toEqual(new Set(["오류", "경고", "정보"]));
    const ordered = inReadingOrder(plan, findings);
    ordered.forEach((finding, i) => {
      const line = sheet.values[2 + i];
      const address = `${finding.ref.sheet}!${toA1(finding.ref.row, finding.ref.col)}`;
      expect(line[1]).toBe(address);
      expect(line[5]).toBe(ruleTitle(finding.ruleId, "ko"));
      expect(line[5]).not.toBe(finding.ruleId);
      // The cell column links to the finding's cell.
      expect(sheet.formulas?.[2 + i]?.[1]).toBe(`=HYPERLINK("#'${finding.ref.sheet}'!${toA1(finding.ref.row, finding.ref.col)}","${address}")`);
    });

    // The project column of the renamed project's findings: the text "=합계 사업", not a formula.
    const ws = reopened.workbook.getWorksheet(SHEETS.results)!;
    const rows = ordered.map((f, i) => ({ f, r: i + 3 })).filter(({ f }) => f.projectId === renamed.id);
    expect(rows.length).toBeGreaterThan(0);
    for (const { r } of rows) {
      expect(ws.getCell(r, 3).value).toBe("=합계 사업");
      expect(ws.getCell(r, 3).formula).toBeUndefined();
      expect(ws.getCell(r, 3).numFmt).toBe("@");
      expect(sheet.formulas?.[r - 1]?.[2] ?? null).toBeNull();
    }

    // Severity cells carry the highlight colours; the marker is in row 1; the header is frozen.
    const errorRow = ordered.findIndex((f) => f.severity === "error") + 3;
    expect(ws.getCell(errorRow, 1).fill).toMatchObject({ pattern: "solid", fgColor: { argb: `FF${HIGHLIGHT_FILLS.error.slice(1)}` } });
    expect(sheet.values[0]).toContain(RESULTS_MARKER);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });

    // The generated sheet does not disturb reading the plan.
    const again = validateGrid(grid);
    expect(again.findings).toHaveLength(findings.length);
  });

  it("replaces its own sheet on the next run and never a user's sheet named 검증결과", async () => {
    const port = await sample();
    const first = validateGrid(await port.readGrid());
    await port.replaceSheet(resultsSheet(first.plan, first.findings, "ko", CHECKED_AT));
    await port.replaceSheet(resultsSheet(first.plan, first.findings.slice(0, 3), "en", CHECKED_AT));
    const grid = await port.readGrid();
    expect(grid.sheets.filter((s) => s.name === SHEETS.results)).toHaveLength(1);
    const results = grid.sheets.find((s) => s.name === SHEETS.results)!;
    expect(results.values).toHaveLength(5);
    expect(results.values[1].slice(0, 2)).toEqual(["Severity", "Cell"]);

    const user = await sample();
    const mine = user.workbook.addWorksheet(SHEETS.results);
    mine.getCell("A1").value = "검토 메모";
    const { plan, findings } = validateGrid(await user.readGrid());
    const attempt = user.replaceSheet(resultsSheet(plan, findings, "ko", CHECKED_AT));
    await expect(attempt).rejects.toBeInstanceOf(SheetNotOwnedError);
    await expect(attempt).rejects.toThrow(SHEETS.results);
    expect(user.workbook.getWorksheet(SHEETS.results)).toBe(mine);
    expect(mine.getCell("A1").value).toBe("검토 메모");
    expect(mine.rowCount).toBe(1);
  });
});
