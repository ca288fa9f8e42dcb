/**
 * Text as the plan writes it: cells wrap mid-word ("자체사 업") and across lines. The reader and every
 * rule ask the same questions of the same few hundred strings, so the answers are remembered (bounded).
 */
/** A function of a string (or another Map key), its answers remembered (the cache is dropped when it grows past 20,000). */
export function remembered<T, K = string>(transform: (key: K) => T): (key: K) => T {
  const cache = new Map<K, T>();
  return (key) => {
    let result = cache.get(key);
    if (result === undefined) {
      result = transform(key);
      if (cache.size > 20_000) cache.clear();
      cache.set(key, result);
    }
    return result;
  };
}

/**
 * Spacing removed: "성과지표명 (단위)" and "성과지표명(단위)" read alike. A text without spacing is its own answer,
 * told by one test, where the memo costs a lookup and, at 50,000 rows of new texts, an entry each.
 */
export function compact(text: string): string {
  return HAS_SPACING.test(text) ? withoutSpacing(text) : text;
}

/**
 * Characters as a regular expression's class lists them: zero-width spaces (text copied from a web page; U+FEFF, the
 * byte order mark, inside a text too), which read as nothing, and Hangul jamo (NFD: copied from a Mac's file name or
 * PDF), which asSeen composes into syllables. Written once here for every pattern that must let them through (the
 * header and step words' first tests too).
 */
export const ZERO_WIDTH_CLASS = "\\u200b-\\u200d\\u2060\\ufeff";
export const JAMO_CLASS = "\\u1100-\\u11ff";

/** Also zero-width spaces and Hangul in jamo, read as asSeen reads them (compact is given texts straight from cells). */
const HAS_SPACING = new RegExp(`[\\s\\u00a0\\u3000${ZERO_WIDTH_CLASS}${JAMO_CLASS}]`);
const withoutSpacing = remembered((text) => asSeen(text.replace(/[\s\u00a0\u3000]+/g, "")));

/** Zero-width spaces or Hangul spelled in jamo: a text asSeen changes. */
export const UNSEEN_OR_JAMO = new RegExp(`[${ZERO_WIDTH_CLASS}${JAMO_CLASS}]`);
const ZERO_WIDTH = new RegExp(`[${ZERO_WIDTH_CLASS}]`, "g");

/** The text as it looks: zero-width spaces left out, jamo composed into syllables (NFC), trimmed. */
export function asSeen(text: string): string {
  const visible = text.replace(ZERO_WIDTH, "");
  // The ribbon's ES5 bundle may run where String.prototype.normalize (ES2015) is missing: the jamo are then left as they are.
  return (typeof visible.normalize === "function" ? visible.normalize("NFC") : visible).trim();
}

/**
 * The dashes that look like '-': the hyphens and dashes U+2010–U+2015 (–, — among them), the minus sign, the small
 * and the fullwidth hyphen-minus.
 */
export const DASH_CLASS = "\\u2010-\\u2015\\u2212\\ufe63\\uff0d";

/** Fullwidth digits, and ％＋，－．, as a Korean IME types them. */
export const FULLWIDTH_DIGIT_CLASS = "\\uff10-\\uff19";
export const FULLWIDTH_SIGN_CLASS = "\\uff05\\uff0b-\\uff0e";
/** Every fullwidth form of an ASCII character (！ … ～): digits and signs, brackets （）, the apostrophe ＇, Latin Ｉ. */
const FULLWIDTH_ASCII_CLASS = "\\uff01-\\uff5e";

/** What numberAsSeen folds: the fullwidth forms of ASCII, the dashes and the zero-width spaces. */
const NUMBER_LOOK_ALIKES = `${FULLWIDTH_ASCII_CLASS}${DASH_CLASS}${ZERO_WIDTH_CLASS}`;
const HAS_NUMBER_LOOK_ALIKE = new RegExp(`[${NUMBER_LOOK_ALIKES}]`);
const NUMBER_LOOK_ALIKE = new RegExp(`[${NUMBER_LOOK_ALIKES}]`, "g");

function asciiOf(c: string): string {
  const code = c.charCodeAt(0);
  // A fullwidth form is its ASCII character 0xFEE0 further on (－ is a dash, and folds the same way).
  if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
  // A zero-width space (U+200B–U+200D, U+2060, U+FEFF) is left out; what else the class holds is a dash.
  return code <= 0x200d || code === 0x2060 || code === 0xfeff ? "" : "-";
}

/**
 * A number, unit, project number or year as it looks: the fullwidth forms of ASCII as their ASCII (the digits,
 * ％＋，－．, the brackets, ＇, Latin Ｉ), every dash as '-', zero-width spaces left out ("９５．５％" → "95.5%",
 * "Ⅰ–1–2" → "Ⅰ-1-2", "（３）" → "(3)", "ＩＩ-1" → "II-1", "2,\u200b478" → "2,478"). For the parsers to try again
 * when the text as written is no number (the cell itself is never changed); a text without any of these characters
 * is its own answer, told by one test.
 */
export function numberAsSeen(text: string): string {
  return HAS_NUMBER_LOOK_ALIKE.test(text) ? text.replace(NUMBER_LOOK_ALIKE, asciiOf).trim() : text;
}

/**
 * parse(text), else, when it fails (`failed`, the parse's own "no": null, INVALID …) and the text as it looks
 * (numberAsSeen) is another, parse of that: how every parser of a number, a project number, a year or a date reads
 * a text as it looks. A text without look-alikes costs one test more, and only when the parse failed.
 */
export function reparsedAsSeen<T>(text: string, parse: (text: string) => T, failed: T): T {
  const read = parse(text);
  if (read !== failed) return read;
  const seen = numberAsSeen(text);
  return seen === text ? failed : parse(seen);
}

/**
 * One line, single spaces: how a name is shown in a message. Nearly every name already is: one test tells,
 * where the memo costs a lookup per name and, on a plan of 50,000 distinct names, only grows.
 */
export function oneLine(text: string): string {
  return isOneLine(text) ? text : spacingToOneLine(text);
}

const spacingToOneLine = remembered((text) => text.replace(/[\s\u00a0\u3000]+/g, " ").trim());

/** Words with single spaces between them: a text oneLine leaves as it is (its spacing class is \s's). */
const ON_ONE_LINE = /^(?:\S+(?: \S+)*)?$/;

/** True when oneLine(text) is text itself. */
export function isOneLine(text: string): boolean {
  return ON_ONE_LINE.test(text);
}
