/**
 * Whether a 실적 meets its target, and the 달성률. The indicator's direction comes from the targets rules'
 * own helpers (isLowerBetter, seriesDirection over the plan years): lower-is-better indicators are met at or
 * below the target and score target ÷ actual; milestone targets (착공 → 준공) are met or not; '-' and '/'
 * targets have nothing to achieve; percentage-point targets (2%p) compare points with points.
 */
import type { Indicator, Plan, Target, TargetValue } from "../plan";
import { compact } from "../text";
import { numericPoints } from "../rules/vocabulary/indicators";
import { isLowerBetter, seriesDirection } from "../rules/vocabulary/series";
import { normalizeUnit, unitFamily } from "../rules/vocabulary/units";

export type IndicatorDirection = "higher" | "lower";

/**
 * The plan's own targets first: a series that rises is met by more, one that falls by less, whatever its name (the
 * sample's 고위험군 상담 서비스 제공 rises 34% → 35%, though 위험 is a lower-is-better word). The name decides
 * only where the series does not move.
 */
export function indicatorDirection(plan: Pick<Plan, "planYears">, indicator: Indicator): IndicatorDirection {
  const series = seriesDirection(numericPoints(indicator, plan.planYears).map((p) => p.value));
  if (series === "rising") return "higher";
  if (series === "falling") return "lower";
  return isLowerBetter(indicator.name) ? "lower" : "higher";
}

export type Evaluation =
  /** A target and a readable 실적: met or missed, with the 달성률 where numbers allow one. */
  | { status: "met" | "missed"; achievement: number | null }
  /** No 실적 written. */
  | { status: "notReported" }
  /** '-' or '/' or no target that year: nothing to achieve. */
  | { status: "noTarget" }
  /** The 실적's unit is not the target's (명 against %). */
  | { status: "unitMismatch"; targetUnit: string; actualUnit: string }
  /** The 실적 cannot be read, or cannot be compared with the target (a number against a milestone). */
  | { status: "unreadable" };

/**
 * Stages of a works' sequence, so that 준공 meets a target of 착공; words outside the list compare as text.
 * Tried in this order (a word of an earlier stage wins: 미착공 is no 착공). The form's 달성 여부 formula uses the words too.
 */
export const STAGE_WORDS: readonly { words: readonly string[]; rank: number }[] = [
  { words: ["미착공", "지연", "중단", "보류", "취소", "미추진", "미완료", "미달"], rank: -1 },
  { words: ["준공", "완공", "개관", "완료", "완성", "개소", "운영개시", "달성"], rank: 4 },
  { words: ["공사", "진행", "추진중", "시공"], rank: 3 },
  { words: ["착공"], rank: 2 },
  { words: ["설계", "계획", "부지", "매입", "발주", "용역"], rank: 1 },
];
const STAGES: [RegExp, number][] = STAGE_WORDS.map(({ words, rank }) => [new RegExp(words.join("|")), rank]);

export function stageOf(label: string): number | null {
  const text = compact(label);
  for (const [pattern, rank] of STAGES) if (pattern.test(text)) return rank;
  return null;
}

/** One decimal: 달성률 is reported as 95.3%. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function evaluate(plan: Pick<Plan, "planYears">, indicator: Indicator, target: Target | null, actual: TargetValue | null): Evaluation {
  const goal = target?.value ?? { kind: "empty" as const };
  if (goal.kind === "none" || goal.kind === "empty" || goal.kind === "invalid") return { status: "noTarget" };
  // '-' in a 실적 cell says "nothing to report": the same as an empty cell.
  if (actual === null || actual.kind === "empty" || actual.kind === "none") return { status: "notReported" };
  if (actual.kind === "invalid") return { status: "unreadable" };

  if (goal.kind === "milestone" || actual.kind === "milestone") {
    const wanted = goal.kind === "milestone" ? goal.label : goal.note ?? "";
    const got = actual.kind === "milestone" ? actual.label : actual.note ?? "";
    if (wanted === "" || got === "") return { status: "unreadable" };
    const [w, g] = [stageOf(wanted), stageOf(got)];
    const met = w !== null && g !== null ? g >= w : compact(got) === compact(wanted);
    return { status: met ? "met" : "missed", achievement: null };
  }

  const targetUnit = normalizeUnit(goal.unit);
  const actualUnit = normalizeUnit(actual.unit);
  if (actualUnit !== "" && targetUnit !== "" && unitFamily(actualUnit) !== unitFamily(targetUnit)) {
    return { status: "unitMismatch", targetUnit: goal.unit, actualUnit: actual.unit };
  }
  const lower = indicatorDirection(plan, indicator) === "lower";
  const met = lower ? actual.value <= goal.value : actual.value >= goal.value;
  let achievement: number | null;
  if (lower) achievement = actual.value === 0 ? (goal.value === 0 ? 100 : null) : round1((goal.value / actual.value) * 100);
  else achievement = goal.value === 0 ? null : round1((actual.value / goal.value) * 100);
  return { status: met ? "met" : "missed", achievement };
}
