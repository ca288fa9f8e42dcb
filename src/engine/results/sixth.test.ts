/** 시행결과 of a 6기 plan (2027–2030, '26 the baseline, '/' for a year that does not exist, numbers such as Ⅰ-1-2). */
import type { CellValue, Grid } from "../grid";
import { readPlan } from "../read/readPlan";
import { sheetFromRows } from "../../../test/kits/engine/grid";
import { resultsReport } from "./report";

const _ = null;
const YEARS = ["'26", "'27", "'28", "'29", "'30"];
const plan: CellValue[][] = [
  ["제6기 지역사회보장계획 목표, 추진전략별 4년 추진계획"],
  ["사업번호", "사업명", "6기 (○,×)", "제3차 사회보장기본계획과의 연계성", "성과지표명(단위)", ...YEARS.map((y) => `${y} 목표`), ...YEARS.map((y) => `${y} 예산`)],
  ["사회보장전략 1. 돌봄 강화"],
  ["Ⅰ-1-1", "(중점추진) 통합돌봄 운영", "×", "①", "통합돌봄 이용자 수(명)", "900명", "1,000명", "1,100명", "1,200명", "1,300명", 500, 520, 540, 560, 580],
  ["Ⅰ-1-2", "고독사 예방 안부확인", "○", "①, ②", "고독사 발생 건수(건)", "/", "12건", "10건", "8건", "6건", "/", 30, 30, 30, 30],
  ["Ⅰ-1-3", "돌봄센터 건립", "○", "③", "사업진행률", "/", "착공", "공사 진행", "준공", "-", "/", 2000, 3000, 1000, 0],
];
const results: CellValue[][] = [
  ["2027년 시행결과"],
  ["사업번호", "성과지표명", "실적", "미달성 사유", "집행액"],
  ["Ⅰ-1-1", "통합돌봄 이용자 수(명)", 1040, _, 515],
  ["Ⅰ-1-2", "고독사 발생 건수(건)", 14, "1인 가구 급증"],
  ["Ⅰ-1-3", "사업진행률", "착공", _, 1950],
];

describe("results of a 6기 plan, keyed by its unique numbers alone", () => {
  const grid: Grid = { sheets: [sheetFromRows("총괄표", plan), sheetFromRows("결과", results)] };
  const read = readPlan(grid);

  it("matches each row by 사업번호 and evaluates direction (고독사 발생 건수: lower is better) and stages", () => {
    const report = resultsReport(read, 2027);
    expect(report.indicators.map((o) => [o.project.id, o.evaluation])).toEqual([
      [read.projects[0].id, { status: "met", achievement: 104 }],
      [read.projects[1].id, { status: "missed", achievement: 85.7 }],
      [read.projects[2].id, { status: "met", achievement: null }],
    ]);
    expect(report.budgets.map((b) => [b.spent, b.executionRate])).toEqual([[515, 99], [null, null], [1950, 97.5]]);
  });

  it("'/' in the baseline year is nothing to achieve", () => {
    expect(resultsReport(read, 2026).counts).toMatchObject({ noTarget: 2, notReported: 1 });
  });
});

describe("results keyed by numbers written as they look (dashes, fullwidth digits), with values so typed", () => {
  const typed: CellValue[][] = [
    ["2027년 시행결과"],
    ["사업번호", "성과지표명", "실적", "미달성 사유", "집행액"],
    ["Ⅰ–1–1", "통합돌봄 이용자 수(명)", "１，０４０", _, "５１５"],
    ["Ⅰ－１－２", "고독사 발생 건수(건)", "1\u200b4", "1인 가구 급증"],
    ["Ⅰ—1—3", "사업진행률", "착공", _, "1,\u200b950"],
  ];

  it("matches each row to the plan's Ⅰ-1-1 … and reads the values as the ASCII ones", () => {
    const ascii = resultsReport(readPlan({ sheets: [sheetFromRows("총괄표", plan), sheetFromRows("결과", results)] }), 2027);
    const read = readPlan({ sheets: [sheetFromRows("총괄표", plan), sheetFromRows("결과", typed)] });
    const report = resultsReport(read, 2027);
    expect(read.results?.[0].unmatched).toEqual([]);
    expect(report.indicators.map((o) => [o.project.id, o.evaluation])).toEqual(ascii.indicators.map((o) => [o.project.id, o.evaluation]));
    expect(report.budgets.map((b) => [b.spent, b.executionRate])).toEqual([[515, 99], [null, null], [1950, 97.5]]);
  });
});

describe("results keyed by numbers with the other numeral (Latin I, II or Roman Ⅰ, Ⅱ, fullwidth Ｉ) than the plan's", () => {
  /** The plan's numbers Roman (Ⅰ, Ⅱ) or Latin (I, II): part Ⅰ's projects and part Ⅱ's 대표과업 2's. */
  const planWith = (one: string, two: string): CellValue[][] => [
    ["제6기 지역사회보장계획 목표, 추진전략별 4년 추진계획"],
    ["사업번호", "사업명", "6기 (○,×)", "제3차 사회보장기본계획과의 연계성", "성과지표명(단위)", ...YEARS.map((y) => `${y} 목표`), ...YEARS.map((y) => `${y} 예산`)],
    ["사회보장전략 1. 돌봄 강화"],
    [`${one}-1-1`, "통합돌봄 운영", "×", "①", "통합돌봄 이용자 수(명)", "900명", "1,000명", "1,100명", "1,200명", "1,300명", 500, 520, 540, 560, 580],
    [`${one}-1-3`, "돌봄센터 건립", "○", "③", "사업진행률", "/", "착공", "공사 진행", "준공", "-", "/", 2000, 3000, 1000, 0],
    [`${two}-1`, "지역발전전략 1. 사회보장급여 이용·제공 및 수급권자 발굴"],
    [`${two}-1-2`, "대표과업 2. 사각지대 발굴"],
    [`${two}-1-2-1`, "위기가구 빅데이터 발굴", "○", "②", "발굴 가구 수(가구)", "/", "100가구", "110가구", "120가구", "130가구", "/", 10, 10, 10, 10],
  ];
  const resultsWith = (one: string, two: string, key = "사업번호"): CellValue[][] => [
    ["2027년 시행결과"],
    [key, "성과지표명", "실적", "집행액"],
    [`${one}-1-1`, "통합돌봄 이용자 수(명)", 1040, 515],
    [`${one}-1-3`, "사업진행률", "착공", 1950],
    [`${two}-1-2-1`, "발굴 가구 수(가구)", 104, 9],
  ];
  const matched = (planRows: CellValue[][], resultRows: CellValue[][]) => {
    const read = readPlan({ sheets: [sheetFromRows("총괄표", planRows), sheetFromRows("결과", resultRows)] });
    const [results] = read.results ?? [];
    return { ids: read.projects.map((p) => p.id), unmatched: results.unmatched.map((u) => u.project), found: results.indicators.map((r) => [r.projectId, r.actual?.raw]) };
  };
  const wanted = [
    ["I-1-1", "1040"],
    ["I-1-3", "착공"],
    ["II-1-2-1", "104"],
  ];

  it.each([
    ["Ⅰ", "Ⅱ", "I", "II"],
    ["I", "II", "Ⅰ", "Ⅱ"],
    ["Ⅰ", "Ⅱ", "Ｉ", "ＩＩ"],
    ["I", "II", "Ｉ", "ＩＩ"],
    ["Ⅰ", "Ⅱ", "Ⅰ", "Ⅱ"],
  ])("a plan numbered %s-…, %s-… finds the rows numbered %s-…, %s-…", (planOne, planTwo, one, two) => {
    const found = matched(planWith(planOne, planTwo), resultsWith(one, two));
    expect(found.ids).toEqual(["I-1-1", "I-1-3", "II-1-2-1"]);
    expect(found.unmatched).toEqual([]);
    expect(found.found).toEqual(wanted);
  });

  it.each([
    ["Ⅰ", "Ⅱ"],
    ["Ｉ", "ＩＩ"],
    ["I", "II"],
  ])("the add-in's 사업 ID column written %s-…, %s-… finds the plan's ids (I-1-1, II-1-2-1)", (one, two) => {
    const found = matched(planWith("Ⅰ", "Ⅱ"), resultsWith(one, two, "사업 ID"));
    expect(found.unmatched).toEqual([]);
    expect(found.found).toEqual(wanted);
  });
});
