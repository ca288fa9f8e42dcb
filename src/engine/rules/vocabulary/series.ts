/** How an indicator's targets move: completion sequences (착공 → 준공) and the direction of a series. */
import type { Indicator, Plan, Project, Target } from "../../plan";
import { compact, remembered } from "../../text";
import { inYearOrder } from "../kit";
import { allIndicators, anyStage, hasValue, projectIndicatorStarts } from "./indicators";
import { perRun } from "./perRun";
import { normalizeUnit } from "./units";

/** Words that say a building or a sequence is finished: 준공, 완공, 개관, 완료, 개소, 완성. */
const COMPLETION_WORDS = /준공|완공|개관|완료|완성|개소식|운영\s*개시/;
/** Indicator names that measure progress towards completion (a works' 공정율, 진행률, 누적 …). */
const PROGRESS_NAME = /공정|진행\s*[률율]|진척|누적|건립|조성|공사/;

/**
 * The year an indicator's sequence completes, after which "no target" is expected: a milestone or a
 * note saying 준공/개관/완료 (착공 → 공사 진행 → 준공 및 개관; 1건(준공)), or 100% of a progress indicator
 * (공정율) or of a series that ends there (K-pop 공연장 100% in '25, then '-'). Null if it does not.
 */
export function completionYear(indicator: Indicator, cells: readonly Target[] = indicator.targets): number | null {
  const targets = inYearOrder(cells);
  for (let i = 0; i < targets.length; i++) {
    const value = targets[i].value;
    if (value.kind === "milestone" && COMPLETION_WORDS.test(value.label)) return targets[i].year;
    if (value.kind === "number" && value.note && COMPLETION_WORDS.test(value.note)) return targets[i].year;
    if (value.kind === "number" && normalizeUnit(value.unit) === "%" && value.value >= 100) {
      const later = targets.slice(i + 1);
      const endsHere = later.length > 0 && later.every((t) => !hasValue(t.value));
      if (PROGRESS_NAME.test(compact(indicator.name)) || endsHere) return targets[i].year;
    }
  }
  return null;
}

/** A project whose indicators follow a construction or completion sequence (its budget follows the works). */
/**
 * isCompletionProject of the plan's project at `index`, from the shared pass's answers: an indicator written in stages
 * completes; one without stages only when a point is 100% or more (completionYear), and only its targets are read.
 * The many projects asked (budgets/swing's) are not each remembered, nor their indicators' targets made again.
 */
export function isCompletionProjectAt(plan: Plan, index: number): boolean {
  const all = allIndicators(plan);
  const starts = projectIndicatorStarts(plan);
  // By index (kit.ts).
  for (let i = starts[index]; i < starts[index + 1]; i++) {
    const owned = all[i];
    if (owned.milestoneSeries || (owned.anyFullPercent && completionYear(owned.indicator) !== null)) return true;
  }
  return false;
}

export const isCompletionProject: (project: Project) => boolean = perRun((project: Project): boolean => {
  // Each indicator's targets read once for both questions (a read indicator makes its cells at each ask). By index (kit.ts).
  for (let i = 0; i < project.indicators.length; i++) {
    const indicator = project.indicators[i];
    const targets = indicator.targets;
    if (anyStage(targets) || completionYear(indicator, targets) !== null) return true;
  }
  return false;
});

// ----------------------------------------------------------------------------------------- direction

export type Direction = "rising" | "falling" | "flat" | "none";

/**
 * The direction of a series from its consecutive moves: more rises than falls → rising, more falls →
 * falling, a tie → the sign of last − first; no moves at all → flat. A series that repeats with period
 * two (3, 4, 3, 4: something every other year) has no direction.
 */
export function seriesDirection(values: readonly number[]): Direction {
  if (values.length < 2) return "none";
  let rises = 0;
  let falls = 0;
  for (let i = 1; i < values.length; i++) {
    if (values[i] > values[i - 1]) rises++;
    else if (values[i] < values[i - 1]) falls++;
  }
  if (rises === 0 && falls === 0) return "flat";
  const periodTwo = values.length >= 4 && values[0] !== values[1] && values.every((v, i) => i < 2 || v === values[i - 2]);
  if (periodTwo) return "none";
  if (rises > falls) return "rising";
  if (falls > rises) return "falling";
  const net = values[values.length - 1] - values[0];
  return net > 0 ? "rising" : net < 0 ? "falling" : "none";
}

/**
 * Indicators where less is better: a falling target is right (고위험 취약노인 판정율, 자살률, 대기 인원,
 * 감소 …). Words, not a model: the list is meant to be read and extended.
 */
export const LOWER_IS_BETTER_WORDS: readonly string[] = [
  "판정율", "판정률", "감소", "발생률", "발생율", "발생건수", "사망률", "사망율", "자살", "대기", "위험",
  "유병률", "유병율", "실업률", "실업율", "빈곤율", "빈곤률", "사고", "재발", "이탈", "탈락", "학대",
  "체납", "민원", "불만", "중단율", "중단률", "재입원", "방치",
];

export const isLowerBetter = remembered((name: string): boolean => {
  const text = compact(name);
  return LOWER_IS_BETTER_WORDS.some((word) => text.includes(word));
});
