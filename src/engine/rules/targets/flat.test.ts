import { buildPlan, years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { OwnedIndicator } from "../vocabulary/indicators";
import { withRunMemo } from "../vocabulary/perRun";
import { targetsFlat } from "./flat";

ruleTester(targetsFlat, {
  valid: [
    { name: "a rising series", plan: { projects: [{ name: "가", indicators: [{ name: "이용률", targets: years("80%", "82%", "84%", "86%", "88%") }] }] } },
    { name: "flat but for one year", plan: { projects: [{ name: "가", indicators: [{ name: "이용률", targets: years("93%", "94%", "94%", "94%", "95%") }] }] } },
    { name: "a rate held at 100%", plan: { projects: [{ name: "가", indicators: [{ name: "발굴 추진율", targets: years("100%", "100%", "100%", "100%", "100%") }] }] } },
    { name: "a missing plan year", plan: { projects: [{ name: "가", indicators: [{ name: "지표", targets: years("5회", "5회", "5회", "5회") }] }] } },
    { name: "flat after a drop from the baseline (targets/direction's)", plan: { projects: [{ name: "가", indicators: [{ name: "참여인원(명)", targets: years("49명", "15명", "15명", "15명", "15명") }] }] } },
    { name: "a milestone sequence", plan: { projects: [{ name: "가", indicators: [{ name: "지표", targets: years("-", "1건(준공)", "1건(준공)", "1건(준공)", "1건(준공)") }] }] } },
  ],
  invalid: [
    {
      name: "일자리 네트워크 5회 every year (the '22 baseline may differ)",
      plan: { projects: [{ name: "일자리 네트워크 구축", indicators: [{ name: "운영 횟수", targets: years("4회", "5회", "5회", "5회", "5회") }] }] },
      hits: [{ messageId: "flat", severity: "info", at: [2, 7], data: { value: "5회", years: 4 } }],
    },
    {
      name: "a flat strategy indicator",
      plan: { strategies: [{ id: "II-4", indicators: [{ name: "신규 설치 및 개보수 시설수", targets: years("-", "49개소", "49개소", "49개소", "49개소") }] }] },
      hits: [{ messageId: "flat" }],
    },
    {
      name: "flat after a higher baseline in another unit (not a drop)",
      plan: { projects: [{ name: "가", indicators: [{ name: "참여", targets: years("49회", "15명", "15명", "15명", "15명") }] }] },
      hits: [{ messageId: "flat", data: { value: "15명", years: 4 } }],
    },
  ],
});

describe("targets/flat", () => {
  it("reads a candidate's targets without making its numeric points (a fifth of a large plan's indicators are candidates)", () => {
    const plan = buildPlan({ projects: [{ name: "가", indicators: [{ name: "운영 횟수", targets: years("4회", "5회", "5회", "5회", "5회") }] }] });
    const asked = jest.spyOn(OwnedIndicator.prototype, "points", "get");
    try {
      withRunMemo(() => expect(targetsFlat.check(plan)).toHaveLength(1));
      expect(asked).not.toHaveBeenCalled();
    } finally {
      asked.mockRestore();
    }
  });
});
