import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { scheduleSameMonth } from "./same-month";

ruleTester(scheduleSameMonth, {
  valid: [
    { name: "no schedule", plan: { schedule: null } },
    { name: "two months", plan: { schedule: { revisions: [{ year: 2024, dates: ["'23. 10.", "'23. 10.", "'23. 10.", "'23. 11.", "'23. 11."] }] } } },
    { name: "same month with days", plan: { schedule: { revisions: [{ year: 2024, dates: ["2023. 10. 2.", "2023. 10. 9."] }] } } },
    { name: "an unreadable date", plan: { schedule: { revisions: [{ year: 2024, dates: ["'23. 10.", "미정"] }] } } },
  ],
  invalid: [
    {
      name: "the seed's '23 revision: every step '22. 11.",
      plan: { schedule: { revisions: [{ year: 2023, dates: ["'22. 11.", "'22. 11.", "'22. 11.", "'22. 11.", "'22. 11."] }] } },
      hits: [{ messageId: "sameMonth", severity: "info", at: [1, 2, "관리체계"], data: { year: 2023, date: "'22. 11.", count: 5 } }],
    },
  ],
});
