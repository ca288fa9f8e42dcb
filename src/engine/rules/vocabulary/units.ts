/** Units as the plan writes them (％, 퍼센트, 회/건, 명/인, 천원 …) and what they measure. */
import { compact, remembered } from "../../text";

/** "％" → "%", "퍼센트" → "%", "%P" → "%p"; spacing dropped. */
export const normalizeUnit = remembered((unit: string): string => {
  const u = compact(unit);
  if (u === "％" || u === "퍼센트") return "%";
  if (/^[%％][pP]$/.test(u) || u === "퍼센트포인트") return "%p";
  return u;
});

/** Units that count the same thing: 회/건/번 (times), 명/인 (people), 개소/곳 (places). */
export function unitFamily(unit: string): string {
  return familyOfNormalized(normalizeUnit(unit));
}

/** A unit as normalizeUnit writes it and its family (unitFamily), remembered together: asked of every numeric target. */
export const unitAndFamily = remembered((unit: string): { readonly unit: string; readonly family: string } => {
  const normalized = normalizeUnit(unit);
  return Object.freeze({ unit: normalized, family: familyOfNormalized(normalized) });
});

/** unitFamily of a unit already normalised (normalizeUnit is not asked twice per target). */
export function familyOfNormalized(u: string): string {
  if (u === "회" || u === "건" || u === "번" || u === "차례") return "회";
  if (u === "명" || u === "인") return "명";
  if (u === "개소" || u === "곳") return "개소";
  return u;
}

export type UnitClass = "percent" | "people" | "count" | "places" | "money";

/**
 * What a unit (or a unit word in a name) measures, when clear: "%", "증가율", "참여율" → percent;
 * 명, 인원, 참여자수 → people; 회, 건, 횟수 → count; 개소 → places; 원, 천원 → money. Null if unclear.
 */
export const unitClass: (unit: string) => UnitClass | null = remembered((unit: string): UnitClass | null => {
  // Remembered: asked twice of each indicator with a unit in its name (targets/unit), of a handful of distinct units.
  const u = normalizeUnit(unit);
  if (u === "") return null;
  if (u === "%" || u === "%p" || RATE_WORD.test(u) || u === "비율") return "percent";
  if (PEOPLE_UNIT.test(u)) return "people";
  if (COUNT_UNIT.test(u)) return "count";
  if (PLACES_UNIT.test(u)) return "places";
  if (MONEY_UNIT.test(u)) return "money";
  return null;
});

// Made once: a regular expression literal in the function made a new object at each call (asked per indicator).
const RATE_WORD = /[율률]$/;
const PEOPLE_UNIT = /^(명|인|인원|인원수|참여자수|이용자수|참여인원|이용인원|대상자수)$/;
const COUNT_UNIT = /^(회|건|번|횟수|회수|건수|차례)$/;
const PLACES_UNIT = /^(개소|곳|시설수)$/;
const MONEY_UNIT = /^(원|천원|만원|백만원|억원)$/;
