import type { CellRef } from "./grid";
import type { Indicator, Plan, Project, Strategy, Task, TotalRow } from "./plan";
import { rowOwners } from "./rowOwners";

const ONE = "총괄표(Ⅰ)";
const TWO = "총괄표(Ⅱ)";
const ref = (sheet: string, row: number, col = 0): CellRef => ({ sheet, row, col });

function indicator(sheet: string, nameRow: number, targetRows: number[]): Indicator {
  return {
    name: "지표",
    nameCell: { ref: ref(sheet, nameRow, 3), raw: "지표" },
    targets: targetRows.map((row) => ({ ref: ref(sheet, row, 5), raw: "1" })),
  } as unknown as Indicator;
}

function strategy(id: string, sheet: string, row: number, indicators: Indicator[] = []): Strategy {
  return { id, part: id.startsWith("II") ? 2 : 1, number: Number(id.split("-").pop()), name: id, cell: { ref: ref(sheet, row), raw: id }, indicators };
}

function task(id: string, strategyId: string, sheet: string, row: number, indicators: Indicator[] = []): Task {
  return { id, strategyId, number: Number(id.split("-").pop()), name: id, cell: { ref: ref(sheet, row, 1), raw: id }, indicators };
}

function project(id: string, sheet: string, firstRow: number, lastRow: number): Project {
  return { id, strategyId: null, taskId: null, name: id, nameCell: { ref: ref(sheet, firstRow, 2), raw: id }, firstRow, lastRow } as unknown as Project;
}

function total(sheet: string, row: number, scopeId: string | null): TotalRow {
  return { kind: scopeId ? "subtotal" : "total", label: { ref: ref(sheet, row), raw: "소계" }, row, scopeId, budgets: [], memberProjectIds: [] };
}

/**
 * A plan split over two sheets, rows of the same numbers on each: on 총괄표(Ⅰ) strategy I-1 (row 2, its indicator
 * on rows 2–3), projects on rows 4–6 and 7, its 소계 on row 8, strategy I-2 on row 10; on 총괄표(Ⅱ) strategy II-1
 * (row 2), its 대표과업 II-1-1 (row 3, an indicator on rows 3–4, and a target on 총괄표(Ⅰ) row 12), a project on rows
 * 5–6, the task's 소계 on row 7, a grand total on row 9.
 */
function splitPlan(): Plan {
  return {
    sheet: ONE,
    sheets: [ONE, TWO],
    strategies: [strategy("I-1", ONE, 2, [indicator(ONE, 2, [2, 3])]), strategy("I-2", ONE, 10), strategy("II-1", TWO, 2)],
    tasks: [task("II-1-1", "II-1", TWO, 3, [indicator(TWO, 3, [3, 4]), { ...indicator(ONE, 12, []), nameCell: null, targets: [{ ref: ref(ONE, 12, 5), raw: "1" }] } as Indicator])],
    projects: [project("I-1-1", ONE, 4, 6), project("I-1-2", ONE, 6, 7), project("II-1-1-1", TWO, 5, 6)],
    totals: [total(ONE, 8, "I-1"), total(TWO, 7, "II-1-1"), total(TWO, 9, null)],
  } as unknown as Plan;
}

describe("rowOwners", () => {
  const plan = splitPlan();
  const owners = rowOwners(plan);
  const id = (owner: { id: string } | undefined) => owner?.id;
  const label = (owner: TotalRow | undefined) => owner && `${owner.label.ref.sheet}:${owner.row}`;

  it("answers each kind per sheet: the same row number on the other sheet of a split plan is another row", () => {
    const rows = (sheet: string) =>
      Array.from({ length: 14 }, (_, row) =>
        [id(owners.strategy(sheet, row)), id(owners.task(sheet, row)), id(owners.project(sheet, row)), label(owners.total(sheet, row))].map((x) => x ?? "-").join(" "),
      );
    expect(rows(ONE)).toEqual([
      "- - - -",
      "- - - -",
      "I-1 - - -",
      "I-1 - - -",
      "- - I-1-1 -",
      "- - I-1-1 -",
      "- - I-1-1 -", // the first project of the two on row 6 holds it
      "- - I-1-2 -",
      "- - - 총괄표(Ⅰ):8",
      "- - - -",
      "I-2 - - -",
      "- - - -",
      "- II-1-1 - -", // the task's target on the other sheet is that sheet's row
      "- - - -",
    ]);
    expect(rows(TWO)).toEqual([
      "- - - -",
      "- - - -",
      "II-1 - - -",
      "- II-1-1 - -",
      "- II-1-1 - -",
      "- - II-1-1-1 -",
      "- - II-1-1-1 -",
      "- - - 총괄표(Ⅱ):7",
      "- - - -",
      "- - - -", // a grand total closes no strategy or task: it owns no row
      "- - - -",
      "- - - -",
      "- - - -",
      "- - - -",
    ]);
    expect(owners.project("관리체계", 4)).toBeUndefined();
  });

  it("names the last strategy at or above a row on its own sheet only", () => {
    const above = (sheet: string, rows: number[]) => rows.map((row) => id(owners.strategyAbove(sheet, row)) ?? "-");
    expect(above(ONE, [0, 1, 2, 3, 9, 10, 500])).toEqual(["-", "-", "I-1", "I-1", "I-1", "I-2", "I-2"]);
    expect(above(TWO, [1, 2, 12])).toEqual(["-", "II-1", "II-1"]);
    expect(above("관리체계", [12])).toEqual(["-"]);
  });

  it("finds strategies, tasks and projects by id", () => {
    expect(id(owners.strategyById.get("II-1"))).toBe("II-1");
    expect(id(owners.taskById.get("II-1-1"))).toBe("II-1-1");
    expect(id(owners.projectById.get("I-1-2"))).toBe("I-1-2");
  });

  it("is worked out once per plan", () => {
    expect(rowOwners(plan)).toBe(owners);
    expect(rowOwners(splitPlan())).not.toBe(owners);
  });
});
