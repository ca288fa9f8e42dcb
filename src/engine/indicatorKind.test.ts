import { indicatorKind } from "./indicatorKind";

describe("indicatorKind", () => {
  it.each([
    ["예산집행률", "input"],
    ["사회복지 종사자 수", "input"],
    ["돌봄서비스 만족도", "outcome"],
    ["마포구 고용률", "outcome"],
    ["고독사 감소", "outcome"],
    ["프로그램 참여인원(명)", "output"],
    ["네트워크 회의 개최(횟수)", "output"],
    ["담당인력 교육 이수 인원", "output"],
  ])("%s → %s", (name, kind) => {
    expect(indicatorKind({ name })).toBe(kind);
  });
});
