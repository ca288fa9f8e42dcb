import { buildPlan, indicatorPlan, years } from "../../../test/kits/engine/planBuilder";
import { indicatorDirection } from "./achievement";

function direction(name: string, ...targets: string[]) {
  const plan = buildPlan(indicatorPlan(name, years(...targets)));
  return indicatorDirection(plan, plan.projects[0].indicators[0]);
}

describe("indicatorDirection — which way a 실적 meets its target", () => {
  it("follows a series that rises, even when the name holds a lower-is-better word (상담 for 고위험군, the sample's I-1-2)", () => {
    expect(direction("정신건강 고위험군 상담 서비스 제공", "34%", "34.2%", "34.5%", "34.7%", "35%")).toBe("higher");
    expect(direction("아동학대 예방교육 참여자 수", "100명", "110명", "120명", "130명", "140명")).toBe("higher");
  });

  it("follows a series that falls", () => {
    expect(direction("고위험 취약노인 판정율", "24.5%", "24.5%", "24.3%", "24.1%", "23.9%")).toBe("lower");
    expect(direction("평균 처리 일수", "10일", "9일", "8일", "7일", "6일")).toBe("lower");
  });

  it("reads the name where the series says nothing (flat)", () => {
    expect(direction("고위험 취약노인 판정율", "24%", "24%", "24%", "24%", "24%")).toBe("lower");
    expect(direction("서비스 이용률", "80%", "80%", "80%", "80%", "80%")).toBe("higher");
  });
});
