/**
 * A strategy or 대표과업 without an indicator that has targets: the law asks for indicators at each
 * level (사회보장급여법 시행령 §20), and the plan sets them at strategy, 대표과업 and project level.
 * Part II strategies carry theirs in the 6th-period form only; in the 5th they are measured through
 * their 대표과업 (the seed's 발전전략 rows have none), so a 5기 Part II strategy is not asked.
 */
import type { Hit } from "../../finding";
import type { Plan, Strategy } from "../../plan";
import { oneLine } from "../../text";
import { defineRule, hitMaker } from "../kit";
import { allIndicators, type OwnedIndicator } from "../vocabulary/indicators";

const makeHit = hitMaker(["strategy", "task"]);

function strategyAsked(plan: Plan, strategy: Strategy): boolean {
  return strategy.part === 1 || plan.period === 6;
}

/**
 * Some of the `count` indicators from `from` on has a target that says something (hasValue): the shared pass's
 * answer (anyValue), its targets not read again.
 */
function measured(all: readonly OwnedIndicator[], from: number, count: number): boolean {
  for (let i = from; i < from + count; i++) if (all[i].anyValue) return true;
  return false;
}

export const indicatorsLevels = defineRule({
  id: "indicators/levels",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    // allIndicators lists the strategies' indicators, then the tasks', each owner's in order: walked alongside.
    const all = allIndicators(plan);
    let at = 0;
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < plan.strategies.length; i++) {
      const strategy = plan.strategies[i];
      const count = strategy.indicators.length;
      at += count;
      if (!strategyAsked(plan, strategy) || measured(all, at - count, count)) continue;
      hits.push(makeHit("strategy", strategy.cell.ref, { name: oneLine(strategy.cell.raw || strategy.name), count }));
    }
    for (let i = 0; i < plan.tasks.length; i++) {
      const task = plan.tasks[i];
      const count = task.indicators.length;
      at += count;
      if (measured(all, at - count, count)) continue;
      hits.push(makeHit("task", task.cell.ref, { name: oneLine(task.cell.raw || task.name), count }));
    }
    return hits;
  },
});
