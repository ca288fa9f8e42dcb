/**
 * The form's in-cell rule "a reason where the result is under target": the 달성 여부 formula of each row,
 * evaluated for typed 실적 values, says what the checker says (met, missed — direction and milestones
 * respected — nothing where there is nothing to compare), and the 사유 column's conditional format marks
 * exactly the missed rows whose 사유 is empty.
 */
import { toA1, type CellValue } from "../engine";
import { evaluate } from "../engine/results/achievement";
import { parseTarget } from "../engine/read/values";
import { buildPlan, years } from "../../test/kits/engine/planBuilder";
import { evaluateLogic } from "../../test/kits/app/formulas";
import { FORM_COLS, FORM_HEADER_ROW, REASON_NEEDED_FILL, resultsForm } from "./resultsForm";

const YEAR = 2024;
const plan = buildPlan({
  projects: [
    { name: "이용", indicators: [{ name: "이용자 수", targets: years("100명", "120명", "150명", "200명") }] },
    { name: "대기", indicators: [{ name: "대기 일수", targets: years("30일", "25일", "20일", "15일") }] },
    { name: "건립", indicators: [{ name: "센터 건립", targets: years("설계", "설계", "착공", "준공") }] },
    { name: "지원", indicators: [{ name: "지원", targets: years("1회", "1회", "-", "2회") }] },
    { name: "조례", indicators: [{ name: "조례", targets: years("", "", "제정", "") }] },
    { name: "참여", indicators: [{ name: "참여율 증가", targets: years("1%p", "1.5%p", "2%p", "2.5%p") }] },
  ],
});
const ACTUALS: CellValue[] = [null, 0, 10, 20, 150, 151, 149, 1.9, 2, 2.1, "착공", "공사 진행 중", "준공", "설계 완료", "미착공", "부지 매입", "제정", "제 정", "미제정", "-", "/"];

describe("the 시행결과 form's 달성 여부 and the reason it asks for", () => {
  const form = resultsForm(plan, YEAR, "ko");
  const dataRows = form.sheet.rows.map((row, r) => ({ row, r })).filter(({ row, r }) => r > FORM_HEADER_ROW && row[FORM_COLS.indicator]?.value);

  it("has a 달성 여부 column after 집행률", () => {
    expect(form.sheet.rows[FORM_HEADER_ROW][FORM_COLS.met].value).toBe("달성 여부");
    expect(dataRows).toHaveLength(plan.projects.length);
  });

  it.each(plan.projects.map((p, i) => [p.indicators[0].name, i] as const))("%s: the formula says what the checker says, for every typed 실적", (_name, i) => {
    const { row, r } = dataRows[i];
    const indicator = plan.projects[i].indicators[0];
    const target = indicator.targets.find((t) => t.year === YEAR) ?? null;
    const formula = row[FORM_COLS.met].formula;
    for (const actual of ACTUALS) {
      const status = evaluate(plan, indicator, target, actual === null ? null : parseTarget(actual)).status;
      const expected = status === "met" ? "달성" : status === "missed" ? "미달성" : "";
      const got = formula ? evaluateLogic(formula, (a1) => (a1 === toA1(r, FORM_COLS.actual) ? actual as string | number | null : null)) : "";
      expect([actual, got]).toEqual([actual, expected]);
    }
  });

  it("asks a number in a numeric 실적, a stage from a list in a milestone one (its own target first), nothing where there is nothing to achieve", () => {
    const ruleAt = (i: number) => form.rules.filter((rule) => rule.ref.row === dataRows[i].r && rule.ref.col === FORM_COLS.actual);
    expect(ruleAt(0)).toEqual([expect.objectContaining({ kind: "budget" })]);
    expect(ruleAt(2)).toEqual([expect.objectContaining({ kind: "stage", list: ["착공", "설계", "공사 진행", "준공", "미착공", "지연"] })]);
    expect(ruleAt(2)[0].texts.prompt).toContain("착공");
    expect(ruleAt(3)).toEqual([]);
    expect(ruleAt(4)).toEqual([expect.objectContaining({ kind: "stage", list: ["제정", "설계", "착공", "공사 진행", "준공", "미착공", "지연"] })]);
    // Every stage offered is one the 달성 여부 formula and the checker agree on (the words are tried above too).
    for (const rule of form.rules) for (const word of rule.list ?? []) expect(word).not.toMatch(/,/);
  });

  it("marks the 사유 cell of a missed row while it is empty, and no other", () => {
    const [mark] = form.sheet.conditionalFormats ?? [];
    expect(mark).toMatchObject({ left: FORM_COLS.reason, right: FORM_COLS.reason, top: FORM_HEADER_ROW + 1, bottom: dataRows[dataRows.length - 1].r, fill: REASON_NEEDED_FILL });
    // The formula is written for the range's first row; each row's own cells stand in for it, as Excel moves them.
    const at = (met: string, reason: string | null) =>
      evaluateLogic(mark.formula, (a1) => (a1 === `M${mark.top + 1}` ? met : a1 === `I${mark.top + 1}` ? reason : null));
    expect([at("미달성", null), at("미달성", "  "), at("미달성", "예산 삭감"), at("달성", null), at("", null)]).toEqual([true, true, false, false, false]);
  });
});
