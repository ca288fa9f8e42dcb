/**
 * The 6기 rules on a whole plan in the 6th-period form: a clean plan gives none of their findings, and each
 * planted problem is found, once, on its own row.
 */
import type { Finding } from "../finding";
import { buildPlan, type PlanSpec, type ProjectSpec } from "../../../test/kits/engine/planBuilder";
import { validatePlan } from "../validate";
import { FIXED_STRATEGIES, FIXED_TASKS_OF_STRATEGY_1 } from "./structure/fixed-names";
import { SIXTH_PERIOD_RULES } from "../../../test/kits/engine/sixthPeriod";

const RULES: readonly string[] = SIXTH_PERIOD_RULES;

const indicator = (name: string, isNew: boolean) => ({
  name,
  targets: { 2026: isNew ? "/" : "100명", 2027: "110명", 2028: "120명", 2029: "130명", 2030: "140명" },
});

function project(strategy: number, n: number, key: boolean, isNew: boolean): ProjectSpec {
  return {
    name: `${key ? "(중점추진) " : ""}전략${strategy} 사업${n}`,
    strategy: `I-${strategy}`,
    numberText: `Ⅰ-${strategy}-${n}`,
    flags: { isNew: isNew ? "○" : "×" },
    link: n % 2 === 0 ? "①, ③" : "②",
    indicators: [indicator(`전략${strategy} 사업${n} 참여인원(명)`, isNew)],
    budgets: { 2026: isNew ? "/" : 10.5, 2027: 11, 2028: n === 3 ? 0 : 12.4, 2029: 13, 2030: 14 },
  };
}

function subtask(strategy: number, task: number, n: number): ProjectSpec {
  return {
    name: `발전${strategy}-${task} 세부과업${n}`,
    task: `II-${strategy}-${task}`,
    numberText: `Ⅱ-${strategy}-${task}-${n}`,
    flags: { isNew: "×" },
    link: "③",
    indicators: [indicator(`발전${strategy}-${task}-${n} 회의 개최(회)`, false)],
    budgets: { 2026: 5, 2027: 5, 2028: 5, 2029: 5, 2030: 5 },
  };
}

function cleanSpec(): PlanSpec {
  const projects: ProjectSpec[] = [];
  for (const s of [1, 2, 3]) for (let n = 1; n <= 6; n++) projects.push(project(s, n, n <= 2, n === 6));
  const tasks: PlanSpec["tasks"] = [];
  for (const s of [1, 2, 3, 4]) {
    const names = s === 1 ? FIXED_TASKS_OF_STRATEGY_1 : [`과업 ${s}-1`, `과업 ${s}-2`];
    names.forEach((name, i) => {
      tasks.push({ id: `II-${s}-${i + 1}`, name, indicators: [indicator(`${name} 이용자 만족도(점)`, false)] });
      for (const n of [1, 2]) projects.push(subtask(s, i + 1, n));
    });
  }
  return {
    period: 6,
    strategies: [
      ...[1, 2, 3].map((s) => ({ id: `I-${s}`, name: `사회보장 전략 ${s}`, indicators: [indicator(`전략 ${s} 고용률(%)`, false)] })),
      ...[1, 2, 3, 4].map((s) => ({ id: `II-${s}`, name: FIXED_STRATEGIES[s], indicators: [indicator(`균형발전 ${s} 지표`, false)] })),
    ],
    tasks,
    projects,
    schedule: { departments: [["복지국", "", "복지정책과", "전략1 사업1"]] },
  };
}

const mine = (findings: Finding[]) => findings.filter((f) => RULES.includes(f.ruleId));
const line = (f: Finding) => `${f.ruleId}/${f.messageId} row ${f.ref.row}`;

describe("the 6기 rules on a whole plan", () => {
  it("say nothing about a clean plan", () => {
    const plan = buildPlan(cleanSpec());
    expect(plan.period).toBe(6);
    expect(plan.projects).toHaveLength(18 + 18);
    expect(mine(validatePlan(plan)).map(line)).toEqual([]);
  });

  const planted: [string, (spec: PlanSpec) => ProjectSpec, string][] = [
    ["a number under the wrong strategy", (spec) => at(spec, "전략2 사업4", (p) => (p.numberText = "Ⅰ-1-7")), "structure/number-prefix/prefix"],
    ["a path used twice", (spec) => at(spec, "전략2 사업5", (p) => (p.numberText = "Ⅰ-2-4")), "structure/duplicate-number/duplicate"],
    ["an empty 연계성", (spec) => at(spec, "전략3 사업3", (p) => (p.link = null)), "link/national-plan/empty"],
    ["연계성 ④", (spec) => at(spec, "전략3 사업4", (p) => (p.link = "④")), "link/national-plan/invalid"],
    ["a continuing project without '26", (spec) => at(spec, "전략1 사업3", (p) => (p.budgets = { ...p.budgets, 2026: "/" })), "targets/baseline/budget"],
    ["two decimals", (spec) => at(spec, "전략1 사업4", (p) => (p.budgets = { ...p.budgets, 2029: 13.25 })), "budgets/decimals/decimals"],
    ["'-' for 비예산", (spec) => at(spec, "전략1 사업5", (p) => (p.budgets = { ...p.budgets, 2030: "-" })), "budgets/dash-zero/dash"],
    ["a 세부과업 repeating a Part I project", (spec) => at(spec, "발전2-1 세부과업2", (p) => (p.name = "전략1 사업4")), "structure/duplicate-project/repeatsPartOne"],
    ["an input indicator", (spec) => at(spec, "전략2 사업3", (p) => (p.indicators![0].name = "예산 집행률(%)")), "indicators/input/inputIndicator"],
  ];

  it.each(planted)("find %s, once, on its row", (_name, plant, expected) => {
    const spec = cleanSpec();
    const planted = plant(spec);
    const plan = buildPlan(spec);
    const found = mine(validatePlan(plan));
    // Numbers are unique but where one is planted twice: then the second place is the one reported.
    const row = plan.projects.filter((p) => p.numberCell?.raw === planted.numberText).pop()!.firstRow;
    expect(found.map(line)).toEqual([`${expected} row ${row}`]);
  });

  it("finds a third key project and a renamed fixed strategy on the strategy rows", () => {
    const spec = cleanSpec();
    at(spec, "전략2 사업3", (p) => (p.name = `(중점추진) ${p.name}`));
    spec.strategies![3] = { ...spec.strategies![3], name: "급여 이용 지원" };
    const plan = buildPlan(spec);
    const rows = (id: string) => plan.strategies.find((s) => s.id === id)!.cell.ref.row;
    expect(mine(validatePlan(plan)).map(line)).toEqual([`structure/form-counts/keyProjects row ${rows("I-2")}`, `structure/fixed-names/strategyName row ${rows("II-1")}`]);
  });
});

/** Changes the project named `name` in place and returns it. */
function at(spec: PlanSpec, name: string, change: (p: ProjectSpec) => void): ProjectSpec {
  const project = spec.projects!.find((p) => p.name.replace("(중점추진) ", "") === name)!;
  change(project);
  return project;
}
