/**
 * The five steps of a 관리체계 (schedule) as its table names them: asked by the schedule search (schedule.ts) and,
 * for STEP_HINT, by the sheet view as it lists each row's cells (sheetView.ts).
 */
import { JAMO_CLASS } from "../text";

export const STEP_WORDS = [/계획수립/, /기본계획|수정보완$/, /심의/, /의회/, /제출/];

/** Any of STEP_WORDS: one test rules out a text that names no step, before each is asked in turn. */
export const ANY_STEP = /계획수립|기본계획|수정보완$|심의|의회|제출/;

/** Characters every step name has one of (or jamo, NFD, which compact composes): most cells are ruled out before any other work. */
export const STEP_HINT = new RegExp(`[립완의회출${JAMO_CLASS}]`);
