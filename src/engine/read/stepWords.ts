/**
 * The five steps of a 관리체계 (schedule) as its table names them: asked by the schedule search (schedule.ts) and,
 * for STEP_HINT, by the sheet view as it lists each row's cells (sheetView.ts).
 */
import { JAMO_CLASS } from "../text";

export const STEP_WORDS = [/계획수립/, /기본계획|수정보완$/, /심의/, /의회/, /제출/];

/** The words of STEP_WORDS, one list for ANY_STEP and ANY_STEP_SPACED; "$": the text ends with the word. */
const ANY_STEP_WORDS = ["계획수립", "기본계획", "수정보완$", "심의", "의회", "제출"];

/** Any of STEP_WORDS: one test rules out a text that names no step, before each is asked in turn. */
export const ANY_STEP = new RegExp(ANY_STEP_WORDS.join("|"));

/** ANY_STEP as a text holds it before compact takes its spacing out ("계획 수립", "수정 보완 "): asked of texts as written. */
const GAP = "[\\s\\u00a0\\u3000]*";
const spaced = (word: string) => (word.endsWith("$") ? `${[...word.slice(0, -1)].join(GAP)}${GAP}$` : [...word].join(GAP));
export const ANY_STEP_SPACED = new RegExp(ANY_STEP_WORDS.map(spaced).join("|"));

/** Characters every step name has one of (or jamo, NFD, which compact composes): most cells are ruled out before any other work. */
export const STEP_HINT = new RegExp(`[립완의회출${JAMO_CLASS}]`);
