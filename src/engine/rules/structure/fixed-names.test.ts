import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { fixedKey, structureFixedNames } from "./fixed-names";

const form = [
  { id: "II-1", name: "사회보장급여 이용·제공 및 수급권자 발굴" },
  { id: "II-2", name: "담당인력 역량강화" },
  { id: "II-3", name: "지역사회 거버넌스 구축" },
  { id: "II-4", name: "지역사회보장 인프라 확충" },
];
const tasks = [
  { id: "II-1-1", name: "전달체계 조직과 운영" },
  { id: "II-1-2", name: "사각지대 발굴" },
  { id: "II-1-3", name: "부정수급 방지대책" },
];

ruleTester(structureFixedNames, {
  valid: [
    { name: "the form's names", plan: { period: 6, strategies: form, tasks } },
    {
      name: "spacing, '·' and numbering differ",
      plan: {
        period: 6,
        strategies: [{ id: "II-1", name: "1. 사회보장급여 이용 · 제공 및 수급권자 발굴" }, { id: "II-2", name: "2) 담당 인력 역량 강화" }, { id: "II-5", name: "주민 참여 확대" }],
        tasks: [{ id: "II-1-1", name: "Ⅱ-1-1. 전달체계 조직과 운영" }, { id: "II-1-2", name: "사각지대발굴" }, { id: "II-1-3", name: "부정수급 방지 대책" }],
      },
    },
    {
      name: "a department's workbook keeps only its own 대표과업",
      plan: { period: 6, strategies: form, tasks: tasks.slice(0, 1), projects: [{ name: "통합사례관리", task: "II-1-1", department: "복지정책과" }] },
    },
    { name: "a 5기 plan names its own strategies", plan: { strategies: [{ id: "II-1", name: "사회보장급여 이용 및 제공 기반 구축" }] } },
  ],
  invalid: [
    {
      name: "a renamed strategy",
      plan: { period: 6, strategies: [...form.slice(0, 2), { id: "II-3", name: "지역사회 민관협력 제고" }], tasks },
      hits: [{ messageId: "strategyName", data: { number: 3, name: "지역사회 민관협력 제고", expected: "지역사회 거버넌스 구축" } }],
    },
    {
      name: "a renamed 대표과업 in strategy 1",
      plan: { period: 6, strategies: form, tasks: [tasks[0], { id: "II-1-2", name: "위기가구 발굴" }, tasks[2]] },
      hits: [{ messageId: "taskName", data: { name: "위기가구 발굴", expected: "사각지대 발굴" } }],
    },
    {
      name: "strategy 1 without 부정수급 방지대책",
      plan: { period: 6, strategies: form, tasks: tasks.slice(0, 2) },
      hits: [{ messageId: "missingTask", at: [2, 0], data: { expected: "부정수급 방지대책" } }],
    },
  ],
});

describe("fixedKey", () => {
  it.each([
    ["지역발전전략 1. 사회보장급여 이용·제공 및 수급권자 발굴", "사회보장급여이용제공및수급권자발굴"],
    ["Ⅱ-2 담당인력 역량강화", "담당인력역량강화"],
    ["(3) 지역사회 거버넌스 구축", "지역사회거버넌스구축"],
    ["부정수급 방지 대책", "부정수급방지대책"],
  ])("%s → %s", (name, key) => expect(fixedKey(name)).toBe(key));
});
