/**
 * The summary sheets and the revision log on the sample workbook (assets/samples/mapo-5th-plan.xlsx, the
 * seed's 총괄표 and 관리체계), through the ExcelJS WorkbookPort: written, saved, read back.
 */
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import type { CellValue, Finding, Grid, SheetGrid } from "../engine";
import { validateGrid } from "./validateWorkbook";
import { readPlan } from "../engine";
import { budgetOf } from "../../test/kits/engine/planRows";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { readWorkbookBuffer } from "../xlsx/readGrid";
import { SHEETS } from "./port";
import { diffEntryJson, diffGrids, readBaseline, recordRevision, saveBaseline } from "./revisionLog";
import { writeSummaries } from "./summarize";

/** What validation reports about 수정이력 (the rule log/edited-row), for a workbook with a plan. */
function checkRevisionLog(grid: Grid): Finding[] {
  return validateGrid(grid).findings.filter((f) => f.ruleId === "log/edited-row");
}

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");
const describeSample = existsSync(SAMPLE) ? describe : describe.skip;
const NOW = new Date(2024, 9, 15, 14, 3, 5);

/** Deletes a row of a sheet as Excel does: rows below move up, merges with them. */
function deleteRow(sheet: SheetGrid, row: number): void {
  sheet.values.splice(row, 1);
  sheet.merges = sheet.merges
    .filter((m) => !(m.top === row && m.bottom === row))
    .map((m) => ({ ...m, top: m.top > row ? m.top - 1 : m.top, bottom: m.bottom >= row ? m.bottom - 1 : m.bottom }));
}

/** Inserts a row before `row`: rows from there move down, merges with them. */
function insertRow(sheet: SheetGrid, row: number, values: CellValue[]): void {
  sheet.values.splice(row, 0, values);
  sheet.merges = sheet.merges.map((m) => ({ ...m, top: m.top >= row ? m.top + 1 : m.top, bottom: m.bottom >= row ? m.bottom + 1 : m.bottom }));
}

describeSample("the sample workbook", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await fs.readFile(SAMPLE);
  });
  const reopen = async (port: ExcelJsWorkbookPort) => ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());

  describe("요약_전략별 and 요약_지표", () => {
    it("gives per-strategy totals equal to sums computed here, and counts 일자리 네트워크 구축 once", async () => {
      const port = await ExcelJsWorkbookPort.fromBuffer(bytes);
      const { byStrategy, validation } = await writeSummaries(port, "ko", { now: NOW });
      const plan = validation.plan;
      expect(plan.budgetYears).toEqual([2022, 2023, 2024, 2025, 2026]);

      for (const row of byStrategy.rows) {
        const members = plan.projects.filter((p) => (row.level === "task" ? p.taskId === row.taskId : p.strategyId === row.strategyId));
        const sums = plan.budgetYears.map((year) => members.reduce((s, p) => s + budgetOf(p.budgets.find((b) => b.year === year)!.raw as number | string | null), 0));
        expect({ id: row.taskId ?? row.strategyId, projects: row.projects }).toEqual({ id: row.taskId ?? row.strategyId, projects: members.length });
        row.budgets.forEach((value, y) => expect(value).toBeCloseTo(sums[y], 6));
        expect(row.planTotal).toBeCloseTo(sums.slice(1).reduce((a, b) => a + b, 0), 6);
      }
      // Checked by hand against the seed: 사회보장전략 1 in '23 is - + 80 + 2614 + 2,478 + 39 + 2100 + 1.5 + 67,
      // and 2023–2026 sums to 24,749.
      const s1 = byStrategy.rows.find((r) => r.strategyId === "I-1" && r.level === "strategy")!;
      expect(s1.budgets[1]).toBeCloseTo(7379.5, 9);
      expect(s1.planTotal).toBeCloseTo(24749, 9);
      expect(byStrategy.rows.filter((r) => r.level === "strategy")).toHaveLength(8);

      // The seed: 51 project rows for 50 projects, 일자리 네트워크 구축 standing twice with the same budget.
      expect(plan.projects).toHaveLength(51);
      expect(byStrategy.total.projects).toBe(50);
      expect(byStrategy.duplicates.map((d) => [d.projectIds, d.budgetsEqual])).toEqual([[["I-4-5", "II-2-1-2"], true]]);
      const rowsSum = (y: number) => byStrategy.rows.filter((r) => r.level === "strategy").reduce((s, r) => s + r.budgets[y], 0);
      const networkBudgets = [741, 780, 830, 880, 920];
      networkBudgets.forEach((budget, y) => expect(byStrategy.total.budgets[y]).toBeCloseTo(rowsSum(y) - budget, 6));
      expect(byStrategy.total.flags.key).toBe(8); // "8개 중점추진사업"
    });

    it("writes the sheets into the workbook, keeps them through save and reopen, and leaves the plan's sheets as they were", async () => {
      const port = await ExcelJsWorkbookPort.fromBuffer(bytes);
      const before = readWorkbookBuffer(bytes);
      const { sheets } = await writeSummaries(port, "ko", { now: NOW });
      const grid: Grid = await readWorkbookBuffer(await port.toBuffer());
      const original = await before;
      for (const sheet of original.sheets) expect(grid.sheets.find((s) => s.name === sheet.name)!.values).toEqual(sheet.values);

      const summary = grid.sheets.find((s) => s.name === SHEETS.summaryByStrategy)!;
      const written = sheets[0];
      const totalRow = written.rows.findIndex((r) => r[0]?.value === "합계");
      // The engine's values are the cached results of the formulas.
      for (let col = 3; col <= 13; col++) {
        expect(summary.values[totalRow][col]).toBeCloseTo(written.rows[totalRow][col].value as number, 9);
        expect(summary.formulas?.[totalRow]?.[col]).toBe(written.rows[totalRow][col].formula);
      }
      expect(summary.values[totalRow][3]).toBe(50);
      expect(grid.sheets.some((s) => s.name === SHEETS.summaryByIndicator)).toBe(true);
      expect(readPlan(grid).sheet).toBe("총괄표");

      // Regenerating replaces the sheets whole.
      const again = await ExcelJsWorkbookPort.fromBuffer(await port.toBuffer());
      await writeSummaries(again, "en", { now: NOW });
      const regenerated = await readWorkbookBuffer(await again.toBuffer());
      expect(regenerated.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
      expect(regenerated.sheets.find((s) => s.name === SHEETS.summaryByStrategy)!.values[1][0]).toBe("Level");
    });
  });

  describe("the revision log", () => {
    it("finds exactly the scripted revision between two versions of the sample", async () => {
      const before = await readWorkbookBuffer(bytes);
      const after = await readWorkbookBuffer(bytes);
      const sheet = after.sheets.find((s) => s.name === "총괄표")!;
      const plan = readPlan(before);
      const at = (id: string) => plan.projects.find((p) => p.id === id)!;
      // Cell edits first (rows as they are), then rows inserted and deleted from the bottom up.
      sheet.values[at("I-1-6").firstRow][13] = 600; // 주거취약 '24 budget 550 → 600
      sheet.values[at("I-2-1").firstRow][9] = "82%"; // 서비스연계 지원율 '25 target 80% → 82%
      sheet.values[at("I-4-2").firstRow][1] = "청년 일자리 활성화"; // rename
      sheet.values[at("II-1-1-2").firstRow][4] = "×"; // 복지사각지대 발굴: 신규 ○ → ×
      sheet.values[at("I-1-8").firstRow][0] = 7; // renumber 8 → 7 …
      insertRow(sheet, at("II-1-2-2").lastRow + 1, [3, "부정수급 신고센터 운영", "-", "×", "○", "신고 처리율", "-", "90%", "92%", "94%", "96%", "-", 5, 5, 5, 5]);
      deleteRow(sheet, at("I-1-7").firstRow); // … after 재난안전 매뉴얼 작성 (7) is removed
      const entries = diffGrids(before, after).map(diffEntryJson);
      expect(entries).toEqual([
        { type: "changed", projectId: "I-1-6", name: "주거취약 계층을 위 한 기본생활보장", field: "budget", year: 2024, before: 550, after: 600 },
        { type: "removed", projectId: "I-1-7", name: "재난안전 매뉴얼 작 성", field: "project", year: null, before: "재난안전 매뉴얼 작 성", after: null },
        { type: "changed", projectId: "I-1-7", name: "청년정신건강지원바 우처사업", field: "number", year: null, before: 8, after: 7 },
        { type: "changed", projectId: "I-2-1", name: "지역사회통합돌봄사 업 운영", field: "target", year: 2025, before: "80%", after: "82%" },
        { type: "renamed", projectId: "I-4-2", name: "청년고용 활성화", field: "name", year: null, before: "청년고용 활성화", after: "청년 일자리 활성화" },
        { type: "changed", projectId: "II-1-1-2", name: "복지사각지대 발굴", field: "flag.isNew", year: null, before: "○", after: "×" },
        { type: "added", projectId: "II-1-2-3", name: "부정수급 신고센터 운영", field: "project", year: null, before: null, after: "부정수급 신고센터 운영" },
      ]);
    });

    it("keeps the baseline through an ExcelJS write and read, records a revision, and catches an edited log row", async () => {
      const port = await ExcelJsWorkbookPort.fromBuffer(bytes);
      const saved = await saveBaseline(port, { now: NOW });
      const reopened = await reopen(port);
      expect(await readBaseline(reopened)).toEqual(saved);
      const visible = await reopened.readGrid();
      expect(visible.sheets.map((s) => s.name)).toEqual(["총괄표", "관리체계"]); // the store stays out of sight

      const plan = readPlan(visible);
      const at = (id: string) => plan.projects.find((p) => p.id === id)!;
      await reopened.writeValues([
        { ref: at("I-4-2").nameCell.ref, value: "=청년 일자리 활성화" }, // a name beginning with = stays text
        { ref: at("I-1-6").budgets[2].ref, value: 600 },
        { ref: at("II-1-1-2").flags.isNew!.ref, value: "×" },
      ]);
      const result = await recordRevision(reopened, { reason: "'24 수정·보완", author: "홍길동", revisionYear: 2024, now: NOW });
      expect(result.status).toBe("recorded");

      const grid = await readWorkbookBuffer(await reopened.toBuffer());
      const log = grid.sheets.find((s) => s.name === SHEETS.revisionLog)!;
      const rows = log.values.slice(1).map((r) => r.slice(0, 13));
      expect(rows.map((r) => [r[2], r[5], r[6], r[7], r[8], r[9]])).toEqual([
        ["변경", "주거취약 계층을 위 한 기본생활보장", "예산(백만원)", 2024, 550, 600],
        ["명칭변경", "청년고용 활성화", "명칭", null, "청년고용 활성화", "=청년 일자리 활성화"],
        ["변경", "복지사각지대 발굴", "신규사업 여부", null, "○", "×"],
      ]);
      expect(log.formulas?.flat().filter(Boolean) ?? []).toEqual([]);
      expect(checkRevisionLog(grid)).toEqual([]);
      expect(readPlan(grid).projects.find((p) => p.id === "I-4-2")!.name).toBe("=청년 일자리 활성화");

      // The baseline moved forward and survives the next save too.
      const next = await ExcelJsWorkbookPort.fromBuffer(await reopened.toBuffer());
      expect((await readBaseline(next))!.snapshot.projects.find((p) => p.id === "I-4-2")!.name).toBe("=청년 일자리 활성화");

      // Someone edits the 예산 row of the log by hand.
      next.workbook.getWorksheet(SHEETS.revisionLog)!.getCell(2, 10).value = 700;
      const edited = await readWorkbookBuffer(await next.toBuffer());
      expect(checkRevisionLog(edited)).toMatchObject([{ ruleId: "log/edited-row", messageId: "edited", ref: { sheet: SHEETS.revisionLog, row: 1, col: 12 }, data: { row: 2 } }]);
    });
  });
});
