import type { CellValue } from "../grid";
import { validatePlan } from "../validate";
import { HEADER } from "../../../test/kits/engine/planRows";
import { readPlan } from "./readPlan";

const project = (n: number, name: string): CellValue[] => [n, name, "○", "×", "×", "이용자 수(명)", "10명", "11명", "12명", "13명", "14명", 1, 1, 1, 1, 1];

describe("rows the reader cannot place, on a plan spread over two sheets", () => {
  it("are reported on the sheet they stand on, not on the plan's first sheet", () => {
    const first: CellValue[][] = [["제목"], HEADER, ["사회보장전략 1 가"], project(1, "사업 가"), project(2, "사업 나")];
    const second: CellValue[][] = [HEADER, ["지역발전전략1. 나"], ["대표과업 1. 다"], project(1, "사업 다"), ["가나다라"], project(2, "사업 라")];
    const plan = readPlan({ sheets: [{ name: "A", values: first, merges: [] }, { name: "B", values: second, merges: [] }] });
    expect(plan.projects.map((p) => p.name)).toEqual(["사업 가", "사업 나", "사업 다", "사업 라"]);
    const unplaced = validatePlan(plan).filter((f) => f.ruleId === "structure/unplaced-row");
    expect(unplaced.map((f) => f.ref)).toEqual([{ sheet: "B", row: 4, col: 0 }]);
  });
});

describe("a later sheet of the plan whose own header stands below some of its rows", () => {
  it("reports the strategy, 대표과업 and project rows above that header (not read: its columns are not known there), never drops them silently", () => {
    const first: CellValue[][] = [["제목"], HEADER, ["사회보장전략 1 가"], project(1, "사업 가"), project(2, "사업 나")];
    const second: CellValue[][] = [
      ["제5기 총괄표 (Ⅱ. 발전전략)"],
      ["지역발전전략1. 나"],
      ["대표과업 1. 다"],
      project(1, "사업 다"),
      project(2, "사업 라"),
      HEADER,
      ["대표과업 2. 마"],
      project(1, "사업 마"),
    ];
    const plan = readPlan({ sheets: [{ name: "A", values: first, merges: [] }, { name: "B", values: second, merges: [] }] });
    expect(plan.projects.map((p) => p.name)).toEqual(["사업 가", "사업 나", "사업 마"]);
    const unplaced = validatePlan(plan).filter((f) => f.ruleId === "structure/unplaced-row");
    expect(unplaced.map((f) => [f.messageId, f.ref.sheet, f.ref.row])).toEqual([
      ["aboveHeader", "B", 1],
      ["aboveHeader", "B", 2],
      ["aboveHeader", "B", 3],
      ["aboveHeader", "B", 4],
    ]);
  });
});
