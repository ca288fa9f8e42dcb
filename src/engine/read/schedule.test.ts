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

  it("a line naming several projects is kept for each of them that gets no department, with the names it may be", () => {
    const match = matchDepartmentList(list(["돌봄(아동)", "아동복지과"], ["돌봄", "노인복지과"], ["돌봄 [신규]", "복지정책과"]), projects("돌봄(노인)", "돌봄(아동)", "돌봄(장애인)"));
    expect(departments(match)).toEqual({ "I-1-2": "아동복지과" });
    expect(Object.fromEntries(Object.entries(match.several).map(([id, s]) => [id, [s.entry.project.ref.row, s.entry.project.raw, s.names]]))).toEqual({
      "I-1-1": [11, "돌봄", ["돌봄(노인)", "돌봄(아동)", "돌봄(장애인)"]],
      "I-1-3": [11, "돌봄", ["돌봄(노인)", "돌봄(아동)", "돌봄(장애인)"]],
    });
  });

  describe("a line written as a 대표과업's (or a strategy's) name is theirs, not a project's whose name contains it", () => {
    const task = [{ name: "사각지대 발굴" }, { name: "사회보장급여 이용·제공 및 수급권자 발굴" }];

    it.each([
      ["the task's line alone", [["사각지대 발굴", "희망복지지원단"]], {}],
      ["the task's line labelled", [["대표과업 2. 사각지대 발굴", "희망복지지원단"]], {}],
      ["the strategy's line numbered", [["Ⅱ-1 사회보장급여 이용ㆍ제공 및 수급권자 발굴", "희망복지지원단"]], {}],
      ["the task's line, then the project's", [["사각지대 발굴", "희망복지지원단"], ["사각지대 발굴(신규)", "복지정책과"]], { "I-1-1": "복지정책과" }],
      ["the project's line, then the task's", [["Ⅱ-1-2-1 사각지대 발굴(신규)", "복지정책과"], ["사각지대 발굴", "희망복지지원단"]], { "I-1-1": "복지정책과" }],
      ["the task's line numbered", [["Ⅱ-1-2 사각지대 발굴", "희망복지지원단"]], {}],
    ] as [string, [string, string][], Record<string, string>][])("%s", (_, lines, wanted) => {
      const match = matchDepartmentList(list(...lines), projects("사각지대 발굴(신규)"), task);
      expect(departments(match)).toEqual(wanted);
      expect(match.unmatched).toEqual([]);
    });

    it.each([
      ["the project's line first", [["사각지대 발굴", "복지정책과"], ["대표과업 2. 사각지대 발굴", "희망복지지원단"]]],
      ["the task's line first", [["대표과업 2. 사각지대 발굴", "희망복지지원단"], ["사각지대 발굴", "복지정책과"]]],
    ] as [string, [string, string][]][])("a project bearing its task's name takes the line written as that name; the labelled line is the task's (%s)", (_, lines) => {
      const match = matchDepartmentList(list(...lines), projects("사각지대 발굴"), task);
      expect(departments(match)).toEqual({ "I-1-1": "복지정책과" });
    });
  });
});
