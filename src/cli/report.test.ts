import type { ValidationResult } from "../app/validateWorkbook";
import type { CellRef, Finding, Plan, Project, Strategy, Task } from "../engine";
import { countBySeverity } from "../engine";
import {
  exitCodeFor,
  failureLine,
  jsonReport,
  renderJson,
  renderJsonPieces,
  renderTextReport,
  totalLine,
  type FileOutcome,
  type JsonReport,
} from "./report";
import { jsonText } from "./terminal";
import * as path from "path";


// Two rules of the test's own, so the report's layout is tested apart from the real rules' wording.
jest.mock("../i18n/rules", () => {
  const actual = jest.requireActual("../i18n/rules");
  const testTexts: Record<string, Record<string, { ko: string; en: string }>> = {
    "test/budget": { textNumber: { ko: "예산 「{value}」이 글자로 적혀 있습니다", en: "budget '{value}' is written as text" } },
    "test/strategy": { note: { ko: "참고: {value}", en: "note: {value}" } },
  };
  return { ...actual, ruleMessage: (ruleId: string, messageId: string) => testTexts[ruleId]?.[messageId] ?? actual.ruleMessage(ruleId, messageId) };
});

const SHEET = "총괄표";
const ref = (row: number, col: number, sheet = SHEET): CellRef => ({ sheet, row, col });

function strategy(id: string, name: string, row: number): Strategy {
  const part = id.startsWith("II") ? 2 : 1;
  return { id, part, number: Number(id.split("-").pop()), name, cell: { ref: ref(row, 0), raw: name }, indicators: [] };
}

function task(id: string, strategyId: string, name: string, row: number): Task {
  return { id, strategyId, number: Number(id.split("-").pop()), name, cell: { ref: ref(row, 1), raw: name }, indicators: [] };
}

function project(id: string, name: string, strategyId: string, taskId: string | null, firstRow: number, lastRow = firstRow): Project {
  return {
    id,
    strategyId,
    taskId,
    number: Number(id.split("-").pop()),
    numberCell: null,
    name,
    nameCell: { ref: ref(firstRow, 1), raw: name },
    department: null,
    remark: null,
    flags: { key: null, partnership: null, isNew: null },
    indicators: [],
    budgets: [],
    firstRow,
    lastRow,
  };
}

/** A stub plan: one Part I strategy with a project, one Part II strategy with a task and a project. */
function stubPlan(): Plan {
  return {
    sheet: SHEET,
    sheets: [SHEET],
    period: 5,
    periodEvidence: { byYears: 5, byHeaders: 5, headerRef: null, mixed: false },
    years: [],
    budgetUnit: { unit: "백만원", ref: null, raw: "" },
    headerRows: { first: 0, last: 1 },
    columns: [],
    targetYears: [],
    budgetYears: [],
    planYears: [],
    strategies: [strategy("I-1", "소득 보장", 2), strategy("II-1", "돌봄 체계", 6)],
    tasks: [task("II-1-1", "II-1", "통합돌봄\n기반 구축", 7)],
    projects: [
      project("I-1-1", "청년 일자리\n지원", "I-1", null, 3, 4),
      project("II-1-1-1", "어르신 돌봄", "II-1", "II-1-1", 8),
    ],
    totals: [],
    schedule: null,
    errorCells: [],
    unplacedRows: [],
    revisionLog: null,
  };
}

const findings: Finding[] = [
  {
    ruleId: "test/budget",
    severity: "error",
    messageId: "textNumber",
    ref: ref(3, 11),
    projectId: "I-1-1",
    data: { value: "2,478" },
    fix: { ref: ref(3, 11), from: "2,478", to: 2478 },
  },
  { ruleId: "test/strategy", severity: "info", messageId: "note", ref: ref(7, 5), data: { value: "줄1\n줄2" } },
  { ruleId: "test/budget", severity: "warning", messageId: "textNumber", ref: ref(8, 12), projectId: "II-1-1-1", data: { value: "-" } },
  { ruleId: "test/schedule", severity: "warning", messageId: "unknown", ref: ref(4, 2, "관리체계"), data: {} },
];

function result(list: Finding[] = findings): ValidationResult {
  return {
    plan: stubPlan(),
    counts: { strategies: 2, tasks: 1, projectRows: 2, projects: 2, keyProjects: 0, indicators: 0 },
    findings: list,
    severities: countBySeverity(list),
  };
}


describe("text report", () => {
  it("groups findings by sheet, strategy, task and project (Korean)", () => {
    expect(renderTextReport("마포구.xlsx", result(), "ko", { color: false })).toBe(
      [
        "마포구.xlsx",
        "제5기 · 전략 2 · 대표과업 1 · 사업 2개(2행) · 중점 0 · 성과지표 0",
        "「총괄표」",
        "  I-1 소득 보장",
        "    I-1-1 청년 일자리 지원",
        "      오류  L4     예산 「2,478」이 글자로 적혀 있습니다",
        "                   고침: L4 \"2,478\" → 2478",
        "  II-1 돌봄 체계",
        "    II-1-1 통합돌봄 기반 구축",
        "      정보  F8     참고: 줄1↵줄2",
        "      II-1-1-1 어르신 돌봄",
        "        경고  M9     예산 「-」이 글자로 적혀 있습니다",
        "「관리체계」",
        "  경고  C5     test/schedule/unknown",
        "오류 1 · 경고 2 · 정보 1",
        "",
      ].join("\n"),
    );
  });

  it("speaks English with --lang en", () => {
    const text = renderTextReport("mapo.xlsx", result(), "en", { color: false });
    expect(text).toContain("strategies 2 · tasks 1 · projects 2 (rows 2) · key 0 · indicators 0");
    expect(text).toContain("      error    L4     budget '2,478' is written as text");
    expect(text).toContain('fix: L4 "2,478" → 2478');
    expect(text.trimEnd().split("\n").pop()).toBe("errors 1 · warnings 2 · info 1");
  });

  it("prints a project's headings again when another project's findings came between", () => {
    const under = (projectId: string, row: number, value: string): Finding => ({
      ruleId: "test/budget",
      severity: "warning",
      messageId: "textNumber",
      ref: ref(row, 11),
      projectId,
      data: { value },
    });
    const list = [under("I-1-1", 3, "a"), under("II-1-1-1", 8, "b"), under("I-1-1", 4, "c"), under("II-1-1-1", 8, "d"), under("II-1-1-1", 8, "e")];
    expect(renderTextReport("a.xlsx", result(list), "ko", { color: false }).split("\n").slice(2, -2)).toEqual([
      "「총괄표」",
      "  I-1 소득 보장",
      "    I-1-1 청년 일자리 지원",
      "      경고  L4     예산 「a」이 글자로 적혀 있습니다",
      "  II-1 돌봄 체계",
      "    II-1-1 통합돌봄 기반 구축",
      "      II-1-1-1 어르신 돌봄",
      "        경고  L9     예산 「b」이 글자로 적혀 있습니다",
      "  I-1 소득 보장",
      "    I-1-1 청년 일자리 지원",
      "      경고  L5     예산 「c」이 글자로 적혀 있습니다",
      "  II-1 돌봄 체계",
      "    II-1-1 통합돌봄 기반 구축",
      "      II-1-1-1 어르신 돌봄",
      "        경고  L9     예산 「d」이 글자로 적혀 있습니다",
      "        경고  L9     예산 「e」이 글자로 적혀 있습니다",
    ]);
  });

  it("heads a finding on a plan split over two sheets by its own sheet's strategy and task, not by a row of the same number on the other", async () => {
    const { readWorkbookFile } = await import("../xlsx/readFile");
    const { validateGrid } = await import("../app/validateWorkbook");
    const split = validateGrid(await readWorkbookFile(path.join(__dirname, "../../test/fixtures/layouts/5th-split-parts.xlsx")));
    const lines = renderTextReport("split.xlsx", split, "ko", { color: false }).split("\n");
    /** The headings open above the finding at `address` of `sheet`, outermost first. */
    const headingsAbove = (sheet: string, address: string): string[] => {
      const at = lines.findIndex((line, i) => new RegExp(`^\\s+\\S+\\s+${address}\\s`).test(line) && lines.slice(0, i).reverse().find((l) => l.startsWith("「")) === `「${sheet}」`);
      expect(at).toBeGreaterThan(0);
      const depth = (line: string) => line.length - line.trimStart().length;
      const headings: string[] = [];
      let below = depth(lines[at]);
      for (let i = at - 1; i >= 0 && !lines[i].startsWith("「"); i--) {
        if (depth(lines[i]) < below && /^\s+[IV]+-/.test(lines[i])) {
          headings.unshift(lines[i].trim().split(" ")[0]);
          below = depth(lines[i]);
        }
      }
      return headings;
    };
    // I-1's own indicator on 총괄표(Ⅰ) row 6; 총괄표(Ⅱ) has II-1-1's task row at the same row number.
    expect(headingsAbove("총괄표(Ⅰ)", "K6")).toEqual(["I-1"]);
    // A task's own rows on the second sheet are headed by their strategy and task.
    expect(headingsAbove("총괄표(Ⅱ)", "H10")).toEqual(["II-1", "II-1-2"]);
    expect(headingsAbove("총괄표(Ⅱ)", "F24")).toEqual(["II-3", "II-3-1"]);
  });

  it("says so when nothing was found", () => {
    expect(renderTextReport("a.xlsx", result([]), "ko", { color: false }).split("\n").slice(2)).toEqual([
      "찾은 문제가 없습니다.",
      "오류 0 · 경고 0 · 정보 0",
      "",
    ]);
  });

  it("colours only when asked", () => {
    expect(renderTextReport("a.xlsx", result(), "ko", { color: false })).not.toContain("\x1b[");
    const coloured = renderTextReport("a.xlsx", result(), "ko", { color: true });
    expect(coloured).toContain("\x1b[1;31m오류\x1b[0m");
    expect(coloured).toContain("\x1b[33m경고\x1b[0m");
  });

  it("names the sheet of a fix that lies elsewhere", () => {
    const elsewhere: Finding = { ...findings[0], fix: { ref: ref(1, 1, "요약 '표'"), from: 1, to: 2 } };
    expect(renderTextReport("a.xlsx", result([elsewhere]), "ko", { color: false })).toContain("고침: '요약 ''표'''!B2 1 → 2");
  });
});

describe("json report", () => {
  it("has the contract's shape", () => {
    const report = jsonReport({ file: "마포구.xlsx", result: result() }, "ko") as JsonReport;
    expect(report).toEqual({
      file: "마포구.xlsx",
      plan: { sheet: SHEET, period: 5, years: [], sheets: [SHEET], strategies: 2, tasks: 1, projectRows: 2, projects: 2, keyProjects: 0, indicators: 0 },
      findings: [
        {
          ruleId: "test/budget",
          severity: "error",
          sheet: SHEET,
          address: "L4",
          projectId: "I-1-1",
          messageId: "textNumber",
          message: "예산 「2,478」이 글자로 적혀 있습니다",
          data: { value: "2,478" },
          fix: { sheet: SHEET, address: "L4", from: "2,478", to: 2478 },
        },
        {
          ruleId: "test/strategy",
          severity: "info",
          sheet: SHEET,
          address: "F8",
          projectId: null,
          messageId: "note",
          message: "참고: 줄1\n줄2",
          data: { value: "줄1\n줄2" },
          fix: null,
        },
        expect.objectContaining({ address: "M9", projectId: "II-1-1-1", fix: null }),
        expect.objectContaining({ sheet: "관리체계", address: "C5", message: "test/schedule/unknown" }),
      ],
      counts: { error: 1, warning: 2, info: 1 },
    });
  });

  it("is always an array, with unreadable files as {file, error}", () => {
    const outcomes: FileOutcome[] = [
      { file: "a.xlsx", result: result() },
      { file: "b.xlsx", failure: { reason: "passwordProtected", data: {} } },
    ];
    const parsed = JSON.parse(renderJson(outcomes, "en"));
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed[0].findings[0].message).toBe("budget '2,478' is written as text");
    expect(parsed[1]).toEqual({
      file: "b.xlsx",
      error: {
        reason: "passwordProtected",
        message: expect.stringMatching(/^b\.xlsx: the workbook is password-protected/),
        data: {},
      },
    });
    expect(JSON.parse(renderJson([outcomes[0]], "ko"))).toHaveLength(1);
  });

  it("written in pieces, reads byte for byte as the whole array pretty-printed at once, controls escaped", () => {
    const outcomes: FileOutcome[] = [
      { file: "a\u009b\u2028\"x\".xlsx", result: result() },
      { file: "b.xlsx", failure: { reason: "noPlanTable", data: { sheets: "총괄표,\n\u202e" } } },
      { file: "c.xlsx", result: result([]) },
      {
        file: "d.xlsx",
        result: result([
          {
            ruleId: "test/strategy",
            severity: "warning",
            messageId: "note",
            ref: ref(2, 3, "시트\u009b\"'"),
            data: { value: "\u2028값\"\\", n: 3 },
            fix: { ref: ref(2, 4, "시트\u009b\"'"), from: "\u202e", to: 1.5 },
          },
        ]),
      },
    ];
    const whole = `${jsonText(outcomes.map((outcome) => jsonReport(outcome, "ko")))}\n`;
    expect(renderJson(outcomes, "ko")).toBe(whole);
    expect([...renderJsonPieces(outcomes, "ko")].length).toBeGreaterThan(outcomes.length);
    expect(whole).not.toMatch(/[\u009b\u2028\u202e]/);
    expect(renderJson([], "en")).toBe("[]\n");
  });

  it("prints a plan's many findings in several pieces that join as the whole array printed at once", () => {
    const many: Finding[] = [];
    for (let i = 0; i < 300; i++) {
      const hostile = i % 97 === 0 ? "\u009b\u2028\"" : "";
      many.push({ ...findings[i % findings.length], ref: ref(10 + i, 3), data: { value: `${i}${hostile}`, n: i } });
    }
    const outcomes: FileOutcome[] = [{ file: "many.xlsx", result: result(many) }, { file: "one.xlsx", result: result([many[0]]) }];
    expect(renderJson(outcomes, "ko")).toBe(`${jsonText(outcomes.map((outcome) => jsonReport(outcome, "ko")))}\n`);
    expect([...renderJsonPieces(outcomes, "ko")].length).toBeGreaterThan(6);
  });

  it("prints any data, a value missing from a message and a split surrogate pair as JSON.stringify does", () => {
    const odd = (data: Record<string, unknown>, fix?: Finding["fix"]): Finding =>
      ({ ruleId: "test/strategy", severity: "info", messageId: "note", ref: ref(2, 3), data, fix }) as Finding;
    const list = [
      odd({ value: Number.NaN, n: -0, big: 1e21 }, { ref: ref(2, 4), from: Number.POSITIVE_INFINITY, to: "x" }),
      odd({ value: undefined, n: null }),
      odd({ value: true, nested: { a: ["b"] } }),
      odd({ other: "no value" }),
      odd({ value: "\ud83d", n: "\ude00" }), // halves of one emoji, printed apart
      odd({ value: "a\ud83d\ude00b", "키 \"1\"": 1, 2: "number key" }),
      odd({}),
    ];
    const outcomes: FileOutcome[] = [{ file: "odd.xlsx", result: result(list) }];
    expect(renderJson(outcomes, "en")).toBe(`${jsonText(outcomes.map((outcome) => jsonReport(outcome, "en")))}\n`);
  });
});

describe("exit status and summary lines", () => {
  const clean: FileOutcome = { file: "ok.xlsx", result: result([findings[1]]) };
  const failing: FileOutcome = { file: "bad.xlsx", result: result() };
  const unreadable: FileOutcome = { file: "x.xlsx", failure: { reason: "noPlanTable", data: {} } };

  it("0 without errors, 1 with errors, 2 when a file could not be read", () => {
    expect(exitCodeFor([clean])).toBe(0);
    expect(exitCodeFor([clean, failing])).toBe(1);
    expect(exitCodeFor([failing, unreadable])).toBe(2);
    expect(exitCodeFor([unreadable, clean])).toBe(2);
  });

  it("totals several files", () => {
    expect(totalLine([clean, failing, unreadable], "ko")).toBe("합계: 파일 3개 · 읽지 못함 1 · 오류 1 · 경고 2 · 정보 2");
    expect(totalLine([clean, failing, unreadable], "en")).toBe(
      "total: files 3 · unreadable 1 · errors 1 · warnings 2 · info 2",
    );
  });

  it("an unreadable file is one line", () => {
    expect(failureLine({ file: "x.xlsx", failure: { reason: "noPlanTable", data: {} } }, "ko")).toBe(
      "x.xlsx: 계획 표를 찾지 못했습니다. 찾던 것: 사업번호(연번)·사업명·성과지표·예산(백만원) 머리글이 있는 표",
    );
    expect(
      failureLine({ file: "y.xlsx", failure: { reason: "unexpected", data: { detail: "TypeError: boom\n    at x" } } }, "en"),
    ).toBe("y.xlsx: unexpected error while reading: TypeError: boom at x");
  });
});
