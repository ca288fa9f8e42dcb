import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { structureNoIndicator } from "./no-indicator";

ruleTester(structureNoIndicator, {
  valid: [
    { name: "an indicator", plan: { projects: [{ name: "가", indicators: [{ name: "이용률", targets: years("80%") }] }] } },
    { name: "an indicator without targets is targets/missing's", plan: { projects: [{ name: "가", indicators: [{ name: "이용률" }] }] } },
  ],
  invalid: [
    { name: "no indicator", plan: { projects: [{ name: "가" }] }, hits: [{ messageId: "noIndicator", at: [2, 1], projectId: "P-1" }] },
    { name: "an indicator row with neither name nor targets", plan: { projects: [{ name: "가", indicators: [{ name: "" }] }] }, hits: [{ messageId: "noIndicator" }] },
  ],
});
