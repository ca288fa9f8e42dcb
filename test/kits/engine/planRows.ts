/**
 * Test plans described as data and laid out the way the seed's 총괄표 is (one header row, section,
 * strategy and 대표과업 rows, a row per project and a continuation row per further indicator), so that
 * tests can compute what they expect from the description itself, independently of the reader.
 */
import type { CellValue, Grid } from "../../../src/engine/grid";
import { gridFromRows } from "./grid";

export const YEARS = [2022, 2023, 2024, 2025, 2026];
export const PLAN_YEARS = [2023, 2024, 2025, 2026];

export interface IndicatorRow {
  name: string;
  /** One per YEARS; null for an empty cell. */
  targets: (string | null)[];
}

export interface ProjectRow {
  number: number | null;
  name: string;
  /** 중점, 민관협력, 신규 as written. */
  flags: [string, string, string];
  indicators: IndicatorRow[];
  /** One per YEARS, as written: numbers, "2,478", "-", null. */
  budgets: (number | string | null)[];
  department?: string;
}

export interface TaskRows {
  number: number;
  name: string;
  indicator?: IndicatorRow;
  projects: ProjectRow[];
}

export interface StrategyRows {
  part: 1 | 2;
  number: number;
  name: string;
  indicator?: IndicatorRow;
  projects?: ProjectRow[];
  tasks?: TaskRows[];
}

export const HEADER: string[] = [
  "사업번호",
  "사업명",
  "중점추진사업 여부",
  "민관협력사업 여부",
  "5기 신규사업 여부",
  "성과지표명",
  ...YEARS.map((y) => `'${y % 100}년 목표`),
  ...YEARS.map((y) => `'${y % 100}년 예산`),
  "담당부서",
];

/** Column of the first target and of the first budget. */
export const TARGET_COL = 6;
export const BUDGET_COL = TARGET_COL + YEARS.length;
export const DEPARTMENT_COL = BUDGET_COL + YEARS.length;

const blank = (n: number): null[] => Array<null>(n).fill(null);

function indicatorCells(indicator: IndicatorRow | undefined): CellValue[] {
  return indicator ? [indicator.name, ...indicator.targets] : blank(1 + YEARS.length);
}

export function planRows(strategies: readonly StrategyRows[]): CellValue[][] {
  const rows: CellValue[][] = [["제5기 ○○구 지역사회보장계획 총괄표"], HEADER];
  const project = (p: ProjectRow) => {
    rows.push([p.number, p.name, ...p.flags, ...indicatorCells(p.indicators[0]), ...p.budgets, p.department ?? null]);
    for (const indicator of p.indicators.slice(1)) rows.push([...blank(5), ...indicatorCells(indicator)]);
  };
  let part = 0;
  for (const s of strategies) {
    if (s.part !== part) {
      rows.push([s.part === 1 ? "I. 지자체 사회보장사업 전략체계" : "II. 지역사회보장 발전 전략체계"]);
      part = s.part;
    }
    const label = s.part === 1 ? `사회보장전략 ${s.number} ${s.name}` : `지역발전전략${s.number}. ${s.name}`;
    rows.push([label, ...blank(4), ...indicatorCells(s.indicator)]);
    for (const p of s.projects ?? []) project(p);
    for (const t of s.tasks ?? []) {
      rows.push([`대표과업 ${t.number}. ${t.name}`, ...blank(4), ...indicatorCells(t.indicator)]);
      for (const p of t.projects) project(p);
    }
  }
  return rows;
}

export function planGrid(strategies: readonly StrategyRows[], sheet = "총괄표"): Grid {
  return gridFromRows(planRows(strategies), [], sheet);
}

export function flat(targets: string): (string | null)[] {
  return YEARS.map(() => targets);
}

/** A small plan like the seed: two social security strategies, two development strategies with tasks, a project standing twice. */
export function samplePlan(): StrategyRows[] {
  return [
    {
      part: 1,
      number: 1,
      name: "취약계층사회안전망 보강",
      indicator: { name: "저소득층 가구 1인당 예산", targets: ["0.85%", "1.1%", "1.35%", "1.6%", null] },
      projects: [
        {
          number: 1,
          name: "기본생활보장 지원 체계구축",
          flags: ["○", "○", "×"],
          indicators: [{ name: "1인당 예산", targets: ["73천원", "160천원", "170천원", "180천원", "190천원"] }],
          budgets: ["-", "-", "-", "-", "-"],
          department: "복지정책과",
        },
        {
          number: 2,
          name: "정신건강 취약계층관리",
          flags: ["○", "○", "○"],
          indicators: [
            { name: "지역사회 생활유지율", targets: ["94.5%", "94.6%", "94.7%", "94.8%", "94.9%"] },
            { name: "고위험군 상담 서비스 제공(%)", targets: ["34%", "34.2%", "34.5%", "34.7%", "35%"] },
          ],
          budgets: [80, 80, 80, 80, 80],
          department: "보건소",
        },
        {
          number: 3,
          name: "건강취약계층을 위한 기본생활보장",
          flags: ["×", "○", "×"],
          indicators: [{ name: "고위험 취약노인 판정율", targets: ["24.5%", "24.5%", "24.3%", "24.1%", "23.9%"] }],
          budgets: ["2,478", "2,478", "2,478", "2,478", "2,478"],
          department: "어르신복지과",
        },
        {
          number: 4,
          name: "주거취약 계층을 위한 기본생활보장",
          flags: ["×", "○", "×"],
          indicators: [{ name: "공공임대주택 연계 지원율", targets: ["96%", "98%", "98%", "98%", "98%"] }],
          budgets: [4600, 2100, 550, 450, 450],
          department: "주택과",
        },
        {
          number: 5,
          name: "재난안전 매뉴얼 작성",
          flags: ["×", "×", "○"],
          indicators: [{ name: "재난안전 매뉴얼 인식도 조사", targets: ["80%", "81%", "82%", "83%", "84%"] }],
          budgets: [1.5, 1.5, 1.5, 1.5, 1.5],
          department: "안전재난과",
        },
      ],
    },
    {
      part: 1,
      number: 2,
      name: "자립역량강화 및 일자리 확충",
      projects: [
        {
          number: 1,
          name: "여성고용 활성화",
          flags: ["○", "○", "×"],
          indicators: [
            { name: "여성특강 개최(횟수)", targets: flat("4건") },
            { name: "직업훈련 및 취업연계 사업(횟수)", targets: flat("2건") },
          ],
          budgets: [26, 26, 26, 26, 26],
          department: "여성가족과",
        },
        {
          number: 2,
          name: "일자리 네트워크 구 축",
          flags: ["×", "○", "×"],
          indicators: [{ name: "일자리창출위원회 개최 횟수", targets: flat("5회") }],
          budgets: [741, 780, 830, 880, 920],
          department: "일자리정책과",
        },
        {
          number: 3,
          name: "청년고용 활성화",
          flags: ["○", "○", "×"],
          indicators: [{ name: "지역기반 청년 일경험 사업 참여인원(명)", targets: ["49명", "15명", "15명", "15명", "15명"] }],
          budgets: ["1,695", 930, 980, "1,030", "1,080"],
          department: "일자리정책과",
        },
      ],
    },
    {
      part: 2,
      number: 1,
      name: "사회보장급여 이용 및 제공 기반 구축",
      tasks: [
        {
          number: 1,
          name: "위기가구 발굴",
          indicator: { name: "복지사각지대 발굴 건수", targets: ["-", "16,000건", "16,500건", "17,000건", "17,500건"] },
          projects: [
            {
              number: 1,
              name: "저소득계층 기본생활 보장",
              flags: ["-", "×", "×"],
              indicators: [{ name: "예산집행률", targets: flat("97%") }],
              budgets: [225, 225, 225, 225, 225],
              department: "복지정책과",
            },
            {
              number: 2,
              name: "복지사각지대 발굴",
              flags: ["-", "○", "○"],
              indicators: [{ name: "발굴 추진율", targets: flat("100%") }],
              budgets: [6, 6, 6, 6, 6],
              department: "복지정책과",
            },
          ],
        },
        {
          number: 2,
          name: "부적정 수급 방지",
          projects: [
            {
              number: 1,
              name: "급여 시스템 모니터링",
              flags: ["-", "×", "○"],
              indicators: [{ name: "부정수급 보장비용 징수율", targets: ["-", "30%", "40%", "45%", "50%"] }],
              budgets: ["-", "-", "-", "-", "-"],
              department: "생활보장과",
            },
          ],
        },
      ],
    },
    {
      part: 2,
      number: 2,
      name: "지역사회 민관협력 제고",
      tasks: [
        {
          number: 1,
          name: "민관협력 시스템 제도화",
          indicator: { name: "민관협력 회의 개최", targets: ["-", "4회", "4회", "4회", "4회"] },
          projects: [
            {
              number: 1,
              name: "장애인상생위원회 구성 및 운영",
              flags: ["x", "○", "○"],
              indicators: [{ name: "장애인상생위원회 회의", targets: ["2회", "3회", "3회", "3회", "3회"] }],
              budgets: [2.1, 3.15, 3.15, 3.15, 3.15],
              department: "장애인복지과",
            },
            {
              number: 2,
              name: "일자리 네트워크 구축",
              flags: ["x", "○", "○"],
              indicators: [{ name: "일자리창출위원회 개최 횟수", targets: flat("5회") }],
              budgets: [741, 780, 830, 880, 920],
              department: "일자리정책과",
            },
          ],
        },
      ],
    },
  ];
}

/** Every project of a description with its strategy (and task) id as the reader makes them. */
export function projectsOf(strategies: readonly StrategyRows[]): { strategyId: string; taskId: string | null; project: ProjectRow }[] {
  const out: { strategyId: string; taskId: string | null; project: ProjectRow }[] = [];
  for (const s of strategies) {
    const strategyId = `${s.part === 1 ? "I" : "II"}-${s.number}`;
    for (const project of s.projects ?? []) out.push({ strategyId, taskId: null, project });
    for (const t of s.tasks ?? []) for (const project of t.projects) out.push({ strategyId, taskId: `${strategyId}-${t.number}`, project });
  }
  return out;
}

/** A budget as a person reads it: numbers and "2,478" count, '-' and empty are 0. */
export function budgetOf(value: number | string | null): number {
  if (typeof value === "number") return value;
  if (value === null || value.trim() === "-" || value.trim() === "") return 0;
  return Number(value.replace(/,/g, ""));
}

/** A deep copy of `from` (default: the sample) changed by `mutate`. */
export function editPlan(mutate: (d: StrategyRows[]) => void, from: StrategyRows[] = samplePlan()): StrategyRows[] {
  const d = JSON.parse(JSON.stringify(from)) as StrategyRows[];
  mutate(d);
  return d;
}

/** The project of that name, wherever it stands. */
export function projectNamed(d: StrategyRows[], name: string): ProjectRow {
  for (const s of d) for (const p of [...(s.projects ?? []), ...(s.tasks ?? []).flatMap((t) => t.projects)]) if (p.name === name) return p;
  throw new Error(`no project ${name}`);
}

/**
 * The scripted revision: remove one and renumber the next, rename one, change a target, a budget
 * and a flag, and add one (named `added`) under 발전전략1 · 대표과업 2.
 */
export function scriptedRevision(d: StrategyRows[], added: Pick<ProjectRow, "name"> & Partial<ProjectRow>): void {
  const s1 = d[0].projects!;
  s1.splice(3, 1); // remove 주거취약 계층을 위한 기본생활보장 (no. 4) …
  s1[3].number = 4; // … and renumber 재난안전 매뉴얼 작성 5 → 4
  projectNamed(d, "청년고용 활성화").name = "청년 일자리 활성화";
  projectNamed(d, "정신건강 취약계층관리").indicators[0].targets[3] = "95%";
  projectNamed(d, "여성고용 활성화").budgets[2] = 30;
  projectNamed(d, "복지사각지대 발굴").flags[2] = "×";
  d[2].tasks![1].projects.push({
    number: 2,
    flags: ["-", "×", "○"],
    indicators: [{ name: "교육 참석율", targets: ["-", "70%", "75%", "80%", "85%"] }],
    budgets: [0, 1, 1, 1, 1],
    ...added,
  });
}
