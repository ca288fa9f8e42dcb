import { jsonText, stripControls } from "./terminal";

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
