import { buildPlan, years } from "../../../../test/kits/engine/planBuilder";
import { withRunMemo } from "./perRun";
import { isCompletionProject, isCompletionProjectAt } from "./series";

describe("isCompletionProjectAt", () => {
  it("answers as isCompletionProject, from the shared pass, for a plan with strategy and task indicators before the projects'", () => {
    const plan = buildPlan({
      strategies: [{ id: "I-1", indicators: [{ name: "공정률(%)", targets: years("50%", "100%") }] }],
      tasks: [{ id: "II-1-1", indicators: [{ name: "착공", targets: years("착공", "준공") }] }],
      projects: [
        { name: "시설 건립", strategy: "I-1", indicators: [{ name: "공정률(%)", targets: years("30%", "60%", "100%") }] },
        { name: "돌봄", strategy: "I-1", indicators: [{ name: "이용자 수(명)", targets: years("100명", "120명") }] },
        { name: "센터", strategy: "I-1", indicators: [{ name: "이용률(%)", targets: years("90%", "100%", "-", "-") }] },
        // 100% to the last year: no year after it without a target, and no progress in the name.
        { name: "이용률", strategy: "I-1", indicators: [{ name: "이용률(%)", targets: years("90%", "100%", "100%", "100%", "100%") }] },
        { name: "공연장", strategy: "I-1", indicators: [{ name: "이용자 수(명)", targets: years("10명") }, { name: "단계", targets: years("착공", "공사 진행", "준공 및 개관") }] },
        { name: "주택", strategy: "I-1", indicators: [{ name: "지원 건수(건)", targets: years("1건(준공)", "2건") }] },
        { name: "없음", strategy: "I-1", indicators: [] },
        { name: "과업", task: "II-1-1", indicators: [{ name: "참여율(%)", targets: years("100%", "100%") }] },
      ],
    });
    const each = plan.projects.map((project) => isCompletionProject(project));
    expect(each).toEqual([true, false, true, false, true, true, false, true]);
    // Outside a run and inside one (its answers shared), the same.
    expect(plan.projects.map((_, i) => isCompletionProjectAt(plan, i))).toEqual(each);
    expect(withRunMemo(() => plan.projects.map((_, i) => isCompletionProjectAt(plan, i)))).toEqual(each);
  });
});
