import { jsonText, nestedJsonText, stripControls } from "./terminal";

describe("stripControls", () => {
  it("removes escapes, carriage returns, C1 controls and bidi overrides; keeps tabs, line feeds and Hangul", () => {
    const hostile = "사업\u001b[2J\u001b]0;title\u0007명\r덮어쓰기\u009b31m\u202e끝\t\n";
    expect(stripControls(hostile)).toBe("사업[2J]0;title명덮어쓰기31m끝\t\n");
  });

  it("keeps the report's own colours only when asked, and nothing else of an escape", () => {
    expect(stripControls("\u001b[1;31m오류\u001b[0m\u001b[2J", true)).toBe("\u001b[1;31m오류\u001b[0m[2J");
    expect(stripControls("\u001b[1;31m오류\u001b[0m", false)).toBe("[1;31m오류[0m");
  });
});

describe("jsonText", () => {
  it("escapes what JSON.stringify leaves raw, so the data survives and nothing is interpreted", () => {
    const text = jsonText({ name: "a\u009b\u001b\u2028b" });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028]/);
    expect(JSON.parse(text)).toEqual({ name: "a\u009b\u001b\u2028b" });
  });
});

describe("nestedJsonText", () => {
  const values: unknown[] = [
    { a: 1, b: "두", c: [1, "x", null, true, false, [], {}], d: { e: { f: [{ g: -0 }] } } },
    { missing: undefined, fn: () => 1, list: [undefined, () => 1], n: NaN, inf: -Infinity, big: 1e21, small: 5e-7 },
    { "키 \"인용\"": "back\\slash \"quote\" tab\t nl\n cr\r nul\u0000 del\u007f c1\u009b ls\u2028 ps\u2029 bidi\u202e\u2066" },
    { lone: "a\ud800b", pair: "😀", trail: "\udc00", ok: "사업명 II-1-2-3 L12" },
    [],
    {},
    [[[]], [{}], "", 0],
    { date: new Date(Date.UTC(2026, 0, 2)) },
  ];

  it.each(values.map((value, i) => [i, value]))("prints value %i as JSON.stringify(value, null, 2), controls escaped", (_, value) => {
    const expected = JSON.stringify(value, null, 2).replace(
      /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
    expect(jsonText(value)).toBe(expected);
    expect(nestedJsonText(value, 2)).toBe(expected.replace(/\n/g, "\n    "));
  });
});
