/**
 * Workbooks in other layouts (one header row, full years, strategy column, department column, reordered
 * columns, the plan on its second sheet) read as the same plan as the bundled sample.
 */
import * as path from "path";
import { planCounts, readPlan, type Plan } from "../src/engine";
import { readWorkbookFile } from "../src/xlsx/readFile";

const root = path.resolve(__dirname, "..");
const sample = path.join(root, "assets/samples/mapo-5th-plan.xlsx");
const layouts = ["one-header-row", "full-years", "strategy-column", "department-column", "reordered-columns", "second-sheet"];

/** What must not depend on layout: every project's place, name, flags, budgets and indicators as written. */
function essence(plan: Plan) {
  return {
    strategies: plan.strategies.map((s) => [s.id, s.name, s.indicators.map((i) => [i.name, i.targets.map((t) => t.raw)])]),
    tasks: plan.tasks.map((t) => [t.id, t.name, t.indicators.map((i) => [i.name, i.targets.map((x) => x.raw)])]),
    projects: plan.projects.map((p) => ({
      id: p.id,
      name: p.name,
      flags: [p.flags.key?.raw, p.flags.partnership?.raw, p.flags.isNew?.raw],
      budgets: p.budgets.map((b) => [b.year, b.value]),
      indicators: p.indicators.map((i) => [i.name, i.targets.map((t) => [t.year, t.raw])]),
    })),
    schedule: plan.schedule?.revisions.map((r) => [r.year, r.dates.map((d) => d.date)]),
  };
}

describe("the bundled sample", () => {
  it("reads as the seed states it: 8 strategies, 8 tasks, 50 projects on 51 rows, 8 key projects", async () => {
    const plan = readPlan(await readWorkbookFile(sample));
    expect(planCounts(plan)).toEqual({ strategies: 8, tasks: 8, projectRows: 51, projects: 50, keyProjects: 8, indicators: 77 });
    expect(plan.unplacedRows).toEqual([]);
    expect(plan.strategies.map((s) => s.id)).toEqual(["I-1", "I-2", "I-3", "I-4", "II-1", "II-2", "II-3", "II-4"]);
    expect(plan.schedule?.revisions.map((r) => r.year)).toEqual([2023, 2024, 2025, 2026]);
  });
});

describe.each(layouts)("layout %s", (layout) => {
  it("gives the same plan as the sample", async () => {
    const [expected, actual] = await Promise.all([sample, path.join(root, `test/fixtures/layouts/${layout}.xlsx`)].map(async (file) => readPlan(await readWorkbookFile(file))));
    expect(planCounts(actual)).toEqual(planCounts(expected));
    expect(actual.unplacedRows).toEqual([]);
    expect(essence(actual)).toEqual(essence(expected));
  });
});

it("reads the department column", async () => {
  const plan = readPlan(await readWorkbookFile(path.join(root, "test/fixtures/layouts/department-column.xlsx")));
  expect(plan.projects.every((p) => p.department !== null)).toBe(true);
  const network = plan.projects.filter((p) => p.name.replace(/\s/g, "") === "일자리네트워크구축");
  expect(network.map((p) => p.department?.raw)).toEqual(["일자리경제과", "일자리경제과"]);
});
