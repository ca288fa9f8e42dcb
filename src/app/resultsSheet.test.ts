/**
 * The 검증결과 sheet built from the real bundled sample and written through the ExcelJS port's
 * replaceSheet, then saved and reopened.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { toA1, type Finding, type Plan } from "../engine";
import { ExcelJsWorkbookPort, SheetNotOwnedError } from "../xlsx/exceljsPort";
import { HIGHLIGHT_FILLS, SHEETS } from "./port";
import { ruleTitle } from "../i18n/ui";
import { inReadingOrder } from "./groupFindings";
import { RESULTS_MARKER, resultsSheet } from "./resultsSheet";
import { validateGrid } from "./validateWorkbook";

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");
const SIXTH = path.join(__dirname, "../../test/fixtures/layouts/6th-planted.xlsx");
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

describe("resultsSheet's order", () => {
  it("6기: lists a 대표과업's row where the sheet has it, after the projects above it, as the pane does", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(await fs.readFile(SIXTH));
    const { plan, findings } = validateGrid(await port.readGrid());
    const rows = resultsSheet(plan, findings, "ko", CHECKED_AT).rows.slice(2);
    const warnings = rows.filter((line) => line[0].value === "경고").map((line) => `${line[1].value} ${line[2].value}`);
    const task = warnings.indexOf("총괄표!A22 Ⅱ-1-2 위기가구 찾기");
    expect(task).toBeGreaterThan(0);
    expect(warnings[task - 1]).toMatch(/^총괄표!H21 Ⅱ-1-1-2 /);
    // The 중점 count above the strategies comes first among the information, not after the schedule's.
    expect(rows.find((line) => line[0].value === "정보")?.[1].value).toBe("총괄표!B3");
  });
});

describe("resultsSheet's 사업 column", () => {
  /** One made-up finding per project, then the plan's own: what the 사업 column says of each, in the sheet's order. */
  function projectColumn(plan: Plan, findings: readonly Finding[]): Map<Finding, string> {
    const ruleId = findings[0].ruleId;
    const perProject: Finding[] = plan.projects.map((p) => ({
      ruleId, severity: "info", messageId: findings[0].messageId, ref: p.nameCell.ref, projectId: p.id, data: findings[0].data,
    }));
    const all = [...perProject, ...findings];
    const sheet = resultsSheet(plan, all, "ko", CHECKED_AT);
    const ordered = inReadingOrder(plan, all);
    return new Map(ordered.map((f, i) => [f, String(sheet.rows[2 + i][2].value)]));
  }

  it("6기: a project by its number as written (Ⅰ-1-3, Ⅱ-1-2-2), a strategy or 대표과업 row by its place and name", async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(await fs.readFile(SIXTH));
    const { plan, findings } = validateGrid(await port.readGrid());
    const column = projectColumn(plan, findings);
    const ofProject = (id: string) => [...column].find(([f]) => f.projectId === id)![1];
    expect(ofProject("I-1-3")).toBe("Ⅰ-1-3 장애인 주간활동 서비스");
    expect(ofProject("I-1-5")).toBe("Ⅰ-1-5 1인가구 안부 확인");
    expect(ofProject("II-1-2-2")).toBe("Ⅱ-1-2-2 1인가구 안부 확인");
    // Written under 전략 1 as Ⅰ-3-4: shown as written, the number the user searches for.
    expect(ofProject("I-1-4")).toBe("Ⅰ-3-4 아동 긴급돌봄 지원");
    // No two projects look alike (the planted twin Ⅱ-1-3-1s differ by name).
    expect(new Set(plan.projects.map((p) => ofProject(p.id))).size).toBe(plan.projects.length);

    // Findings on a strategy's or a 대표과업's own row name it; a header's or another sheet's stay empty.
    const onRow = (sheet: string, row: number) => [...column].filter(([f]) => !f.projectId && f.ref.sheet === sheet && f.ref.row === row).map(([, v]) => v);
    expect(onRow("총괄표", 10)).toEqual(["Ⅰ-2 함께 일하고 배우는 가온"]);
    expect(onRow("총괄표", 21)).toEqual(["Ⅱ-1-2 위기가구 찾기"]);
    expect(onRow("총괄표", 2)).toEqual([""]);
    expect(onRow("관리체계", 11)).toEqual([""]);
  });

  it("5기: a number written alone (1, 2 …) is shown with its place, so 일자리 네트워크 구축 under 전략 Ⅰ-4 and Ⅱ-2-1 differ", async () => {
    const port = await sample();
    const { plan, findings } = validateGrid(await port.readGrid());
    const column = projectColumn(plan, findings);
    const ofProject = (id: string) => [...column].find(([f]) => f.projectId === id)![1];
    expect(ofProject("I-1-1")).toBe("Ⅰ-1-1 기본생활보장 지원 체계구축");
    expect(ofProject("I-4-5")).toMatch(/^Ⅰ-4-5 일자리 네트워크/);
    expect(ofProject("II-2-1-2")).toMatch(/^Ⅱ-2-1-2 일자리 네트워크/);
    expect(new Set(plan.projects.map((p) => ofProject(p.id))).size).toBe(plan.projects.length);
    // A finding on a strategy's indicator row (I-1's missing target) and on a 대표과업's (Ⅱ-1-2's flat targets).
    const onRow = (row: number) => [...column].filter(([f]) => !f.projectId && f.ref.sheet === "총괄표" && f.ref.row === row).map(([, v]) => v);
    expect(onRow(5)).toEqual(["Ⅰ-1 취약계층사회안전망 보강"]);
    expect(onRow(57)).toEqual(["Ⅱ-1-2 부적정 수급 방 지"]);
  });
});
