/** validateFile: the grid a file is read into is let go once the plan is read (readAndValidate), tests' stubs kept. */
import { readPlanOnly, validateGrid, validateReadPlan } from "../app/validateWorkbook";
import { PlanReadError, type Grid } from "../engine";
import { sheetFromRows } from "../../test/kits/engine/grid";
import type { CliDeps } from "./io";
import { validateFile } from "./validateCommand";

const grid = (): Grid => ({
  sheets: [
    sheetFromRows("계획", [
      ["사업번호", "사업명", "성과지표명", "'23년 목표", "'23년 예산"],
      [1, "가", "지표", "1명", "예산"],
    ]),
  ],
});

describe("validateFile", () => {
  it("reads the plan with readPlanOnly and validates it as validateGrid does", async () => {
    const plan = await readPlanOnly(async () => grid());
    expect(plan.projects[0].budgets[0].ref).toEqual({ sheet: "계획", row: 1, col: 4 });
    const whole = validateGrid(grid());
    expect(validateReadPlan(plan).findings).toEqual(whole.findings);
    await expect(readPlanOnly(async () => ({ sheets: [sheetFromRows("빈", [["메모"]])] }))).rejects.toBeInstanceOf(PlanReadError);
  });

  it("hands the file to readAndValidate where the deps have it, and reads the grid itself where not", async () => {
    const calls: string[] = [];
    const deps: CliDeps = {
      readGrid: async () => (calls.push("readGrid"), grid()),
      validate: (g) => (calls.push("validate"), validateGrid(g)),
      readAndValidate: async (file) => (calls.push(`readAndValidate ${file}`), validateReadPlan(await readPlanOnly(async () => grid()))),
      readBytes: async () => new Uint8Array(),
      writeBytes: async () => {},
    };
    const outcome = await validateFile("a.xlsx", deps);
    expect(calls).toEqual(["readAndValidate a.xlsx"]);
    expect("result" in outcome && outcome.result.plan.projects.length).toBe(1);
    calls.length = 0;
    await validateFile("b.xlsx", { ...deps, readAndValidate: undefined });
    expect(calls).toEqual(["readGrid", "validate"]);
  });
});
