import type { CellValue, Grid } from "../grid";
import { readPlan } from "../read/readPlan";
import { sheetFromRows } from "../../../test/kits/engine/grid";

const _ = null;
const header: CellValue[] = ["사업번호", "사업명", "성과지표명", "'23 목표", "'24 목표", "'25 목표", "'23 예산", "'24 예산", "'25 예산"];
const body: CellValue[][] = [
  ["사회보장전략 1 돌봄"],
  [1, "정신건강 관리", "생활유지율", "94.5%", "94.7%", "94.9%", 80, 80, 80],
  [_, _, "고위험군 상담", "34%", "34.5%", "35%"],
  [2, "여성고용 활성화", "여성특강 개최(횟수)\n직업훈련 연계(횟수)", "4건\n2건", "4건\n2건", "4건\n2건", 26, 26, 26],
  [3, "판정 사업", "고위험 취약노인 판정율", "24.5%", "24.3%", "24.1%", 10, 10, 10],
];

function planGrid(extraHeader: CellValue[], extraRows: CellValue[][]): Grid {
  const rows = [["제5기 총괄표"], [...header, ...extraHeader], ...body.map((r, i) => [...r, ...Array(9 - r.length).fill(null), ...(extraRows[i] ?? [])])];
  return { sheets: [sheetFromRows("총괄표", rows)] };
}

describe("results beside the targets", () => {
  const grid = planGrid(
    ["'24 실적", "달성률", "미달성 사유", "집행액", "집행률"],
    [[], ["95%", 100.3, _, 78, "97.5%"], ["30%", 87, "상담인력 결원"], ["5건\n1건", _, "\n강사 섭외 실패", 30], ["23.9%"]],
  );
  const plan = readPlan(grid);
  // The same results as a Korean IME types them (fullwidth digits and signs) or with a zero-width space inside.
  const typed = readPlan(
    planGrid(
      ["'24 실적", "달성률", "미달성 사유", "집행액", "집행률"],
      [[], ["９５％", "１００．３", _, "7\u200b8", "９７．５％"], ["３０%", "8\u200b7", "상담인력 결원"], ["５건\n１건", _, "\n강사 섭외 실패", "３０"], ["２３．９%"]],
    ),
  );

  it("leaves the plan's own columns as they were", () => {
    expect(plan.columns.map((c) => c.role)).toEqual(["number", "name", "indicator", "target", "target", "target", "budget", "budget", "budget"]);
    expect(plan.projects).toHaveLength(3);
  });

  it("reads each indicator's 실적 on its row and line, with its cell", () => {
    expect(plan.results).toHaveLength(1);
    const [results] = plan.results ?? [];
    expect(results).toMatchObject({ year: 2024, source: "columns", sheet: "총괄표", unmatched: [] });
    const actuals = results.indicators.map((r) => [r.indicatorId, r.actual?.raw ?? null, r.actual?.ref.row, r.actual?.ref.col, r.reason?.raw ?? null]);
    expect(actuals).toEqual([
      ["I-1-1/i1", "95%", 3, 9, null],
      ["I-1-1/i2", "30%", 4, 9, "상담인력 결원"],
      ["I-1-2/i1", "5건", 5, 9, null],
      ["I-1-2/i2", "1건", 5, 9, "강사 섭외 실패"],
      ["I-1-3/i1", "23.9%", 6, 9, null],
    ]);
    expect(results.indicators[0].achievement?.value).toBe(100.3);
  });

  it("reads 집행액 and 집행률 on the project's first row", () => {
    const [results] = plan.results ?? [];
    expect(results.budgets.map((b) => [b.projectId, b.spent?.raw ?? null, b.executionRate?.value ?? null])).toEqual([
      ["I-1-1", "78", 97.5],
      ["I-1-2", "30", null],
      ["I-1-3", null, null],
    ]);
  });

  it("reads 실적, 달성률, 집행액 and 집행률 typed in fullwidth digits or with a zero-width space as the numbers they look like", () => {
    const values = (p: typeof plan) => {
      const [results] = p.results ?? [];
      return {
        indicators: results.indicators.map((r) => [r.indicatorId, r.actual?.value, r.achievement?.value]),
        // 집행액 typed as text stays text (fromText), as "78" typed as text would: the amount is compared.
        budgets: results.budgets.map((b) => [b.projectId, b.spent?.value.kind === "number" ? b.spent.value.value : b.spent?.value.kind, b.executionRate?.value]),
      };
    };
    expect(values(typed)).toEqual(values(plan));
  });
});

describe("results on a sheet of their own, keyed by 사업번호, 사업명 and 성과지표명", () => {
  const results: CellValue[][] = [
    ["2024년 시행결과 (복지정책과 제출)"],
    ["사업번호", "사업명", "성과지표명", "목표", "실적", "달성률(%)", "미달성 사유", "집행액(백만원)"],
    [1, "정신건강  관리", "생활 유지율", "94.7%", "95%", 100.3, _, 79],
    [_, _, "고위험군 상담", "34.5%", "30%", 87, "상담인력 결원"],
    [2, "여성고용 활성화", "여성특강 개최", "4건", "5건"],
    [_, _, "직업훈련 연계", "2건", "2건"],
    [9, "없는 사업", "참여자 수", "10명", "12명"],
    [3, "판정 사업", "없는 지표", "", "1%"],
  ];
  const grid: Grid = { sheets: [planGrid([], []).sheets[0], sheetFromRows("실적", results)] };
  const plan = readPlan(grid);

  it("matches rows to projects by name (spacing aside) and indicators by name, continuation rows included", () => {
    const [found] = plan.results ?? [];
    expect(found).toMatchObject({ year: 2024, source: "sheet", sheet: "실적" });
    expect(found.indicators.map((r) => [r.indicatorId, r.actual?.raw, r.actual?.ref.row])).toEqual([
      ["I-1-1/i1", "95%", 2],
      ["I-1-1/i2", "30%", 3],
      ["I-1-2/i1", "5건", 4],
      ["I-1-2/i2", "2건", 5],
    ]);
    expect(found.budgets.map((b) => [b.projectId, b.spent?.raw])).toEqual([["I-1-1", "79"]]);
  });

  it("keeps the rows it cannot place", () => {
    const [found] = plan.results ?? [];
    expect(found.unmatched).toEqual([
      { ref: { sheet: "실적", row: 6, col: 2 }, project: "없는 사업", indicator: "참여자 수" },
      { ref: { sheet: "실적", row: 7, col: 2 }, project: "판정 사업", indicator: "없는 지표" },
    ]);
  });

  it("a sheet without a 실적 column is not results", () => {
    const other = sheetFromRows("연락처", [["부서", "사업명", "성과지표명", "전화"]]);
    expect(readPlan({ sheets: [planGrid([], []).sheets[0], other] }).results).toBeUndefined();
  });
});

describe("a 실적 or 집행액 written as a formula", () => {
  const results: CellValue[][] = [
    ["2024년 시행결과"],
    ["사업번호", "사업명", "성과지표명", "목표", "실적", "달성률(%)", "미달성 사유", "집행액(백만원)", "집행률(%)"],
    [1, "정신건강 관리", "생활 유지율", "94.7%", _, _, _, _, _],
    [_, _, "고위험군 상담", "34.5%", "30%", 87],
    [3, "판정 사업"],
  ];
  // Saved without values (a script's copy): the 실적, 달성률, 집행액 and 집행률 of the first row; the second 실적 with its value.
  const formulas: (string | null)[][] = [[], [], [_, _, _, _, "=E9*2", '=IF(ISNUMBER(E3),ROUND(E3/94.7*100,1),"")', _, "=SUM(H9:H10)", '=IF(ISNUMBER(H3),ROUND(H3/80*100,1),"")'], [_, _, _, _, "=60/2"], [_, _, _, _, "=Z1"]];
  const plan = readPlan({ sheets: [planGrid([], []).sheets[0], sheetFromRows("실적", results, [], formulas)] });
  const [found] = plan.results ?? [];

  it("keeps a 실적 and a 집행액 saved without their values as cells holding a formula, not as empty cells", () => {
    expect(found.indicators[0].actual).toMatchObject({ ref: { sheet: "실적", row: 2, col: 4 }, raw: "", formula: "=E9*2", value: { kind: "empty" } });
    expect(found.budgets).toEqual([expect.objectContaining({ projectId: "I-1-1", spent: expect.objectContaining({ raw: "", formula: "=SUM(H9:H10)", ref: { sheet: "실적", row: 2, col: 7 } }) })]);
  });

  it("a row naming its project alone, its 실적 such a formula, is read (the project's only indicator), not passed over as a note", () => {
    expect(found.indicators[2]).toMatchObject({ indicatorId: "I-1-3/i1", actual: { raw: "", formula: "=Z1" } });
  });

  it("reads a formula with its saved value as that value", () => {
    expect(found.indicators[1].actual).toMatchObject({ raw: "30%", formula: "=60/2", value: { kind: "number", value: 30, unit: "%" } });
  });

  it("leaves computed columns (달성률, 집행률) without values empty: a form's formulas until Excel opens it", () => {
    expect(found.indicators[0].achievement).toBeNull();
    expect(found.budgets[0].executionRate).toBeNull();
  });
});

describe("a 실적 or 집행액 formula that computes empty text", () => {
  // As the file readers give it: "" (an empty <v>), where a formula saved without its value is null (no <v>).
  const results: CellValue[][] = [
    ["2024년 시행결과"],
    ["사업번호", "사업명", "성과지표명", "목표", "실적", "달성률(%)", "미달성 사유", "집행액(백만원)", "집행률(%)"],
    [1, "정신건강 관리", "생활 유지율", "94.7%", "", "", _, "", ""],
    [_, _, "고위험군 상담", "34.5%", _, _],
    [3, "판정 사업", _, _, ""],
  ];
  const formulas: (string | null)[][] = [[], [], [_, _, _, _, '=IF(Z3="","",Z3)', '=IF(ISNUMBER(E3),ROUND(E3/94.7*100,1),"")', _, '=IF(Z3="","",Z3)', '=IF(ISNUMBER(H3),1,"")'], [_, _, _, _, "=Z4"], [_, _, _, _, '=""']];
  const plan = readPlan({ sheets: [planGrid([], []).sheets[0], sheetFromRows("실적", results, [], formulas)] });
  const [found] = plan.results ?? [];

  it("reads as an empty cell (results/missing's), not as a formula saved without its value", () => {
    expect(found.indicators[0]).toMatchObject({ projectId: "I-1-1", row: 2, actual: null, achievement: null });
    expect(found.budgets.filter((b) => b.spent !== null)).toEqual([]);
    // Beside it, a formula with no value saved is still kept as one.
    expect(found.indicators[1].actual).toMatchObject({ raw: "", formula: "=Z4" });
  });

  it("a row naming its project alone, its 실적 such a formula, is a note: nothing in it", () => {
    expect(found.indicators).toHaveLength(2);
  });
});
