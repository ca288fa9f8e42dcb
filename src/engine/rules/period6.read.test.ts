/**
 * The 6기 rules on a workbook grid in the ministry's form, read as a district writes it (header words,
 * Ⅰ-/Ⅱ- paths, "(중점추진)" names, 연계성, '/', '0'): a clean table gives none of their findings and each
 * planted problem is found on its own cell.
 */
import type { CellValue } from "../grid";
import { readPlan } from "../read/readPlan";
import { gridFromRows } from "../../../test/kits/engine/grid";
import { validatePlan } from "../validate";
import { FIXED_STRATEGIES } from "./structure/fixed-names";
import { SIXTH_PERIOD_RULES } from "../../../test/kits/engine/sixthPeriod";

const RULES: ReadonlySet<string> = new Set(SIXTH_PERIOD_RULES);

const YEARS = ["'26", "'27", "'28", "'29", "'30"];
const HEADER: CellValue[] = ["사업번호", "사업명", "6기 (○,×)", "제3차 사회보장기본계획과의 연계성", "성과지표명(단위)", ...YEARS.map((y) => `${y} 목표`), ...YEARS.map((y) => `${y} 예산`)];

interface Row {
  number: string;
  name: string;
  isNew: boolean;
  link: CellValue;
  budgets: CellValue[];
}

function projectRow(r: Row): CellValue[] {
  const targets = r.isNew ? ["/", "110명", "120명", "130명", "140명"] : ["100명", "110명", "120명", "130명", "140명"];
  return [r.number, r.name, r.isNew ? "○" : "×", r.link, `${r.name} 참여인원(명)`, ...targets, ...r.budgets];
}

const strategyRow = (label: string, indicator: string): CellValue[] => [label, null, null, null, indicator, "60%", "61%", "62%", "63%", "64%"];

/** Three 사회보장 전략 of six projects (two 중점), four 균형발전 전략 of two 대표과업 with two 세부과업 each. */
function table(change: (rows: Map<string, Row>) => void = () => undefined): CellValue[][] {
  const rows = new Map<string, Row>();
  for (const s of [1, 2, 3]) {
    for (let n = 1; n <= 6; n++) {
      const isNew = n === 6;
      rows.set(`Ⅰ-${s}-${n}`, {
        number: `Ⅰ-${s}-${n}`,
        name: `${n <= 2 ? "(중점추진) " : ""}전략${s} 사업${n}`,
        isNew,
        link: n % 2 === 0 ? "①, ③" : "②",
        budgets: [isNew ? "/" : 10.5, 11, n === 3 ? 0 : 12.4, 13, 14],
      });
    }
  }
  const tasks: Record<number, string[]> = { 1: ["전달체계 조직과 운영", "사각지대 발굴", "부정수급 방지대책"], 2: ["교육", "소진 예방"], 3: ["협의체 운영", "주민 참여"], 4: ["시설 확충", "공간 개선"] };
  for (const s of [1, 2, 3, 4]) {
    tasks[s].forEach((_, t) => {
      for (const n of [1, 2]) {
        const number = `Ⅱ-${s}-${t + 1}-${n}`;
        rows.set(number, { number, name: `발전${s}-${t + 1} 세부과업${n}`, isNew: false, link: "③", budgets: [5, 5, 5, 5, 5] });
      }
    });
  }
  change(rows);
  const out: CellValue[][] = [["제6기 가상구 지역사회보장계획 총괄표 (예시)"], ["(단위: 백만원)"], HEADER, ["Ⅰ. 지역사회보장사업 전략체계"]];
  for (const s of [1, 2, 3]) {
    out.push(strategyRow(`사회보장전략 ${s}. 전략 ${s}`, `전략 ${s} 고용률(%)`));
    // Rows stand where their key says, whatever number a change writes in them.
    for (const [key, r] of rows) if (key.startsWith(`Ⅰ-${s}-`)) out.push(projectRow(r));
  }
  out.push(["Ⅱ. 지역사회보장 균형발전 전략체계"]);
  for (const s of [1, 2, 3, 4]) {
    out.push(strategyRow(`발전전략 ${s}. ${FIXED_STRATEGIES[s]}`, `발전 ${s} 만족도(%)`));
    tasks[s].forEach((name, t) => {
      out.push(strategyRow(`대표과업 ${t + 1}. ${name}`, `${name} 만족도(%)`));
      for (const [key, r] of rows) if (key.startsWith(`Ⅱ-${s}-${t + 1}-`)) out.push(projectRow(r));
    });
  }
  return out;
}

function findings(rows: CellValue[][]): string[] {
  const plan = readPlan(gridFromRows(rows));
  return validatePlan(plan)
    .filter((f) => RULES.has(f.ruleId))
    .map((f) => `${f.ruleId}/${f.messageId} ${String(rows[f.ref.row]?.[0] ?? "")}`);
}

describe("the 6기 rules on a grid in the ministry's form", () => {
  it("read it as the 6th period and say nothing about a clean table", () => {
    const plan = readPlan(gridFromRows(table()));
    expect(plan.period).toBe(6);
    expect(plan.strategies).toHaveLength(7);
    expect(plan.projects).toHaveLength(18 + 18);
    expect(findings(table())).toEqual([]);
  });

  it.each([
    ["a number under the wrong strategy", "Ⅰ-2-4", (r: Row) => (r.number = "Ⅰ-1-7"), "structure/number-prefix/prefix Ⅰ-1-7"],
    ["an empty 연계성", "Ⅰ-3-3", (r: Row) => (r.link = null), "link/national-plan/empty Ⅰ-3-3"],
    ["연계성 ④", "Ⅰ-3-4", (r: Row) => (r.link = "④"), "link/national-plan/invalid Ⅰ-3-4"],
    ["a continuing project's '26 budget '/'", "Ⅰ-1-3", (r: Row) => (r.budgets[0] = "/"), "targets/baseline/budget Ⅰ-1-3"],
    ["two decimals", "Ⅰ-1-4", (r: Row) => (r.budgets[3] = 13.25), "budgets/decimals/decimals Ⅰ-1-4"],
    ["'-' for a 비예산 year", "Ⅰ-1-5", (r: Row) => (r.budgets[4] = "-"), "budgets/dash-zero/dash Ⅰ-1-5"],
    ["a 세부과업 repeating a Part I project", "Ⅱ-2-1-2", (r: Row) => (r.name = "전략1 사업4"), "structure/duplicate-project/repeatsPartOne Ⅱ-2-1-2"],
  ])("find %s", (_name, number, change, expected) => {
    expect(findings(table((rows) => change(rows.get(number)!)))).toEqual([expected]);
  });
});
