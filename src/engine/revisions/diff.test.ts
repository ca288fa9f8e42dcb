import * as path from "path";
import { readPlan } from "../read/readPlan";
import { readWorkbookFile } from "../../xlsx/readFile";
import { diffPlans, type RevisionEntry } from "./diff";
import { parseSnapshot, snapshotPlan, type PlanSnapshot } from "./snapshot";
import { editPlan, flat, planGrid, projectNamed, samplePlan, scriptedRevision, type StrategyRows } from "../../../test/kits/engine/planRows";

const snapshotOf = (description: StrategyRows[]): PlanSnapshot => snapshotPlan(readPlan(planGrid(description)));

const edit = (mutate: (d: StrategyRows[]) => void) => editPlan(mutate);
const project = projectNamed;

const before = snapshotOf(samplePlan());

describe("snapshotPlan", () => {
  it("is compact JSON that reads back the same", () => {
    const text = JSON.stringify(before);
    expect(parseSnapshot(text)).toEqual(before);
    expect(diffPlans(parseSnapshot(text)!, before)).toEqual([]);
    expect(parseSnapshot("{}")).toBeNull();
    expect(parseSnapshot("not json")).toBeNull();
  });

  it("keeps each project's identity, place, flags as written, targets and budgets by year", () => {
    const p = before.projects.find((x) => x.id === "II-2-1-2")!;
    expect(p).toEqual({
      key: "일자리네트워크구축",
      id: "II-2-1-2",
      strategyId: "II-2",
      strategyName: "지역사회 민관협력 제고",
      taskId: "II-2-1",
      taskName: "민관협력 시스템 제도화",
      number: 2,
      name: "일자리 네트워크 구축",
      department: "일자리정책과",
      flags: { key: "x", partnership: "○", isNew: "○" },
      indicators: [{ name: "일자리창출위원회 개최 횟수", targets: { 2022: "5회", 2023: "5회", 2024: "5회", 2025: "5회", 2026: "5회" } }],
      budgets: { 2022: 741, 2023: 780, 2024: 830, 2025: 880, 2026: 920 },
    });
    const dash = before.projects.find((x) => x.id === "I-1-1")!;
    expect(dash.budgets).toEqual({ 2022: "-", 2023: "-", 2024: "-", 2025: "-", 2026: "-" });
    expect(before.projects.find((x) => x.id === "I-1-3")!.budgets[2023]).toBe(2478);
  });
});

describe("diffPlans", () => {
  it("gives exactly the scripted revision: add one, remove one and renumber the next, rename one, change a target, a budget and a flag", () => {
    const after = snapshotOf(
      edit((d) => scriptedRevision(d, { name: "보조금 지원 시설 담당 교육", department: "생활보장과" })),
    );
    const entries = diffPlans(before, after);
    const brief = (e: RevisionEntry) => ({ type: e.type, projectId: e.projectId, name: e.name, field: e.field, year: e.year, before: e.before, after: e.after });
    expect(entries.map(brief)).toEqual([
      { type: "changed", projectId: "I-1-2", name: "정신건강 취약계층관리", field: "target", year: 2025, before: "94.8%", after: "95%" },
      { type: "removed", projectId: "I-1-4", name: "주거취약 계층을 위한 기본생활보장", field: "project", year: null, before: "주거취약 계층을 위한 기본생활보장", after: null },
      { type: "changed", projectId: "I-1-4", name: "재난안전 매뉴얼 작성", field: "number", year: null, before: 5, after: 4 },
      { type: "changed", projectId: "I-2-1", name: "여성고용 활성화", field: "budget", year: 2024, before: 26, after: 30 },
      { type: "renamed", projectId: "I-2-3", name: "청년고용 활성화", field: "name", year: null, before: "청년고용 활성화", after: "청년 일자리 활성화" },
      { type: "changed", projectId: "II-1-1-2", name: "복지사각지대 발굴", field: "flag.isNew", year: null, before: "○", after: "×" },
      { type: "added", projectId: "II-1-2-2", name: "보조금 지원 시설 담당 교육", field: "project", year: null, before: null, after: "보조금 지원 시설 담당 교육" },
    ]);
    expect(entries[0]).toMatchObject({ strategyId: "I-1", strategyName: "취약계층사회안전망 보강", number: 2, indicator: "지역사회 생활유지율" });
    expect(entries[1]).toMatchObject({ strategyId: "I-1", number: 4 });
    expect(diffPlans(before, after)).toEqual(entries); // deterministic
  });

  it("sees no change in spacing, look-alike flags or commas in budgets", () => {
    const after = snapshotOf(
      edit((d) => {
        project(d, "일자리 네트워크 구 축").name = "일자리 네트워크 구축";
        project(d, "장애인상생위원회 구성 및 운영").flags[0] = "×"; // was Latin x
        project(d, "여성고용 활성화").flags[0] = "O"; // was ○
        project(d, "청년고용 활성화").budgets[0] = 1695; // was "1,695"
      }),
    );
    expect(diffPlans(before, after)).toEqual([]);
  });

  it("matches a project standing in two places by identity and strategy", () => {
    const after = snapshotOf(
      edit((d) => {
        // The 지역발전전략 2 copy changes its budget; the 사회보장전략 2 copy moves up one place.
        project(d, "일자리 네트워크 구축").budgets[4] = 950;
        const s2 = d[1].projects!;
        [s2[0], s2[1]] = [s2[1], s2[0]];
        s2[0].number = 1;
        s2[1].number = 2;
      }),
    );
    expect(diffPlans(before, after).map((e) => [e.type, e.projectId, e.field, e.year, e.before, e.after])).toEqual([
      ["changed", "I-2-1", "number", null, 2, 1],
      ["changed", "I-2-2", "number", null, 1, 2],
      ["changed", "II-2-1-2", "budget", 2026, 920, 950],
    ]);
  });

  it("pairs a rename with small changes, and keeps unrelated projects apart", () => {
    const after = snapshotOf(
      edit((d) => {
        const p = project(d, "주거취약 계층을 위한 기본생활보장");
        p.name = "주거취약계층 주거안정 지원";
        p.budgets[4] = 500; // one budget of ten values changed: still the same project
        const q = project(d, "재난안전 매뉴얼 작성");
        q.name = "재난대응 교육";
        q.indicators = [{ name: "재난대응 교육 이수율", targets: flat("90%") }];
        q.budgets = [3, 3, 3, 3, 3];
      }),
    );
    expect(diffPlans(before, after).map((e) => [e.type, e.projectId, e.name, e.field, e.year])).toEqual([
      ["renamed", "I-1-4", "주거취약 계층을 위한 기본생활보장", "name", null],
      ["changed", "I-1-4", "주거취약계층 주거안정 지원", "budget", 2026],
      ["removed", "I-1-5", "재난안전 매뉴얼 작성", "project", null],
      ["added", "I-1-5", "재난대응 교육", "project", null],
    ]);
  });

  it("reports a move, a department, and indicators reworded, added and removed", () => {
    const after = snapshotOf(
      edit((d) => {
        const moved = d[0].projects!.splice(4, 1)[0]; // 재난안전 매뉴얼 작성 → 사회보장전략 2 no. 4
        moved.number = 4;
        d[1].projects!.push(moved);
        project(d, "기본생활보장 지원 체계구축").department = "생활보장과";
        const p = project(d, "정신건강 취약계층관리");
        p.indicators[1] = { name: "고위험군 상담 제공률(%)", targets: ["34%", "34.2%", "34.5%", "34.7%", "36%"] };
        p.indicators.push({ name: "자살예방 교육 인원(명)", targets: [null, "100명", "100명", null, null] });
        project(d, "여성고용 활성화").indicators.splice(1, 1);
      }),
    );
    expect(diffPlans(before, after).map((e) => [e.type, e.projectId, e.field, e.year ?? e.indicator ?? null, e.before, e.after])).toEqual([
      ["changed", "I-1-1", "department", null, "복지정책과", "생활보장과"],
      ["changed", "I-1-2", "indicator", "고위험군 상담 제공률(%)", "고위험군 상담 서비스 제공(%)", "고위험군 상담 제공률(%)"],
      ["changed", "I-1-2", "target", 2026, "35%", "36%"],
      ["changed", "I-1-2", "indicator", "자살예방 교육 인원(명)", null, "자살예방 교육 인원(명)"],
      ["changed", "I-1-2", "target", 2023, null, "100명"],
      ["changed", "I-1-2", "target", 2024, null, "100명"],
      ["changed", "I-2-1", "indicator", "직업훈련 및 취업연계 사업(횟수)", "직업훈련 및 취업연계 사업(횟수)", null],
      ["changed", "I-2-4", "strategy", null, "I-1", "I-2"],
      ["changed", "I-2-4", "number", null, 5, 4],
    ]);
  });

  it("compares targets as the reader parses them: retyped the same value and unit (fullwidth, spaced) is no change", () => {
    const retyped = (targets: Record<number, string>): RevisionEntry[] => {
      const old = JSON.parse(JSON.stringify(before)) as PlanSnapshot;
      const now = JSON.parse(JSON.stringify(before)) as PlanSnapshot;
      old.projects[0].indicators[0].targets = { 2023: "95%", 2024: "1건(준공)", 2025: "-", 2026: "착공" };
      now.projects[0].indicators[0].targets = targets;
      return diffPlans(old, now);
    };
    expect(retyped({ 2023: "９５％", 2024: "１건(준공)", 2025: "－", 2026: "착공" })).toEqual([]);
    expect(retyped({ 2023: "95 %", 2024: "1 건 (준공)", 2025: "-", 2026: "착공" })).toEqual([]);
    // A value, a unit, a note, a mark or a milestone changed is a change, told as written.
    const changes = retyped({ 2023: "９６％", 2024: "1건", 2025: "/", 2026: "준공" });
    expect(changes.map((e) => [e.field, e.year, e.before, e.after])).toEqual([
      ["target", 2023, "95%", "９６％"],
      ["target", 2024, "1건(준공)", "1건"],
      ["target", 2025, "-", "/"],
      ["target", 2026, "착공", "준공"],
    ]);
    expect(retyped({ 2023: "95명", 2024: "1건(준공)", 2025: "-", 2026: "착공" }).map((e) => [e.year, e.after])).toEqual([[2023, "95명"]]);
  });

  it("puts a removed first project first", () => {
    const after = snapshotOf(edit((d) => d[0].projects!.shift()));
    const entries = diffPlans(before, after);
    expect(entries[0]).toMatchObject({ type: "removed", projectId: "I-1-1" });
    expect(entries.filter((e) => e.type !== "changed" || e.field !== "number")).toHaveLength(1);
  });
});

describe("diffPlans across budget units (백만원 and 천원)", () => {
  const files = path.join(__dirname, "../../../test/fixtures/layouts");
  const sample = path.join(__dirname, "../../../assets/samples/mapo-5th-plan.xlsx");

  it("the same plan with its budgets in 천원 has no budget change; a real one is told in 백만원, as its label says", async () => {
    const million = snapshotPlan(readPlan(await readWorkbookFile(sample)));
    const thousandGrid = await readWorkbookFile(path.join(files, "5th-thousand-won.xlsx"));
    const thousand = readPlan(thousandGrid);
    expect(thousand.budgetUnit.unit).toBe("천원");
    expect(diffPlans(million, snapshotPlan(thousand))).toEqual([]);
    expect(diffPlans(snapshotPlan(thousand), million)).toEqual([]);

    const budget = thousand.projects.find((p) => p.id === "I-1-2")!.budgets.find((b) => b.year === 2024)!;
    expect(budget.raw).toBe(80000);
    const sheet = thousandGrid.sheets.find((s) => s.name === budget.ref.sheet)!;
    sheet.values[budget.ref.row][budget.ref.col] = 92500;
    expect(diffPlans(million, snapshotPlan(readPlan(thousandGrid)))).toEqual([
      expect.objectContaining({ projectId: "I-1-2", field: "budget", year: 2024, before: 80, after: 92.5 }),
    ]);
    // Two plans in 천원 keep their own numbers.
    expect(diffPlans(snapshotPlan(thousand), snapshotPlan(readPlan(thousandGrid)))).toEqual([
      expect.objectContaining({ field: "budget", year: 2024, before: 80000, after: 92500 }),
    ]);
  });
});

describe("diffPlans across periods (a 제5기 baseline, a 제6기 plan)", () => {
  /**
   * The kit's 제5기 plan as the 제6기 form writes it: years four on ('26 the baseline: the 5기 '26 values; '27–'30 new),
   * the key flag as "(중점추진)" before the name, no 민관협력 column, and the new-project flag asking about the 6th plan.
   */
  function asSixth(fifth: PlanSnapshot): PlanSnapshot {
    const on = <T>(byYear: Record<number, T>): Record<number, T> => {
      const out: Record<number, T> = {};
      if (byYear[2026] !== undefined) out[2026] = byYear[2026];
      for (const year of [2027, 2028, 2029, 2030]) if (byYear[year - 4] !== undefined) out[year] = byYear[year - 4];
      return out;
    };
    return {
      ...fifth,
      targetYears: [2026, 2027, 2028, 2029, 2030],
      budgetYears: [2026, 2027, 2028, 2029, 2030],
      keyFromName: true,
      projects: fifth.projects.map((p) => ({
        ...p,
        flags: { key: p.flags.key === "○" ? `(중점추진) ${p.name}` : "", partnership: null, isNew: "×" },
        indicators: p.indicators.map((i) => ({ ...i, targets: on(i.targets) })),
        budgets: on(p.budgets),
      })),
    };
  }
  const keyProject = before.projects.find((p) => p.flags.key === "○")!;

  it("compares targets and budgets in the year both have, and flags by meaning: ○ is (중점추진), no 민관협력 column and 5기 신규 against 6기 (○,×) are no change", () => {
    const sixth = asSixth(before);
    expect(diffPlans(before, sixth, { acrossPeriods: true })).toEqual([]);
    // Compared year by year and flag by flag as written, every project changes (what the pane recorded before).
    expect(diffPlans(before, sixth, { sharedYearsOnly: true }).length).toBeGreaterThan(before.projects.length);
    expect(diffPlans(before, sixth).filter((e) => e.field === "target" || e.field === "budget").length).toBeGreaterThan(100);
  });

  it("still tells a key project no longer key (○ → ×), a 2026 target or budget changed, and a project added or removed — not a 2027 one", () => {
    const sixth = asSixth(before);
    const moved = sixth.projects.find((p) => p.id === keyProject.id)!;
    moved.flags.key = "";
    const other = sixth.projects.find((p) => p.id === "II-2-1-2")!;
    other.budgets[2026] = 950;
    other.budgets[2027] = 1000;
    other.indicators[0].targets[2026] = "6회";
    sixth.projects.push({ ...other, key: "신규사업", id: "II-2-1-9", name: "신규 사업", number: 9 });
    const entries = diffPlans(before, sixth, { acrossPeriods: true });
    expect(entries.map((e) => [e.type, e.projectId, e.field, e.year, e.before, e.after])).toEqual([
      ["changed", keyProject.id, "flag.key", null, "○", "×"],
      ["changed", "II-2-1-2", "target", 2026, "5회", "6회"],
      ["changed", "II-2-1-2", "budget", 2026, 920, 950],
      ["added", "II-2-1-9", "project", null, null, "신규 사업"],
    ]);
    // The other way (a 제6기 baseline, a 제5기 plan): the key flag read from the name is told as ○/× too.
    expect(diffPlans(sixth, before, { acrossPeriods: true }).find((e) => e.field === "flag.key")).toMatchObject({ before: "×", after: "○" });
  });

  it("keeps the key flag's source in the snapshot: a 6기 plan's key is read from its names", async () => {
    const gaon = snapshotPlan(readPlan(await readWorkbookFile(path.join(__dirname, "../../../assets/samples/gaon-6th-plan.xlsx"))));
    expect(gaon.keyFromName).toBe(true);
    expect(gaon.projects[0].flags).toEqual({ key: "(중점추진) 가온 통합돌봄 체계 구축", partnership: null, isNew: "○" });
    expect("keyFromName" in before).toBe(false); // a 5기 plan's key column: as before
  });
});
