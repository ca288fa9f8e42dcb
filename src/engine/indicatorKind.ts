/**
 * What an indicator measures, by the words of its name: 투입 (input: what is spent), 산출 (output: what is
 * done) or 성과 (outcome: what changes for people). The plan asks for output or outcome indicators; input
 * ones only for new or construction projects (DOMAIN.md, "The 6th period"). Words, not a model: the lists
 * are meant to be read and extended.
 */
import type { Indicator } from "./plan";
import { compact, remembered } from "./text";

export type IndicatorKind = "input" | "output" | "outcome";

export const INDICATOR_KINDS: readonly IndicatorKind[] = ["input", "output", "outcome"];

/** 예산, 집행률, 사업비, 종사자·인력 수. "인력" alone is not enough: 담당인력 교육 이수율 measures training. */
const INPUT_NAME = /예산|집행[률율]|사업비|인건비|(종사자|인력)(수|배치|채용|충원|확보|규모|\(명\)|$)/;

/** A change in people's lives or a share of the population: 만족도, 고용률, 감소, 향상, 지수 … */
const OUTCOME_NAME = /만족|향상|개선|감소|변화|지수|점수|[률율](\(|$)|비율/;

export function indicatorKind(indicator: Pick<Indicator, "name">): IndicatorKind {
  return kindOfName(indicator.name);
}

/** By name, remembered: a plan repeats a few dozen indicator names over thousands of indicators. */
const kindOfName = remembered((raw: string): IndicatorKind => {
  const name = compact(raw);
  if (INPUT_NAME.test(name)) return "input";
  if (OUTCOME_NAME.test(name)) return "outcome";
  return "output";
});
