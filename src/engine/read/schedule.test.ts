import type { DepartmentEntry } from "../plan";
import { matchDepartmentList, readScheduleDate, revisionYear } from "./schedule";

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

describe("matchDepartmentList — whose department a line gives", () => {
  /** Lines of the list (name, 과) from row 10 of 관리체계, column D. */
  const list = (...lines: [string, string][]): DepartmentEntry[] =>
    lines.map(([name, division], i) => ({
      office: null,
      bureau: null,
      division: { ref: { sheet: "관리체계", row: 10 + i, col: 2 }, raw: division },
      project: { ref: { sheet: "관리체계", row: 10 + i, col: 3 }, raw: name },
    }));
  const projects = (...names: string[]) => names.map((name, i) => ({ id: `I-1-${i + 1}`, name }));
  const departments = (match: ReturnType<typeof matchDepartmentList>) => Object.fromEntries(Object.entries(match.byProject).map(([id, cell]) => [id, cell.raw]));

  it("a line written as a project's whole name is that project's alone; a line naming several once their tails are left out gives none", () => {
    const match = matchDepartmentList(list(["돌봄(아동)", "아동복지과"], ["돌봄", "노인복지과"]), projects("돌봄(노인)", "돌봄(아동)"));
    expect(departments(match)).toEqual({ "I-1-2": "아동복지과" });
    expect(match.unmatched).toEqual([]);
  });

  it("a line naming one project once a tail is left out, its own or the project's, gives it its department", () => {
    const match = matchDepartmentList(list(["돌봄", "노인복지과"], ["안부 확인(중점)", "복지정책과"]), projects("돌봄(노인)", "아동 급식", "안부 확인"));
    expect(departments(match)).toEqual({ "I-1-1": "노인복지과", "I-1-3": "복지정책과" });
  });

  it("a line written as one project's name gives no other project whose name without its tail it is", () => {
    const match = matchDepartmentList(list(["돌봄", "노인복지과"]), projects("돌봄", "돌봄(노인)"));
    expect(departments(match)).toEqual({ "I-1-1": "노인복지과" });
  });

  it("a line's variant (its own tail left out) is stronger than a project's name without its tail", () => {
    const match = matchDepartmentList(list(["돌봄", "노인복지과"], ["돌봄(노인)(중점)", "복지정책과"]), projects("돌봄(노인)"));
    expect(departments(match)).toEqual({ "I-1-1": "복지정책과" });
  });
});
