import { readScheduleDate, revisionYear } from "./schedule";

describe("readScheduleDate — a 관리체계 date as districts write it", () => {
  it.each([
    ["'22. 11.", { year: 2022, month: 11 }],
    ["2022.11", { year: 2022, month: 11 }],
    ["22년 11월", { year: 2022, month: 11 }],
    ["2022-11-05", { year: 2022, month: 11, day: 5 }],
    // As it looks: fullwidth digits and point (a Korean IME), another dash, a zero-width space.
    ["２０２２. １１.", { year: 2022, month: 11 }],
    ["'２２．１１．", { year: 2022, month: 11 }],
    ["２２년 １１월", { year: 2022, month: 11 }],
    ["2022–11–05", { year: 2022, month: 11, day: 5 }],
    ["2022.\u200b11", { year: 2022, month: 11 }],
  ])("%j", (text, date) => {
    expect(readScheduleDate(text)).toEqual(date);
  });

  it.each(["", "11월", "2022.13", "２０２２.１３", "수시"])("%j is no date", (text) => {
    expect(readScheduleDate(text)).toBeNull();
  });
});

describe("revisionYear", () => {
  it.each([
    ["'23", 2023],
    ["2023년", 2023],
    ["２０２３년", 2023],
    ["'２３", 2023],
  ])("%j → %d", (text, year) => {
    expect(revisionYear(text)).toBe(year);
  });
  it("is null for a text that is no year", () => {
    expect(revisionYear("수정")).toBeNull();
  });
});
