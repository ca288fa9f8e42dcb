import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { scheduleOrder } from "./order";

ruleTester(scheduleOrder, {
  valid: [
    { name: "no schedule", plan: { schedule: null } },
    {
      name: "the seed's '24–'26 revisions (10, 10, 10, 11, 11)",
      plan: {
        schedule: {
          revisions: [
            { year: 2024, dates: ["'23. 10.", "'23. 10.", "'23. 10.", "'23. 11.", "'23. 11."] },
            { year: 2025, dates: ["'24. 10.", "'24. 10.", "'24. 10.", "'24. 11.", "'24. 11."] },
          ],
        },
      },
    },
    { name: "same month, days in order", plan: { schedule: { revisions: [{ year: 2024, dates: ["2023. 10. 2.", "2023. 10. 15.", "2023. 10."] }] } } },
    { name: "unreadable dates are skipped", plan: { schedule: { revisions: [{ year: 2024, dates: ["'23. 10.", "미정", "'23. 11."] }] } } },
  ],
  invalid: [
    {
      name: "의회 보고 before 협의체 심의",
      plan: { schedule: { revisions: [{ year: 2024, dates: ["'23. 9.", "'23. 10.", "'23. 11.", "'23. 10.", "'23. 12."] }] } },
      hits: [
        {
          messageId: "outOfOrder",
          at: [1, 5, "관리체계"],
          data: { year: 2024, step: "의회 보고", date: "'23. 10.", previousStep: "지역사회보장협의체 심의", previousDate: "'23. 11." },
        },
      ],
    },
    {
      name: "days decide within a month; a later step is compared with the latest before it",
      plan: { schedule: { revisions: [{ year: 2024, dates: ["2023. 10. 20.", "2023. 10. 5.", "2023. 10. 25.", "2023. 10. 21."] }] } },
      hits: [
        { messageId: "outOfOrder", data: { step: "기본계획 수정 보완", previousStep: "수정 보완 계획 수립" } },
        { messageId: "outOfOrder", data: { step: "의회 보고", previousStep: "지역사회보장협의체 심의" } },
      ],
    },
  ],
});
