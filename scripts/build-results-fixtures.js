#!/usr/bin/env node
/**
 * Writes the 시행결과 test workbooks for the bundled sample's 2024 (test/fixtures/results/), through the
 * add-in's own form code (dist/, built by `npm run build:cli`):
 *
 *   mapo-2024-results.xlsx  the sample plan with a filled 시행결과_2024 sheet: every case on its own row (below),
 *                           every other indicator met (실적 = target) and every budget spent in full
 *   mapo-2024-beside.xlsx   the sample plan with the district's own layout: '24 실적, 달성률, 미달성 사유, 집행액
 *                           columns beside the plan's budgets
 *
 */
"use strict";

const fs = require("fs");
const path = require("path");
const ROOT = path.join(__dirname, "..");
const dist = (p) => require(path.join(ROOT, "dist", p));
const { readPlan } = dist("engine");
const { resultsForm, FORM_COLS } = dist("app/resultsForm");
const { ExcelJsWorkbookPort } = dist("xlsx/exceljsPort");
const { readWorkbookBuffer } = dist("xlsx/readGrid");

const SAMPLE = path.join(ROOT, "assets", "samples", "mapo-5th-plan.xlsx");
const OUT = path.join(ROOT, "test", "fixtures", "results");
const YEAR = 2024;

/**
 * One case per row: project id, indicator index in the project, and what is written. `expect` names the
 * results rule message the row must raise (test/results.test.ts reads this list).
 */
const CASES = [
  { id: "I-1-2", i: 0, actual: 95.1, expect: null, what: "met (higher is better)" },
  { id: "I-1-2", i: 1, actual: 30, reason: "상담 인력 결원(2명)으로 상담 건수 감소", expect: null, what: "missed, with a reason" },
  { id: "I-1-5", i: 0, actual: 650, expect: "results/reason:noReason", what: "missed, no reason" },
  { id: "I-1-4", i: 0, actual: 23.9, spent: 2400, expect: null, what: "lower is better (판정율 23.9% ≤ 24.3%), a text budget 2,478" },
  { id: "I-3-2", i: 0, actual: "준공", expect: null, what: "a milestone met (준공 및 개관 → 준공)" },
  { id: "II-4-1-3", i: 0, actual: "운영 중", expect: null, what: "a '-' target: nothing to achieve" },
  { id: "I-1-6", i: 0, actual: "120명", expect: "results/unit:unitDiffers", what: "명 against a % target" },
  { id: "I-1-8", i: 0, actual: 160, achievement: 95, expect: "results/achievement:wrongAchievement", what: "달성률 typed wrong (160/150 = 106.7%)" },
  { id: "I-2-3", i: 1, actual: 600, expect: "results/over-achieved:farAbove", what: "far above target (600/250 = 240%)" },
  { id: "I-1-7", i: 0, actual: null, spent: 1.5, expect: "results/missing:noActual results/budget:spentWithoutActual", what: "no 실적, money spent" },
  { id: "I-3-1", i: 0, actual: "많이 증가", expect: "results/unreadable:actual", what: "a 실적 in words" },
  { id: "I-1-3", i: 0, spent: 2800, expect: "results/budget:overspent", what: "spent over the budget (2800 > 2627)" },
  { id: "I-1-5", budgetOnly: true, spent: 30, rate: 90, expect: "results/budget:wrongRate", what: "집행률 typed wrong (30/39 = 76.9%)" },
  { id: "I-2-1", i: 0, spent: null, rate: 105, expect: "results/budget:rateOver", what: "집행률 over 100% with no amount" },
];

function caseFor(row) {
  return CASES.filter((c) => c.id === row.id && (c.budgetOnly ? row.first : c.i === row.index));
}

async function buildFilled() {
  const bytes = fs.readFileSync(SAMPLE);
  const plan = readPlan(await readWorkbookBuffer(bytes));
  const form = resultsForm(plan, YEAR, "ko");
  const seen = new Map();
  for (const cells of form.sheet.rows.slice(2)) {
    const id = cells[FORM_COLS.id]?.value;
    if (typeof id !== "string" || !plan.projects.some((p) => p.id === id)) continue;
    const index = seen.get(id) ?? 0;
    seen.set(id, index + 1);
    const project = plan.projects.find((p) => p.id === id);
    const indicator = project.indicators[index];
    const target = indicator?.targets.find((t) => t.year === YEAR);
    // By default every indicator is met and every budget spent: each case stands alone on its row.
    if (target && target.value.kind === "number") cells[FORM_COLS.actual] = { value: target.value.value };
    if (target && target.value.kind === "milestone") cells[FORM_COLS.actual] = { value: target.value.label };
    const budget = project.budgets.find((b) => b.year === YEAR);
    if (index === 0 && budget && budget.value.kind === "number") cells[FORM_COLS.spent] = { value: budget.value.value };
    for (const c of caseFor({ id, index, first: index === 0 })) {
      if ("actual" in c) cells[FORM_COLS.actual] = { value: c.actual };
      if ("reason" in c) cells[FORM_COLS.reason] = { value: c.reason };
      if ("spent" in c) cells[FORM_COLS.spent] = { value: c.spent };
    }
  }
  const port = await ExcelJsWorkbookPort.fromBuffer(bytes);
  await port.replaceSheet(form.sheet);
  // Made again from what was written: the 달성률 and 집행률 formulas now carry their values, as Excel shows them.
  const again = resultsForm(readPlan(await port.readGrid()), YEAR, "ko");
  const rows = again.sheet.rows;
  const seen2 = new Map();
  for (const cells of rows.slice(2)) {
    const id = cells[FORM_COLS.id]?.value;
    if (typeof id !== "string") continue;
    const index = seen2.get(id) ?? 0;
    seen2.set(id, index + 1);
    for (const c of caseFor({ id, index, first: index === 0 })) {
      if ("achievement" in c) cells[FORM_COLS.achievement] = { value: c.achievement };
      if ("rate" in c) cells[FORM_COLS.executionRate] = { value: c.rate };
    }
  }
  // A row the plan does not have, before the closing note.
  rows.splice(rows.length - 2, 0, [{ value: "" }, { value: 9 }, { value: "없는 사업" }, { value: "" }, { value: "참여자 수" }, { value: "10명" }, { value: 12 }]);
  await port.replaceSheet(again.sheet);
  await port.setDataValidation(again.rules);
  return port.toBuffer();
}

/** The district's own layout: 실적 columns after the plan's budgets, on the indicators' own rows and lines. */
async function buildBeside() {
  const bytes = fs.readFileSync(SAMPLE);
  const plan = readPlan(await readWorkbookBuffer(bytes));
  const port = await ExcelJsWorkbookPort.fromBuffer(bytes);
  const last = Math.max(...plan.columns.map((c) => c.col));
  const col = { actual: last + 1, achievement: last + 2, reason: last + 3, spent: last + 4 };
  const header = plan.headerRows.first;
  const changes = [
    { ref: { sheet: plan.sheet, row: header, col: col.actual }, value: "'24 실적" },
    { ref: { sheet: plan.sheet, row: header, col: col.achievement }, value: "달성률" },
    { ref: { sheet: plan.sheet, row: header, col: col.reason }, value: "미달성 사유" },
    { ref: { sheet: plan.sheet, row: header, col: col.spent }, value: "'24 집행액" },
  ];
  const byId = new Map(plan.projects.map((p) => [p.id, p]));
  const put = (id, index, values) => {
    const project = byId.get(id);
    const target = project.indicators[index].targets.find((t) => t.year === YEAR);
    for (const [key, value] of Object.entries(values)) changes.push({ ref: { sheet: plan.sheet, row: target.ref.row, col: col[key] }, value });
  };
  put("I-1-1", 0, { actual: "172천원", achievement: "101.2%", spent: 0 });
  put("I-1-4", 0, { actual: "24.0%", achievement: "101.3%" });
  put("I-1-5", 0, { actual: "690명", achievement: "98.6%" });
  put("I-1-8", 0, { actual: "151명" });
  put("I-3-2", 0, { actual: "공사 진행", reason: "자재 수급 지연으로 개관 '25년 상반기로 연기" });
  put("I-2-1", 0, { actual: "81%", spent: 800 });
  await port.writeValues(changes);
  return port.toBuffer();
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, "mapo-2024-results.xlsx"), await buildFilled());
  fs.writeFileSync(path.join(OUT, "mapo-2024-beside.xlsx"), await buildBeside());
  console.log(`wrote ${path.relative(ROOT, OUT)}/mapo-2024-results.xlsx, mapo-2024-beside.xlsx`);
}

module.exports = { CASES, YEAR };
if (require.main === module) main().catch((error) => {
  console.error(error);
  process.exit(1);
});
