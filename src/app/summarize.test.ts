import { readPlan, type Rule } from "../engine";
import { budgetOf, planGrid, projectsOf, samplePlan, YEARS, type StrategyRows } from "../../test/kits/engine/planRows";
import { LANGS } from "../i18n";
import { placeholders } from "../i18n/format";
import { summaryTexts } from "../i18n/summary";
import { SHEETS, type GeneratedSheet } from "./port";
import { SUMMARY_INDICATOR_MARKER, SUMMARY_STRATEGY_MARKER, writeSummaries } from "./summarize";
import { evaluate } from "../../test/kits/app/formulas";
import { MemoryPort } from "../../test/kits/app/memoryPort";
import { promises as fs } from "fs";
import * as path from "path";
import { readWorkbookBuffer } from "../xlsx/readGrid";

const NOW = new Date(2024, 9, 15, 14, 3, 5);

async function summarize(description: StrategyRows[] = samplePlan(), lang: "ko" | "en" = "ko", rules?: Rule[]) {
  const port = new MemoryPort(planGrid(description));
  const before = JSON.stringify(port.planSheets);
  const result = await writeSummaries(port, lang, { now: NOW, rules });
  const sheet = (name: string) => port.generated.get(name)!.sheet as GeneratedSheet;
  return { port, result, before, byStrategy: sheet(SHEETS.summaryByStrategy), byIndicator: sheet(SHEETS.summaryByIndicator) };
}

describe("writeSummaries — 요약_전략별", () => {
  it("replaces the two summary sheets and never touches the plan's sheets", async () => {
    const { port, before } = await summarize();
    expect(port.calls.filter((c) => c !== "readGrid")).toEqual([`replaceSheet ${SHEETS.summaryByStrategy}`, `replaceSheet ${SHEETS.summaryByIndicator}`]);
    expect(JSON.stringify(port.planSheets)).toBe(before);
    expect(port.generated.get(SHEETS.summaryByStrategy)!.marker).toBe(SUMMARY_STRATEGY_MARKER);
    expect(port.generated.get(SHEETS.summaryByIndicator)!.marker).toBe(SUMMARY_INDICATOR_MARKER);
  });

  it("writes per-strategy rows that add up to independent sums, budgets by year and the plan-period total", async () => {
    const description = samplePlan();
    const { byStrategy } = await summarize(description);
    const header = byStrategy.rows[1].map((c) => c.value);
    expect(header).toEqual([
      "구분", "번호", "명칭", "사업 수", "중점", "민관협력", "신규",
      "2022 예산(백만원)", "2023 예산(백만원)", "2024 예산(백만원)", "2025 예산(백만원)", "2026 예산(백만원)",
      "계획기간 합계 2023–2026", "비율",
    ]);
    const all = projectsOf(description);
    const lines = byStrategy.rows.slice(2, 9);
    expect(lines.map((r) => [r[0].value, r[1].value])).toEqual([
      ["사회보장전략 1", "I-1"],
      ["사회보장전략 2", "I-2"],
      ["지역발전전략 1", "II-1"],
      ["대표과업 1", "II-1-1"],
      ["대표과업 2", "II-1-2"],
      ["지역발전전략 2", "II-2"],
      ["대표과업 1", "II-2-1"],
    ]);
    for (const line of lines) {
      const id = line[1].value as string;
      const members = all.filter((p) => (id.split("-").length === 3 ? p.taskId === id : p.strategyId === id));
      expect(line[3].value).toBe(members.length);
      YEARS.forEach((_, y) => expect(line[7 + y].value).toBeCloseTo(members.reduce((s, p) => s + budgetOf(p.project.budgets[y]), 0), 9));
      expect(line[12].value).toBeCloseTo(members.reduce((s, p) => s + p.project.budgets.slice(1).reduce((a: number, b) => a + budgetOf(b), 0), 0), 9);
    }
  });

  it("counts 일자리 네트워크 구축 once in 합계, with a 중복 차감 row and a note saying so", async () => {
    const { byStrategy } = await summarize();
    const rows = byStrategy.rows;
    const total = rows.findIndex((r) => r[0].value === "합계");
    expect(total).toBe(9);
    expect(rows[total][3].value).toBe(12); // 13 project rows, 12 projects
    expect(rows[total + 1][0].value).toBe("중복 차감: 일자리 네트워크 구 축 (I-2-2, II-2-1-2)");
    expect(rows[total + 1].slice(3, 13).map((c) => c.value)).toEqual([1, 0, 1, 0, 741, 780, 830, 880, 920, 3410]);
    const notes = rows.slice(total + 2).map((r) => r[0]?.value).filter((v): v is string => typeof v === "string");
    expect(notes.some((n) => n.startsWith("합계는 두 곳 이상에 있는 사업을 한 번만 셉니다(1개: 일자리 네트워크 구 축 (I-2-2, II-2-1-2))"))).toBe(true);
  });

  it("gives formulas that Excel recomputes to the engine's values", async () => {
    const { byStrategy, result } = await summarize();
    const withFormula = byStrategy.rows.flatMap((r) => r.filter((c) => c.formula));
    expect(withFormula.length).toBeGreaterThan(30);
    for (const c of withFormula) expect({ formula: c.formula, value: evaluate(c.formula!, byStrategy.rows) }).toEqual({ formula: c.formula, value: expect.closeTo(c.value as number, 9) });
    const totalRow = byStrategy.rows[9];
    expect(totalRow[7].formula).toBe("=SUM(H3,H4,H5,H8)-SUM(H11:H11)");
    expect(totalRow[12]).toMatchObject({ formula: "=SUM(I10:L10)", value: result.byStrategy.total.planTotal });
    expect(byStrategy.rows[2][13].formula).toBe("=M3/$M$10");
  });

  it("charts the budget by strategy and year from a block of the sheet", async () => {
    const { byStrategy } = await summarize();
    expect(byStrategy.charts).toHaveLength(1);
    const chart = byStrategy.charts![0];
    expect(chart).toMatchObject({ type: "columnClustered", title: "전략별·연도별 예산 (백만원)", anchor: { row: 1, col: 15 } });
    const { top, left, bottom, right } = chart.data;
    const block = byStrategy.rows.slice(top, bottom + 1).map((r) => r.slice(left, right + 1).map((c) => c.value));
    expect(block[0]).toEqual(["전략", "2022년", "2023년", "2024년", "2025년", "2026년"]);
    expect(block.slice(1).map((r) => r[0])).toEqual(["사회보장전략 1", "사회보장전략 2", "지역발전전략 1", "지역발전전략 2"]);
    expect(block[1].slice(1)).toEqual(byStrategy.rows[2].slice(7, 12).map((c) => c.value));
    expect(byStrategy.rows[top + 1][1].formula).toBe("=H3");
  });

  it("writes the English catalogue when asked", async () => {
    const { byStrategy, byIndicator } = await summarize(samplePlan(), "en");
    expect(byStrategy.rows[1][0].value).toBe("Level");
    expect(byStrategy.rows[2][0].value).toBe("Social security strategy 1");
    expect(byStrategy.rows[9][0].value).toBe("Total");
    expect(byIndicator.rows[1][7].value).toBe("Target 2022");
  });
});

describe("writeSummaries — 요약_지표", () => {
  it("has a row per indicator with its targets as written, the change and the validation status", async () => {
    const flagTarget: Rule = {
      id: "test/target",
      defaultSeverity: "warning",
      messageIds: ["m"],
      check: (plan) => {
        const p = plan.projects.find((x) => x.name === "청년고용 활성화")!;
        return [{ messageId: "m", ref: p.indicators[0].targets[1].ref, projectId: p.id }];
      },
    };
    const { byIndicator, result } = await summarize(samplePlan(), "ko", [flagTarget]);
    expect(byIndicator.rows[1].map((c) => c.value)).toEqual([
      "수준", "전략", "대표과업", "번호", "사업", "성과지표", "단위", "2022 목표", "2023 목표", "2024 목표", "2025 목표", "2026 목표", "변화 2023→2026", "검증", "지표 유형",
    ]);
    // The table, a blank row, then the mix block: title, header, a row per strategy, a note.
    expect(byIndicator.rows).toHaveLength(2 + result.byIndicator.length + 1 + 2 + result.indicatorMix.length + 1);
    const youth = byIndicator.rows.find((r) => r[5]?.value === "지역기반 청년 일경험 사업 참여인원(명)")!;
    expect(youth.map((c) => c.value)).toEqual([
      "사업", "I-2 자립역량강화 및 일자리 확충", "", 3, "청년고용 활성화", "지역기반 청년 일경험 사업 참여인원(명)", "명",
      "49명", "15명", "15명", "15명", "15명", 0, "경고 (지적 1건)", "산출",
    ]);
    expect(youth[13].fill).toBe("#FBE2A0");
    expect(youth[5].link).toEqual({ sheet: "총괄표", row: expect.any(Number), col: 5 });
    const task = byIndicator.rows.find((r) => r[0].value === "대표과업")!;
    expect(task.slice(0, 6).map((c) => c.value)).toEqual(["대표과업", "II-1 사회보장급여 이용 및 제공 기반 구축", "II-1-1 위기가구 발굴", null, "", "복지사각지대 발굴 건수"]);
    expect(byIndicator.rows.filter((r) => r[13]?.value === "이상 없음")).toHaveLength(result.byIndicator.length - 1);
  });

  it("ends with the indicator types per strategy, counted from the rows above", async () => {
    const { byIndicator, result } = await summarize(samplePlan());
    const start = 2 + result.byIndicator.length + 1;
    expect(byIndicator.rows[start][0].value).toBe("전략별 지표 유형 (지표명의 낱말로 분류)");
    expect(byIndicator.rows[start + 1].map((c) => c.value)).toEqual(["전략", "투입", "산출", "성과", "계", "투입 비율"]);
    const table = byIndicator.rows.slice(2, 2 + result.byIndicator.length);
    result.indicatorMix.forEach((mix, i) => {
      const row = byIndicator.rows[start + 2 + i].map((c) => c.value);
      const mine = table.filter((r) => String(r[1].value).startsWith(`${mix.strategyId} `));
      const count = (kind: string) => mine.filter((r) => r[14].value === kind).length;
      expect(row).toEqual([expect.stringMatching(new RegExp(`^${mix.strategyId} `)), count("투입"), count("산출"), count("성과"), mine.length, count("투입") / mine.length]);
    });
    expect(result.indicatorMix.reduce((n, m) => n + m.total, 0)).toBe(result.byIndicator.length);
    expect(result.indicatorMix.some((m) => m.counts.input > 0 && m.counts.outcome > 0)).toBe(true);
  });
});

describe("writeSummaries — a plan without a flag column (the 6기 form)", () => {
  it("leaves out the 민관협력 column the plan does not have, rather than showing 0 for every strategy; 중점 (from the names) and 신규 stay", async () => {
    const grid = await readWorkbookBuffer(new Uint8Array(await fs.readFile(path.join(__dirname, "../../assets/samples/gaon-6th-plan.xlsx"))));
    const port = new MemoryPort(grid);
    const result = await writeSummaries(port, "ko", { now: NOW });
    const rows = (port.generated.get(SHEETS.summaryByStrategy)!.sheet as GeneratedSheet).rows;
    const header = rows[1].map((c) => c.value);
    expect(header.slice(0, 6)).toEqual(["구분", "번호", "명칭", "사업 수", "중점", "신규"]);
    expect(header).not.toContain("민관협력");
    expect(header[6]).toBe("2026 예산(백만원)");
    expect(result.byStrategy.flagNames).toEqual(["key", "isNew"]);
    // The figures under each column are that column's: 중점 4 in all, the budgets where their header says.
    const total = rows.find((r) => r[0]?.value === "합계")!;
    expect(total[4].value).toBe(4);
    expect(total[5].value).toBe(result.byStrategy.total.flags.isNew);
    expect(total[6].value).toBe(result.byStrategy.total.budgets[0]);
    expect(total.length).toBe(header.length);
  });
});

describe("writeSummaries — text stays text, regenerating replaces", () => {
  const tricky = (): StrategyRows[] => {
    const d = samplePlan();
    d[0].projects![0].name = "=HYPERLINK(\"http://x\",\"클릭\")";
    d[0].projects![1].indicators[0].name = "+82 상담 건수";
    return d;
  };

  it("writes project and indicator names beginning with = or + as values, never as formulas", async () => {
    const { port, byStrategy, byIndicator } = await summarize(tricky());
    const cells = [...byStrategy.rows, ...byIndicator.rows].flat();
    const named = cells.filter((c) => typeof c.value === "string" && /^[=+\-@]/.test(c.value));
    expect(named.map((c) => c.value)).toEqual(expect.arrayContaining(["=HYPERLINK(\"http://x\",\"클릭\")", "+82 상담 건수"]));
    for (const c of named) expect(c.formula).toBeUndefined();
    const grid = await port.readGrid();
    const sheet = grid.sheets.find((s) => s.name === SHEETS.summaryByIndicator)!;
    expect(sheet.values.flat()).toContain("=HYPERLINK(\"http://x\",\"클릭\")");
  });

  it("replaces the sheets whole on a second run and still reads the plan from its own sheet", async () => {
    const { port } = await summarize();
    port.setPlanCell("총괄표", 5, 11 + 1, 999); // 정신건강 취약계층관리 '23 budget 80 → 999
    const second = await writeSummaries(port, "ko", { now: NOW });
    expect(second.validation.plan.sheet).toBe("총괄표");
    expect([...port.generated.keys()]).toEqual([SHEETS.summaryByStrategy, SHEETS.summaryByIndicator]);
    const rows = port.generated.get(SHEETS.summaryByStrategy)!.rows;
    expect(rows[2][8].value).toBeCloseTo(999 + 2478 + 2100 + 1.5, 9);
  });

  it("writes nothing when a user's own sheet has a summary's name: all target sheets are checked first", async () => {
    const grid = planGrid(samplePlan());
    grid.sheets.push({ name: SHEETS.summaryByIndicator, values: [["내 지표 메모"], ["출산율", 0.8]], formulas: [], merges: [] });
    const port = new MemoryPort(grid);
    await expect(writeSummaries(port, "ko", { now: NOW })).rejects.toEqual(expect.objectContaining({ name: "SheetNotOwnedError", sheet: SHEETS.summaryByIndicator }));
    expect(port.calls).toEqual(["readGrid"]);
    expect(port.generated.size).toBe(0);
  });

  it("lays out its sheets so that the reader never takes them for the plan", async () => {
    const { port } = await summarize();
    const grid = await port.readGrid();
    expect(() => readPlan({ sheets: grid.sheets.filter((s) => s.name !== "총괄표") })).toThrow(expect.objectContaining({ reason: "noPlanTable" }));
    expect(readPlan(grid).sheet).toBe("총괄표");
  });
});

describe("summary texts (src/i18n/summary.ts)", () => {
  it("has ko and en for every text, with the same placeholders", () => {
    for (const [id, t] of Object.entries(summaryTexts)) {
      for (const lang of LANGS) expect({ id, lang, empty: t[lang].trim() === "" }).toEqual({ id, lang, empty: false });
      expect({ id, en: placeholders(t.en) }).toEqual({ id, en: placeholders(t.ko) });
    }
  });
});
