/**
 * English counts: the catalogues the pane, the CLI and the generated sheets speak through name a count as
 * "Files: 1" ("Errors: 1" in the pane's summary line), never "1 files"; Korean counts (파일 1개) need no plural.
 */
import { appTexts } from "./app";
import { departmentTexts } from "./departments";
import { format, placeholders, type Texts } from "./format";
import { resultsTexts } from "./results";
import { ruleTexts } from "./rules";
import { summaryTexts } from "./summary";
import { uiTexts } from "./ui";

const catalogues: Record<string, Record<string, Texts>> = {
  app: appTexts,
  departments: departmentTexts,
  results: resultsTexts,
  summary: summaryTexts,
  ui: uiTexts,
  rules: Object.fromEntries(Object.entries(ruleTexts).flatMap(([ruleId, rule]) => Object.entries(rule.messages).map(([id, texts]) => [`${ruleId}/${id}`, texts]))),
};

/** Placeholders that hold a count (files is a count in some texts, file names in others: "{files} holds …"). */
const COUNTS = new Set(["count", "error", "warning", "info", "errors", "warnings", "total", "files", "projects", "indicators", "strategies", "tasks", "projectRows", "keyProjects", "rows", "cells", "applied", "skipped", "added", "conflicts", "matched", "foreign", "own", "index", "recorded", "missing"]);

/** "1 files", "1 errors", "(1 rows)": a count of one before a plural noun (a verb after a count of names, "1 holds", excepted). */
const ONE_PLURAL = /\b1 (?!is\b|was\b|has\b|holds\b|names\b)[a-z]+s\b/;

describe("English counts read right for one", () => {
  it.each(Object.keys(catalogues))("the %s catalogue says no '1 files'", (name) => {
    const wrong = Object.entries(catalogues[name])
      // The usage's "Exit status: 0 no errors · 1 errors found" lists exit codes, not a count.
      .filter(([id]) => id !== "cli.usage")
      .map(([id, texts]) => [id, format(texts.en, Object.fromEntries(placeholders(texts.en).map((key) => [key, COUNTS.has(key) ? 1 : "X"])))] as const)
      .filter(([, text]) => ONE_PLURAL.test(text));
    expect(wrong).toEqual([]);
  });

  it("the gathered files and a department's file line, with one of each", () => {
    expect(format(uiTexts["resultsTab.gather.done"].en, { files: 1, sheet: "시행결과_2024" })).toBe("Gathered into the '시행결과_2024' sheet; files: 1.");
    expect(format(departmentTexts["report.file"].en, { file: "a.xlsx", department: "복지정책과", projects: 1, matched: 1, errors: 1, warnings: 1 })).toBe(
      "a.xlsx: 복지정책과 · Projects: 1 (matched in the master: 1) · Errors: 1 · Warnings: 1",
    );
  });
});
