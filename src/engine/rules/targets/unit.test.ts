import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { targetsUnit } from "./unit";

ruleTester(targetsUnit, {
  valid: [
    { name: "(%) and %", plan: one("서비스 이용률(%)", years("85%", "85%", "90%", "90%", "95%")) },
    { name: "(단위: %) and %", plan: one("교육 참여(단위: %)", years("-", "70%", "70%")) },
    { name: "(증가율) and %", plan: one("장애인 일자리 참여 실적(증가율)", years("-", "1.9%", "4.4%")) },
    { name: "(참여자수) and 명", plan: one("지역연계 프로그램 활성화(참여자수)", years("100명", "200명")) },
    { name: "(횟수) and 건", plan: one("여성특강 개최(횟수)", years("4건", "4건")) },
    { name: "회 and 건 in one series", plan: one("회의 개최", years("5회", "6건")) },
    { name: "plain numbers beside (명)", plan: one("이용인원(명)", years("15", "20")) },
    { name: "milestones with a count", plan: one("건립 관리율(%)", years("-", "1건(준공)", "-")) },
    { name: "a satisfaction rate in real percent", plan: one("서비스이용자만족도", years("88%", "88%")) },
    { name: "a satisfaction score with no unit", plan: one("만족도", years("4.6", "4.7")) },
    { name: "plain counts: no year has a unit", plan: one("이용인원", years("15", 20, "25", "30", "35")) },
    { name: "a 5-point score series, one year without 점", plan: one("이용자 만족도", years("4.5점", "4.6", "4.7점", "4.8점")) },
    { name: "'-', an empty year and a zero beside %", plan: one("참여율", years("-", "0", "", "50%", "60%")) },
    { name: "milestones beside a percentage", plan: one("공정률", years("착공", "50%", "80", "준공")) },
  ],
  invalid: [
    {
      name: "92 among 90%, 94% and 96%",
      plan: one("서비스 이용률", years("88%", "90%", "92", "94%", "96%")),
      hits: [{ messageId: "missingUnit", at: [2, 8], data: { year: 2024, value: "92", expected: "%" } }],
    },
    {
      name: "a number cell among 명, the baseline included",
      plan: one("참여 인원", years(150, "160명", "170명", "180인", "190명")),
      hits: [{ messageId: "missingUnit", at: [2, 6], data: { year: 2022, value: "150", expected: "명" } }],
    },
    {
      name: "a unitless year in a series of mixed units is told with the others' unit",
      plan: one("이용률", years("80%", "82명", "84", "86%", "88%")),
      hits: [
        { messageId: "missingUnit", at: [2, 8], data: { year: 2024, value: "84", expected: "%" } },
        { messageId: "mixedUnits", at: [2, 7], data: { unit: "명", expected: "%" } },
      ],
    },
    {
      name: "80% then 82명",
      plan: one("이용률", years("80%", "82명", "84%", "86%", "88%")),
      hits: [{ messageId: "mixedUnits", at: [2, 7], data: { unit: "명", expected: "%", value: "82명", year: 2023 } }],
    },
    {
      name: "the name says % and the values are 명",
      plan: one("이용률(%)", years("80명", "82명")),
      hits: [{ messageId: "nameUnitMismatch", at: [2, 6], data: { nameUnit: "%", unit: "명" } }],
    },
    {
      name: "the name says 명 and the values are %",
      plan: one("참여 인원(명)", years("80%", "82%")),
      hits: [{ messageId: "nameUnitMismatch", data: { nameUnit: "명", unit: "%" } }],
    },
    {
      name: "1인가구지원센터 만족도 4.63% … 4.75%",
      plan: one("1인가구지원센터 만족도 향상", years("4.63%", "4.65%", "4.69%", "4.72%", "4.75%")),
      hits: [{ messageId: "scoreAsPercent", at: [2, 6], data: { value: "4.63%" } }],
    },
  ],
});
