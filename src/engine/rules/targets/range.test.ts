import { indicatorPlan as one, years } from "../../../../test/kits/engine/planBuilder";
import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { targetsRange } from "./range";

ruleTester(targetsRange, {
  valid: [
    { name: "rates up to 100%", plan: one("이용률", years("96%", "98%", "100%", "100%", "100%")) },
    { name: "확대율 may exceed 100%", plan: one("장애인 돌봄 이용자 확대율", years("100%", "106%", "112%", "118%", "124%")) },
    { name: "a name wrapped mid-word (확 대율) is still 확대율", plan: one("장애인 돌봄 이용자 확 대율 및 이용자 만족도", years("100%", "106%")) },
    { name: "유지율 of a count may exceed 100%", plan: one("'더이음' 사업 참여자 수 유지율", years("100%", "101%", "102%", "103%", "104%")) },
    { name: "증가율 may exceed 100%", plan: one("예산액 증가율", years(null, "50%", "110%", "150%", "200%")) },
    { name: "a count over 100 is no rate", plan: one("이용인원", years("2,000명", "2,200명")) },
  ],
  invalid: [
    {
      name: "a negative target",
      plan: one("참여 인원", years("10명", "-5명")),
      hits: [{ messageId: "negative", at: [2, 7], data: { value: "-5명", year: 2023 } }],
    },
    {
      name: "동지역사회보장협의체 활동 추진율 105% … 120%: once per indicator",
      plan: one("동지역사회보장협의체 활동 추진율", years("100%", "105%", "110%", "115%", "120%")),
      hits: [{ messageId: "rateOver100", at: [2, 7], data: { value: "105%", max: "120%", count: 4 } }],
    },
    {
      name: "over 1000% anywhere, even for an increase",
      plan: one("예산 증가율", years("10%", "1500%")),
      hits: [{ messageId: "percentOver1000", data: { value: "1500%", limit: 1000 } }],
    },
  ],
});
