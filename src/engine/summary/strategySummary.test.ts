import { readPlan } from "../read/readPlan";
import { budgetOf, planGrid, projectsOf, PLAN_YEARS, samplePlan, YEARS } from "../../../test/kits/engine/planRows";
import { summarizeByStrategy } from "./strategySummary";

const round = (n: number) => Math.round(n * 1e6) / 1e6;

describe("summarizeByStrategy", () => {
  const description = samplePlan();
  const plan = readPlan(planGrid(description));
  const summary = summarizeByStrategy(plan);
  const all = projectsOf(description);

  it("has a row per strategy followed by its tasks, in plan order", () => {
    expect(summary.rows.map((r) => [r.level, r.taskId ?? r.strategyId])).toEqual([
      ["strategy", "I-1"],
      ["strategy", "I-2"],
      ["strategy", "II-1"],
      ["task", "II-1-1"],
      ["task", "II-1-2"],
      ["strategy", "II-2"],
      ["task", "II-2-1"],
    ]);
    expect(summary.budgetYears).toEqual(YEARS);
    expect(summary.planYears).toEqual(PLAN_YEARS);
  });

  it("adds up counts, flags and budgets per strategy and task as the description says", () => {
    for (const row of summary.rows) {
      const members = all.filter((p) => (row.level === "task" ? p.taskId === row.taskId : p.strategyId === row.strategyId)).map((p) => p.project);
      const yes = (i: number) => members.filter((p) => ["○", "O", "o"].includes(p.flags[i])).length;
      const budgets = YEARS.map((_, y) => round(members.reduce((sum, p) => sum + budgetOf(p.budgets[y]), 0)));
      const planTotal = round(budgets.slice(1).reduce((a, b) => a + b, 0));
      expect({ id: row.taskId ?? row.strategyId, projects: row.projects, flags: row.flags, budgets: row.budgets.map(round), planTotal: round(row.planTotal) }).toEqual({
        id: row.taskId ?? row.strategyId,
        projects: members.length,
        flags: { key: yes(0), partnership: yes(1), isNew: yes(2) },
        budgets,
        planTotal,
      });
    }
    // A hand-checked figure: 사회보장전략 1 in 2023 is 0 + 80 + 2478 + 2100 + 1.5.
    expect(summary.rows[0].budgets[1]).toBe(4659.5);
  });

  it("counts the project standing in two places once in the grand total, and says which", () => {
    const distinct = new Map<string, (typeof all)[number]>();
    for (const p of all) {
      const key = p.project.name.replace(/\s+/g, "");
      if (!distinct.has(key)) distinct.set(key, p);
    }
    expect(all).toHaveLength(13);
    expect(distinct.size).toBe(12);
    const budgets = YEARS.map((_, y) => round([...distinct.values()].reduce((sum, p) => sum + budgetOf(p.project.budgets[y]), 0)));
    expect(summary.total.projects).toBe(12);
    expect(summary.total.budgets.map(round)).toEqual(budgets);
    expect(round(summary.total.planTotal)).toBe(round(budgets.slice(1).reduce((a, b) => a + b, 0)));
    // 신규: × in 사회보장전략 2, ○ in 지역발전전략 2 → counts once (yes in any place).
    const isNewRows = all.filter((p) => p.project.flags[2] === "○").length;
    expect(summary.total.flags.isNew).toBe(isNewRows);
    expect(summary.total.flags.partnership).toBe(all.filter((p) => p.project.flags[1] === "○").length - 1);

    expect(summary.duplicates).toEqual([
      {
        identity: "일자리네트워크구축",
        name: "일자리 네트워크 구 축",
        projectIds: ["I-2-2", "II-2-1-2"],
        strategyIds: ["I-2", "II-2"],
        budgetsEqual: true,
        correction: { projects: 1, flags: { key: 0, partnership: 1, isNew: 0 }, budgets: [741, 780, 830, 880, 920], planTotal: 3410 },
      },
    ]);
  });

  it("makes the total exactly the strategy rows less the corrections, and shares of the distinct total", () => {
    const strategyRows = summary.rows.filter((r) => r.level !== "task");
    const minus = (pick: (f: { budgets: number[]; projects: number; planTotal: number }) => number) =>
      round(strategyRows.reduce((s, r) => s + pick(r), 0) - summary.duplicates.reduce((s, d) => s + pick(d.correction), 0));
    expect(minus((f) => f.projects)).toBe(summary.total.projects);
    expect(minus((f) => f.planTotal)).toBe(round(summary.total.planTotal));
    YEARS.forEach((_, y) => expect(minus((f) => f.budgets[y])).toBe(round(summary.total.budgets[y])));
    for (const row of summary.rows) expect(row.share).toBeCloseTo(row.planTotal / summary.total.planTotal, 12);
    expect(summary.total.share).toBe(1);
  });

  it("counts only numbers: '-', empty and unreadable budgets are 0, and a plan without budgets has no shares", () => {
    const plan2 = readPlan(
      planGrid([
        {
          part: 1,
          number: 1,
          name: "가",
          projects: [{ number: 1, name: "가 사업", flags: ["○", "×", "×"], indicators: [], budgets: ["-", null, "많음", "-", "-"] }],
        },
      ]),
    );
    const s = summarizeByStrategy(plan2);
    expect(s.rows[0]).toMatchObject({ projects: 1, budgets: [0, 0, 0, 0, 0], planTotal: 0, share: null });
    expect(s.total.share).toBeNull();
  });

  it("puts projects outside any strategy in an unassigned row", () => {
    const plan3 = readPlan(planGrid([]));
    const s = summarizeByStrategy({ ...plan3, projects: [{ ...plan.projects[0], strategyId: null, taskId: null }] });
    expect(s.rows.map((r) => [r.level, r.projectIds])).toEqual([["unassigned", ["I-1-1"]]]);
  });
});
