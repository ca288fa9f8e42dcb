/** plan-check diff in-process over plan grids: two plans of different periods are said to be so first. */
import { readPlan, type Grid } from "../engine";
import { planGrid, samplePlan } from "../../test/kits/engine/planRows";
import type { CliDeps, CliIO } from "./io";
import { main } from "./main";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), stdoutIsTTY: false, env: {} };
  return { io: value, stdout: () => out.join(""), stderr: () => err.join("") };
}

/** The kit's 제5기 plan (2022–2026) as a 제6기 one: the same projects and cells, its years four on (2026–2030). */
function asSixth(grid: Grid): Grid {
  const shift = (value: unknown) =>
    typeof value === "string"
      ? value
          .replace(/^'(\d\d)년/, (_, y: string) => `'${Number(y) + 4}년`)
          .replace("5기 신규", "6기 신규")
          .replace("제5기", "제6기")
      : value;
  return { sheets: grid.sheets.map((s) => ({ ...s, values: s.values.map((line) => line.map(shift)) })) } as Grid;
}

function depsWith(grids: Record<string, Grid>): CliDeps {
  return {
    readGrid: async (file) => grids[file],
    readBytes: async () => new Uint8Array(),
    writeBytes: async () => undefined,
    validate: () => {
      throw new Error("not validated here");
    },
  };
}

describe("plan-check diff between plans of different periods", () => {
  const fifth = planGrid(samplePlan());
  const sixth = asSixth(planGrid(samplePlan()));
  const deps = depsWith({ "5th.xlsx": fifth, "6th.xlsx": sixth, "5th-again.xlsx": planGrid(samplePlan()) });

  it("reads the kit's two plans as a 제5기 and a 제6기 one", () => {
    expect([readPlan(fifth).period, readPlan(sixth).period]).toEqual([5, 6]);
    expect(readPlan(sixth).targetYears).toEqual([2026, 2027, 2028, 2029, 2030]);
  });

  it("says so first, then compares targets and budgets only in the year both have (2026): exit 1", async () => {
    const run = io();
    expect(await main(["diff", "5th.xlsx", "6th.xlsx"], run.io, deps)).toBe(1);
    const lines = run.stdout().trim().split("\n");
    expect(lines[0]).toBe(
      "두 계획의 기간이 다릅니다: 제5기 (2023–2026) → 제6기 (2027–2030). 사업·성과지표·담당부서와 중점추진·민관협력 구분은 비교하고(신규사업 여부는 기마다 뜻이 달라 비교하지 않음), 목표와 예산은 두 계획에 모두 있는 연도(2026)만 비교합니다.",
    );
    expect(run.stderr()).toBe("");

    const en = io();
    await main(["diff", "5th.xlsx", "6th.xlsx", "--lang", "en"], en.io, deps);
    expect(en.stdout().split("\n")[0]).toBe(
      "The two plans are of different periods: period 5 (2023–2026) → period 6 (2027–2030). Projects, indicators, departments and the key and partnership flags are compared (not the new-project flag, whose meaning changes with the period); targets and budgets only in the years both plans have (2026).",
    );

    // JSON: the entries as ever (no year but 2026), the periods said on stderr.
    const json = io();
    expect(await main(["diff", "5th.xlsx", "6th.xlsx", "--format", "json"], json.io, deps)).toBe(1);
    const entries = JSON.parse(json.stdout()) as { field: string; year: number | null }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.year !== null && e.year !== 2026)).toEqual([]);
    expect(entries.every((e) => e.field === "target" || e.field === "budget")).toBe(true);
    expect(json.stderr()).toContain("두 계획의 기간이 다릅니다");
  });

  it("says nothing of periods between two plans of the same one", async () => {
    const run = io();
    expect(await main(["diff", "5th.xlsx", "5th-again.xlsx"], run.io, deps)).toBe(0);
    expect(run.stdout()).toBe("바뀐 것이 없습니다.\n");
  });
});
