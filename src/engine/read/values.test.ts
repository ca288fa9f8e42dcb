import { cellText, type CellValue } from "../grid";
import { classifyFlag, parseBudget, parseNumberPath, parseNumberText, parseTarget, readBudget, readFlagText, readTarget, unitFromName } from "./values";

describe("classifyFlag", () => {
  it.each([
    ["○", "yes", true],
    ["×", "no", true],
    ["-", "notApplicable", true],
    ["", "empty", true],
    ["O", "yes", false],
    ["o", "yes", false],
    ["0", "yes", false],
    ["◯", "yes", false],
    ["●", "yes", false],
    ["X", "no", false],
    ["x", "no", false],
    ["✕", "no", false],
    ["✖", "no", false],
    ["–", "notApplicable", false],
    ["예", "unknown", false],
  ])("%p → %s", (raw, state, exact) => {
    expect(classifyFlag(raw)).toEqual({ state, exact });
  });
  it("reads the number 0 as a look-alike of ○", () => {
    expect(classifyFlag(0)).toEqual({ state: "yes", exact: false });
  });
});

describe("parseBudget", () => {
  it.each([
    [80, { kind: "number", value: 80, fromText: false }],
    ["2,478", { kind: "number", value: 2478, fromText: true }],
    ["196.6", { kind: "number", value: 196.6, fromText: true }],
    ["-", { kind: "none" }],
    [null, { kind: "empty" }],
    ["  ", { kind: "empty" }],
    ["약 50", { kind: "invalid" }],
    ["2,47,8", { kind: "invalid" }],
    [{ error: "#REF!" }, { kind: "invalid" }],
  ])("%p", (raw, parsed) => {
    expect(parseBudget(raw as never)).toEqual(parsed);
  });
});

describe("parseTarget", () => {
  it.each([
    ["94.5%", { kind: "number", value: 94.5, unit: "%" }],
    ["680명", { kind: "number", value: 680, unit: "명" }],
    ["73천원", { kind: "number", value: 73, unit: "천원" }],
    ["2,000명", { kind: "number", value: 2000, unit: "명" }],
    ["16,000건", { kind: "number", value: 16000, unit: "건" }],
    ["1건(준공)", { kind: "number", value: 1, unit: "건", note: "준공" }],
    ["4.63%", { kind: "number", value: 4.63, unit: "%" }],
    ["15", { kind: "number", value: 15, unit: "" }],
    [25, { kind: "number", value: 25, unit: "" }],
    ["착공", { kind: "milestone", label: "착공" }],
    ["준공 및 개관", { kind: "milestone", label: "준공 및 개관" }],
    ["-", { kind: "none" }],
    [null, { kind: "empty" }],
    ["10~12%", { kind: "invalid" }],
    ["#DIV/0!", { kind: "invalid" }],
  ])("%p", (raw, parsed) => {
    expect(parseTarget(raw as never)).toEqual(parsed);
  });
});

describe("unitFromName", () => {
  it.each([
    ["평생교육 프로그램 이용인원(명)", "명"],
    ["서비스 이용률(%)", "%"],
    ["동지역사회보장협의체 역량 강화 교육 참여(단위: %)", "%"],
    ["장애인 일자리 참여 실적(증가율)", "증가율"],
    ["지역연계 프로그램 활성화(참여자수)", "참여자수"],
    ["고용복지 통합서비스 이용 인원", null],
    ["구(區) 동(洞) 연계협력회의 개최 횟수", null],
  ])("%p → %p", (name, unit) => {
    expect(unitFromName(name)).toBe(unit);
  });
  it("parses a plain number text", () => {
    expect(parseNumberText("1,000")).toBe(1000);
  });
});

describe("shared parsed values", () => {
  it("are frozen, shared by equal cells, and keep -0 apart from 0 whichever comes first", () => {
    expect(parseTarget(80)).toBe(parseTarget(80));
    expect(Object.isFrozen(parseBudget("1,200"))).toBe(true);
    for (const parse of [parseTarget, parseBudget]) {
      const zero = parse(0);
      const negativeZero = parse(-0);
      expect(Object.is((zero as { value: number }).value, 0)).toBe(true);
      expect(Object.is((negativeZero as { value: number }).value, -0)).toBe(true);
      expect(Object.is((parse(0) as { value: number }).value, 0)).toBe(true);
      expect(Object.isFrozen(negativeZero)).toBe(true);
    }
  });
});

describe("a cell's text and parse read together (readTarget, readBudget, readFlagText)", () => {
  const cells: CellValue[] = ["94.5%", " 680명 ", "2,478", "-", "/", "", "  ", null, 80, 0, -0, 12.5, NaN, true, { error: "#REF!" }, "○", "×", "x", "예"];
  it.each(cells.map((value) => [value]))("%p reads as cellText and the parse", (value) => {
    expect(readTarget(value).raw).toBe(cellText(value));
    expect(readTarget(value).value).toEqual(parseTarget(value));
    expect(Object.is(readBudget(value).raw, value)).toBe(true);
    expect(readBudget(value).value).toEqual(parseBudget(value));
    const text = cellText(value);
    expect(readFlagText(text)).toEqual({ raw: text, ...classifyFlag(value) });
  });
  it("is one frozen object for equal cells", () => {
    expect(readTarget("94.5%")).toBe(readTarget("94.5%"));
    expect(readBudget(80)).toBe(readBudget(80));
    expect(readFlagText("x")).toBe(readFlagText("x"));
    expect(Object.isFrozen(readTarget(12.5))).toBe(true);
    expect(Object.is((readTarget(-0).value as { value: number }).value, -0)).toBe(true);
  });
});

describe("numbers as they look: fullwidth digits and signs (a Korean IME), zero-width spaces, dashes other than '-'", () => {
  const DASH_LOOK_ALIKES = ["–", "—", "‐", "‑", "‒", "―", "−", "－", "﹣"];

  it.each([
    ["９５%", { kind: "number", value: 95, unit: "%" }],
    ["９５．５％", { kind: "number", value: 95.5, unit: "%" }],
    // ASCII and fullwidth digits mixed: one number, not 9 of the unit "５%".
    ["9５%", { kind: "number", value: 95, unit: "%" }],
    ["10０명", { kind: "number", value: 100, unit: "명" }],
    ["95．5%", { kind: "number", value: 95.5, unit: "%" }],
    ["5–", { kind: "invalid" }],
    ["１，２３４명", { kind: "number", value: 1234, unit: "명" }],
    ["－３%", { kind: "number", value: -3, unit: "%" }],
    ["＋５%", { kind: "number", value: 5, unit: "%" }],
    ["−3%", { kind: "number", value: -3, unit: "%" }],
    ["9\u200b5%", { kind: "number", value: 95, unit: "%" }],
    ["9\ufeff5%", { kind: "number", value: 95, unit: "%" }],
    ["2,\u2060000명", { kind: "number", value: 2000, unit: "명" }],
    ["１건(준공)", { kind: "number", value: 1, unit: "건", note: "준공" }],
    // Fullwidth brackets read as brackets: a note, not a unit "건（준공）"; a milestone's words with their note.
    ["１건（준공）", { kind: "number", value: 1, unit: "건", note: "준공" }],
    ["착공（예정）", { kind: "milestone", label: "착공(예정)" }],
    ["–\u200b", { kind: "none" }],
    ["10–12%", { kind: "invalid" }],
    ["９５～１００%", { kind: "invalid" }],
  ])("target %j", (raw, parsed) => {
    expect(parseTarget(raw)).toEqual(parsed);
  });

  it.each([
    ["１，２３４", { kind: "number", value: 1234, fromText: true }],
    ["１２．５", { kind: "number", value: 12.5, fromText: true }],
    ["2,\u200b478", { kind: "number", value: 2478, fromText: true }],
    ["1\u200c000", { kind: "number", value: 1000, fromText: true }],
    ["\ufeff2,478", { kind: "number", value: 2478, fromText: true }],
    ["－１０", { kind: "number", value: -10, fromText: true }],
    ["\u200b", { kind: "empty" }],
    ["–\u200b", { kind: "none" }],
    ["２，４７，８", { kind: "invalid" }],
    ["약 ５０", { kind: "invalid" }],
  ])("budget %j", (raw, parsed) => {
    expect(parseBudget(raw)).toEqual(parsed);
  });

  it.each(DASH_LOOK_ALIKES.map((dash) => [dash]))("%j alone is the dash of no value in a target and a budget, and a dash look-alike in a flag", (dash) => {
    expect(parseTarget(dash)).toEqual({ kind: "none" });
    expect(parseBudget(dash)).toEqual({ kind: "none" });
    expect(classifyFlag(dash)).toEqual({ state: "notApplicable", exact: false });
  });

  it.each([
    ["Ⅰ–1–2", 1, [1, 2]],
    ["Ⅱ—1—2—1", 2, [1, 2, 1]],
    ["Ⅰ－1－2", 1, [1, 2]],
    ["Ⅰ−1−2", 1, [1, 2]],
    ["Ⅰ‐1‐2", 1, [1, 2]],
    ["Ⅰ‑1‑2", 1, [1, 2]],
    ["Ⅰ‒1‒2", 1, [1, 2]],
    ["Ⅱ―3―4", 2, [3, 4]],
    ["Ⅰ﹣1﹣2", 1, [1, 2]],
    ["Ⅰ-１-２", 1, [1, 2]],
    ["Ⅱ－１－２－１．", 2, [1, 2, 1]],
    ["I\u200b-1-2", 1, [1, 2]],
    // The part typed as fullwidth Latin Ｉ (U+FF29), as a Korean IME in fullwidth mode types it.
    ["Ｉ-1-2", 1, [1, 2]],
    ["ＩＩ-1", 2, [1]],
    ["Ｉ－１－２", 1, [1, 2]],
  ])("project number %j reads as a path, its raw as written", (raw, part, levels) => {
    expect(parseNumberPath(raw)).toEqual({ part, levels, raw });
  });

  it.each(["Ⅰ–가", "Ⅰ. 지역사회보장사업", "Ⅰ—", "Ｉ. 지역사회보장사업", "ＩＩＩ-1"])("%j is still no path", (raw) => {
    expect(parseNumberPath(raw)).toBeNull();
  });

  it("a cell's text stays as written (raw) while its value is read as it looks", () => {
    expect(readTarget("９５％").raw).toBe("９５％");
    expect(readBudget("１，２３４").raw).toBe("１，２３４");
  });
});
