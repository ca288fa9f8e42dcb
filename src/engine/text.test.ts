import { numberAsSeen, reparsedAsSeen } from "./text";

describe("numberAsSeen — a number as it looks", () => {
  it.each([
    ["９５．５％", "95.5%"],
    ["Ⅰ−1−2", "Ⅰ-1-2"],
    ["（３）", "(3)"],
    ["ＩＩ-1", "II-1"],
    ["＇２７", "'27"],
    ["2,\u200b478", "2,478"],
  ])("%j → %j", (text, seen) => {
    expect(numberAsSeen(text)).toBe(seen);
  });

  it("a text without look-alikes is its own answer", () => {
    const text = "돌봄 100명";
    expect(numberAsSeen(text)).toBe(text);
  });
});

describe("reparsedAsSeen — parse as written, else as it looks", () => {
  const digits = (text: string): number | null => (/^\d+$/.test(text) ? Number(text) : null);

  it("reads as written first, then as it looks, and fails with the parse's own failure value", () => {
    expect(reparsedAsSeen("12", digits, null)).toBe(12);
    expect(reparsedAsSeen("１２", digits, null)).toBe(12);
    expect(reparsedAsSeen("１가", digits, null)).toBeNull();
  });

  it("parses once when the text as written reads, or has nothing that looks like another character", () => {
    const parse = jest.fn(digits);
    reparsedAsSeen("12", parse, null);
    reparsedAsSeen("가", parse, null);
    expect(parse.mock.calls).toEqual([["12"], ["가"]]);
  });
});
