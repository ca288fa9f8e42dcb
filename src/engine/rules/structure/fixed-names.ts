/**
 * 6기 Part II (지역사회보장 균형발전 전략체계): the form fixes the names of strategies 1–4 and, in strategy 1,
 * of the 대표과업 전달체계 조직과 운영, 사각지대 발굴 and 부정수급 방지대책 (DOMAIN.md, "The 6th period").
 * Names are compared after dropping spaces, '·' and the like, and numbering; a difference is a warning
 * (the guide's text and its form disagree on the first 대표과업, so a reviewer judges).
 */
import type { Hit } from "../../finding";
import { compact, oneLine } from "../../text";
import { defineRule, hitMaker } from "../kit";
import { inGroup } from "../../groups";
import { placesOf } from "../vocabulary/places";
import { isDepartmentWorkbook } from "./form-counts";

const makeHit = hitMaker(["strategyName", "taskName", "missingTask"]);

export const FIXED_STRATEGIES: Record<number, string> = {
  1: "사회보장급여 이용·제공 및 수급권자 발굴",
  2: "담당인력 역량강화",
  3: "지역사회 거버넌스 구축",
  4: "지역사회보장 인프라 확충",
};

export const FIXED_TASKS_OF_STRATEGY_1: readonly string[] = ["전달체계 조직과 운영", "사각지대 발굴", "부정수급 방지대책"];

/** A leading label and number: "지역발전전략 1.", "Ⅱ-1.", "1)", "(2)". */
const LEADING = /^(?:(?:지역사회보장|지역)?(?:균형)?발전전략|사회보장전략|전략|대표과업)?\(?(?:(?:[ⅠⅡ]|I{1,2})[-.．])?(?:\d+[-.．)]?)*/;

/** "2. 담당 인력·역량 강화" → "담당인력역량강화": no numbering, spaces or punctuation. */
export function fixedKey(name: string): string {
  return compact(name).replace(LEADING, "").replace(/[^가-힣A-Za-z0-9]/g, "");
}

export const structureFixedNames = defineRule({
  id: "structure/fixed-names",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    if (plan.period !== 6) return [];
    const hits: Hit[] = [];
    // Asked once: a plan's strategies repeat on a large plan, and the question walks every project.
    const departmentWorkbook = isDepartmentWorkbook(plan);
    for (const strategy of plan.strategies) {
      if (strategy.part !== 2) continue;
      const fixed = FIXED_STRATEGIES[strategy.number];
      if (fixed && fixedKey(strategy.name) !== fixedKey(fixed)) {
        hits.push(makeHit("strategyName", strategy.cell.ref, { number: strategy.number, name: oneLine(strategy.name), expected: fixed }));
      }
      // A department's workbook keeps only the 대표과업 holding its projects.
      if (strategy.number !== 1 || departmentWorkbook) continue;
      const tasks = inGroup(placesOf(plan).tasksByStrategy, strategy.id);
      const fixedKeys = FIXED_TASKS_OF_STRATEGY_1.map(fixedKey);
      FIXED_TASKS_OF_STRATEGY_1.forEach((expected, i) => {
        if (tasks.some((t) => fixedKey(t.name) === fixedKeys[i])) return;
        // The task in that place, if it bears none of the fixed names, is taken for this one renamed.
        const inPlace = tasks.find((t) => t.number === i + 1 && !fixedKeys.includes(fixedKey(t.name)));
        if (inPlace) hits.push(makeHit("taskName", inPlace.cell.ref, { name: oneLine(inPlace.name), expected }));
        else hits.push(makeHit("missingTask", strategy.cell.ref, { name: oneLine(strategy.name), expected }));
      });
    }
    return hits;
  },
});
