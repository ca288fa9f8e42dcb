import type { CellValue, Grid } from "../grid";
import { planCounts } from "../counts";
import { sheetFromRows } from "../../../test/kits/engine/grid";
import { validatePlan } from "../validate";
import { readPlan } from "./readPlan";
import { parseBudget, parseNationalPlanLink, parseNumberPath, parseTarget, splitKeyMarker } from "./values";
import { readMarker } from "./rowKinds";
import * as scheduleModule from "./schedule";

const _ = null;
const Y6 = ["'26", "'27", "'28", "'29", "'30"];
const Y5 = ["'22", "'23", "'24", "'25", "'26"];

/** The 6기 form's header (one row per column, years self-describing): 사업번호 | 사업명 | 6기 | 연계성 | 지표 | 목표 | 예산. */
function header6(years = Y6): CellValue[] {
  return ["사업번호", "사업명", "6기 (○,×)", "제3차 사회보장기본계획과의 연계성", "성과지표명(단위)", ...years.map((y) => `${y} 목표`), ...years.map((y) => `${y} 예산`)];
}
function header5(): CellValue[] {
  return ["사업번호", "사업명", "중점추진사업 여부 (○,×)", "민관협력사업 여부 (○,×)", "5기 신규사업 여부 (○,×)", "성과지표명 (단위)", ...Y5.map((y) => `${y} 목표`), ...Y5.map((y) => `${y} 예산`)];
}
const row = (...cells: CellValue[]): CellValue[] => [...cells, ...Array(Math.max(0, 15 - cells.length)).fill(null)];
const grid = (...sheets: [string, CellValue[][], string[]?][]): Grid => ({ sheets: sheets.map(([name, rows, merges]) => sheetFromRows(name, rows, merges ?? [])) });

describe("values of the 6기 form", () => {
  it("reads numbers as paths, Roman or Latin, with or without a trailing dot", () => {
    expect(parseNumberPath("Ⅰ-2-5")).toEqual({ part: 1, levels: [2, 5], raw: "Ⅰ-2-5" });
    expect(parseNumberPath("Ⅱ-1-2-1")).toEqual({ part: 2, levels: [1, 2, 1], raw: "Ⅱ-1-2-1" });
    expect(parseNumberPath("II-1-2-1.")?.levels).toEqual([1, 2, 1]);
    expect(parseNumberPath("I-3")?.part).toBe(1);
    expect(parseNumberPath("3")).toBeNull();
    expect(parseNumberPath("Ⅰ. 지역사회보장사업")).toBeNull();
  });
  it("reads 연계성 as circled or plain digits, comma-separated, and keeps what is not ①–③", () => {
    expect(parseNationalPlanLink("①, ③")).toEqual({ values: [1, 3], invalid: [] });
    expect(parseNationalPlanLink("1,2")).toEqual({ values: [1, 2], invalid: [] });
    expect(parseNationalPlanLink("①②")).toEqual({ values: [1, 2], invalid: [] });
    expect(parseNationalPlanLink("④, 가")).toEqual({ values: [], invalid: ["④", "가"] });
    // Fullwidth digits, as a Korean IME types them, and a zero-width space are the numbers they look like.
    expect(parseNationalPlanLink("１，３")).toEqual({ values: [1, 3], invalid: [] });
    expect(parseNationalPlanLink("2\u200b, ４")).toEqual({ values: [2], invalid: ["４"] });
  });
  it("strips the (중점추진) marker from a name", () => {
    expect(splitKeyMarker("(중점추진) 통합돌봄 체계 구축")).toEqual({ key: true, name: "통합돌봄 체계 구축" });
    expect(splitKeyMarker("（중점추진）돌봄")).toEqual({ key: true, name: "돌봄" });
    expect(splitKeyMarker("돌봄 (중점추진)")).toEqual({ key: false, name: "돌봄 (중점추진)" });
  });
  it("reads '/' as no value marked '/', and 0 as a number", () => {
    expect(parseTarget("/")).toEqual({ kind: "none", mark: "/" });
    expect(parseBudget("/")).toEqual({ kind: "none", mark: "/" });
    expect(parseBudget(0)).toEqual({ kind: "number", value: 0, fromText: false });
    expect(parseBudget("-")).toEqual({ kind: "none" });
  });
  it("reads a total whose label names a strategy as a subtotal, never a strategy", () => {
    expect(readMarker("사회보장전략 2 소계")).toEqual({ kind: "total", total: "subtotal", part: 1, number: 2 });
    expect(readMarker("발전전략 소계")).toEqual({ kind: "total", total: "subtotal", part: 2, number: null });
    expect(readMarker("소 계")).toEqual({ kind: "total", total: "subtotal" });
    expect(readMarker("전체 합계")).toEqual({ kind: "total", total: "total" });
    expect(readMarker("사회보장전략 3. 관계망 강화")?.kind).toBe("strategy");
  });
});

describe("readPlan — the 6기 form", () => {
  const rows: CellValue[][] = [
    ["제6기 가온구 지역사회보장계획 총괄표 (예시)"],
    ["(단위: 백만원)"],
    header6(),
    row("Ⅰ. 지역사회보장사업 전략체계"),
    row("사회보장전략 1. 돌봄 안전망", _, _, _, "돌봄 이용자(명)", "1,000명", "1,100명", "1,200명", "1,300명", "1,400명"),
    row("Ⅰ-1-1", "(중점추진) 통합돌봄 체계 구축", "○", "①, ③", "이용자(명)", "/", "100명", "200명", "300명", "400명", "/", 50, 60, 70, 80),
    row("Ⅰ-1-2", "어르신 안부 확인", "×", "2", "확인 가구(가구)", "500가구", "520가구", "540가구", "560가구", "580가구", 0, 0, 0, 0, 0),
    row("Ⅱ. 지역사회보장 균형발전 전략체계"),
    row("발전전략 1. 사회보장급여 이용·제공 및 수급권자 발굴"),
    row("대표과업 1. 사각지대 발굴"),
    row("Ⅱ-1-1-1", "복지위기가구 발굴", "×", "①", "발굴 가구(가구)", "300가구", "320가구", "340가구", "360가구", "380가구", 10, 10, 10, 10, 10),
  ];
  const schedule: CellValue[][] = [
    ["관리체계"],
    ["책임자", "가온구청장"],
    ["공공 실무책임자", "복지정책과장"],
    ["민간 참여자", "학계", "현장", "위원회", "기타"],
    [_, "2", "5", "3", "1"],
    ["점검 주기", "분기 1회"],
    ["점검 방법", "서면 및 현장 점검"],
    ["환류 절차", "협의체 보고 후 다음 연도 계획에 반영"],
    [],
    ["실", "국", "과", "세부사업(과업) 명"],
    ["복지정책실", "복지국", "통합돌봄과", "(중점추진) 통합돌봄 체계 구축"],
    [_, _, "어르신복지과", "어르신 안부 확인"],
    [_, _, "복지정책과", "복지위기가구 발굴"],
  ];
  const plan = readPlan(grid(["총괄표", rows], ["관리체계", schedule, ["A11:A13", "B11:B13"]]));

  it("tells the period, the years and the sheets", () => {
    expect(plan.period).toBe(6);
    expect(plan.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(plan.sheets).toEqual(["총괄표", "관리체계"]);
    expect(plan.periodEvidence.mixed).toBe(false);
    expect(plan.budgetUnit.unit).toBe("백만원");
  });
  it("reads numbers as paths, the key project from its name, 연계성, and the new flag", () => {
    const [a, b, c] = plan.projects;
    expect(a).toMatchObject({ id: "I-1-1", number: 1, name: "통합돌봄 체계 구축", numberPath: { part: 1, levels: [1, 1] } });
    expect(a.nameCell.raw).toBe("(중점추진) 통합돌봄 체계 구축");
    expect(a.flags.key).toMatchObject({ state: "yes", from: "name" });
    expect(b.flags.key).toMatchObject({ state: "no", from: "name" });
    expect(a.flags.isNew?.state).toBe("yes");
    expect(a.flags.partnership).toBeNull();
    expect(a.nationalPlanLink).toMatchObject({ values: [1, 3], invalid: [] });
    expect(b.nationalPlanLink?.values).toEqual([2]);
    expect(c).toMatchObject({ id: "II-1-1-1", taskId: "II-1-1" });
    expect(planCounts(plan).keyProjects).toBe(1);
  });
  it("reads '/' in the baseline year as no value", () => {
    expect(plan.projects[0].indicators[0].targets[0].value).toEqual({ kind: "none", mark: "/" });
    expect(plan.projects[0].budgets[0].value).toEqual({ kind: "none", mark: "/" });
  });
  it("reads the 6기 관리체계 and takes each project's department from its list", () => {
    const s = plan.schedule;
    expect(s?.steps).toEqual([]);
    expect(s?.responsible?.raw).toBe("가온구청장");
    expect(s?.publicLead?.raw).toBe("복지정책과장");
    expect(s?.privateParticipants?.map((p) => [p.label.raw, p.count?.raw])).toEqual([["학계", "2"], ["현장", "5"], ["위원회", "3"], ["기타", "1"]]);
    expect(s?.review?.cycle?.raw).toBe("분기 1회");
    expect(s?.review?.feedback?.raw).toContain("협의체");
    expect(s?.departments?.map((d) => d.office?.raw)).toEqual(["복지정책실", "복지정책실", "복지정책실"]);
    expect(plan.projects.map((p) => p.department?.raw)).toEqual(["통합돌봄과", "어르신복지과", "복지정책과"]);
    expect(s?.departmentsByProject?.["I-1-1"].raw).toBe("통합돌봄과");
  });
  it("takes a line of the list naming a 대표과업 or a strategy as naming the plan, and gives no project a department from it", () => {
    const list: CellValue[][] = [
      ["실", "국", "과", "세부사업(과업) 명"],
      ["복지정책실", "복지국", "복지정책과", "대표과업 1. 사각지대 발굴"],
      ["복지정책실", "복지국", "복지정책과", "Ⅱ-1 사회보장급여 이용·제공 및 수급권자 발굴"],
      ["복지정책실", "복지국", "어르신복지과", "Ⅰ-1-2 어르신 안부 확인(중점)"],
      ["복지정책실", "복지국", "복지정책과", "복지위기가구 발굴"],
      ["복지정책실", "복지국", "복지정책과", "돌봄 안전망 지원"],
    ];
    const other = readPlan(grid(["총괄표", rows], ["관리체계", [...schedule.slice(0, schedule.length - 4), ...list]]));
    expect(other.schedule?.unmatchedEntries?.map((e) => e.project.raw)).toEqual(["돌봄 안전망 지원"]);
    expect(other.projects.map((p) => p.department?.raw ?? null)).toEqual([null, "어르신복지과", "복지정책과"]);
  });
  it("keeps the list's lines naming several projects with the plan, so that the rules need not match the list again", () => {
    const table: CellValue[][] = [
      header6(),
      row("Ⅰ. 지역사회보장사업 전략체계"),
      row("사회보장전략 1. 돌봄 안전망"),
      row("Ⅰ-1-1", "돌봄(노인)", "×", "①", "이용자(명)", "/", "100명", "200명", "300명", "400명", "/", 50, 60, 70, 80),
      row("Ⅰ-1-2", "돌봄(아동)", "×", "①", "이용자(명)", "/", "100명", "200명", "300명", "400명", "/", 50, 60, 70, 80),
    ];
    const list: CellValue[][] = [
      ["실", "국", "과", "세부사업(과업) 명"],
      ["복지정책실", "복지국", "노인복지과", "돌봄"],
    ];
    const several = readPlan(grid(["총괄표", table], ["관리체계", [...schedule.slice(0, schedule.length - 4), ...list]]));
    const lines = several.schedule?.severalProjectLines ?? {};
    expect(Object.entries(lines).map(([id, line]) => [id, line.entry.project.raw, line.names])).toEqual([
      ["I-1-1", "돌봄", ["돌봄(노인)", "돌봄(아동)"]],
      ["I-1-2", "돌봄", ["돌봄(노인)", "돌봄(아동)"]],
    ]);
    const match = jest.spyOn(scheduleModule, "matchDepartmentList");
    try {
      const told = validatePlan(several).filter((f) => f.ruleId === "schedule/department-list");
      expect(told.map((f) => [f.messageId, f.ref.row])).toEqual([
        ["severalProjectsLine", 3],
        ["severalProjectsLine", 4],
      ]);
      expect(match).not.toHaveBeenCalled();
    } finally {
      match.mockRestore();
    }
  });
});

describe("readPlan — a 6기 plan numbered with other dashes and fullwidth digits", () => {
  /** Strategy, 대표과업 and projects numbered by paths, each number written by `write` from its ASCII form. */
  const rowsWith = (write: (number: string) => string): CellValue[][] => [
    header6(),
    row("Ⅰ. 지역사회보장사업 전략체계"),
    row(write("Ⅰ-1"), "돌봄 안전망"),
    row(write("Ⅰ-1-1"), "통합돌봄 체계 구축", "○", "①", "이용자(명)", "/", "100명", "200명", "300명", "400명", "/", 50, 60, 70, 80),
    row(write("Ⅰ-1-2"), "어르신 안부 확인", "×", "2", "확인 가구(가구)", "500가구", "520가구", "540가구", "560가구", "580가구", 0, 0, 0, 0, 0),
    row("Ⅱ. 지역사회보장 균형발전 전략체계"),
    row(write("Ⅱ-1"), "사회보장급여 이용·제공 및 수급권자 발굴"),
    row(write("Ⅱ-1-1"), "사각지대 발굴"),
    row(write("Ⅱ-1-1-1"), "복지위기가구 발굴", "×", "①", "발굴 가구(가구)", "300가구", "320가구", "340가구", "360가구", "380가구", 10, 10, 10, 10, 10),
  ];
  const read = (rows: CellValue[][]) => {
    const plan = readPlan(grid(["총괄표", rows]));
    return {
      strategies: plan.strategies.map((s) => [s.id, s.name]),
      tasks: plan.tasks.map((t) => [t.id, t.name]),
      projects: plan.projects.map((p) => [p.id, p.number, p.numberPath?.levels]),
      findings: validatePlan(plan).map((f) => `${f.ruleId}:${f.messageId}:${f.ref.row}:${f.ref.col}`),
    };
  };

  it.each([
    ["en dash", (n: string) => n.replace(/-/g, "–")],
    ["em dash", (n: string) => n.replace(/-/g, "—")],
    ["minus sign", (n: string) => n.replace(/-/g, "−")],
    ["fullwidth hyphen and digits", (n: string) => n.replace(/-/g, "－").replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))],
    // A Korean IME in fullwidth mode types the part as Latin Ｉ (U+FF29): "Ｉ-1-2", "ＩＩ-1".
    ["fullwidth Latin Ｉ for the part", (n: string) => n.replace("Ⅱ", "ＩＩ").replace("Ⅰ", "Ｉ")],
    ["fullwidth Latin Ｉ, hyphen and digits", (n: string) => n.replace("Ⅱ", "ＩＩ").replace("Ⅰ", "Ｉ").replace(/-/g, "－").replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))],
  ])("reads the plan numbered with the %s as the plan numbered with '-'", (_label, write) => {
    const ascii = read(rowsWith((n) => n));
    expect(ascii.strategies).toHaveLength(2);
    expect(ascii.tasks).toHaveLength(1);
    expect(read(rowsWith(write))).toEqual(ascii);
  });
});

describe("readPlan — a header's years typed in fullwidth digits", () => {
  const fullwidth = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const body = row("Ⅰ-1-1", "사업", "○", "①", "지표(명)", "/", "2명", "3명", "4명", "5명", "/", 1, 1, 1, 1);

  it.each([
    ["'２７ 목표", (y: string) => fullwidth(y)],
    ["２０２７년 목표", (y: string) => fullwidth(`20${y.slice(1)}년`)],
    ["２０２７ 목표", (y: string) => fullwidth(`20${y.slice(1)}`)],
    ["＇２７ 목표 (fullwidth apostrophe)", (y: string) => `＇${fullwidth(y.slice(1))}`],
  ])("reads %s as the plain year", (_label, write) => {
    const plain = readPlan(grid(["총괄표", [header6(), body]]));
    const typed = readPlan(grid(["총괄표", [header6(Y6.map(write)), body]]));
    expect(plain.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(typed.period).toBe(6);
    expect(typed.years).toEqual(plain.years);
    expect(typed.columns.map((c) => [c.role, c.year])).toEqual(plain.columns.map((c) => [c.role, c.year]));
  });
});

describe("readPlan — period detection", () => {
  it("reads a 5기 table as 5기", () => {
    const plan = readPlan(grid(["총괄표", [header5(), row(1, "사업", "○", "×", "×", "지표(명)", "1명", "2명", "3명", "4명", "5명", 1, 1, 1, 1, 1)]]));
    expect(plan.period).toBe(5);
    expect(plan.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(plan.periodEvidence).toMatchObject({ byYears: 5, byHeaders: 5, mixed: false });
  });
  it("marks a 6기 header over 5기 years as mixed, and the years choose", () => {
    const plan = readPlan(grid(["총괄표", [header6(Y5), row(1, "사업", "○", "①", "지표(명)", "1명", "2명", "3명", "4명", "5명", 1, 1, 1, 1, 1)]]));
    expect(plan.period).toBe(5);
    expect(plan.periodEvidence).toMatchObject({ byYears: 5, byHeaders: 6, mixed: true });
  });
  it("marks years across both periods as mixed", () => {
    const years = ["'22", "'26", "'27", "'30"];
    const h = ["사업번호", "사업명", "성과지표명(단위)", ...years.map((y) => `${y} 목표`)];
    const plan = readPlan(grid(["총괄표", [h, [1, "사업", "지표", "1", "2", "3", "4"]]]));
    expect(plan.periodEvidence.mixed).toBe(true);
  });
  it("marks a workbook holding a 5기 sheet and a 6기 sheet as mixed", () => {
    const plan = readPlan(
      grid(
        ["6기", [header6(), row("Ⅰ-1-1", "사업", "○", "①", "지표(명)", "/", "2명", "3명", "4명", "5명", "/", 1, 1, 1, 1)]],
        ["5기", [header5(), row(1, "사업", "○", "×", "×", "지표(명)", "1명", "2명", "3명", "4명", "5명", 1, 1, 1, 1, 1)]],
      ),
    );
    expect(plan.sheets).toHaveLength(1);
    expect(plan.periodEvidence.mixed).toBe(true);
  });
});

describe("readPlan — layouts that used to fool the reader", () => {
  it("reads repeated (unmerged) number and name cells on every indicator row as one project; a true duplicate stays two", () => {
    const plan = readPlan(
      grid([
        "총괄표",
        [
          header5(),
          row("사회보장전략 1. 안전망"),
          row(1, "돌봄", "○", "×", "×", "지표 가(명)", "1명", "2명", "3명", "4명", "5명", 10, 10, 10, 10, 10),
          row(1, "돌봄", "○", "×", "×", "지표 나(%)", "1%", "2%", "3%", "4%", "5%", 10, 10, 10, 10, 10),
          row(1, "돌 봄", "○", "×", "×", "지표 다(건)", "1건", "2건", "3건", "4건", "5건", 10, 10, 10, 10, 10),
          row(2, "상담", "×", "×", "×", "지표(명)", "1명", "2명", "3명", "4명", "5명", 5, 5, 5, 5, 5),
          row(2, "다른 사업", "×", "×", "×", "지표(명)", "1명", "2명", "3명", "4명", "5명", 5, 5, 5, 5, 5),
        ],
      ]),
    );
    expect(plan.projects.map((p) => p.id)).toEqual(["I-1-1", "I-1-2", "I-1-2#2"]);
    expect(plan.projects[0].indicators.map((i) => i.name)).toEqual(["지표 가(명)", "지표 나(%)", "지표 다(건)"]);
    expect(plan.projects[0]).toMatchObject({ firstRow: 2, lastRow: 4 });
  });

  it("reads a plan spread over several sheets, each with its own header, as one plan", () => {
    const plan = readPlan(
      grid(
        ["표지", [["제6기 지역사회보장계획"]]],
        ["전략1", [["(단위: 백만원)"], header6(), row("사회보장전략 1. 돌봄"), row("Ⅰ-1-1", "가", "○", "①", "지표(명)", "/", "1명", "2명", "3명", "4명", "/", 1, 1, 1, 1)]],
        ["전략2", [header6(), row("사회보장전략 2. 건강"), row("Ⅰ-2-1", "나", "×", "②", "지표(명)", "1명", "1명", "2명", "3명", "4명", 1, 1, 1, 1, 1)]],
      ),
    );
    expect(plan.sheets).toEqual(["전략1", "전략2"]);
    expect(plan.strategies.map((s) => s.id)).toEqual(["I-1", "I-2"]);
    expect(plan.projects.map((p) => [p.id, p.nameCell.ref.sheet])).toEqual([["I-1-1", "전략1"], ["I-2-1", "전략2"]]);
    expect(plan.unplacedRows).toEqual([]);
  });

  it("reads subtotal rows naming a strategy as subtotals of that strategy, and the grand total", () => {
    const plan = readPlan(
      grid([
        "총괄표",
        [
          ["제5기 ○○구 지역사회보장계획 총괄표"],
          ["(단위: 천원)"],
          header5(),
          row("사회보장전략 1. 안전망"),
          row(1, "가", "○", "×", "×", "지표(명)", "1명", "2명", "3명", "4명", "5명", 10, 10, 10, 10, 10),
          row("사회보장전략 1 소계", _, _, _, _, _, _, _, _, _, _, 10, 10, 10, 10, 10),
          row("사회보장전략 2. 건강"),
          row(1, "나", "×", "×", "×", "지표(명)", "1명", "2명", "3명", "4명", "5명", 5, 5, 5, 5, 5),
          row("사회보장전략 2 소계", _, _, _, _, _, _, _, _, _, _, 5, 5, 5, 5, 5),
          row("총 계", _, _, _, _, _, _, _, _, _, _, 15, 15, 15, 15, 15),
        ],
      ]),
    );
    expect(plan.strategies.map((s) => s.name)).toEqual(["안전망", "건강"]);
    expect(plan.totals.map((t) => [t.kind, t.scopeId, t.memberProjectIds])).toEqual([
      ["subtotal", "I-1", ["I-1-1"]],
      ["subtotal", "I-2", ["I-2-1"]],
      ["total", null, ["I-1-1", "I-2-1"]],
    ]);
    expect(plan.budgetUnit).toMatchObject({ unit: "천원", raw: "(단위: 천원)", ref: { sheet: "총괄표", row: 1, col: 0 } });
    expect(plan.unplacedRows).toEqual([]);
  });
});
