import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { scheduleDate } from "./date";

ruleTester(scheduleDate, {
  valid: [
    { name: "no schedule", plan: { schedule: null } },
    { name: "readable dates", plan: { schedule: { revisions: [{ year: 2023, dates: ["'22. 11.", "2022. 11.", "2022.11.5."] }] } } },
  ],
  invalid: [
    {
      name: "an unreadable and an empty date",
      plan: { schedule: { revisions: [{ year: 2024, dates: ["'23. 10.", "10월 중", null] }] } },
      hits: [
        { messageId: "unreadable", at: [1, 3, "관리체계"], data: { year: 2024, step: "기본계획 수정 보완", value: "10월 중" } },
        { messageId: "missing", at: [1, 4, "관리체계"], data: { step: "지역사회보장협의체 심의" } },
      ],
    },
  ],
});
