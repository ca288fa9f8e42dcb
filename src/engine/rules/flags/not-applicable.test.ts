import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { flagsNotApplicable } from "./not-applicable";

const dashKey = { key: "-", partnership: "○", isNew: "×" };

ruleTester(flagsNotApplicable, {
  valid: [
    { name: "no '-' at all", plan: { projects: [{ name: "가", strategy: "I-1" }, { name: "나", strategy: "I-1", flags: { key: "○" } }] } },
  ],
  invalid: [
    {
      name: "the seed's 지역발전전략1: all five projects write '-' for 중점 → one info for the strategy",
      plan: {
        projects: [
          { name: "저소득계층 기본생활 보장", task: "II-1-1", flags: dashKey },
          { name: "복지사각지대 발굴", task: "II-1-1", flags: dashKey },
          { name: "모바일 안심케어 서비스", task: "II-1-1", flags: dashKey },
          { name: "급여 시스템 모니터링", task: "II-1-2", flags: dashKey },
          { name: "보조금 지원 시설 담당 교육", task: "II-1-2", flags: dashKey },
          { name: "장애인상생위원회", task: "II-2-1", flags: { key: "×" } },
        ],
      },
      hits: [{ messageId: "dashConvention", severity: "info", data: { flag: "중점추진사업", count: 5 } }],
    },
    {
      name: "a task whose projects all write '-' while the strategy's other task uses ○/× → one info for the task",
      plan: {
        projects: [
          { name: "가", task: "II-1-1", flags: dashKey },
          { name: "나", task: "II-1-1", flags: dashKey },
          { name: "다", task: "II-1-2", flags: { key: "○" } },
        ],
      },
      hits: [{ messageId: "dashConvention", severity: "info", data: { count: 2 } }],
    },
    {
      name: "a lone '-' among ○/× projects is an error",
      plan: {
        projects: [
          { name: "가", strategy: "I-1", flags: { key: "○" } },
          { name: "나", strategy: "I-1", flags: { isNew: "-" } },
          { name: "다", strategy: "I-1" },
        ],
      },
      hits: [{ messageId: "dash", severity: "error", at: [4, 4], data: { flag: "5기 신규사업", value: "-", name: "나" } }],
    },
    {
      name: "a single-project task writing '-' is lone too",
      plan: {
        projects: [
          { name: "가", task: "II-1-1", flags: dashKey },
          { name: "나", task: "II-1-2" },
        ],
      },
      hits: [{ messageId: "dash" }],
    },
    {
      name: "a dash look-alike ('–') counts as '-'",
      plan: { projects: [{ name: "가", strategy: "I-1", flags: { key: "–" } }, { name: "나", strategy: "I-1" }] },
      hits: [{ messageId: "dash", data: { value: "–" } }],
    },
  ],
});
