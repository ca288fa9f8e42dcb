import { groupByIdentity, normalizeName } from "./identity";
import { isOneLine, oneLine } from "./text";

describe("project identity", () => {
  it("drops spacing and line breaks and folds case and middle dots", () => {
    expect(normalizeName("일자리 네트워크 구 축")).toBe("일자리네트워크구축");
    expect(normalizeName("K-POP\n공연장\t조성")).toBe("k-pop공연장조성");
    expect(normalizeName("돌봄ㆍ요양\u3000지원")).toBe("돌봄·요양지원");
    expect(normalizeName("돌봄・요양 지원")).toBe("돌봄·요양지원");
  });

  it("reads a name written in decomposed Hangul as the same name", () => {
    const composed = "노인 돌봄 洞 사업";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(normalizeName(decomposed)).toBe(normalizeName(composed));
    expect(groupByIdentity([{ name: composed }, { name: decomposed }])).toHaveLength(1);
  });
});

describe("one line", () => {
  it.each(["", "사업", "노인 돌봄 사업", "A (981)"])("knows %j is already on one line", (text) => {
    expect(isOneLine(text)).toBe(true);
    expect(oneLine(text)).toBe(text);
  });

  it.each([" 사업", "사업 ", "노인  돌봄", "노인\n돌봄", "노인\u00a0돌봄", "노인\u3000돌봄", "\t"])("knows %j is not", (text) => {
    expect(isOneLine(text)).toBe(false);
    expect(oneLine(text)).not.toBe(text);
  });
});
