import { planRows, samplePlan } from "../../../test/kits/engine/planRows";
import { gridFromRows } from "../../../test/kits/engine/grid";
import { validatePlan } from "../validate";
import { readPlan } from "./readPlan";
import { readMarker, readProjectNumber } from "./rowKinds";

describe("readProjectNumber — a project's number as districts write it", () => {
  it.each([
    ["3", 3],
    ["03", 3],
    ["3.", 3],
    ["3)", 3],
    ["(3)", 3],
    ["③", 3],
    ["①", 1],
    ["⑳", 20],
    // As a Korean IME types them, and with a zero-width space copied from a web page.
    ["３", 3],
    ["３.", 3],
    ["３．", 3],
    ["１２", 12],
    ["０３", 3],
    ["3\u200b.", 3],
    ["\u200b3", 3],
    // Fullwidth brackets, as a Korean IME in fullwidth mode types them.
    ["（３）", 3],
    ["（3）", 3],
  ])("%j → %d", (text, number) => {
    expect(readProjectNumber(text)).toBe(number);
  });

  it.each(["", "사업명", "3-1", "3–1", "１２３４", "－３", "(3", "（３", "（가）", "③④"])("%j is no number", (text) => {
    expect(readProjectNumber(text)).toBeNull();
  });

  it("reads a plan numbered ①②③ as the same plan: the same ids, no number reported missing", () => {
    const circled = (n: number) => String.fromCharCode(0x2460 + n - 1);
    const rows = planRows(samplePlan());
    const plain = readPlan(gridFromRows(rows));
    const written = readPlan(gridFromRows(rows.map((line) => (typeof line[0] === "number" ? [circled(line[0]), ...line.slice(1)] : line))));
    expect(written.projects.map((p) => [p.id, p.number])).toEqual(plain.projects.map((p) => [p.id, p.number]));
    expect(validatePlan(written).filter((f) => f.ruleId.startsWith("structure/number"))).toEqual([]);
  });
});

describe("readMarker — a strategy's or 대표과업's number typed in fullwidth digits", () => {
  it.each([
    ["사회보장전략 ３ 관계망 강화", { kind: "strategy", part: 1, number: 3, name: "관계망 강화" }],
    ["지역발전전략１２. 일자리", { kind: "strategy", part: 2, number: 12, name: "일자리" }],
    ["대표과업 ２． 돌봄", { kind: "task", number: 2, name: "돌봄" }],
    ["사회보장전략２ 소계", { kind: "total", total: "subtotal", part: 1, number: 2 }],
    // A section's part typed as fullwidth Latin Ｉ (U+FF29).
    ["Ｉ. 지역사회보장사업 전략체계", { kind: "section", part: 1 }],
    ["ＩＩ． 지역사회보장 균형발전 전략체계", { kind: "section", part: 2 }],
  ])("%j", (text, marker) => {
    expect(readMarker(text)).toEqual(marker);
  });
});

describe("readMarker — totals however spaced, a strategy's label no total", () => {
  it.each([
    ["소계", { kind: "total", total: "subtotal" }],
    ["소 계", { kind: "total", total: "subtotal" }],
    ["합\u3000계", { kind: "total", total: "total" }],
    ["소계(사회보장전략 1)", { kind: "total", total: "subtotal" }],
    ["발전전략 소계", { kind: "total", total: "subtotal", part: 2, number: null }],
    ["전체 합계", { kind: "total", total: "total" }],
    // Its last character hidden by a zero-width space, or spelled in jamo (NFD): read as it looks.
    ["소 계\u200b", { kind: "total", total: "subtotal" }],
    [`소${"계".normalize("NFD")}`, { kind: "total", total: "subtotal" }],
    ["사회보장전략 2 소계\u200b", { kind: "total", total: "subtotal", part: 1, number: 2 }],
    ["사회보장전략 12 취약계층사회안전망 보강", { kind: "strategy", part: 1, number: 12, name: "취약계층사회안전망 보강" }],
  ])("%j", (text, marker) => {
    expect(readMarker(text)).toEqual(marker);
  });
});
