/** What kind of indicator a name describes: 투입 (input), 산출 (output) or 성과 (outcome). */
import type { Indicator, Project } from "../../plan";
import { compact, isCompletionProject, normalizeUnit } from "../util";

export type IndicatorKind = "input" | "output" | "outcome";

/**
 * 투입 지표: what is spent, not what is achieved — 예산, 집행률, 종사자·인력 수 (DOMAIN.md: the plan asks
 * for output or outcome indicators; input only for new or construction projects). "인력" alone is not
 * enough (담당인력 교육 이수율 measures training): only a count of staff.
 */
const INPUT_NAME = /예산|집행[률율]|사업비|인건비|(종사자|인력)(수|배치|채용|충원|확보|규모|\(명\)|$)/;

/** 성과 지표: a change in people's lives or a rate of the population (만족도, 고용률, 감소 …). */
const OUTCOME_NAME = /만족|향상|개선|감소|변화|지수|점수|[률율](\(|$)|비율/;

export function indicatorKind(indicator: Pick<Indicator, "name" | "unitInName">): IndicatorKind {
  const name = compact(indicator.name);
  if (INPUT_NAME.test(name)) return "input";
  if (OUTCOME_NAME.test(name) || normalizeUnit(indicator.unitInName ?? "") === "점") return "outcome";
  return "output";
}

/** Names of building works, whose first years are measured by what is spent and built. */
const CONSTRUCTION_NAME = /건립|건축|신축|증축|개축|리모델링|공사|개보수|착공|준공/;

/** A project where an input indicator is expected: new in this plan (○) or building works. */
export function inputAllowed(project: Project): boolean {
  if (project.flags.isNew?.state === "yes") return true;
  return CONSTRUCTION_NAME.test(compact(project.name)) || isCompletionProject(project);
}
