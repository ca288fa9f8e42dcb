#!/usr/bin/env node
/**
 * Writes the test workbooks under test/fixtures/ from the Mapo-gu transcription (scripts/sample/mapo-5th.tsv)
 * through the one plan writer (scripts/lib/write-plan.js), each with other layout options:
 *
 *   layouts/one-header-row.xlsx     one self-describing header row, no repeated header blocks
 *   layouts/full-years.xlsx         years as 2022 / 2022년 / 22년 (a different style in each header block)
 *   layouts/strategy-column.xlsx    전략 and 대표과업 columns instead of section / strategy / task rows
 *   layouts/department-column.xlsx 담당부서 and 비고 columns, 연번 instead of 사업번호
 *   layouts/reordered-columns.xlsx  사업명, 사업번호, budgets, indicator and targets, flags last
 *   layouts/second-sheet.xlsx       a cover sheet 표지 first, the plan second, then 관리체계
 *   layouts/5th-repeated-cells.xlsx department-column with a multi-indicator project's number, name, flags, budgets
 *                                   and 담당부서 repeated on every indicator row (병합 해제, then the blanks filled,
 *                                   as for sorting or filtering)
 *   layouts/5th-split-parts.xlsx    Part Ⅰ and Part Ⅱ on sheets of their own, each with its title and header
 *   layouts/5th-subtotals.xlsx      "사회보장전략 N 소계" / "지역발전전략 N 소계" after each strategy, "총 계" at the end
 *   layouts/5th-thousand-won.xlsx   a "(단위: 천원)" line under the title, 예산(천원) and every budget × 1000
 *   damaged/not-a-workbook.xlsx     plain text with an .xlsx name
 *   damaged/truncated.xlsx          the sample's bytes cut in half
 *   damaged/password-protected.xlsx an OLE compound file as Excel writes for an encrypted workbook
 *                                   (EncryptionInfo + EncryptedPackage, agile AES-256; password "mapo2022")
 *   damaged/no-plan-table.xlsx      a valid workbook holding an unrelated table (a staff phone list)
 *
 * Deterministic: fixed metadata, zip dates and "random" bytes, so rebuilding gives the same files.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const CFB = require("cfb");
const {
  buildPlanWorkbook, workbookToBuffer, newWorkbook, loadTranscription, writePlanSheet, writeScheduleSheet, DEFAULT_COLUMNS,
} = require("./lib/write-plan");
const { UP } = require("./lib/transcription");

const ROOT = path.join(__dirname, "..", "test", "fixtures");

/** 담당부서 by project id (I-s-n / II-s-t-n). Both rows of 일자리 네트워크 구축 are 일자리경제과. */
const DEPARTMENTS = {
  "I-1-1": "주민생활복지과", "I-1-2": "보건소 건강관리과", "I-1-3": "어르신복지과", "I-1-4": "보건소 건강관리과",
  "I-1-5": "여성가족과", "I-1-6": "주택과", "I-1-7": "안전재난과", "I-1-8": "보건소 건강관리과",
  "I-2-1": "복지정책과", "I-2-2": "복지정책과", "I-2-3": "복지정책과", "I-2-4": "아동청소년과",
  "I-2-5": "장애인복지과", "I-2-6": "아동청소년과", "I-2-7": "어르신복지과", "I-2-8": "장애인복지과",
  "I-3-1": "교육지원과", "I-3-2": "문화체육과", "I-3-3": "교육지원과", "I-3-4": "어르신복지과",
  "I-3-5": "문화체육과", "I-3-6": "문화체육과", "I-3-7": "문화체육과", "I-3-8": "문화체육과",
  "I-4-1": "여성가족과", "I-4-2": "일자리경제과", "I-4-3": "장애인복지과", "I-4-4": "일자리경제과",
  "I-4-5": "일자리경제과", "I-4-6": "일자리경제과", "I-4-7": "일자리경제과", "I-4-8": "어르신복지과",
  "II-1-1-1": "주민생활복지과", "II-1-1-2": "주민생활복지과", "II-1-1-3": "주민생활복지과",
  "II-1-2-1": "복지정책과", "II-1-2-2": "복지정책과",
  "II-2-1-1": "장애인복지과", "II-2-1-2": "일자리경제과",
  "II-2-2-1": "주민생활복지과", "II-2-2-2": "주민생활복지과",
  "II-3-1-1": "주민생활복지과", "II-3-1-2": "주민생활복지과", "II-3-2-1": "주민생활복지과", "II-3-2-2": "주민생활복지과",
  "II-4-1-1": "어르신복지과", "II-4-1-2": "어르신복지과", "II-4-1-3": "장애인복지과",
  "II-4-2-1": "여성가족과", "II-4-2-2": "보건소 건강관리과", "II-4-2-3": "여성가족과",
};
const REMARKS = {
  "I-3-2": "'24 준공 및 개관",
  "II-2-1-2": "사회보장전략 4-5와 동일 사업",
};

/** Year header styles of full-years.xlsx, one per header block of the seed. */
const YEAR_STYLES = [
  { target: (y) => `${y}년 목표`, budget: (y) => `${y}` },
  { target: (y) => `${y}년`, budget: (y) => `${y}년` },
  { target: (y) => `${y % 100}년 목표`, budget: (y) => `${y % 100}년` },
  { target: (y) => `${y % 100}년`, budget: (y) => `${y % 100}년 예산` },
];

const LAYOUTS = {
  "one-header-row": { headerRows: 1, repeatHeaders: false },
  "full-years": {
    yearLabel: ({ kind, year, block }) => YEAR_STYLES[block % YEAR_STYLES.length][kind](year),
  },
  "strategy-column": { columns: ["strategy", "task", ...DEFAULT_COLUMNS] },
  "department-column": {
    columns: [...DEFAULT_COLUMNS, "department", "remark"],
    labels: { number: "연번" },
    department: (p) => DEPARTMENTS[p.id],
    remark: (p) => REMARKS[p.id] || "",
  },
  "reordered-columns": {
    columns: [
      "name", "number", "b0", "b1", "b2", "b3", "b4",
      "indicator", "t0", "t1", "t2", "t3", "t4",
      "key", "partnership", "isNew",
    ],
  },
  "second-sheet": { cover: true },
};

async function main() {
  const t = loadTranscription();
  for (const p of t.rows.filter((r) => r.kind === "project")) {
    if (!DEPARTMENTS[p.id]) throw new Error(`no 담당부서 for ${p.id} ${p.name}`);
  }
  const written = [];
  const write = (rel, bytes) => {
    const file = path.join(ROOT, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    written.push(`${path.join("test", "fixtures", rel)} (${bytes.length} bytes)`);
  };

  for (const [name, options] of Object.entries(LAYOUTS)) {
    const { workbook } = buildPlanWorkbook(options, t);
    write(`layouts/${name}.xlsx`, await workbookToBuffer(workbook));
  }

  for (const [name, make] of Object.entries(FOOLING_LAYOUTS)) write(`layouts/${name}.xlsx`, await workbookToBuffer(make(t)));

  write("damaged/not-a-workbook.xlsx", Buffer.from(
    "제5기 마포구 지역사회보장계획 총괄표\r\n" +
    "이 파일은 엑셀 통합 문서가 아닙니다. 텍스트 파일에 .xlsx 이름만 붙였습니다.\r\n" +
    "This is plain text saved under an .xlsx name, not a workbook.\r\n", "utf8"));

  const sample = await workbookToBuffer(buildPlanWorkbook({}, t).workbook);
  write("damaged/truncated.xlsx", sample.subarray(0, Math.floor(sample.length / 2)));

  write("damaged/password-protected.xlsx", encryptedWorkbook(sample, "mapo2022"));

  write("damaged/no-plan-table.xlsx", await workbookToBuffer(phoneList()));

  for (const line of written) console.log(line);
}

/**
 * The 5기 layouts that used to fool the reader (issue 8), each the same plan as the sample written another way.
 * Each takes the transcription and returns an ExcelJS workbook.
 */
const FOOLING_LAYOUTS = {
  "5th-repeated-cells": (t) => repeatedCells(t, LAYOUTS["department-column"]),
  "5th-split-parts": splitParts,
  "5th-subtotals": (t) => buildPlanWorkbook({}, withSubtotals(t)).workbook,
  "5th-thousand-won": (t) => buildPlanWorkbook({}, inThousandWon(t)).workbook,
};

const REPEATED_ROLES = new Set(["number", "name", "key", "partnership", "isNew", "b0", "b1", "b2", "b3", "b4", "department", "remark"]);

/** The plan with every vertical merge of a project's own cells undone and the value repeated on each row. */
function repeatedCells(t, options) {
  const { workbook, layout } = buildPlanWorkbook(options, t);
  const ws = workbook.getWorksheet("총괄표");
  const kindOf = new Map(layout.rows.map((r) => [r.row, r.kind]));
  for (const range of layout.merges) {
    const [, c1, r1, c2, r2] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    const top = Number(r1);
    const bottom = Number(r2);
    const col = ws.getColumn(c1).number;
    if (c1 !== c2 || bottom === top || kindOf.get(top) !== "project" || !REPEATED_ROLES.has(layout.columns[col - 1].role)) continue;
    ws.unMergeCells(range);
    const source = ws.getCell(top, col);
    for (let r = top + 1; r <= bottom; r++) {
      const cell = ws.getCell(r, col);
      cell.value = source.value;
      cell.style = source.style;
    }
  }
  return workbook;
}

/** Part Ⅰ on one sheet, Part Ⅱ on another under the first header block again, then 관리체계. */
function splitParts(t) {
  const at = t.rows.findIndex((r) => r.kind === "section" && r.part === 2);
  const firstHeader = t.rows.find((r) => r.kind === "header");
  const workbook = newWorkbook();
  writePlanSheet(workbook.addWorksheet("총괄표(Ⅰ)"), { ...t, rows: t.rows.slice(0, at), note: null }, {});
  writePlanSheet(workbook.addWorksheet("총괄표(Ⅱ)"), { ...t, rows: [firstHeader, ...t.rows.slice(at)], caption: null }, { title: "제5기 마포구 지역사회보장계획 총괄표 (Ⅱ. 발전전략)" });
  writeScheduleSheet(workbook.addWorksheet("관리체계"), t);
  return workbook;
}

/** A budget cell's number ("2,478" → 2478), or null for '-', empty and ^. */
function budgetValue(text) {
  const n = Number(String(text).replace(/,/g, ""));
  return text === "" || text === UP || !Number.isFinite(n) ? null : n;
}

/** Subtotal rows after each strategy (labelled with its number) and a grand total at the end, summing project budgets. */
function withSubtotals(t) {
  const rows = [];
  const zero = () => [0, 0, 0, 0, 0];
  let strategy = null;
  let sums = zero();
  const all = zero();
  const totalRow = (label, values) => ({ kind: "total", line: 0, cells: [label, "", "", "", "", "", "", "", "", "", "", ...values.map((v) => String(Math.round(v * 10) / 10))] });
  const close = () => {
    if (!strategy) return;
    let at = rows.length;
    while (rows[at - 1].kind === "header") at--;
    rows.splice(at, 0, totalRow(strategy.part === 1 ? `사회보장전략 ${strategy.number} 소계` : `지역발전전략 ${strategy.number} 소계`, sums));
    sums = zero();
  };
  for (const row of t.rows) {
    if (row.kind === "strategy" || row.kind === "section") close();
    if (row.kind === "strategy") strategy = row;
    if (row.kind === "section") strategy = null;
    if (row.kind === "project") {
      row.cells.slice(11, 16).forEach((text, i) => {
        const v = budgetValue(text);
        if (v !== null) (sums[i] += v), (all[i] += v);
      });
    }
    rows.push(row);
  }
  close();
  rows.push(totalRow("총 계", all));
  return { ...t, rows };
}

/** The plan kept in 천원: a unit line instead of the 총괄현황 caption, 예산(천원) over the budgets, each × 1000. */
function inThousandWon(t) {
  const times = (text) => {
    const v = budgetValue(text);
    if (v === null) return text;
    const n = Math.round(v * 1000);
    return /,/.test(text) ? n.toLocaleString("en-US") : String(n);
  };
  const rows = t.rows.map((row) => {
    if (row.kind === "header") return { ...row, top: row.top.map((c) => c.replace("백만원", "천원")) };
    if (row.kind !== "project" && row.kind !== "cont") return row;
    return { ...row, cells: row.cells.map((c, i) => (i >= 11 ? times(c) : c)) };
  });
  return { ...t, caption: { line: 0, text: "(단위: 천원)" }, rows };
}

/** A valid workbook with nothing of a plan in it: the welfare office's staff phone list (fictional people and numbers). */
function phoneList() {
  const workbook = newWorkbook();
  const ws = workbook.addWorksheet("비상연락망");
  ws.getCell("A1").value = "복지동행국 직원 비상연락망";
  ws.getCell("A1").font = { name: "맑은 고딕", size: 14, bold: true };
  ws.mergeCells("A1:F1");
  const rows = [
    ["연번", "부서", "직위", "성명", "내선번호", "비고"],
    [1, "주민생활복지과", "과장", "김민수", "3153-0110", ""],
    [2, "주민생활복지과", "팀장", "이서연", "3153-0121", "생활복지기획팀"],
    [3, "주민생활복지과", "주무관", "박지훈", "3153-0125", ""],
    [4, "복지정책과", "팀장", "최유진", "3153-0231", ""],
    [5, "어르신복지과", "주무관", "정도윤", "3153-0342", "당직"],
    [6, "장애인복지과", "주무관", "강하은", "3153-0357", ""],
  ];
  rows.forEach((values, i) => {
    const row = ws.getRow(i + 3);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      if (v !== "") cell.value = v;
      cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
      cell.font = { name: "맑은 고딕", size: 10, bold: i === 0 };
    });
  });
  [6, 16, 10, 10, 12, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return workbook;
}

/**
 * An agile-encrypted OOXML package ([MS-OFFCRYPTO] 2.3.4.10–15) inside an OLE compound file, the way Excel saves
 * a workbook with a password to open: streams EncryptionInfo and EncryptedPackage. All "random" values come from a
 * fixed seed so the file is deterministic. (The cfb package also writes its own small "\x01Sh33tJ5" stream.)
 */
function encryptedWorkbook(pkg, password) {
  let counter = 0;
  const bytes = (n) => {
    const out = [];
    while (Buffer.concat(out).length < n) out.push(crypto.createHash("sha512").update(`plan-check fixture ${counter++}`).digest());
    return Buffer.concat(out).subarray(0, n);
  };
  const sha512 = (...parts) => crypto.createHash("sha512").update(Buffer.concat(parts)).digest();
  const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  const padTo = (buf, size, byte) => (buf.length >= size ? buf.subarray(0, size) : Buffer.concat([buf, Buffer.alloc(size - buf.length, byte)]));
  const padBlock = (buf) => padTo(buf, Math.ceil(buf.length / 16) * 16, 0);
  const aes = (key, iv, data) => {
    const c = crypto.createCipheriv("aes-256-cbc", key, iv);
    c.setAutoPadding(false);
    return Buffer.concat([c.update(padBlock(data)), c.final()]);
  };
  const BLOCK = {
    verifierInput: Buffer.from("fea7d2763b4b9e79", "hex"),
    verifierValue: Buffer.from("d7aa0f6d3061344e", "hex"),
    keyValue: Buffer.from("146e0be7abacd0d6", "hex"),
    hmacKey: Buffer.from("5fb2ad010cb9e1f6", "hex"),
    hmacValue: Buffer.from("a0677f02b22c8433", "hex"),
  };
  const spinCount = 100000;
  const keySalt = bytes(16);
  const passwordSalt = bytes(16);
  const secretKey = bytes(32);
  const verifier = bytes(16);
  const hmacKey = bytes(64);

  // Password → key encryption keys.
  let h = sha512(passwordSalt, Buffer.from(password, "utf16le"));
  for (let i = 0; i < spinCount; i++) h = sha512(u32(i), h);
  const kek = (block) => padTo(sha512(h, block), 32, 0x36);
  const encryptedVerifierHashInput = aes(kek(BLOCK.verifierInput), passwordSalt, verifier);
  const encryptedVerifierHashValue = aes(kek(BLOCK.verifierValue), passwordSalt, sha512(verifier));
  const encryptedKeyValue = aes(kek(BLOCK.keyValue), passwordSalt, secretKey);

  // The package, in 4096-byte segments, each with its own IV.
  const segments = [];
  for (let i = 0, off = 0; off < pkg.length; i++, off += 4096) {
    const iv = sha512(keySalt, u32(i)).subarray(0, 16);
    segments.push(aes(secretKey, iv, pkg.subarray(off, off + 4096)));
  }
  const size = Buffer.alloc(8);
  size.writeBigUInt64LE(BigInt(pkg.length));
  const encryptedPackage = Buffer.concat([size, ...segments]);

  const hmac = crypto.createHmac("sha512", hmacKey).update(encryptedPackage).digest();
  const encryptedHmacKey = aes(secretKey, sha512(keySalt, BLOCK.hmacKey).subarray(0, 16), hmacKey);
  const encryptedHmacValue = aes(secretKey, sha512(keySalt, BLOCK.hmacValue).subarray(0, 16), hmac);

  const b64 = (b) => b.toString("base64");
  const cipher = 'blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"';
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" ' +
    'xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">' +
    `<keyData saltSize="16" ${cipher} saltValue="${b64(keySalt)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64(encryptedHmacKey)}" encryptedHmacValue="${b64(encryptedHmacValue)}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="${spinCount}" saltSize="16" ${cipher} saltValue="${b64(passwordSalt)}" ` +
    `encryptedVerifierHashInput="${b64(encryptedVerifierHashInput)}" ` +
    `encryptedVerifierHashValue="${b64(encryptedVerifierHashValue)}" ` +
    `encryptedKeyValue="${b64(encryptedKeyValue)}"/>` +
    "</keyEncryptor></keyEncryptors></encryption>";
  // EncryptionInfo: version 4.4 (agile), reserved 0x40, then the XML descriptor.
  const header = Buffer.alloc(8);
  header.writeUInt16LE(4, 0);
  header.writeUInt16LE(4, 2);
  header.writeUInt32LE(0x40, 4);
  const encryptionInfo = Buffer.concat([header, Buffer.from(xml, "utf8")]);

  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, "/EncryptionInfo", encryptionInfo);
  CFB.utils.cfb_add(cfb, "/EncryptedPackage", encryptedPackage);
  return Buffer.from(CFB.write(cfb, { type: "buffer", fileType: "cfb" }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
