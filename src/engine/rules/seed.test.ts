/**
 * The rules on the seed (Mapo-gu's 5th plan, transcribed as a PlanSpec): a careful reviewer's notes.
 * Every issue DOMAIN.md lists is reported at its severity, and the fine rows give no warning or error.
 */
import type { Finding } from "../finding";
import { buildPlan } from "../../../test/kits/engine/planBuilder";
import { seedPlanSpec } from "../../../test/kits/engine/seedPlan";
import { validatePlan } from "../validate";

const findings = validatePlan(buildPlan(seedPlanSpec));
const line = (f: Finding) => `${f.severity} ${f.ruleId}/${f.messageId} ${f.data.name ?? f.data.indicator ?? f.data.label ?? f.data.year ?? ""}`;
const of = (severity: string) => findings.filter((f) => f.severity === severity).map(line);

describe("the seed plan", () => {
  it("gives exactly these errors", () => {
    const x = (name: string) => `error flags/look-alike/lookAlike ${name}`;
    expect(of("error")).toEqual([
      "error structure/duplicate-project/flagDiffers 일자리 네트워크 구 축",
      x("마포구 통합사례관리 (구-권역-동) 협업체계 운영"),
      x("구(區) 동(洞) 지역사회보장협의체간 연계협력강화"),
      x("구(區) 지역사회보장협의체 분과 역량강화"),
      x("동(洞) 지역사회보장협의체 기능강화"),
      x("동(洞) 지역사회보장협의체 위원 역량강화"),
      x("경로당 시설 및 환경개선 확충"),
      x("경로당 시설 및 환경개선 확충"),
      x("75세이상 어르신 효도밥상 운영"),
      x("장애인직업재활시설 확충 및 활성화"),
      x("1인가구 지원센터 기능강화"),
      x("임산부 지원 출산장려금 구립 햇빛센터 건립 및 운영"),
      x("임산부 지원 출산장려금 구립 햇빛센터 건립 및 운영"),
      x("여성센터 건립 및 운영 활성화"),
    ]);
  });

  it("gives exactly these warnings", () => {
    expect(of("warning")).toEqual([
      "warning targets/missing/emptyYear 저소득층 가구 1인당 취약계층 대상 자체사 업 예산",
      "warning budgets/none/noBudgetKey 기본생활보장 지원 체계구축",
      "warning budgets/swing/drop 주거취약 계층을 위 한 기본생활보장",
      "warning budgets/swing/drop 주거취약 계층을 위 한 기본생활보장",
      "warning targets/missing/noTargets 학교 밖 청소년 급식지 원 지원율(%)",
      "warning budgets/swing/rise 홍대-상수-합정 문화 벨트 구축",
      "warning budgets/ends-early/endsBeforeTargets 홍대-상수-합정 문화 벨트 구축",
      "warning targets/direction/baselineDrop 3) 지역기반 청년 일경 험 사업 참여인원(명)",
      "warning structure/duplicate-project/duplicate 일자리 네트워크 구 축",
      "warning targets/missing/noTargets *지역사회보장협의체 활동 지원 예산",
      "warning targets/range/rateOver100 동지역사회보장협의체 활동 추진율",
      "warning budgets/swing/drop 장애인직업재활시설 확충 및 활성화",
      "warning budgets/swing/rise 장애인직업재활시설 확충 및 활성화",
      "warning targets/unit/scoreAsPercent 1인가구지원센터 만족도 향상",
      "warning budgets/swing/drop 여성센터 건립 및 운영 활성화",
    ]);
  });

  it("notes what is worth knowing", () => {
    const infos = of("info");
    expect(infos).toEqual(
      expect.arrayContaining([
        "info flags/key-count/keyProjects ",
        "info flags/not-applicable/dashConvention ",
        "info schedule/same-month/sameMonth 2023",
        "info budgets/ends-early/endsWithTargets 화력발전소 내 주민 편의시설 건립 및 문 화공간 조성",
        "info budgets/ends-early/endsWithTargets 마포유수지 하루 K-pop 복합공연장 조성",
        "info budgets/swing/drop 화력발전소 내 주민 편의시설 건립 및 문 화공간 조성",
        "info targets/flat/flat 서비스연계 지원율",
        "info schedule/submit-to/ministry ",
      ]),
    );
    // Input indicators on continuing projects: a budget per person and two 집행률.
    expect(findings.filter((f) => f.ruleId === "indicators/input").map((f) => f.data.indicator)).toEqual([
      "저소득층 가구 1인당 취약계층 대상 자체사 업 예산",
      "예산 집행율",
      "예산집행률",
    ]);
    const key = findings.find((f) => f.messageId === "keyProjects");
    expect(key?.data).toMatchObject({ count: 8, rows: 8, projects: 50 });
    const convention = findings.find((f) => f.messageId === "dashConvention");
    expect(convention?.data).toMatchObject({ flag: "중점추진사업", count: 5 });
  });

  it("says nothing about 고위험 취약노인 판정율 (lower is better) nor about K-pop's '-' after 100%", () => {
    const about = (text: string) => findings.filter((f) => String(f.data.indicator ?? "").includes(text));
    expect(about("판정")).toEqual([]);
    expect(about("공정")).toEqual([]);
    expect(about("사업진행률")).toEqual([]);
  });
});
