/** groupFindings on the real bundled sample's findings (read through the ExcelJS port). */
import { promises as fs } from "fs";
import * as path from "path";
import type { Finding } from "../engine";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { groupFindings } from "./groupFindings";
import { validateGrid, type ValidationResult } from "./validateWorkbook";

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");

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

  it("orders projects within a strategy as the plan does, the strategy's own findings first", () => {
    const groups = groupFindings(result.plan, result.findings);
    const position = new Map(result.plan.projects.map((p, i) => [p.id, i]));
    for (const group of groups) {
      const keys = group.projects.map((p) => (p.project ? (position.get(p.project.id) as number) : -1));
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
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
