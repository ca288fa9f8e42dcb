import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { indicatorsInput } from "./input";

const project = (name: string, indicator: string, isNew = "×") => ({
  projects: [{ name, flags: { isNew }, indicators: [{ name: indicator, targets: years("90%", "92%", "94%", "95%", "95%") }] }],
});

ruleTester(indicatorsInput, {
  valid: [
    { name: "an output indicator", plan: project("노인 돌봄", "돌봄서비스 이용자 수(명)") },
    { name: "an outcome indicator", plan: project("노인 돌봄", "서비스 만족도") },
    { name: "a budget indicator on a new project (○)", plan: project("청년 지원", "예산 집행율", "○") },
    { name: "a budget indicator on a construction project", plan: project("여성센터 건립", "사업비 집행률") },
    {
      name: "a staff count of a project whose targets end in 준공",
      plan: { projects: [{ name: "복지관 운영", indicators: [{ name: "종사자 수", targets: years("-", "착공", "공사 진행", "준공 및 개관") }] }] },
    },
    { name: "담당인력 교육 is training, not staff numbers", plan: project("역량강화", "담당인력 교육 이수율") },
  ],
  invalid: [
    { name: "예산 집행율 on a continuing project", plan: project("노인을 위한 기본생활 보장", "예산 집행율"), hits: [{ messageId: "inputIndicator", at: [2, 5], projectId: "P-1", data: { indicator: "예산 집행율" } }] },
    { name: "a budget per person", plan: project("기본생활보장 지원", "1인당 자체사업 예산"), hits: [{ messageId: "inputIndicator" }] },
    { name: "종사자 수", plan: project("시설 운영", "종사자 수(명)"), hits: [{ messageId: "inputIndicator" }] },
    { name: "전문인력 배치", plan: project("상담 지원", "전문인력 배치 인원"), hits: [{ messageId: "inputIndicator" }] },
  ],
});
