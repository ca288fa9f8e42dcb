import { years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { targetsMissing } from "./missing";

ruleTester(targetsMissing, {
  valid: [
    { name: "every year has a target", plan: { projects: [{ name: "가", indicators: [{ name: "이용률", targets: years("80%", "82%", "84%", "86%", "88%") }] }] } },
    { name: "an empty baseline year ('22) is not a plan year", plan: { projects: [{ name: "가", indicators: [{ name: "참여율", targets: years(null, "70%", "75%", "80%", "85%") }] }] } },
    {
      name: "화력발전소: 착공 → 공사 진행 → 준공 및 개관, then empty",
      plan: { projects: [{ name: "화력발전소", indicators: [{ name: "사업진행률", targets: years("착공", "공사 진행", "준공 및 개관") }] }] },
    },
    {
      name: "K-pop 공연장: 100% in '25, then '-'",
      plan: { projects: [{ name: "공연장", indicators: [{ name: "공연장 건립 누적 공정 율", targets: years("20%", "47%", "74%", "100%", "-") }] }] },
    },
    {
      name: "햇빛센터: 1건(준공) in '23, then '-'",
      plan: { projects: [{ name: "햇빛센터", indicators: [{ name: "건립", targets: years("-", "1건(준공)", "-", "-", "-") }] }] },
    },
    {
      name: "6기: '/' in the baseline year ('26) means no value",
      plan: { period: 6, projects: [{ name: "가", indicators: [{ name: "이용자(명)", targets: { 2026: "/", 2027: "10명", 2028: "20명", 2029: "30명", 2030: "40명" } }] }] },
    },
    { name: "no target columns at all", plan: { targetYears: [], projects: [{ name: "가", indicators: [{ name: "지표" }] }] } },
  ],
  invalid: [
    {
      name: "6기: '/' in a plan year is a missing target",
      plan: { period: 6, projects: [{ name: "가", indicators: [{ name: "이용자(명)", targets: { 2026: "/", 2027: "10명", 2028: "/", 2029: "30명", 2030: "40명" } }] }] },
      hits: [{ messageId: "slashYear", at: [2, 8], data: { indicator: "이용자(명)", year: 2028 } }],
    },
    {
      name: "청소년돌봄: the second indicator has no targets at all",
      plan: {
        projects: [
          {
            name: "청소년돌봄 시설운영",
            indicators: [
              { name: "청소년방과후아카데미 이용률(%)", targets: years("80%", "82%", "84%", "86%", "88%") },
              { name: "학교 밖 청소년 급식지원 지원율(%)", line: 1 },
            ],
          },
        ],
      },
      hits: [{ messageId: "noTargets", at: [2, 5], data: { indicator: "학교 밖 청소년 급식지원 지원율(%)" } }],
    },
    {
      name: "only '-' everywhere is no target either",
      plan: { projects: [{ name: "가", indicators: [{ name: "지표", targets: years("-", "-", "-", "-", "-") }] }] },
      hits: [{ messageId: "noTargets" }],
    },
    {
      name: "a strategy indicator with '26 left empty",
      plan: { strategies: [{ id: "I-1", indicators: [{ name: "자체사업 예산", targets: years("0.85%", "1.1%", "1.35%", "1.6%") }] }] },
      hits: [{ messageId: "emptyYear", at: [2, 10], data: { year: 2026 } }],
    },
    {
      name: "two empty plan years: one warning each",
      plan: { projects: [{ name: "가", indicators: [{ name: "지표", targets: years("5회", null, "6회", null, "7회") }] }] },
      hits: [
        { messageId: "emptyYear", data: { year: 2023 } },
        { messageId: "emptyYear", data: { year: 2025 } },
      ],
    },
    {
      name: "'-' written on purpose in plan years (장애인직업재활시설 1개소 - 1개소 -): one info",
      plan: { projects: [{ name: "가", indicators: [{ name: "전시관 운영", targets: years("-", "1개소", "-", "1개소", "-") }] }] },
      hits: [{ messageId: "dashYear", severity: "info", at: [2, 8], data: { years: "'24, '26", count: 2 } }],
    },
    {
      name: "an empty year before the sequence completes still counts",
      plan: { projects: [{ name: "가", indicators: [{ name: "진행", targets: years("착공", null, "준공") }] }] },
      hits: [{ messageId: "emptyYear", data: { year: 2023 } }],
    },
  ],
});
