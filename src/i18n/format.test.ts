import { format, placeholders } from "./format";

describe("format", () => {
  it.each([
    ["{name}: {year}년 {value}", { name: "사업", year: 2024, value: 3 }, "사업: 2024년 3"],
    ["{a}{a}{b}", { a: "x", b: 0 }, "xx0"],
    ["없는 {missing} 자리", { other: 1 }, "없는 {missing} 자리"],
    ["{toString} {constructor}", {}, "{toString} {constructor}"],
    ["{ name } {} {이름} {name", { name: "n" }, "{ name } {} {이름} {name"],
    ["", { name: "n" }, ""],
    ["{name}", { name: "{year}" , year: 1 }, "{year}"],
  ])("%s", (template, data, expected) => {
    expect(format(template, data)).toBe(expected);
    expect(format(template, data)).toBe(expected); // the second time from the split kept for the template
  });

  it("lists placeholders", () => {
    expect(placeholders("{b} {a} {b}")).toEqual(["a", "b", "b"]);
  });
});
