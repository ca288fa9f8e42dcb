import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { linkNationalPlan } from "./national-plan";

const one = (link: string | null) => ({ period: 6 as const, projects: [{ name: "돌봄", strategy: "I-1", link }] });

ruleTester(linkNationalPlan, {
  valid: [
    { name: "①", plan: one("①") },
    { name: "①, ③", plan: one("①, ③") },
    { name: "1,2,3", plan: one("1,2,3") },
    { name: "a 5기 plan has no 연계성", plan: { projects: [{ name: "돌봄" }] } },
  ],
  invalid: [
    { name: "an empty cell", plan: one(null), hits: [{ messageId: "empty", at: [3, 3], projectId: "I-1-1" }] },
    { name: "④", plan: one("①, ④"), hits: [{ messageId: "invalid", at: [3, 3], data: { value: "①, ④", invalid: "④" } }] },
    { name: "words", plan: one("해당 없음"), hits: [{ messageId: "invalid" }] },
  ],
});
