import * as path from "path";
import { readPlan, type CellValue, type Finding, type Grid } from "../engine";
import { readWorkbookFile } from "../xlsx/readFile";
import { renderFinding } from "../i18n";
import { validateGrid } from "./validateWorkbook";
import { LOG_COLUMNS } from "../engine/read/revisionLog";
import { editPlan, planGrid, projectNamed, samplePlan, scriptedRevision, type StrategyRows } from "../../test/kits/engine/planRows";
import { SHEETS } from "./port";
import {
  describeEntry,
  diffEntryJson,
  diffGrids,
  previewRevision,
  readBaseline,
  recordRevision,
  REVISION_LOG_MARKER,
  saveBaseline,
  STORE_BASELINE,
  type RecordOptions,
} from "./revisionLog";
import { MemoryPort } from "../../test/kits/app/memoryPort";

/** What validation reports about 수정이력 (the rule log/edited-row), for a workbook with a plan. */
function checkRevisionLog(grid: Grid): Finding[] {
  return validateGrid(grid).findings.filter((f) => f.ruleId === "log/edited-row");
}

const NOW = new Date(2024, 9, 15, 14, 3, 5);
const LATER = new Date(2024, 10, 2, 9, 0, 0);

const edit = editPlan;
const project = projectNamed;

/** The scripted revision: add one, remove one and renumber the next, rename one, change a target, a budget and a flag. */
const scripted = (d: StrategyRows[]) => scriptedRevision(d, { name: "=보조금 지원 시설 담당 교육" });

const options: RecordOptions = { reason: "2024년 수정·보완 계획", author: "주민생활복지과 홍길동", revisionYear: 2024, now: LATER };

const logOf = (port: MemoryPort) => port.generated.get(SHEETS.revisionLog)!.rows.map((r) => r.map((c) => c.value));

describe("saveBaseline", () => {
  it("stores a snapshot of the plan with the time, surviving save and reopen", async () => {
    const port = new MemoryPort(planGrid(samplePlan()));
    const baseline = await saveBaseline(port, { now: NOW });
    expect(baseline.savedAt).toMatch(/^2024-10-15T14:03:05[+-]\d\d:\d\d$/);
    expect(baseline.snapshot.projects).toHaveLength(13);
    expect(Object.keys(port.store)).toEqual([STORE_BASELINE, "revisionLog"]); // the baseline and the log's seal
    expect(JSON.parse(port.store[STORE_BASELINE])).toEqual(baseline);
    expect(await readBaseline(port.reopen())).toEqual(baseline);
    expect(port.generated.size).toBe(0); // nothing visible
  });

  it("keeps a large plan's baseline in one store entry", async () => {
    const many = edit((d) => {
      for (let i = 0; i < 200; i++) d[0].projects!.push({ ...d[0].projects![1], number: 6 + i, name: `정신건강 사업 ${i}` });
    });
    const port = new MemoryPort(planGrid(many));
    const baseline = await saveBaseline(port, { now: NOW });
    expect(port.store[STORE_BASELINE].length).toBeGreaterThan(32767);
    expect(await readBaseline(port.reopen())).toEqual(baseline);
  });
});

describe("recordRevision", () => {
  async function revised() {
    const port = new MemoryPort(planGrid(samplePlan()));
    await saveBaseline(port, { now: NOW });
    port.replacePlanSheets(planGrid(edit(scripted)).sheets);
    const result = await recordRevision(port, { ...options, removalType: "폐지", overrides: { "I-2-1": { reason: "예산 증액" } } });
    return { port, result };
  }

  it("says so when there is no baseline", async () => {
    const port = new MemoryPort(planGrid(samplePlan()));
    expect(await recordRevision(port, options)).toEqual({ status: "noBaseline" });
    expect(port.generated.size).toBe(0);
  });

  it("appends exactly one row per change of the scripted revision, with date, year, type, reason and author", async () => {
    const { port, result } = await revised();
    expect(result.status).toBe("recorded");
    const log = logOf(port);
    expect(log[0]).toEqual(["일시", "수정연도", "구분", "전략", "사업번호", "사업명", "항목", "연도", "이전", "이후", "사유", "작성자", "검증값"]);
    expect(port.generated.get(SHEETS.revisionLog)!.marker).toBe(REVISION_LOG_MARKER);
    expect(log.slice(1).map((r) => r.slice(1, 10))).toEqual([
      [2024, "변경", "I-1 취약계층사회안전망 보강", 2, "정신건강 취약계층관리", "목표: 지역사회 생활유지율", 2025, "94.8%", "95%"],
      [2024, "폐지", "I-1 취약계층사회안전망 보강", 4, "주거취약 계층을 위한 기본생활보장", "사업", null, "주거취약 계층을 위한 기본생활보장", null],
      [2024, "변경", "I-1 취약계층사회안전망 보강", 4, "재난안전 매뉴얼 작성", "사업번호", null, 5, 4],
      [2024, "변경", "I-2 자립역량강화 및 일자리 확충", 1, "여성고용 활성화", "예산(백만원)", 2024, 26, 30],
      [2024, "명칭변경", "I-2 자립역량강화 및 일자리 확충", 3, "청년고용 활성화", "명칭", null, "청년고용 활성화", "청년 일자리 활성화"],
      [2024, "변경", "II-1 사회보장급여 이용 및 제공 기반 구축", 2, "복지사각지대 발굴", "신규사업 여부", null, "○", "×"],
      [2024, "신설", "II-1 사회보장급여 이용 및 제공 기반 구축", 2, "=보조금 지원 시설 담당 교육", "사업", null, null, "=보조금 지원 시설 담당 교육"],
    ]);
    expect(log.slice(1).map((r) => r[10])).toEqual(["2024년 수정·보완 계획", "2024년 수정·보완 계획", "2024년 수정·보완 계획", "예산 증액", ...Array(3).fill("2024년 수정·보완 계획")]);
    expect(new Set(log.slice(1).map((r) => r[11]))).toEqual(new Set(["주민생활복지과 홍길동"]));
    expect(new Set(log.slice(1).map((r) => r[0]))).toEqual(new Set([expect.stringMatching(/^2024-11-02T09:00:00/)]));
    expect(checkRevisionLog(await port.readGrid())).toEqual([]);
  });

  it("leaves out the entries the user cleared, and previews the plan's years for the 수정연도", async () => {
    const port = new MemoryPort(planGrid(samplePlan()));
    await saveBaseline(port, { now: NOW });
    port.replacePlanSheets(planGrid(edit(scripted)).sheets);
    const preview = await previewRevision(port);
    expect(preview.planYears).toEqual([2023, 2024, 2025, 2026]);
    const renamed = (entry: { type: string }) => entry.type === "renamed";
    expect(preview.entries.filter(renamed)).toHaveLength(1);
    const result = await recordRevision(port, { ...options, leaveOut: renamed });
    expect(result.status === "recorded" && result.entries.length).toBe(preview.entries.length - 1);
    expect(logOf(port).slice(1).map((r) => r[2])).not.toContain("명칭변경");
    expect((await previewRevision(new MemoryPort(planGrid(samplePlan())))).planYears).toEqual([2023, 2024, 2025, 2026]); // no baseline: still the years
  });

  it("says when the baseline is of another period than the plan (a 제5기 baseline, a 제6기 plan), and not otherwise", async () => {
    // The kit's 제5기 plan (2022–2026) as a 제6기 one: the same projects and cells, its years four on (2026–2030).
    const shift = (value: unknown) => (typeof value === "string" ? value.replace(/^'(\d\d)년/, (_, y: string) => `'${Number(y) + 4}년`).replace("5기 신규", "6기 신규").replace("제5기", "제6기") : value);
    const fifth = planGrid(samplePlan());
    const sixth = { sheets: fifth.sheets.map((sheet) => ({ ...sheet, values: sheet.values.map((line) => line.map(shift)) })) } as Grid;
    expect([readPlan(fifth).period, readPlan(sixth).period]).toEqual([5, 6]);

    const port = new MemoryPort(planGrid(samplePlan()));
    await saveBaseline(port, { now: NOW });
    expect((await previewRevision(port)).periods).toBeNull();
    port.replacePlanSheets(sixth.sheets);
    const preview = await previewRevision(port);
    expect(preview.periods).toEqual({
      baseline: { period: 5, first: 2023, last: 2026 },
      plan: { period: 6, first: 2027, last: 2030 },
      comparedYears: [2026],
      notComparedYears: [2022, 2023, 2024, 2025, 2027, 2028, 2029, 2030],
    });
    expect(preview.entries.length).toBeGreaterThan(0);
    expect(new Set(preview.entries.map((e) => e.year))).toEqual(new Set([2026])); // the one year both have

    const sixthPort = new MemoryPort(sixth);
    await saveBaseline(sixthPort, { now: NOW });
    expect((await previewRevision(sixthPort)).periods).toBeNull();
    sixthPort.replacePlanSheets(planGrid(samplePlan()).sheets);
    expect((await previewRevision(sixthPort)).periods).toMatchObject({ baseline: { period: 6, first: 2027, last: 2030 }, plan: { period: 5, first: 2023, last: 2026 }, comparedYears: [2026] });
    expect((await previewRevision(new MemoryPort(sixth))).periods).toBeNull(); // no baseline
  });

  describe("a 제5기 baseline (the sample) against the 제6기 plan made from it (its years four on)", () => {
    const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "mapo-5th-plan.xlsx");
    /** The sample's year headers ('22년 …, 2022 …) four years on, "5기 신규" as "6기 신규": read as a 제6기 plan (2026–2030). */
    const fourOn = (value: CellValue) =>
      typeof value === "string" ? value.replace(/'(\d\d)년/g, (_, y: string) => `'${Number(y) + 4}년`).replace(/^(20\d\d)(년?)$/, (_, y: string, s: string) => `${Number(y) + 4}${s}`).replace("5기", "6기") : value;
    async function ports() {
      const fifth = await readWorkbookFile(SAMPLE);
      const sixth: Grid = { sheets: fifth.sheets.map((sheet) => ({ ...sheet, values: sheet.values.map((line) => line.map(fourOn)) })) };
      expect([readPlan(fifth).period, readPlan(sixth).period]).toEqual([5, 6]);
      const port = new MemoryPort(fifth);
      await saveBaseline(port, { now: NOW });
      port.replacePlanSheets(sixth.sheets);
      return { port, sixth };
    }

    it("previews targets and budgets of 2026 only, with the years not compared — not every year of both as changed", async () => {
      const { port } = await ports();
      const preview = await previewRevision(port);
      expect(preview.periods).toMatchObject({ comparedYears: [2026], notComparedYears: [2022, 2023, 2024, 2025, 2027, 2028, 2029, 2030] });
      // The 5기 '26 against the 6기 '26 (the sample's '22 four on): a target or budget of another year is no entry.
      expect(preview.entries.length).toBeGreaterThan(0);
      expect(preview.entries.filter((e) => e.year !== null && e.year !== 2026)).toEqual([]);
      expect(preview.entries.filter((e) => e.field !== "target" && e.field !== "budget")).toEqual([]);
      expect(preview.entries.length).toBeLessThan(100); // 965 when every year of both was compared
    });

    it("records nothing without the user's choice, and with it a first row of the period's change naming the years not compared", async () => {
      const { port } = await ports();
      const baselineBefore = port.store[STORE_BASELINE];
      const refused = await recordRevision(port, { ...options, revisionYear: 2027 });
      expect(refused).toMatchObject({ status: "periodsDiffer", periods: { baseline: { period: 5 }, plan: { period: 6 }, comparedYears: [2026] } });
      expect(port.generated.size).toBe(0);
      expect(port.store[STORE_BASELINE]).toBe(baselineBefore);

      const preview = await previewRevision(port);
      const result = await recordRevision(port, { ...options, revisionYear: 2027, acrossPeriods: true });
      if (result.status !== "recorded") throw new Error(result.status);
      expect(result.entries).toEqual(preview.entries);
      const log = logOf(port);
      expect(log).toHaveLength(1 + 1 + preview.entries.length); // the header, the period's row, one per entry
      expect(log[1].slice(1, 12)).toEqual([
        2027,
        "변경",
        "",
        null,
        "계획 전체",
        "계획 기간",
        null,
        "제5기 (2023–2026)",
        "제6기 (2027–2030)",
        "2024년 수정·보완 계획 — 기간이 다른 기준선과 비교: 목표와 예산은 두 계획에 모두 있는 2026년만 비교했고 2022–2025년, 2027–2030년은 비교하지 않음. 신규사업 여부는 기마다 뜻이 달라 비교하지 않음.",
        "주민생활복지과 홍길동",
      ]);
      expect(new Set(log.slice(2).map((r) => r[7]))).toEqual(new Set([2026]));
      expect(checkRevisionLog(await port.readGrid())).toEqual([]); // the chain holds
      // The baseline is the 제6기 plan now: nothing left to compare across periods.
      const after = await previewRevision(port);
      expect([after.periods, after.entries]).toEqual([null, []]);
    });

    it("writes the period's row in the log's language, and only that row when every entry is left out", async () => {
      const { port } = await ports();
      const result = await recordRevision(port, { ...options, lang: "en", reason: "6th plan", acrossPeriods: true, leaveOut: () => true });
      expect(result.status === "recorded" && [result.entries.length, result.rows.length]).toEqual([0, 1]);
      expect(logOf(port)[1].slice(2, 11)).toEqual([
        "changed",
        "",
        null,
        "whole plan",
        "plan period",
        null,
        "period 5 (2023–2026)",
        "period 6 (2027–2030)",
        "6th plan — compared with a baseline of another period: targets and budgets only in the years both plans have (2026), not in 2022–2025, 2027–2030; the new-project flag not at all, as it means new in each period.",
      ]);
    });
  });

  it("writes every text cell as text, a project name beginning with = included", async () => {
    const { port } = await revised();
    const cells = port.generated.get(SHEETS.revisionLog)!.rows.slice(1).flat();
    const named = cells.filter((c) => c.value === "=보조금 지원 시설 담당 교육");
    expect(named).toHaveLength(2);
    for (const c of named) expect(c).toEqual({ value: "=보조금 지원 시설 담당 교육", numberFormat: "@" });
    expect(cells.every((c) => c.formula === undefined)).toBe(true);
  });

  it("moves the baseline forward, continues the chain on the next revision, and writes nothing when nothing changed", async () => {
    const { port } = await revised();
    expect((await previewRevision(port)).entries).toEqual([]);
    port.replacePlanSheets(planGrid(edit((d) => (project(d, "복지사각지대 발굴").budgets[4] = 8), edit(scripted))).sheets);
    const preview = await previewRevision(port);
    expect(preview.entries.map((e) => [e.type, e.projectId, e.field, e.year, e.before, e.after])).toEqual([["changed", "II-1-1-2", "budget", 2026, 6, 8]]);
    const second = await recordRevision(port, { ...options, revisionYear: 2025, now: new Date(2025, 9, 1) });
    expect(second.status).toBe("recorded");
    expect(logOf(port)).toHaveLength(1 + 7 + 1);
    expect(checkRevisionLog(await port.readGrid())).toEqual([]);

    const calls = port.calls.length;
    expect(await recordRevision(port, options)).toMatchObject({ status: "noChanges" });
    expect(port.calls.slice(calls).some((c) => c.startsWith("appendRows"))).toBe(false);
    expect(logOf(port)).toHaveLength(9);
  });

  it("catches a log row edited by hand, and names its row", async () => {
    const { port } = await revised();
    port.editGeneratedCell(SHEETS.revisionLog, 4, 9, 3000); // 여성고용 활성화 budget: 30 → 3000 after the fact
    const findings = checkRevisionLog(await port.readGrid());
    expect(findings).toEqual([
      { ruleId: "log/edited-row", severity: "error", messageId: "edited", ref: { sheet: SHEETS.revisionLog, row: 4, col: 12 }, data: { row: 5 } },
    ]);
    expect(renderFinding(findings[0], "ko")).toContain("수정이력 5행");

    // A deleted row is caught at the row after it.
    const again = await revised();
    again.port.generated.get(SHEETS.revisionLog)!.rows.splice(2, 1);
    expect(checkRevisionLog(await again.port.readGrid()).map((f) => f.ref.row)).toEqual([2]);
  });

  it("reports a log without its header, and nothing for a workbook without a log", async () => {
    const { port } = await revised();
    port.editGeneratedCell(SHEETS.revisionLog, 0, 12, "");
    expect(checkRevisionLog(await port.readGrid())).toMatchObject([{ messageId: "noHeader", ref: { sheet: SHEETS.revisionLog, row: 0, col: 0 } }]);
  });

  it("keeps the language of an existing log", async () => {
    const port = new MemoryPort(planGrid(samplePlan()));
    await saveBaseline(port, { now: NOW });
    port.replacePlanSheets(planGrid(edit((d) => (project(d, "여성고용 활성화").budgets[2] = 30))).sheets);
    await recordRevision(port, { ...options, lang: "en" });
    port.replacePlanSheets(planGrid(edit((d) => (project(d, "여성고용 활성화").budgets[2] = 31))).sheets);
    await recordRevision(port, { ...options, lang: "ko" });
    const log = logOf(port);
    expect(log[0][12]).toBe("Checksum");
    expect(log.slice(1).map((r) => [r[2], r[6], r[8], r[9]])).toEqual([
      ["changed", "budget (₩ million)", 26, 30],
      ["changed", "budget (₩ million)", 30, 31],
    ]);
    expect(checkRevisionLog(await port.readGrid())).toEqual([]);
  });

  it("reads the plan from the plan's sheet, not from 수정이력", async () => {
    // A log row can look like a second header row (years, 사업번호, 사업명): the plan's own header outranks
    // it, and readPlan never takes the add-in's own sheets for the plan anyway.
    const { port } = await revised();
    const grid: Grid = await port.readGrid();
    expect(readPlan(grid).sheet).toBe("총괄표");
    expect(LOG_COLUMNS).toHaveLength(logOf(port)[0].length);
  });
});

describe("diffGrids (plan-check diff OLD NEW)", () => {
  it("gives the same entries the log records, as JSON with exactly the documented keys", () => {
    const entries = diffGrids(planGrid(samplePlan()), planGrid(edit(scripted)));
    const json = entries.map(diffEntryJson);
    expect(json).toHaveLength(7);
    for (const e of json) expect(Object.keys(e)).toEqual(["type", "projectId", "name", "field", "year", "before", "after"]);
    expect(json[4]).toEqual({ type: "renamed", projectId: "I-2-3", name: "청년고용 활성화", field: "name", year: null, before: "청년고용 활성화", after: "청년 일자리 활성화" });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("describes each entry in one line, in Korean or English", () => {
    const entries = diffGrids(planGrid(samplePlan()), planGrid(edit(scripted)));
    expect(entries.map((e) => describeEntry(e, "ko"))).toEqual([
      "변경 I-1-2 정신건강 취약계층관리 · 목표: 지역사회 생활유지율 2025: 94.8% → 95%",
      "제외·폐지 I-1-4 주거취약 계층을 위한 기본생활보장",
      "변경 I-1-4 재난안전 매뉴얼 작성 · 사업번호: 5 → 4",
      "변경 I-2-1 여성고용 활성화 · 예산(백만원) 2024: 26 → 30",
      "명칭변경 I-2-3: 청년고용 활성화 → 청년 일자리 활성화",
      "변경 II-1-1-2 복지사각지대 발굴 · 신규사업 여부: ○ → ×",
      "신설 II-1-2-2 =보조금 지원 시설 담당 교육",
    ]);
    expect(describeEntry(entries[3], "en")).toBe("changed I-2-1 여성고용 활성화 · budget (₩ million) 2024: 26 → 30");
  });
});
