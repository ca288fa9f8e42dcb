#!/usr/bin/env node
/**
 * Writes assets/samples/gaon-6th-plan.xlsx: a 6th-period plan (제6기, 2027–2030) in the ministry's new form for
 * 가온구, a FICTIONAL district — an illustration of the form, not any real district's plan. Sheet 총괄표 (title,
 * unit line, one header row: 사업번호 | 사업명 | 6기 (○,×) | 연계성 | 성과지표명(단위) | '26–'30 목표 | '26–'30 예산),
 * Part Ⅰ with two 사회보장전략, Part Ⅱ with the fixed strategies and their 대표과업; numbers Ⅰ-1-1 / Ⅱ-1-1-1;
 * "(중점추진)" names; '/' for a new project's '26; '0' for a 비예산 budget. Sheet 관리체계: 책임자, 공공
 * 실무책임자, 민간 참여자, 점검 주기/방법/환류 절차 and the 실 | 국 | 과 | 세부사업 list (each project's department).
 * With --fixtures it also writes the 6기 layout fixtures under test/fixtures/layouts/ (see LAYOUTS below).
 * Deterministic.  `npm run sample`
 */
"use strict";

const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");

const OUT = path.join(__dirname, "..", "assets", "samples", "gaon-6th-plan.xlsx");
const FIXED_DATE = new Date(Date.UTC(2026, 8, 1, 0, 0, 0));
const YEARS = ["'26", "'27", "'28", "'29", "'30"];

/** Targets rising by `step` from `base` ('26 = base, or '/' for a new project), with a unit. */
function rising(base, step, unit, isNew) {
  return YEARS.map((_, i) => (i === 0 && isNew ? "/" : `${(base + step * i).toLocaleString("en-US")}${unit}`));
}
function budgets(first, step, isNew) {
  return YEARS.map((_, i) => (i === 0 && isNew ? "/" : Math.round((first + step * i) * 10) / 10));
}
const zero = () => YEARS.map(() => 0);

/** [kind, …]: "section" text | "strategy" text indicator targets | "task" text indicator targets | project. */
const ROWS = [
  ["section", "Ⅰ. 지역사회보장사업 전략체계"],
  ["strategy", "사회보장전략 1. 누구나 누리는 통합돌봄", "통합돌봄 이용자 수(명)", rising(1200, 150, "명")],
  ["project", "Ⅰ-1-1", "(중점추진) 가온 통합돌봄 체계 구축", "○", "①, ③", "통합돌봄 연계 건수(건)", rising(0, 300, "건", true), budgets(0, 120, true)],
  ["project", "Ⅰ-1-2", "(중점추진) 어르신 방문건강관리", "×", "①", "방문건강관리 대상자(명)", rising(800, 40, "명"), budgets(210, 5)],
  ["project", "Ⅰ-1-3", "장애인 주간활동 서비스", "×", "②", "서비스 만족도(%)", rising(85, 1, "%"), budgets(95.5, 2)],
  ["project", "Ⅰ-1-4", "아동 긴급돌봄 지원", "○", "①, ②", "긴급돌봄 이용 아동(명)", rising(0, 20, "명", true), budgets(0, 30, true)],
  ["project", "Ⅰ-1-5", "1인가구 안부 확인", "×", "③", "안부 확인 가구(가구)", rising(500, 50, "가구"), zero()],
  ["strategy", "사회보장전략 2. 함께 일하고 배우는 가온", "취업 연계 인원(명)", rising(300, 20, "명")],
  ["project", "Ⅰ-2-1", "(중점추진) 신중년 일자리 연계", "×", "②", "취업 연계 인원(명)", rising(150, 10, "명"), budgets(180, 10)],
  ["project", "Ⅰ-2-2", "(중점추진) 청년 자립 지원", "○", "②, ③", "자립 프로그램 참여자(명)", rising(0, 40, "명", true), budgets(0, 60, true)],
  ["project", "Ⅰ-2-3", "평생학습 바우처", "×", "③", "바우처 이용자(명)", rising(400, 25, "명"), budgets(40, 2)],
  ["project", "Ⅰ-2-4", "장애인 일자리 지원", "×", "②", "참여 장애인(명)", rising(90, 5, "명"), budgets(310, 8.5)],
  ["project", "Ⅰ-2-5", "경력단절여성 재취업 상담", "×", "②", "상담 건수(건)", rising(600, 30, "건"), zero()],
  ["section", "Ⅱ. 지역사회보장 균형발전 전략체계"],
  ["strategy", "발전전략 1. 사회보장급여 이용·제공 및 수급권자 발굴", "복지 사각지대 발굴 가구(가구)", rising(900, 50, "가구")],
  ["task", "대표과업 1. 전달체계 조직과 운영", "찾아가는 상담 건수(건)", rising(2000, 100, "건")],
  ["project", "Ⅱ-1-1-1", "동 맞춤형복지팀 운영", "×", "①", "방문 상담 건수(건)", rising(1500, 50, "건"), zero()],
  ["project", "Ⅱ-1-1-2", "통합사례관리 회의", "×", "①", "사례회의 개최(회)", rising(24, 2, "회"), budgets(12, 0.5)],
  ["task", "대표과업 2. 사각지대 발굴", "위기가구 발굴(가구)", rising(600, 30, "가구")],
  ["project", "Ⅱ-1-2-1", "명예사회복지공무원 활동", "×", "①", "활동 인원(명)", rising(300, 20, "명"), budgets(15, 1)],
  ["project", "Ⅱ-1-2-2", "위기가구 빅데이터 발굴", "○", "①", "발굴 가구(가구)", rising(0, 100, "가구", true), budgets(0, 8, true)],
  ["task", "대표과업 3. 부정수급 방지대책", "부정수급 점검 건수(건)", rising(100, 10, "건")],
  ["project", "Ⅱ-1-3-1", "급여 적정성 확인조사", "×", "①", "확인조사 건수(건)", rising(400, 20, "건"), zero()],
  ["project", "Ⅱ-1-3-2", "부정수급 예방 교육", "×", "①", "교육 참여자(명)", rising(200, 10, "명"), budgets(3, 0.2)],
];

const DEPARTMENTS = {
  "Ⅰ-1-1": ["복지국", "통합돌봄과"], "Ⅰ-1-2": ["보건소", "건강증진과"], "Ⅰ-1-3": ["복지국", "장애인복지과"],
  "Ⅰ-1-4": ["복지국", "아동청소년과"], "Ⅰ-1-5": ["복지국", "복지정책과"], "Ⅰ-2-1": ["경제국", "일자리정책과"],
  "Ⅰ-2-2": ["경제국", "일자리정책과"], "Ⅰ-2-3": ["행정국", "평생교육과"], "Ⅰ-2-4": ["복지국", "장애인복지과"],
  "Ⅰ-2-5": ["복지국", "여성가족과"], "Ⅱ-1-1-1": ["복지국", "복지정책과"], "Ⅱ-1-1-2": ["복지국", "통합돌봄과"],
  "Ⅱ-1-2-1": ["복지국", "복지정책과"], "Ⅱ-1-2-2": ["복지국", "복지정책과"], "Ⅱ-1-3-1": ["복지국", "생활보장과"],
  "Ⅱ-1-3-2": ["복지국", "생활보장과"],
};

/**
 * Layout options, each a way districts keep the same plan:
 * - repeated: a multi-indicator project's number, name, flags and budgets repeated on a second indicator row
 *   (unmerged cells, as after 병합 해제 for sorting)
 * - split: one sheet per strategy, each with its own title and header
 * - subtotals: "사회보장전략 N 소계" after each Part Ⅰ strategy, "발전전략 소계" and "총 계" at the end
 * - unit: the unit line's text ("(단위: 천원)" with budgets ×1000)
 */
const LAYOUTS = {
  // Clean variants written otherwise than the sample: no error expected.
  "6th-latin-reordered": { numbers: "latin", links: "digits", order: "flags-last" },
  "6th-latin-dots-split-thousand": { numbers: "latin-dot", split: true, unit: "(단위: 천원)" },
  // One problem planted per row (PLANTED below): each found on its row.
  "6th-planted": { plant: true },
  "6th-repeated-cells": { repeated: true },
  "6th-split-sheets": { split: true },
  "6th-subtotals": { subtotals: true },
  "6th-thousand-won": { unit: "(단위: 천원)" },
};

function header() {
  return [
    "사업번호", "사업명", "6기 (○,×)", "제3차 사회보장기본계획과의 연계성", "성과지표명(단위)",
    ...YEARS.map((y) => `${y} 목표`), ...YEARS.map((y) => `${y} 예산`),
  ];
}

/**
 * Problems planted one per row, each a 6기 rule's case: [row number in ROWS (its 사업번호 or label), change].
 * test/layouts6.test.ts names the rule and row it expects for each.
 */
const PLANTED = [
  ["Ⅰ-1-3", (r) => { r[4] = ""; }], // 연계성 empty → link/national-plan
  ["Ⅰ-1-4", (r) => { r[1] = "Ⅰ-3-4"; }], // a number naming strategy 3 under strategy 1 → structure/number-prefix
  ["Ⅰ-1-5", (r) => { r[4] = "④"; }], // 연계성 outside ①–③ → link/national-plan
  ["Ⅰ-2-1", (r) => { r[5] = "사업 예산 집행률(%)"; r[6] = rising(80, 2, "%"); }], // an input indicator on a continuing project → indicators/input
  ["Ⅰ-2-3", (r) => { r[6] = ["/", ...r[6].slice(1)]; }], // a continuing project without its '26 target → targets/baseline
  ["Ⅰ-2-4", (r) => { r[7] = r[7].map((v) => (typeof v === "number" ? v + 0.25 : v)); }], // two decimals → budgets/decimals
  ["Ⅰ-2-5", (r) => { r[7] = r[7].map(() => "-"); }], // '-' for a 비예산 budget → budgets/dash-zero
  ["사회보장전략 2", (r) => { r[2] = null; r[3] = YEARS.map(() => null); }], // a strategy without an indicator → indicators/levels
  ["Ⅱ-1-1-2", (r) => { r[6] = r[6].map((v, i) => (i === 2 ? "/" : v)); }], // '/' in a plan year → targets/missing
  ["대표과업 2", (r) => { r[1] = "대표과업 2. 위기가구 찾기"; }], // a fixed 대표과업 name changed → structure/fixed-names
  ["Ⅱ-1-2-2", (r) => { r[2] = "1인가구 안부 확인"; }], // a 세부과업 repeating a Part Ⅰ project → structure/duplicate-project
  ["Ⅱ-1-3-2", (r) => { r[1] = "Ⅱ-1-3-1"; }], // a number used twice → structure/duplicate-number
  ["Ⅰ-1-2", (r) => { LISTED_AS.set(r, "어르신 방문건강관리 지원"); }], // the 관리체계 list naming it otherwise → schedule/department-list (a line naming no project, a project without department)
];

/** ROWS with the planted problems, the 관리체계 list following the renamed and renumbered rows (but LISTED_AS). */
function plantedRows() {
  const rows = ROWS.map((r) => r.map((v) => (Array.isArray(v) ? v.slice() : v)));
  for (const [key, change] of PLANTED) {
    const row = rows.find((r) => (r[0] === "project" ? r[1] === key : r[0] !== "section" && r[1].startsWith(key)));
    if (!row) throw new Error(`PLANTED: no row ${key}`);
    if (row[0] === "project") DEPARTMENTS_BY_ROW.set(row, DEPARTMENTS[row[1]]);
    change(row);
  }
  return rows;
}
const DEPARTMENTS_BY_ROW = new Map();
/** Rows the 관리체계 list names otherwise than the table. */
const LISTED_AS = new Map();

/** A number as a variant writes it: Latin I/II, optionally with a trailing dot. */
function numbered(number, style) {
  if (!style) return number;
  const latin = number.replace("Ⅱ", "II").replace("Ⅰ", "I");
  return style === "latin-dot" ? `${latin}.` : latin;
}

/** 연계성 as digits: "①, ③" → "1, 3". */
function linked(link, style) {
  return style === "digits" && typeof link === "string" ? link.replace(/[①②③]/g, (c) => String("①②③".indexOf(c) + 1)) : link;
}

/** Column order of a variant: "flags-last" puts 6기 (○,×) and 연계성 after the budgets. */
function ordered(cells, order) {
  if (order !== "flags-last") return cells;
  const padded = [...cells, ...Array(15 - cells.length).fill(null)];
  return [padded[0], padded[1], ...padded.slice(4), padded[2], padded[3]];
}

function build(options = {}) {
  const rowsOf = options.plant ? plantedRows() : ROWS;
  const wb = new ExcelJS.Workbook();
  wb.creator = "plan-check sample builder";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const scale = options.unit && /천원/.test(options.unit) ? 1000 : 1;
  let ws = null;
  let sheetNo = 0;
  const newSheet = () => {
    ws = wb.addWorksheet(sheetNo++ === 0 ? "총괄표" : `총괄표 (${sheetNo})`);
    ws.addRow(["제6기 가온구 지역사회보장계획 총괄표 (예시: 가상의 구, 실제 계획이 아님)"]);
    ws.addRow([options.unit ?? "(단위: 백만원)"]);
    ws.addRow(ordered(header(), options.order));
    ws.columns.forEach((column, i) => { column.width = [10, 32, 9, 14, 28][i] ?? 10; });
  };
  newSheet();
  const sums = { strategy: YEARS.map(() => 0), part: YEARS.map(() => 0), all: YEARS.map(() => 0) };
  const total = (label, key) => {
    ws.addRow([label, null, null, null, null, ...YEARS.map(() => null), ...sums[key].map((v) => Math.round(v * 10) / 10)]);
    sums[key] = YEARS.map(() => 0);
  };
  let strategyNo = 0;
  let part = 1;
  for (const row of rowsOf) {
    const [kind] = row;
    if (kind === "strategy" || kind === "section") {
      if (options.subtotals && strategyNo > 0 && part === 1) total(`사회보장전략 ${strategyNo} 소계`, "strategy");
      if (options.split && kind === "strategy" && strategyNo > 0) newSheet();
    }
    if (kind === "section") {
      if (/^Ⅱ/.test(row[1])) part = 2;
      ws.addRow([row[1]]);
    } else if (kind === "strategy" || kind === "task") {
      if (kind === "strategy") strategyNo = part === 1 ? strategyNo + 1 : strategyNo;
      ws.addRow(ordered([row[1], null, null, null, row[2], ...row[3]], options.order));
    } else {
      const [, number, name, isNew, link, indicator, targets, money] = row;
      const scaled = money.map((v) => (typeof v === "number" ? v * scale : v));
      ws.addRow(ordered([numbered(number, options.numbers), name, isNew, linked(link, options.links), indicator, ...targets, ...scaled], options.order));
      if (options.repeated && number === "Ⅰ-1-2") ws.addRow([number, name, isNew, link, "방문 횟수(회)", ...rising(3000, 100, "회"), ...scaled]);
      for (const key of Object.keys(sums)) scaled.forEach((v, i) => { if (typeof v === "number") sums[key][i] += v; });
    }
  }
  if (options.subtotals) {
    total("발전전략 소계", "strategy");
    total("총 계", "all");
  }

  const s = wb.addWorksheet("관리체계");
  s.addRow(["관리체계"]);
  s.addRow(["책임자", "가온구청장"]);
  s.addRow(["공공 실무책임자", "복지국 복지정책과장"]);
  s.addRow(["민간 참여자", "학계", "현장", "위원회", "기타"]);
  s.addRow([null, "2", "6", "4", "1"]);
  s.addRow(["점검 주기", "반기 1회"]);
  s.addRow(["점검 방법", "부서 자체점검 후 지역사회보장협의체 실무협의체 점검"]);
  s.addRow(["환류 절차", "점검 결과를 협의체에 보고하고 다음 연도 시행계획에 반영"]);
  s.addRow([]);
  s.addRow(["실", "국", "과", "세부사업(과업) 명"]);
  for (const row of rowsOf) {
    if (row[0] !== "project") continue;
    const [bureau, division] = DEPARTMENTS_BY_ROW.get(row) ?? DEPARTMENTS[row[1]];
    s.addRow(["부구청장", bureau, division, LISTED_AS.get(row) ?? row[2]]);
  }
  s.columns.forEach((column, i) => { column.width = [16, 12, 14, 36, 10][i] ?? 10; });
  return wb;
}

async function write(file, options) {
  const bytes = Buffer.from(await build(options).xlsx.writeBuffer());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  console.log(`${path.relative(process.cwd(), file)}: ${bytes.length} bytes`);
}

async function main() {
  await write(OUT, {});
  if (!process.argv.includes("--fixtures")) return;
  const dir = path.join(__dirname, "..", "test", "fixtures", "layouts");
  for (const [name, options] of Object.entries(LAYOUTS)) await write(path.join(dir, `${name}.xlsx`), options);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
