/** groupFindings on the real bundled samples' and layout fixtures' findings (read through the ExcelJS port). */
import { promises as fs } from "fs";
import * as path from "path";
import { toA1, type Finding } from "../engine";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { groupBySeverity, groupFindings, inReadingOrder } from "./groupFindings";
import { validateGrid, type ValidationResult } from "./validateWorkbook";

const ROOT = path.join(__dirname, "../..");
const SAMPLE = path.join(ROOT, "assets/samples/mapo-5th-plan.xlsx");

async function validated(file: string): Promise<ValidationResult> {
  const port = await ExcelJsWorkbookPort.fromBuffer(await fs.readFile(path.join(ROOT, file)));
  return validateGrid(await port.readGrid());
}

const address = (f: Finding) => `${f.ref.sheet}!${toA1(f.ref.row, f.ref.col)}`;

/** The findings of one severity as the sheets hold them: the plan's sheets in order, then row, then column. */
function sheetOrder(result: ValidationResult, severity: Finding["severity"]): string[] {
  const rank = (sheet: string) => result.plan.sheets.indexOf(sheet);
  return result.findings
    .filter((f) => f.severity === severity)
    .sort((a, b) => rank(a.ref.sheet) - rank(b.ref.sheet) || a.ref.row - b.ref.row || a.ref.col - b.ref.col)
    .map(address);
}

let result: ValidationResult;

beforeAll(async () => {
  const port = await ExcelJsWorkbookPort.fromBuffer(await fs.readFile(SAMPLE));
  result = validateGrid(await port.readGrid());
});

describe("groupFindings on the bundled sample", () => {
  it("puts every finding in exactly one group", () => {
    const groups = groupFindings(result.plan, result.findings);
    const grouped: Finding[] = groups.flatMap((g) => g.projects.flatMap((p) => p.findings));
    expect(grouped).toHaveLength(result.findings.length);
    expect(new Set(grouped)).toEqual(new Set(result.findings));
  });

  it("orders strategies as the plan does, then the group without a strategy", () => {
    const groups = groupFindings(result.plan, result.findings);
    const order = result.plan.strategies.map((s) => s.id);
    const ids = groups.map((g) => g.strategy?.id ?? null);
    const withStrategy = ids.filter((id): id is string => id !== null);
    expect(withStrategy).toEqual(order.filter((id) => withStrategy.includes(id)));
    expect(withStrategy.length).toBeGreaterThan(1);
    if (ids.includes(null)) expect(ids[ids.length - 1]).toBeNull();
    // The schedule sheet's finding (관리체계) has no strategy.
    const last = groups[groups.length - 1];
    expect(last.strategy).toBeNull();
    expect(last.projects.flatMap((p) => p.findings).every((f) => f.ref.sheet !== result.plan.sheet || !f.projectId)).toBe(true);
  });

  it("orders a strategy's places as the sheet does: its own rows, then each 대표과업's rows before that task's projects", () => {
    const groups = groupFindings(result.plan, result.findings);
    const projectRow = new Map(result.plan.projects.map((p) => [p.id, p.firstRow]));
    const taskRow = new Map(result.plan.tasks.map((t) => [t.id, t.cell.ref.row]));
    const strategyRow = new Map(result.plan.strategies.map((s) => [s.id, s.cell.ref.row]));
    expect(groups.some((g) => g.projects.some((p) => p.task))).toBe(true);
    for (const group of groups) {
      if (!group.strategy) continue;
      const rows = group.projects.map((p) => (p.project ? projectRow.get(p.project.id)! : p.task ? taskRow.get(p.task.id)! : strategyRow.get(group.strategy!.id)!));
      expect(rows).toEqual([...rows].sort((a, b) => a - b));
      for (const projectGroup of group.projects) {
        if (!projectGroup.project) continue;
        const project = result.plan.projects.find((p) => p.id === projectGroup.project!.id)!;
        expect(project.strategyId).toBe(group.strategy?.id ?? null);
        expect(projectGroup.findings.every((f) => f.projectId === project.id)).toBe(true);
        expect(projectGroup.project).toMatchObject({ name: project.name, number: project.number, department: project.department?.raw ?? null });
      }
    }
  });

  it("keeps a project's findings in the order validation gave them", () => {
    const groups = groupFindings(result.plan, result.findings);
    const index = new Map(result.findings.map((f, i) => [f, i]));
    for (const projectGroup of groups.flatMap((g) => g.projects)) {
      const order = projectGroup.findings.map((f) => index.get(f) as number);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});

describe("groupFindings follows the sheet", () => {
  it("puts a 6기 대표과업's row between the projects of the task before and its own (다음 문제 walks the sheet)", async () => {
    const result = await validated("test/fixtures/layouts/6th-planted.xlsx");
    const task = result.plan.tasks.find((t) => t.id === "II-1-2")!;
    const taskFinding = result.findings.find((f) => f.severity === "warning" && !f.projectId && f.ref.row === task.cell.ref.row)!;
    expect(address(taskFinding)).toBe("총괄표!A22");
    const warnings = groupBySeverity(groupFindings(result.plan, result.findings)).find((s) => s.severity === "warning")!;
    // Its own place, named by the task, after II-1-1-2 (row 21) whose warning stands above it.
    const keys = warnings.places.map((p) => p.key);
    expect(keys.indexOf("warning:II-1:task-II-1-2")).toBe(keys.indexOf("warning:II-1:II-1-1-2") + 1);
    const place = warnings.places.find((p) => p.key === "warning:II-1:task-II-1-2")!;
    expect(place).toMatchObject({ strategy: { id: "II-1" }, task: { id: "II-1-2", name: task.name }, project: null, findings: [taskFinding] });
    for (const severity of ["error", "warning", "info"] as const) {
      expect(groupBySeverity(groupFindings(result.plan, result.findings)).find((s) => s.severity === severity)!.places.flatMap((p) => p.findings.map(address))).toEqual(sheetOrder(result, severity));
    }
  });

  it.each(["assets/samples/mapo-5th-plan.xlsx", "assets/samples/gaon-6th-plan.xlsx", "test/fixtures/layouts/6th-planted.xlsx"])(
    "reads %s in the sheet's order within each severity: the 중점 count above the strategies first",
    async (file) => {
      const result = await validated(file);
      const flat = inReadingOrder(result.plan, result.findings).map(address);
      const expected = (["error", "warning", "info"] as const).flatMap((severity) => sheetOrder(result, severity));
      expect(flat).toEqual(expected);
      const info = groupBySeverity(groupFindings(result.plan, result.findings)).find((s) => s.severity === "info")!;
      expect(info.places[0]).toMatchObject({ strategy: null, project: null, task: null, sheet: result.plan.sheet });
      expect(info.places[0].findings.map((f) => f.ruleId)).toEqual(["flags/key-count"]);
    },
  );

  it("places a plan split over two sheets by each sheet's own strategies, and the schedule after the plan's sheets", async () => {
    const result = await validated("test/fixtures/layouts/5th-split-parts.xlsx");
    expect(result.plan.sheets).toEqual(["총괄표(Ⅰ)", "총괄표(Ⅱ)", "관리체계"]);
    const places = groupBySeverity(groupFindings(result.plan, result.findings)).flatMap((s) => s.places);
    const placeOf = (at: string) => places.find((p) => p.findings.some((f) => address(f) === at))!;
    // 총괄표(Ⅰ)!K6 is I-1's own indicator: not II-1's, whose row 5 is on the other sheet.
    expect(placeOf("총괄표(Ⅰ)!K6")).toMatchObject({ strategy: { id: "I-1" }, task: null, project: null });
    // The task rows of Part II on its own sheet belong to their task, not outside the strategies.
    expect(placeOf("총괄표(Ⅱ)!H10")).toMatchObject({ strategy: { id: "II-1" }, task: { id: "II-1-2" } });
    expect(placeOf("총괄표(Ⅱ)!F24")).toMatchObject({ strategy: { id: "II-3" }, task: { id: "II-3-1" } });
    // Outside the strategies: one place per sheet, each in its sheet's turn, their keys fit for an element id.
    expect(placeOf("총괄표(Ⅰ)!C3")).toMatchObject({ strategy: null, sheet: "총괄표(Ⅰ)" });
    expect(placeOf("관리체계!H6")).toMatchObject({ strategy: null, sheet: "관리체계" });
    expect(placeOf("총괄표(Ⅰ)!C3").key).not.toBe(placeOf("관리체계!H6").key);
    for (const place of places) expect(place.key).toMatch(/^\S+$/);
    const flat = inReadingOrder(result.plan, result.findings).map(address);
    expect(flat).toEqual((["error", "warning", "info"] as const).flatMap((severity) => sheetOrder(result, severity)));
  });
});
