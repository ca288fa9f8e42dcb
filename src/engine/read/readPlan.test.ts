import { planCounts } from "../counts";
import type { CellValue } from "../grid";
import { gridFromRows, sheetFromRows } from "../../../test/kits/engine/grid";
import { PlanReadError } from "./errors";
import { readPlan } from "./readPlan";
import { validatePlan } from "../validate";

const _ = null;
const YEARS = ["'22년", "'23년", "'24년", "'25년", "'26년"];

/** The seed's first header block: two rows, groups merged across, the rest merged down. */
const twoRowHeader: CellValue[][] = [
  ["사업번호", "사업명", "중점추진사업 여부 (○,×)", "민관협력사업 여부 (○,×)", "5기 신규사업 여부 (○,×)", "성과지표", _, _, _, _, _, "예산(백만원)", _, _, _, _],
  [_, _, _, _, _, "성과지표명 (단위)", ...YEARS.map((y) => `${y} 목표`), ...YEARS.map((y) => `${y} 예산`)],
];
const twoRowHeaderMerges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:K1", "L1:P1"];

function row(...cells: CellValue[]): CellValue[] {
  return [...cells, ...Array(16 - cells.length).fill(null)];
}

describe("readPlan — the seed's layout", () => {
  const rows: CellValue[][] = [
    ["제5기 마포구 지역사회보장계획 총괄표"],
    ...twoRowHeader,
    row("I. 지자체 사회보장사업 전략체계"),
    row("사회보장전략 1 취약계층사회안전망 보강", _, _, _, _, "저소득층 가구 1인당 예산", "0.85%", "1.1%", "1.35%", "1.6%"),
    row(1, "기본생활보장 지원 체계구축", "○", "○", "×", "1인당 예산", "73천원", "160천원", "170천원", "180천원", "190천원", "-", "-", "-", "-", "-"),
    row(2, "정신건강 취약계층관리", "○", "○", "○", "지역사회 생활유지율", "94.5%", "94.6%", "94.7%", "94.8%", "94.9%", 80, 80, 80, 80, 80),
    row(_, _, _, _, _, "정신건강 고위험군 상담 서비스 제공", "34%", "34.2%", "34.5%", "34.7%", "35%"),
    row(3, "여성고용 활성화", "○", "○", "×", "여성특강 개최(횟수)\n직업훈련 및 취업연계 사업(횟수)", "4건\n2건", "4건\n2건", "4건\n2건", "4건\n2건", "4건\n2건", 26, 26, 26, 26, 26),
    // a page break repeats the header, with another spelling of the flags
    row("사업번호", "사업명", "중점사업부 (○,×)", "민관사업부 (○,×)", "5기 신사업부 (○,×)", "성과지표명 (단위)", "성과지표"),
    row(_, _, _, _, _, _, ...YEARS.map((y) => `${y} 목표`), ...YEARS.map((y) => `${y} 예산`)),
    row(_, _, _, _, _, "세 번째 지표", "1회", "2회", "3회", "4회", "5회"),
    row(4, "청소년돌봄 시설운영", "×", "×", "×", "방과후아카데미 이용률(%)\n학교 밖 청소년 급식지원 지원율(%)", "80%", "82%", "84%", "86%", "88%", 95, 95, 95, 95, 95),
    row(5, "건강취약계층", "×", "○", "×", "판정율", "24.5%", "24.5%", "24.3%", "24.1%", "23.9%", "2,478", "2,478", "2,478", "2,478", "2,478"),
    row(6, "장애인돌봄", "×", "○", "×", "이용자 확대율 및 이용자 만족도", "100%", "106%", "112%", "118%", "124%", 894, 1149, 1113, 1115, 1115),
    row(_, _, _, _, _, _, "80%", "80%", "80%", "80%", "80%"),
    row("II 지역사회보장 발전 전략체계"),
    row("지역발전전략1. 사회보장급 여 이용 및 제공 기반 구축"),
    row("대표과업 1. 위기가구 발굴", _, _, _, _, "복지사각지대 발굴 건수", "-", "16,000건", "16,500건", "17,000건", "17,500건"),
    row(1, "저소득계층 기본생활 보장", "-", "×", "×", "예산집행률", "97%", "97%", "97%", "97%", "97%", 225, 225, 225, 225, 225),
    row(2, "복지사각지대 발굴", "-", "○", "○", "발굴 추진율\n실태조사", "100%\n1회", "100%\n1회", "100%\n1회", "100%\n1회", "100%\n1회", 6, 6, 6, 6, 6),
    row("발전전략3. 지역사회 거버넌스 구축"),
    row("대표과업 1. 협의체 활성화", _, _, _, _, "*운영 실적\n*활동 지원 예산", "-", "80%", "80%", "80%", "80%"),
    row(1, "일자리 네트워크 구축", "x", "○", "○", "위원회 개최 횟수", "5회", "5회", "5회", "5회", "5회", 741, 780, 830, 880, 920),
    row("주: 제4기 계획의 '22년 성과지표와 예산을 포함"),
  ];
  const merges = [...twoRowHeaderMerges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + 1))), "A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:E8", "L7:L8", "A15:A16", "B15:B16", "F15:F16"];
  const plan = readPlan(gridFromRows(rows, merges));

  it("finds the header below the title and knows every column", () => {
    expect(plan.headerRows).toEqual({ first: 1, last: 2 });
    expect(plan.targetYears).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(plan.budgetYears).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(plan.planYears).toEqual([2023, 2024, 2025, 2026]);
    expect(plan.columns.filter((c) => c.year === undefined).map((c) => [c.role, c.col])).toEqual([
      ["number", 0],
      ["name", 1],
      ["flag.key", 2],
      ["flag.partnership", 3],
      ["flag.isNew", 4],
      ["indicator", 5],
    ]);
  });

  it("reads strategies, tasks and projects with stable ids", () => {
    expect(plan.strategies.map((s) => [s.id, s.part, s.name])).toEqual([
      ["I-1", 1, "취약계층사회안전망 보강"],
      ["II-1", 2, "사회보장급 여 이용 및 제공 기반 구축"],
      ["II-3", 2, "지역사회 거버넌스 구축"],
    ]);
    expect(plan.tasks.map((t) => [t.id, t.name])).toEqual([
      ["II-1-1", "위기가구 발굴"],
      ["II-3-1", "협의체 활성화"],
    ]);
    expect(plan.projects.map((p) => p.id)).toEqual(["I-1-1", "I-1-2", "I-1-3", "I-1-4", "I-1-5", "I-1-6", "II-1-1-1", "II-1-1-2", "II-3-1-1"]);
    expect(plan.unplacedRows).toEqual([]);
  });

  it("keeps strategy- and task-level indicators, bullets stripped", () => {
    expect(plan.strategies[0].indicators.map((i) => i.name)).toEqual(["저소득층 가구 1인당 예산"]);
    expect(plan.strategies[0].indicators[0].targets.map((t) => t.raw)).toEqual(["0.85%", "1.1%", "1.35%", "1.6%", ""]);
    expect(plan.tasks[1].indicators.map((i) => i.name)).toEqual(["운영 실적", "활동 지원 예산"]);
    expect(plan.tasks[1].indicators[1].targets).toEqual([]);
  });

  it("reads further indicators on continuation rows, across a repeated header", () => {
    const project = plan.projects[1];
    expect(project.indicators.map((i) => i.name)).toEqual(["지역사회 생활유지율", "정신건강 고위험군 상담 서비스 제공"]);
    expect(project.lastRow).toBe(7);
    const third = plan.projects[2];
    expect(third.indicators.map((i) => i.name)).toEqual(["여성특강 개최(횟수)", "직업훈련 및 취업연계 사업(횟수)", "세 번째 지표"]);
    expect(third.indicators[1].targets[0]).toMatchObject({ raw: "2건", line: 1, year: 2022, value: { kind: "number", value: 2, unit: "건" } });
    expect(third.indicators[1].unitInName).toBe("횟수");
  });

  it("leaves a second name without values without targets, and shares one name over two value rows", () => {
    expect(plan.projects[3].indicators.map((i) => [i.name, i.targets.length])).toEqual([
      ["방과후아카데미 이용률(%)", 5],
      ["학교 밖 청소년 급식지원 지원율(%)", 0],
    ]);
    expect(plan.projects[5].indicators.map((i) => [i.name, i.targets[1].raw])).toEqual([
      ["이용자 확대율 및 이용자 만족도", "106%"],
      ["이용자 확대율 및 이용자 만족도", "80%"],
    ]);
  });

  it("reads flags as written and budgets as numbers, text numbers and dashes", () => {
    expect(plan.projects[6].flags.key).toMatchObject({ raw: "-", state: "notApplicable", exact: true });
    expect(plan.projects[8].flags.key).toMatchObject({ raw: "x", state: "no", exact: false });
    expect(plan.projects[4].budgets[0]).toMatchObject({ year: 2022, raw: "2,478", value: { kind: "number", value: 2478, fromText: true } });
    expect(plan.projects[0].budgets.map((b) => b.value.kind)).toEqual(["none", "none", "none", "none", "none"]);
    expect(plan.projects[1].budgets[1].ref).toEqual({ sheet: "총괄표", row: 6, col: 12 });
  });

  it("gives a project's flags as a record of the three flags and nothing else (Object.values lists the flags)", () => {
    const flags = plan.projects[8].flags;
    expect(Object.keys(flags)).toEqual(["key", "partnership", "isNew"]);
    expect(Object.values(flags).map((flag) => flag?.ref.col)).toEqual([2, 3, 4]);
    expect(Object.values({ ...flags }).map((flag) => flag?.raw)).toEqual(Object.values(flags).map((flag) => flag?.raw));
  });

  it("gives a project and an indicator the Plan's fields and nothing else (keys, a spread copy, JSON)", () => {
    const projectKeys = ["id", "strategyId", "taskId", "number", "numberCell", "name", "nameCell", "department", "remark", "flags", "indicators", "budgets", "firstRow", "lastRow"];
    const indicatorKeys = ["id", "ownerId", "name", "nameCell", "unitInName", "targets"];
    const project = plan.projects[1];
    const indicator = project.indicators[0];
    expect(Object.keys(project).sort()).toEqual([...projectKeys].sort());
    expect(Object.keys({ ...project }).sort()).toEqual([...projectKeys].sort());
    expect(Object.keys(JSON.parse(JSON.stringify(project))).sort()).toEqual([...projectKeys].sort());
    expect(Object.keys(indicator).sort()).toEqual([...indicatorKeys].sort());
    expect(Object.keys({ ...indicator }).sort()).toEqual([...indicatorKeys].sort());
    expect(Object.keys(JSON.parse(JSON.stringify(indicator))).sort()).toEqual([...indicatorKeys].sort());
    // What the cells are made from on ask is still there.
    expect([project.numberCell?.raw, project.nameCell.raw, project.budgets.length, indicator.id, indicator.targets.map((t) => t.raw)]).toEqual([
      "2",
      "정신건강 취약계층관리",
      5,
      `${project.id}/i1`,
      ["94.5%", "94.6%", "94.7%", "94.8%", "94.9%"],
    ]);
  });

  it("counts what the seed counts", () => {
    expect(planCounts(plan)).toEqual({ strategies: 3, tasks: 2, projectRows: 9, projects: 9, keyProjects: 3, indicators: 19 });
  });
});

describe("readPlan — other layouts", () => {
  it("reads one self-describing header row with 연번, 담당부서 and columns in another order", () => {
    const plan = readPlan(
      gridFromRows([
        ["사업명", "연번", "2023년 예산", "2024년 예산", "성과지표명", "2023 목표", "2024 목표", "담당부서", "중점사업여부", "민관협력사업여부", "5기신사업여부"],
        ["사회보장전략 2. 돌봄", _, _, _, _, _, _, _, _, _, _],
        ["장애인돌봄", "1", 894, "1,149", "만족도(%)", "80%", "81%", "장애인복지과", "○", "×", "O"],
      ]),
    );
    expect(plan.projects).toHaveLength(1);
    const [project] = plan.projects;
    expect(project).toMatchObject({ id: "I-2-1", number: 1, name: "장애인돌봄", department: { raw: "장애인복지과" } });
    expect(project.flags.isNew).toMatchObject({ state: "yes", exact: false });
    expect(project.budgets.map((b) => b.value)).toEqual([
      { kind: "number", value: 894, fromText: false },
      { kind: "number", value: 1149, fromText: true },
    ]);
    expect(plan.planYears).toEqual([2023, 2024]);
  });

  it("reads a strategy column and a 대표과업 column instead of strategy rows", () => {
    const header = ["전략", "대표과업", "사업번호", "사업명", "중점사업여부", "민관협력사업여부", "5기신사업여부", "성과지표명", "2022년 목표", "2023년 목표", "2022년 예산", "2023년 예산"];
    const plan = readPlan(
      gridFromRows(
        [
          header,
          ["사회보장전략 1 취약계층", _, 1, "가", "○", "○", "×", "지표", "1명", "2명", 1, 2],
          [_, _, 2, "나", "×", "○", "×", "지표", "1명", "2명", 1, 2],
          ["지역발전전략1. 기반 구축", "대표과업 1. 위기가구 발굴", 1, "다", "-", "×", "×", "지표", "1명", "2명", 1, 2],
          [_, "대표과업 2. 부적정 수급 방지", 1, "라", "-", "×", "○", "지표", "1명", "2명", 1, 2],
        ],
        ["A2:A3"],
      ),
    );
    expect(plan.strategies.map((s) => s.id)).toEqual(["I-1", "II-1"]);
    expect(plan.tasks.map((t) => t.id)).toEqual(["II-1-1", "II-1-2"]);
    expect(plan.projects.map((p) => p.id)).toEqual(["I-1-1", "I-1-2", "II-1-1-1", "II-1-2-1"]);
  });

  it("finds the plan on a later sheet", () => {
    const plan = readPlan({
      sheets: [
        sheetFromRows("표지", [["제5기 지역사회보장계획"], ["2022. 11."]]),
        sheetFromRows("계획", [
          ["사업번호", "사업명", "성과지표명", "'23년 목표", "'23년 예산"],
          [1, "가", "지표", "1명", 5],
        ]),
      ],
    });
    expect(plan.sheet).toBe("계획");
    expect(plan.projects[0].budgets[0].ref).toEqual({ sheet: "계획", row: 1, col: 4 });
  });

  it("places each sheet's projects, names, numbers, budgets and targets by that sheet's own columns", () => {
    const plan = readPlan({
      sheets: [
        sheetFromRows("1부", [
          ["사업번호", "사업명", "성과지표명", "'23년 목표", "'24년 목표", "'23년 예산", "'24년 예산"],
          [1, "가", "지표 가", "1명", "2명", 5, 6],
          [_, "나", "지표 나", "3명", "4명", "=A1", 8],
        ]),
        sheetFromRows("2부", [
          ["비고", "사업명", "사업번호", "'23년 예산", "'24년 예산", "성과지표명", "'23년 목표", "'24년 목표"],
          [_, "다", 2, 9, 10, "지표 다", "5%", "6%"],
        ]),
      ],
    });
    const [a, b, c] = plan.projects;
    expect([a.numberCell?.ref, a.nameCell.ref, b.numberCell, b.nameCell.raw]).toEqual([
      { sheet: "1부", row: 1, col: 0 },
      { sheet: "1부", row: 1, col: 1 },
      null,
      "나",
    ]);
    expect(b.budgets.map((x) => [x.ref.col, x.raw])).toEqual([[5, "=A1"], [6, 8]]);
    expect([c.numberCell?.ref, c.nameCell.ref]).toEqual([{ sheet: "2부", row: 1, col: 2 }, { sheet: "2부", row: 1, col: 1 }]);
    expect(c.budgets.map((x) => [x.ref, x.year, x.raw])).toEqual([
      [{ sheet: "2부", row: 1, col: 3 }, 2023, 9],
      [{ sheet: "2부", row: 1, col: 4 }, 2024, 10],
    ]);
    expect(c.indicators.map((i) => [i.id, i.name, i.targets.map((t) => [t.ref.col, t.raw])])).toEqual([["P-2/i1", "지표 다", [[6, "5%"], [7, "6%"]]]]);
    expect(b.indicators[0].id).toBe(`${b.id}/i1`);
    // A copy made by spreading keeps the cells made on ask (rules and tests copy a project to change one field).
    const copy = { ...c, strategyId: null };
    expect([copy.nameCell.raw, copy.numberCell?.raw, copy.budgets.map((x) => x.raw)]).toEqual(["다", "2", [9, 10]]);
    const indicator = { ...c.indicators[0] };
    expect([indicator.id, indicator.targets.map((t) => t.raw)]).toEqual(["P-2/i1", ["5%", "6%"]]);
  });

  it("recognises 소계 and 합계 rows with their members and formulas", () => {
    const grid = gridFromRows([
      ["사업번호", "사업명", "성과지표명", "'23년 목표", "'23년 예산"],
      ["사회보장전략 1 가"],
      [1, "가", "지표", "1명", 5],
      [2, "나", "지표", "1명", 7],
      ["소계", _, _, _, 12],
      ["사회보장전략 2 나"],
      [1, "다", "지표", "1명", 1],
      ["소 계", _, _, _, 1],
      ["합계", _, _, _, 13],
    ]);
    grid.sheets[0].formulas = [[], [], [], [], [null, null, null, null, "=SUM(E3:E4)"]];
    const plan = readPlan(grid);
    expect(plan.totals.map((t) => [t.kind, t.scopeId, t.memberProjectIds])).toEqual([
      ["subtotal", "I-1", ["I-1-1", "I-1-2"]],
      ["subtotal", "I-2", ["I-2-1"]],
      ["total", null, ["I-1-1", "I-1-2", "I-2-1"]],
    ]);
    expect(plan.totals[0].budgets[0]).toMatchObject({ formula: "=SUM(E3:E4)", value: { kind: "number", value: 12 } });
  });

  it("records Excel error values with their cells", () => {
    const plan = readPlan(gridFromRows([["사업번호", "사업명", "성과지표명", "'23년 목표", "'23년 예산"], [1, "가", "지표", { error: "#DIV/0!" }, { error: "#REF!" }]]));
    expect(plan.errorCells).toEqual([
      { ref: { sheet: "총괄표", row: 1, col: 3 }, error: "#DIV/0!" },
      { ref: { sheet: "총괄표", row: 1, col: 4 }, error: "#REF!" },
    ]);
  });

  it("finds a header far down the sheet, below 2,000 rows of notes and one value in column XFD on each", () => {
    const notes: CellValue[][] = Array.from({ length: 2000 }, (_, i) => {
      const line: CellValue[] = [`작성 요령 ${i + 1}. 사업별로 성과지표와 연도별 목표를 적습니다.`];
      line[16383] = i;
      return line;
    });
    const plan = readPlan(gridFromRows([...notes, ["사업번호", "사업명", "성과지표명", "'23년 목표", "'23년 예산"], [1, "가", "지표", "1명", 5]]));
    expect(plan.headerRows).toEqual({ first: 2000, last: 2000 });
    expect(plan.projects.map((p) => p.name)).toEqual(["가"]);
  });

  it("keeps a target's formula, and reads one saved without its result as no value", () => {
    const grid = gridFromRows([["사업번호", "사업명", "성과지표명", "'23년 목표", "'24년 목표", "'23년 예산"], [1, "가", "지표", 10, _, 5]]);
    grid.sheets[0].formulas = [[], [null, null, null, "=5*2", "=D2+1"]];
    const [target23, target24] = readPlan(grid).projects[0].indicators[0].targets;
    expect(target23).toMatchObject({ formula: "=5*2", value: { kind: "number", value: 10 } });
    expect(target24).toMatchObject({ formula: "=D2+1", raw: "", value: { kind: "empty" } });
  });

  it("tells a target or budget formula computing empty text (an empty cell) from one saved without its result", () => {
    // Excel saves =IF(…,"",…) with an empty cached value (the readers give ""); a program that cannot calculate saves none (null).
    const grid = gridFromRows([["사업번호", "사업명", "성과지표명", "'23년 목표", "'24년 목표", "'23년 예산", "'24년 예산"], [1, "가", "지표", "", _, "", _]]);
    grid.sheets[0].formulas = [[], [null, null, null, '=IF(A1="","",1)', "=D2+1", '=IF(A1="","",5)', "=F2*2"]];
    const project = readPlan(grid).projects[0];
    const [computedTarget, savedTarget] = project.indicators[0].targets;
    expect(computedTarget).toMatchObject({ formula: '=IF(A1="","",1)', raw: "", value: { kind: "empty" } });
    expect(computedTarget.uncomputed).toBeUndefined();
    expect(savedTarget).toMatchObject({ formula: "=D2+1", raw: "", uncomputed: true });
    const findings = validatePlan(readPlan(grid)).filter((f) => f.ruleId === "structure/uncomputed-formula");
    expect(findings.map((f) => [f.messageId, f.ref.col])).toEqual([["target", 4], ["budget", 6]]);
  });

  it("keeps a flag's formula beside its result, and none on a typed flag", () => {
    const grid = gridFromRows([["사업번호", "사업명", "중점추진사업 여부", "민관협력사업 여부", "성과지표명", "'23년 목표", "'23년 예산"], [1, "가", "O", "○", "지표", "1명", 5]]);
    grid.sheets[0].formulas = [[], [null, null, '=IF(G2>0,"O","X")']];
    const { key, partnership } = readPlan(grid).projects[0].flags;
    expect(key).toMatchObject({ raw: "O", state: "yes", exact: false, formula: '=IF(G2>0,"O","X")' });
    expect(partnership?.formula).toBeUndefined();
  });

  it("refuses a workbook without a plan table, saying which sheets it looked at", () => {
    const run = () => readPlan(gridFromRows([["이름", "전화"], ["홍길동", "3153-8810"]], [], "연락처"));
    expect(run).toThrow(PlanReadError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ reason: "noPlanTable", data: { sheets: "연락처" } });
    }
  });
});

describe("readPlan — the 관리체계 schedule", () => {
  it("reads the steps and dates of each revision, on its own sheet", () => {
    const plan = readPlan({
      sheets: [
        sheetFromRows("총괄표", [["사업번호", "사업명", "성과지표명", "'23년 목표", "'23년 예산"], [1, "가", "지표", "1명", 5]]),
        sheetFromRows("관리체계", [
          ["구분", _, "제5기 지역사회보장계획 관리체계"],
          ["관리 주체", "책임자", "주민생활복지과장"],
          ["수립 절차", "절차", "수정 보완 계획 수립", "기본계획 수정 보완", "지역사회 보장협의 체 심의", "의회 보고", "복지부 제출"],
          [_, "시기", "'23", "'22. 11.", "'22. 11.", "'22. 11.", "'22. 11.", "'22. 11."],
          [_, _, "'24", "'23. 10.", "'23. 10.", "'23. 10.", "'23. 11.", "'23. 11."],
          ["수정·보완 범위 및 방법", "사업변경(신설·제외·폐지)에 관한 사항 검토"],
        ]),
      ],
    });
    const schedule = plan.schedule!;
    expect(schedule.sheet).toBe("관리체계");
    expect(schedule.responsible?.raw).toBe("주민생활복지과장");
    expect(schedule.steps.map((s) => s.raw)).toHaveLength(5);
    expect(schedule.revisions.map((r) => [r.year, r.dates.map((d) => d.date && `${d.date.year}.${d.date.month}`)])).toEqual([
      [2023, ["2022.11", "2022.11", "2022.11", "2022.11", "2022.11"]],
      [2024, ["2023.10", "2023.10", "2023.10", "2023.11", "2023.11"]],
    ]);
    expect(schedule.revisions[0].dates[0].ref).toEqual({ sheet: "관리체계", row: 3, col: 3 });
  });
});

describe("readPlan — the add-in's own sheets", () => {
  it("never takes 수정이력 or 요약 for the plan, even when they come first and look like one", () => {
    const header = ["사업번호", "사업명", "성과지표명", "'23년 목표", "'23년 예산", "담당부서", "비고", "중점사업여부"];
    const plan = readPlan({
      sheets: [
        sheetFromRows("수정이력", [header, [1, "가", "지표", "1명", 5, "과", "", "○"]]),
        sheetFromRows("총괄표", [["사업번호", "사업명", "성과지표명", "'23년 목표", "'23년 예산"], [1, "나", "지표", "1명", 5]]),
      ],
    });
    expect(plan.sheet).toBe("총괄표");
  });
});
