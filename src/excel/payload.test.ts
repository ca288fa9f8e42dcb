/**
 * The payload test: every feature of the pane and the ribbon on a 5,000-row plan (the sample grown, with
 * its merge density), run through the Office.js adapter and Microsoft's own Excel runtime
 * (excel-web-16.00.debug.js) — each request measured in bytes exactly as Excel on the web would receive
 * it, against its 5 MB limit, with a margin: every request and every response stays under 4 MB.
 *
 * With PLAN_CHECK_PAYLOAD_REPORT set to a file path, the largest request per feature is written there
 * as JSON (bench/payload.js prints it: `npm run bench`).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { applyInputRules } from "../app/departments";
import { applyFixes } from "../app/fixes";
import { clearHighlights, validateInPlace } from "../app/inPlace";
import { resultsSheet } from "../app/resultsSheet";
import { recordRevision, saveBaseline } from "../app/revisionLog";
import { writeSummaries } from "../app/summarize";
import { readPlan, type Grid } from "../engine";
import { readWorkbookBuffer } from "../xlsx/readGrid";
import { createOfficePort } from "./officePort";
import { grownPlan } from "../../test/kits/excel/grownPlan";
import { LiveWorkbook } from "../../test/kits/excel/liveWorkbook";

const SAMPLE = path.join(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");
const LIMIT = 4_000_000;
const NOW = new Date(2026, 10, 30, 12, 0, 0);

interface FeatureFigures {
  feature: string;
  error?: string;
  requests: number;
  largestRequest: number;
  largestResponse: number;
}

it("keeps every request and response of every feature under 4 MB on a 5,000-row plan", async () => {
  const sample: Grid = await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE)));
  const big = grownPlan(sample, 5000);
  const live = LiveWorkbook.fromGrid(big);
  const port = createOfficePort(live.run);
  const figures: FeatureFigures[] = [];
  const measure = async <T>(feature: string, work: () => Promise<T>): Promise<T> => {
    const from = live.requests.length;
    let result: T | undefined;
    let error: string | undefined;
    try {
      result = await work();
    } catch (e) {
      error = (e as Error).message;
    }
    const sent = live.requests.slice(from).filter((r) => !r.cleanup);
    figures.push({
      feature,
      ...(error ? { error } : {}),
      requests: sent.length,
      largestRequest: Math.max(0, ...sent.map((r) => r.bytes)),
      largestResponse: Math.max(0, ...sent.map((r) => r.responseBytes)),
    });
    return result as T;
  };

  const report = process.env.PLAN_CHECK_PAYLOAD_REPORT;
  const validation = await measure("계획 검증 (validate + highlight)", () => validateInPlace(port));
  expect(validation.plan.projects.length).toBeGreaterThan(3000);
  await measure("검증결과", () => port.replaceSheet(resultsSheet(validation.plan, validation.findings, "ko", NOW)));
  await measure("요약 만들기", () => writeSummaries(port, "ko", { now: NOW }));
  await measure("기준선 저장", () => saveBaseline(port, { now: NOW }));
  const project = readPlan(big).projects[100];
  const budget = project.budgets.find((b) => b.value.kind === "number")!;
  live.type(budget.ref, 123_456);
  const recorded = await measure("수정이력 기록", () => recordRevision(port, { reason: "payload test", author: "test", revisionYear: 2024, now: NOW }));
  expect(recorded?.status).toBe("recorded");
  const rules = await measure("입력 규칙 적용", () => applyInputRules(port, "ko"));
  expect(rules?.flags + rules?.budgets).toBeGreaterThan(10_000);
  const fixes = await measure("확실한 수정 적용", () => applyFixes(port, validation.findings, NOW));
  expect(fixes?.applied.length).toBeGreaterThan(0);
  // The store now holds the baseline, the log's seal and the fixes: it is read whole, with the plan.
  const logged = await measure("계획 검증, 수정이력 있음", () => validateInPlace(port));
  expect(logged.findings.filter((f) => f.ruleId === "log/tampered")).toEqual([]);
  expect(await measure("강조 지우기", () => clearHighlights(port))).toBeGreaterThan(0);
  // The 수정이력 deleted by hand: the store, read with the plan, says rows were written.
  live.sheets = live.sheets.filter((sheet) => sheet.name !== "수정이력");
  const gone = await measure("계획 검증, 수정이력 삭제됨", () => validateInPlace(port));
  expect(gone.findings.filter((f) => f.ruleId === "log/tampered").map((f) => f.messageId)).toEqual(["missingSheet"]);

  if (report) await fs.writeFile(report, JSON.stringify(figures, null, 2));
  // Issue 14: a validation is at most 4 requests, the one-run lock riding in the read's and the highlight's,
  // the store (with a 수정이력 or without it) in the read's.
  expect(figures.filter((f) => /^(계획 검증|강조 지우기)/.test(f.feature)).map((f) => [f.feature, f.requests])).toEqual([
    ["계획 검증 (validate + highlight)", 4],
    ["계획 검증, 수정이력 있음", 4],
    ["강조 지우기", 3],
    ["계획 검증, 수정이력 삭제됨", 4],
  ]);
  for (const f of figures) {
    expect([f.feature, f.error, f.largestRequest < LIMIT, f.largestResponse < LIMIT]).toEqual([f.feature, undefined, true, true]);
  }
}, 600_000);
