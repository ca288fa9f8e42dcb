/** Reading single cell values as the plan writes them: flags, targets and budgets. */
import type { CellValue } from "../grid";
import { cellText } from "../grid";
import { DASH_CLASS, FULLWIDTH_DIGIT_CLASS, FULLWIDTH_SIGN_CLASS, numberAsSeen, remembered, reparsedAsSeen } from "../text";
import type { BudgetValue, FlagState, NumberPath, TargetValue } from "../plan";

export const FLAG_YES = "○";
export const FLAG_NO = "×";

const YES_LOOK_ALIKES = new Set(["O", "o", "0", "◯", "●", "⭕", "Ｏ", "ｏ", "〇", "◎", "ㅇ"]);
const NO_LOOK_ALIKES = new Set(["X", "x", "✕", "✖", "✗", "✘", "Ｘ", "ｘ", "╳", "ㄨ"]);
/** The dashes that stand in for '-' (text.ts's DASH_CLASS: –, —, −, －, ‐ …). */
const DASH_LOOK_ALIKE = new RegExp(`^[${DASH_CLASS}]$`);

/** '-' or one of the dashes that look like it. */
export function isDash(text: string): boolean {
  return text === "-" || (text.length === 1 && DASH_LOOK_ALIKE.test(text));
}

type FlagClass = Readonly<{ state: FlagState; exact: boolean }>;
const flagClass = (state: FlagState, exact: boolean): FlagClass => Object.freeze({ state, exact });
const FLAG = {
  empty: flagClass("empty", true),
  yes: flagClass("yes", true),
  no: flagClass("no", true),
  notApplicable: flagClass("notApplicable", true),
  yesLookAlike: flagClass("yes", false),
  noLookAlike: flagClass("no", false),
  dashLookAlike: flagClass("notApplicable", false),
  unknown: flagClass("unknown", false),
};

export function classifyFlag(value: CellValue): FlagClass {
  return classifyFlagText(cellText(value));
}

/** classifyFlag of the cell's text (cellText), for a reader that has it already. */
export function classifyFlagText(text: string): FlagClass {
  if (text === "") return FLAG.empty;
  if (text === FLAG_YES) return FLAG.yes;
  if (text === FLAG_NO) return FLAG.no;
  if (text === "-") return FLAG.notApplicable;
  if (YES_LOOK_ALIKES.has(text)) return FLAG.yesLookAlike;
  if (NO_LOOK_ALIKES.has(text)) return FLAG.noLookAlike;
  if (isDash(text)) return FLAG.dashLookAlike;
  return FLAG.unknown;
}

/** A flag cell's text with its classification, shared by the flag cells holding that text. */
export type FlagRead = Readonly<{ raw: string; state: FlagState; exact: boolean }>;

/**
 * readFlag of the cell's text: the text and its classification in one object, shared by every flag cell holding
 * that text (a plan's flags are a handful of texts over three cells a project), so a flag cell keeps one field
 * for both and not its own copy of the text.
 */
export function readFlagText(text: string): FlagRead {
  // The form's own marks, most flag cells: answered by a comparison, without the memo's lookup.
  if (text === FLAG_YES) return FLAG_READ.yes;
  if (text === FLAG_NO) return FLAG_READ.no;
  if (text === "") return FLAG_READ.empty;
  return flagReadOf(text);
}

const flagRead = (text: string): FlagRead => Object.freeze({ raw: text, ...classifyFlagText(text) });
const FLAG_READ = { yes: flagRead(FLAG_YES), no: flagRead(FLAG_NO), empty: flagRead("") };
const flagReadOf = remembered(flagRead);

/**
 * A parse whose answers are shared by every cell that holds the same value: a plan repeats a few hundred
 * values ("100%", "-", 80) over thousands of cells, and the plan keeps one parsed value per cell (on the
 * 50,000-row plan a fresh object per cell was a quarter of the plan's heap). Shared, so frozen: nothing may
 * change one cell's value through another. Remembered as text.ts remembers (bounded).
 */
function sharedParse<K, V extends object>(parse: (key: K) => V): (key: K) => V {
  return remembered((key: K) => Object.freeze(parse(key)));
}

/** sharedParse of a number: -0 would find 0's entry (a Map does not tell them apart), so it is parsed on its own. */
function sharedNumberParse<V extends object>(parse: (key: number) => V): (key: number) => V {
  const shared = sharedParse(parse);
  return (key) => (Object.is(key, -0) ? Object.freeze(parse(key)) : shared(key));
}

/**
 * "2,478" → 2478; "1,000.5" → 1000.5; anything else → null. Commas must group thousands. A number as it looks reads
 * as that number: "１，２３４" (fullwidth, as a Korean IME types it) and "2,\u200b478" (a zero-width space) → 1234, 2478.
 */
export function parseNumberText(text: string): number | null {
  return reparsedAsSeen(text, parsePlainNumber, null);
}

function parsePlainNumber(text: string): number | null {
  const t = text.replace(/\s+/g, "");
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return null;
  return Number(t.replace(/,/g, ""));
}

const EMPTY = Object.freeze({ kind: "empty" as const });
const INVALID = Object.freeze({ kind: "invalid" as const });
const NONE = Object.freeze({ kind: "none" as const });
const NONE_SLASH = Object.freeze({ kind: "none" as const, mark: "/" as const });

const budgetOfNumber = sharedNumberParse((value: number): BudgetValue => ({ kind: "number", value, fromText: false }));
// As it looks: "１，２３４", "2,\u200b478", a lone zero-width space (empty) or "–\u200b" (none).
const budgetOfText = sharedParse((value: string): BudgetValue => reparsedAsSeen(value.trim(), budgetOfTrimmedText, INVALID));

function budgetOfTrimmedText(text: string): BudgetValue {
  if (text === "") return EMPTY;
  if (isDash(text)) return NONE;
  if (isSlash(text)) return NONE_SLASH;
  const number = parsePlainNumber(text);
  return number === null ? INVALID : { kind: "number", value: number, fromText: true };
}

/** A budget cell's value and its parse; shared, as the parse is, by the cells holding the same value. */
export type BudgetRead = Readonly<{ raw: CellValue; value: BudgetValue }>;

const EMPTY_BUDGET: BudgetRead = Object.freeze({ raw: null, value: EMPTY });
const budgetReadOfNumber = sharedNumberParse((raw: number): BudgetRead => ({ raw, value: budgetOfNumber(raw) }));
const budgetReadOfText = sharedParse((raw: string): BudgetRead => ({ raw, value: budgetOfText(raw) }));

/**
 * parseBudget with the value it parsed, in one object shared by equal cells: a budget cell keeps one field for
 * both (250,000 budget cells on the 50,000-row plan).
 */
export function readBudget(value: CellValue): BudgetRead {
  if (value === null) return EMPTY_BUDGET;
  if (typeof value === "string") return budgetReadOfText(value);
  if (typeof value === "number" && Number.isFinite(value)) return budgetReadOfNumber(value);
  return { raw: value, value: parseBudget(value) };
}

export function parseBudget(value: CellValue): BudgetValue {
  if (value === null) return EMPTY;
  if (typeof value === "string") return budgetOfText(value);
  if (typeof value === "number") return Number.isFinite(value) ? budgetOfNumber(value) : INVALID;
  return INVALID; // a boolean or an error
}

let milestoneRegExp: RegExp | undefined;

/**
 * Letters of any script, spaces and ·,(): built from a string, once, when first needed — a u-flag literal
 * is ES2018 syntax the ribbon's ES5 bundle could not parse (and an engine without it fails only here).
 */
function milestoneWords(): RegExp {
  return (milestoneRegExp ??= new RegExp("^[\\p{Script=Hangul}\\p{L}\\s·,()]+$", "u"));
}

/**
 * "94.5%", "680명", "73천원", "2,000명", "1건(준공)", "0.85%" → number with unit (and note);
 * "착공", "공사 진행", "준공 및 개관" → milestone; "-" → none; "" → empty.
 */
export function parseTarget(value: CellValue): TargetValue {
  if (value === null) return EMPTY;
  if (typeof value === "string") return targetOfText(value);
  if (typeof value === "number") return Number.isFinite(value) ? targetOfNumber(value) : INVALID;
  return INVALID; // a boolean or an error
}

/** A target cell's text (cellText) and its parse. */
export type TargetRead = Readonly<{ raw: string; value: TargetValue }>;

const EMPTY_TARGET: TargetRead = Object.freeze({ raw: "", value: EMPTY });

/**
 * The cell's text (cellText) and parseTarget of its value, in one object shared by equal cells, as the parse is:
 * a target cell keeps one field for both (367,000 target cells on the 50,000-row plan).
 */
export function readTarget(value: CellValue): TargetRead {
  if (value === null) return EMPTY_TARGET;
  if (typeof value === "string") return targetReadOfText(value);
  if (typeof value === "number" && Number.isFinite(value)) return targetReadOfNumber(value);
  return { raw: cellText(value), value: parseTarget(value) };
}

const targetReadOfText = sharedParse((value: string): TargetRead => ({ raw: value.trim(), value: targetOfText(value) }));
const targetReadOfNumber = sharedNumberParse((value: number): TargetRead => ({ raw: String(value), value: targetOfNumber(value) }));

const targetOfNumber = sharedNumberParse((value: number): TargetValue => ({ kind: "number", value, unit: "" }));
const targetOfText = sharedParse(parseTargetText);

function parseTargetText(value: string): TargetValue {
  // cellText: a unit or a milestone in jamo (NFD) reads as the word it looks like.
  // As it looks: "９５．５％" (fullwidth, as a Korean IME types it) is 95.5%, "−3%" is -3%.
  return reparsedAsSeen(cellText(value), parseTargetTextAsWritten, INVALID);
}

/**
 * A number, its unit and a note: "94.5%", "2,000명", "1건(준공)". The unit neither starts with a digit or sign nor
 * holds a digit, in ASCII or fullwidth: "9５%" is no 9 of the unit "５%" but, folded as it looks, 95%.
 */
const TARGET_NUMBER = new RegExp(
  `^([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*` +
    `([^\\d\\s().,+\\-${FULLWIDTH_DIGIT_CLASS}${FULLWIDTH_SIGN_CLASS}${DASH_CLASS}][^\\d()${FULLWIDTH_DIGIT_CLASS}]*?)?` +
    `\\s*(?:\\(([^)]*)\\))?$`,
);

function parseTargetTextAsWritten(text: string): TargetValue {
  if (text === "") return EMPTY;
  if (isDash(text)) return NONE;
  if (isSlash(text)) return NONE_SLASH;
  const match = TARGET_NUMBER.exec(text);
  if (match) {
    const number = parsePlainNumber(match[1]);
    if (number !== null) {
      const unit = (match[2] ?? "").trim();
      return match[3] ? { kind: "number", value: number, unit, note: match[3].trim() } : { kind: "number", value: number, unit };
    }
  }
  // A milestone is words without digits: 착공, 공사 진행, 준공 및 개관.
  if (!/\d/.test(text) && milestoneWords().test(text)) return { kind: "milestone", label: text };
  return INVALID;
}

/**
 * The unit an indicator name announces: "(명)", "(%)", "(단위: %)", "(횟수)", "이용률(%)".
 * Only a parenthesised group that ends the name counts ("구(區) 동(洞) …" is not a unit), and only
 * if it looks like a unit (short, no spaces).
 */
export function unitFromName(name: string): string | null {
  if (!name.includes(")")) return null;
  const group = /\(([^()]*)\)\s*$/.exec(name);
  if (!group) return null;
  let inner = group[1].trim();
  inner = inner.replace(/^단위\s*[:：]\s*/, "");
  if (inner === "" || inner.length > 4 || /\s/.test(inner)) return null;
  return inner;
}

/** '/' (빗금) and its full-width look-alike: the 6기 form's "this year does not exist for the project". */
export function isSlash(text: string): boolean {
  return text === "/" || text === "／";
}

const ROMAN_PART: Record<string, 1 | 2> = { I: 1, "Ⅰ": 1, II: 2, "Ⅱ": 2 };
const NUMBER_PATH = /^(II|Ⅱ|I|Ⅰ)\s*[-.．]\s*(\d{1,3}(?:\s*[-.．]\s*\d{1,3}){0,3})\s*[.．]?$/;
const numberPathMatch = (text: string) => NUMBER_PATH.exec(text);

/** "Ⅰ-2-5", "Ⅱ-1-2-1", "I-2-5.", "II.1.2.1", so too as they look → {part, levels}; null for anything else (plain numbers included). */
export function parseNumberPath(text: string): NumberPath | null {
  const raw = text.trim();
  // Asked of every row's number: one look rules out the plain numbers (Ｉ: Latin I typed fullwidth).
  const first = raw[0];
  if (first !== "I" && first !== "Ⅰ" && first !== "Ⅱ" && first !== "Ｉ") return null;
  // As it looks when not as written: "Ⅰ–1–2", "Ⅰ－１－２", "ＩＩ-1" read as "Ⅰ-1-2", "II-1" (raw stays as written).
  const m = reparsedAsSeen(raw, numberPathMatch, null);
  if (!m) return null;
  const levels = m[2].split(/\s*[-.．]\s*/).map(Number);
  return { part: ROMAN_PART[m[1]], levels, raw };
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";

/** 연계성 "①, ③", "1,3", "①②", "１，３" → values [1, 3]; anything but ①–③ / 1–3 goes to invalid, as written. */
export function parseNationalPlanLink(text: string): { values: number[]; invalid: string[] } {
  const values: number[] = [];
  const invalid: string[] = [];
  // Circled digits may stand without a separator ("①②"); split them apart first.
  const pieces = text
    .replace(/[①-⑩]/g, (c) => `,${c},`)
    .split(/[,，、\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  for (const piece of pieces) {
    const circled = CIRCLED.indexOf(piece);
    const n = circled >= 0 ? circled + 1 : plainDigits(piece) ?? plainDigits(numberAsSeen(piece)) ?? NaN;
    if (n >= 1 && n <= 3) {
      if (!values.includes(n)) values.push(n);
    } else invalid.push(piece);
  }
  return { values: values.sort((a, b) => a - b), invalid };
}

/** "12" → 12; anything but ASCII digits → null. */
function plainDigits(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** "(중점추진) 사업명" (also [중점추진], 〈중점〉 …) → {key: true, name: "사업명"}; a name without it is returned as is. */
export function splitKeyMarker(text: string): { key: boolean; name: string } {
  const m = /^\s*[(（[〈<【]\s*중점\s*(?:추진)?\s*(?:사업)?\s*[)）\]〉>】]\s*/.exec(text);
  return m ? { key: true, name: text.slice(m[0].length).trim() } : { key: false, name: text };
}
