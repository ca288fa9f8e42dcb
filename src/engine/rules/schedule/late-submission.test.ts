import { STEPS } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { scheduleLateSubmission } from "./late-submission";

const five = (last: string | null, before = "'23. 10.") => [before, before, before, "'23. 11.", last];

ruleTester(scheduleLateSubmission, {
  valid: [
    { name: "submitted in November of the year before", plan: { schedule: { revisions: [{ year: 2024, dates: five("'23. 11.") }] } } },
    { name: "submitted early", plan: { schedule: { revisions: [{ year: 2024, dates: five("2023. 9. 30.") }] } } },
    { name: "the seed's '23 revision, all '22. 11.", plan: { schedule: { revisions: [{ year: 2023, dates: Array(5).fill("'22. 11.") }] } } },
    { name: "no date yet", plan: { schedule: { revisions: [{ year: 2024, dates: five(null) }] } } },
    { name: "no schedule", plan: {} },
  ],
  invalid: [
    {
      name: "submitted in December",
      plan: { schedule: { revisions: [{ year: 2024, dates: five("'23. 12.") }] } },
      hits: [{ messageId: "late", at: [1, 6, "관리체계"], data: { year: 2024, step: "복지부 제출", deadline: "2023. 11. 30." } }],
    },
    {
      name: "submitted in the plan year itself",
      plan: { schedule: { revisions: [{ year: 2025, dates: ["'24. 10.", "'24. 10.", "'24. 11.", "'25. 1.", "'25. 2."] }] } },
      hits: [{ messageId: "late", data: { date: "'25. 2." } }],
    },
    {
      name: "the 제출 step is found by its name, not its place",
      plan: { schedule: { steps: [...STEPS.slice(0, 3), "시·도 제출", "결과 공개"], revisions: [{ year: 2024, dates: ["'23. 9.", "'23. 10.", "'23. 11.", "'24. 1.", "'24. 2."] }] } },
      hits: [{ messageId: "late", at: [1, 5, "관리체계"], data: { step: "시·도 제출" } }],
    },
  ],
});
