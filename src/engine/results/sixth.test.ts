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
