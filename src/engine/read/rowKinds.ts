/** What a row of the plan table is, judged from its leading text (section, strategy, task, total, note). */
import { compact, numberAsSeen, reparsedAsSeen, UNSEEN_OR_JAMO } from "../text";

export type RowMarker =
  | { kind: "section"; part: 1 | 2 }
  | { kind: "strategy"; part: 1 | 2 | null; number: number | null; name: string }
  | { kind: "task"; number: number | null; name: string }
  | { kind: "total"; total: "subtotal" | "total"; part?: 1 | 2 | null; number?: number | null }
  | { kind: "note" };

const ROMAN: Record<string, 1 | 2> = { I: 1, "Ⅰ": 1, II: 2, "Ⅱ": 2 };
const SECTION = /^(II|Ⅱ|I|Ⅰ)(?:\s*[.．]\s*|\s+)(\S.*)$/;

/**
 * The characters a marker can start with (Ⅰ/Ⅱ sections, 소계/합계/총계/계 and named totals, 지역/사회보장/발전
 * 전략, 주/※/출처/비고 notes, 대표과업): every project row's text is asked, and one look rules most out before the
 * patterns below run.
 */
const MARKER_START = new Set(Array.from("IⅠⅡＩ소합총계전지사발주※출비대", (c) => c.charCodeAt(0)));

/** Strategy and task labels: "사회보장전략 1 …", "사회보장전략 3. …", "지역발전전략1. …", "발전전략3. …", "대표과업 1. …". */
export function readMarker(text: string): RowMarker | null {
  const t = text.trim();
  // By char code: t[0] of a Korean text would be a new one-character string each time.
  if (t === "" || !MARKER_START.has(t.charCodeAt(0))) return null;
  // A part typed as fullwidth Latin Ｉ ("ＩＩ. …", a Korean IME in fullwidth mode) reads as it looks.
  const section = SECTION.exec(t) ?? (t.charCodeAt(0) === 0xff29 ? SECTION.exec(numberAsSeen(t)) : null);
  if (section && !/^\d/.test(section[2])) return { kind: "section", part: ROMAN[section[1]] };
  // Every total the two patterns on `c` take ends with 계: a text ending otherwise (a strategy's label, new at each
  // row of a long plan) is its own answer there, without compact making and remembering it spaceless. Unless zero-width
  // spaces or jamo (NFD) hide its last character, which compact would bring out.
  const c = t.charCodeAt(t.length - 1) === 0xacc4 || UNSEEN_OR_JAMO.test(t) ? compact(t) : t;
  if (/^(소계|합계|총계|계|총합계)$/.test(c) || /^(소계|합계|총계)[(:\s]/.test(t)) {
    return { kind: "total", total: /^소계/.test(c) ? "subtotal" : "total" };
  }
  // A total whose label names what it closes: "사회보장전략 2 소계", "발전전략 소계", "전체 합계".
  const named = /^((?:지역)?(?:사회보장)?(?:발전)?전략([\d０-９]+)?|전체|총괄)(소계|합계|총계|총합계)$/.exec(c);
  if (named) {
    const part: 1 | 2 | null = /발전/.test(named[1]) ? 2 : /사회보장/.test(named[1]) ? 1 : null;
    const number = numberOf(named[2]);
    return named[3] === "소계" ? { kind: "total", total: "subtotal", part, number } : { kind: "total", total: "total" };
  }
  if (isNoteText(t)) return { kind: "note" };
  // [\s\S]* rather than the s flag: the same match, in syntax the ribbon's ES5 bundle parses.
  const task = /^대표\s*과업\s*([\d０-９]+)?\s*[.．:]?\s*([\s\S]*)$/.exec(t);
  if (task) return { kind: "task", number: numberOf(task[1]), name: task[2].trim() };
  const strategy = /^((?:지역\s*)?(?:사회\s*보장\s*)?(?:발전\s*)?)전략\s*([\d０-９]+)?\s*[.．:]?\s*([\s\S]*)$/.exec(t);
  if (strategy && (strategy[1].trim() !== "" || strategy[2])) {
    const prefix = compact(strategy[1]);
    const part: 1 | 2 | null = /발전/.test(prefix) ? 2 : prefix === "사회보장" ? 1 : null;
    return { kind: "strategy", part, number: numberOf(strategy[2]), name: strategy[3].trim() };
  }
  return null;
}

/** A strategy's or 대표과업's number as the label writes it, in ASCII or fullwidth digits (a Korean IME's "３"). */
function numberOf(digits: string | undefined): number | null {
  if (!digits) return null;
  const number = Number(digits);
  // Number() reads ASCII digits only: "３" is NaN until folded.
  return Number.isNaN(number) ? Number(numberAsSeen(digits)) : number;
}

/**
 * A note's start (주: / ※ / 출처 / 비고:), asked of trimmed text. No other marker starts with these characters,
 * so this is readMarker(text)?.kind === "note" without the patterns before it.
 */
export function isNoteText(text: string): boolean {
  return /^(주[:：)]|※|출처|비고[:：])/.test(text);
}

/** "1", "1.", "01", "(1)", "①", 3 → the project number; null when the text is not one. */
export function readProjectNumber(text: string): number | null {
  // Asked of every row: an empty cell (every row but a project's) and a plain number of one to three digits (most
  // project rows) are read without a match.
  if (text === "") return null;
  if (text.length <= 3 && allDigits(text)) return Number(text);
  // As it looks: "３." (fullwidth, as a Korean IME types it), "3\u200b." (a zero-width space), "（３）" are 3.
  return reparsedAsSeen(text.trim(), projectNumberAsWritten, null);
}

function projectNumberAsWritten(t: string): number | null {
  // ① … ⑳ (U+2460–U+2473), as some districts number their projects.
  if (t.length === 1 && t >= "\u2460" && t <= "\u2473") return t.charCodeAt(0) - 0x2460 + 1;
  const m = PROJECT_NUMBER.exec(t);
  return m ? Number(m[1] ?? m[2]) : null;
}

const PROJECT_NUMBER = /^(?:(\d{1,3})\s*[.)]?|\((\d{1,3})\))$/;

function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Several values or names in one cell, one per line; bullets ("* ", "1) ", "①") stripped from names. */
export function splitLines(text: string): string[] {
  // Most cells hold one line: no split, no intermediate arrays.
  if (!text.includes("\n")) {
    const line = text.trim();
    return line === "" ? [] : [line];
  }
  // Line by line, without the list of parts a split made. Each line is trimmed: a "\r" before a "\n" goes with it.
  const lines: string[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line !== "") lines.push(line);
    start = end + 1;
  }
  return lines;
}

/** What a bullet starts with: the characters of the pattern below, digits and ①–⑳. */
function mayStartBullet(line: string): boolean {
  const c = line.charCodeAt(0);
  // By char code, * • · ▪ ◦ -: line[0] of a Korean name would be a new one-character string each time.
  return (c >= 0x30 && c <= 0x39) || (c >= 0x2460 && c <= 0x2473) || c === 0x2a || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6 || c === 0x2d;
}

export function stripBullet(line: string): string {
  // Asked of every indicator name; most have no bullet.
  if (line === "" || !mayStartBullet(line)) return line.trim();
  return line.replace(/^(?:[*•·▪◦-]\s*|\d{1,2}\)\s*|[①-⑳]\s*)/, "").trim();
}
