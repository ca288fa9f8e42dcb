/**
 * A strategy or 대표과업 without an indicator that has targets: the law asks for indicators at each
 * level (사회보장급여법 시행령 §20), and the plan sets them at strategy, 대표과업 and project level.
 * Part II strategies carry theirs in the 6th-period form only; in the 5th they are measured through
 * their 대표과업 (the seed's 발전전략 rows have none), so a 5기 Part II strategy is not asked.
 */
import type { Hit } from "../../finding";
import type { Indicator, Plan, Strategy } from "../../plan";
import { oneLine } from "../../text";
import { defineRule, hitMaker } from "../kit";
import { hasValue } from "../vocabulary/indicators";

const makeHit = hitMaker(["strategy", "task"]);

function measured(indicators: readonly Indicator[]): boolean {
  return indicators.some((i) => i.targets.some((t) => hasValue(t.value)));
}

function strategyAsked(plan: Plan, strategy: Strategy): boolean {
  return strategy.part === 1 || plan.period === 6;
}

export const indicatorsLevels = defineRule({
  id: "indicators/levels",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < plan.strategies.length; i++) {
      const strategy = plan.strategies[i];
      if (!strategyAsked(plan, strategy) || measured(strategy.indicators)) continue;
      hits.push(makeHit("strategy", strategy.cell.ref, { name: oneLine(strategy.cell.raw || strategy.name), count: strategy.indicators.length }));
    }
    for (let i = 0; i < plan.tasks.length; i++) {
      const task = plan.tasks[i];
      if (measured(task.indicators)) continue;
      hits.push(makeHit("task", task.cell.ref, { name: oneLine(task.cell.raw || task.name), count: task.indicators.length }));
    }
    return hits;
  },
});
