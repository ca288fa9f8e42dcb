import type { Finding } from "../finding";
import { readPlan } from "../read/readPlan";
import { planGrid, samplePlan } from "../../../test/kits/engine/planRows";
import { buildPlan } from "../../../test/kits/engine/planBuilder";
import { summarizeIndicatorMix, summarizeIndicators } from "./indicatorSummary";

describe("summarizeIndicators", () => {
  const plan = readPlan(planGrid(samplePlan()));

  it("has one row per indicator — strategy, task and project level — in plan order", () => {
    const rows = summarizeIndicators(plan, []);
    const expected =
      plan.strategies.reduce((n, s) => n + s.indicators.length, 0) +
      plan.tasks.reduce((n, t) => n + t.indicators.length, 0) +
      plan.projects.reduce((n, p) => n + p.indicators.length, 0);
    expect(rows).toHaveLength(expected);
    expect(rows.slice(0, 4).map((r) => [r.level, r.strategyId, r.projectId, r.name])).toEqual([
      ["strategy", "I-1", null, "저소득층 가구 1인당 예산"],
      ["project", "I-1", "I-1-1", "1인당 예산"],
      ["project", "I-1", "I-1-2", "지역사회 생활유지율"],
      ["project", "I-1", "I-1-2", "고위험군 상담 서비스 제공(%)"],
    ]);
    const task = rows.find((r) => r.level === "task" && r.taskId === "II-1-1");
    expect(task).toMatchObject({ strategyId: "II-1", taskName: "위기가구 발굴", name: "복지사각지대 발굴 건수", projectId: null });
    expect(rows.indexOf(task!)).toBeLessThan(rows.findIndex((r) => r.projectId === "II-1-1-1"));
  });

  it("gives the unit, the five targets as written and the '23→'26 change", () => {
    const rows = summarizeIndicators(plan, []);
    const byName = (name: string) => rows.find((r) => r.name === name)!;
    expect(byName("고위험군 상담 서비스 제공(%)")).toMatchObject({ unit: "%", change: 0.8, changeFrom: 2023, changeTo: 2026 });
    expect(byName("1인당 예산")).toMatchObject({ unit: "천원", change: 30 });
    expect(byName("1인당 예산").targets.map((t) => [t.year, t.raw])).toEqual([
      [2022, "73천원"],
      [2023, "160천원"],
      [2024, "170천원"],
      [2025, "180천원"],
      [2026, "190천원"],
    ]);
    expect(byName("고위험 취약노인 판정율").change).toBeCloseTo(-0.6, 9);
    // The strategy indicator has no '26 target: no change.
    expect(byName("저소득층 가구 1인당 예산")).toMatchObject({ change: null, unit: "%" });
    expect(byName("저소득층 가구 1인당 예산").targets[4]).toMatchObject({ year: 2026, raw: "" });
    expect(byName("복지사각지대 발굴 건수")).toMatchObject({ unit: "건", change: 1500 });
  });

  it("gives no change when the units differ or a target is not a number", () => {
    const plan2 = readPlan(
      planGrid([
        {
          part: 1,
          number: 1,
          name: "가",
          projects: [
            {
              number: 1,
              name: "시설 건립",
              flags: ["○", "×", "×"],
              indicators: [
                { name: "공정률", targets: ["착공", "공사 진행", "준공 및 개관", null, null] },
                { name: "이용자", targets: ["1명", "2명", "3명", "4명", "5%"] },
              ],
              budgets: [1, 1, 1, 1, 1],
            },
          ],
        },
      ]),
    );
    const rows = summarizeIndicators(plan2, []);
    expect(rows.map((r) => [r.name, r.unit, r.change])).toEqual([
      ["공정률", null, null],
      ["이용자", "명", null],
    ]);
  });

  it("takes the worst severity of the findings on the indicator's name and target cells", () => {
    const project = plan.projects.find((p) => p.name === "정신건강 취약계층관리")!;
    const [first, second] = project.indicators;
    const finding = (severity: Finding["severity"], ref: Finding["ref"]): Finding => ({ ruleId: "t/x", severity, messageId: "m", ref, data: {} });
    const rows = summarizeIndicators(plan, [
      finding("info", first.nameCell!.ref),
      finding("warning", first.targets[2].ref),
      finding("info", second.targets[0].ref),
      finding("error", project.budgets[0].ref), // a budget cell is not the indicator's
    ]);
    const row = (id: string) => rows.find((r) => r.indicatorId === id)!;
    expect(row(first.id)).toMatchObject({ status: "warning", findings: 2 });
    expect(row(second.id)).toMatchObject({ status: "info", findings: 1 });
    expect(rows.filter((r) => r.status !== "ok")).toHaveLength(2);
  });

  it("gives each indicator its kind: 투입, 산출 or 성과", () => {
    const rows = summarizeIndicators(plan, []);
    const kind = (name: string) => rows.find((r) => r.name === name)!.kind;
    expect(kind("1인당 예산")).toBe("input");
    expect(kind("복지사각지대 발굴 건수")).toBe("output");
    expect(kind("지역사회 생활유지율")).toBe("outcome");
  });
});

describe("summarizeIndicatorMix", () => {
  it("counts each strategy's own, task and project indicators by kind, those outside any strategy last", () => {
    const ind = (name: string) => ({ name, targets: { 2023: "1", 2024: "2" } });
    const plan = buildPlan({
      strategies: [{ id: "I-1", name: "돌봄", indicators: [ind("돌봄 만족도")] }, { id: "II-1", name: "급여" }],
      tasks: [{ id: "II-1-1", name: "발굴", indicators: [ind("발굴 건수")] }],
      projects: [
        { name: "가", strategy: "I-1", indicators: [ind("예산 집행률"), ind("참여인원(명)")] },
        { name: "나", task: "II-1-1", indicators: [ind("종사자 수")] },
        { name: "다", indicators: [ind("이용률")] },
      ],
    });
    expect(summarizeIndicatorMix(summarizeIndicators(plan, []))).toEqual([
      { strategyId: "I-1", strategyName: "돌봄", counts: { input: 1, output: 1, outcome: 1 }, total: 3 },
      { strategyId: "II-1", strategyName: "급여", counts: { input: 1, output: 1, outcome: 0 }, total: 2 },
      { strategyId: null, strategyName: null, counts: { input: 0, output: 0, outcome: 1 }, total: 1 },
    ]);
  });
});
