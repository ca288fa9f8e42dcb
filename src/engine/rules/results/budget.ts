/**
 * Budgets against what was spent: 집행액 above the year's 예산 (집행률 over 100%), a 집행률 that is not 집행액 ÷ 예산,
 * and money spent on a project that reports no 실적 for any of its indicators.
 */
import type { Hit } from "../../finding";
import { cellText } from "../../grid";
import type { Project } from "../../plan";
import { round1 } from "../../results/achievement";
import { defineRule, hitMaker } from "../kit";
import { budgetAt, budgetNumber } from "../vocabulary/budgets";
import { hasValue, targetAt } from "../vocabulary/indicators";

const makeHit = hitMaker(["overspent", "rateOver", "wrongRate", "spentWithoutActual"]);

const TOLERANCE = 0.6;

export const resultsBudget = defineRule({
  id: "results/budget",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    if (!plan.results || plan.results.length === 0) return hits;
    const projects = new Map<string, Project>(plan.projects.map((p) => [p.id, p]));
    for (const results of plan.results ?? []) {
      const reported = new Set(results.indicators.filter((r) => r.actual && r.actual.value.kind !== "none").map((r) => r.projectId));
      for (const b of results.budgets) {
        const project = projects.get(b.projectId);
        if (!project) continue;
        const budgetCell = budgetAt(project, results.year);
        const budget = budgetNumber(budgetCell);
        const spent = b.spent?.value.kind === "number" ? b.spent.value.value : null;
        const name = project.name;
        const extra = { projectId: project.id };
        if (spent !== null && budget !== null && b.spent) {
          const rate = budget === 0 ? null : round1((spent / budget) * 100);
          if (spent > budget) hits.push(makeHit("overspent", b.spent.ref, { name, year: results.year, spent: b.spent.raw, budget: cellText(budgetCell?.raw ?? null) }, extra));
          const written = b.executionRate?.value ?? null;
          if (rate !== null && written !== null && b.executionRate) {
            const close = (v: number) => Math.abs(v - rate) <= TOLERANCE;
            if (!close(written) && !(written <= 5 && close(written * 100))) {
              hits.push(makeHit("wrongRate", b.executionRate.ref, { name, written: b.executionRate.raw, expected: rate }, extra));
            }
          }
        } else if (b.executionRate && b.executionRate.value !== null && b.executionRate.value > 100) {
          hits.push(makeHit("rateOver", b.executionRate.ref, { name, year: results.year, rate: b.executionRate.raw }, extra));
        }
        // Only where some indicator had something to achieve that year: a '-' year's spending reports nothing.
        const expected = project.indicators.some((i) => hasValue(targetAt(i, results.year)?.value ?? { kind: "empty" }));
        if (spent !== null && spent > 0 && b.spent && !reported.has(project.id) && expected) {
          hits.push(makeHit("spentWithoutActual", b.spent.ref, { name, year: results.year, spent: b.spent.raw }, extra));
        }
      }
    }
    return hits;
  },
});
