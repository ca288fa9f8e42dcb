/** The bundled 6기 sample (scripts/build-sample-6th.js): read as 제6기 in the ministry's form, with no error. */
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { planCounts } from "../engine";
import { validateGrid } from "./validateWorkbook";
import { readWorkbookBuffer } from "../xlsx/readGrid";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "gaon-6th-plan.xlsx");

(existsSync(SAMPLE) ? describe : describe.skip)("the 6기 sample workbook", () => {
  it("reads as 제6기 ('26–'30) from two sheets, key projects from their names, departments from the 관리체계 list, and raises no error", async () => {
    const grid = await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE)));
    const { plan, findings } = validateGrid(grid);
    expect(plan.period).toBe(6);
    expect(plan.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(plan.sheets).toEqual(["총괄표", "관리체계"]);
    expect(planCounts(plan)).toMatchObject({ projects: 16, keyProjects: 4 });
    expect(plan.projects.every((p) => p.department !== null && p.nationalPlanLink && p.nationalPlanLink.invalid.length === 0)).toBe(true);
    expect(plan.projects.find((p) => p.name === "가온 통합돌봄 체계 구축")?.department?.raw).toBe("통합돌봄과");
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
