import { STEPS } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { scheduleSubmitTo } from "./submit-to";

const revisions = [{ year: 2024, dates: ["'23. 10.", "'23. 10.", "'23. 10.", "'23. 11.", "'23. 11."] }];

ruleTester(scheduleSubmitTo, {
  valid: [
    { name: "sent to the 시·도", plan: { schedule: { steps: [...STEPS.slice(0, 4), "서울시 제출"], revisions } } },
    { name: "no schedule", plan: {} },
  ],
  invalid: [
    { name: "the seed's 복지부 제출", plan: { schedule: { revisions } }, hits: [{ messageId: "ministry", at: [0, 6, "관리체계"], data: { step: "복지부 제출" } }] },
    { name: "보건복지부 제출", plan: { schedule: { steps: [...STEPS.slice(0, 4), "보건복지부 제출"], revisions } }, hits: [{ messageId: "ministry" }] },
  ],
});
