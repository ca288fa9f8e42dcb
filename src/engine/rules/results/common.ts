/** What the results rules share: every indicator's result of every year the workbook carries, evaluated once. */
import type { Indicator, Plan, Project, Target } from "../../plan";
import { evaluate, type Evaluation } from "../../results/achievement";
import type { IndicatorResult, YearResults } from "../../results/types";
import { indicatorName, targetAt } from "../vocabulary/indicators";

export interface EvaluatedResult {
  results: YearResults;
  result: IndicatorResult;
  project: Project;
  indicator: Indicator;
  target: Target | null;
  evaluation: Evaluation;
  /** The indicator's name on one line, for messages. */
  name: string;
}

const cache = new WeakMap<Plan, EvaluatedResult[]>();

export function evaluatedResults(plan: Plan): EvaluatedResult[] {
  if (!plan.results || plan.results.length === 0) return [];
  const known = cache.get(plan);
  if (known) return known;
  const projects = new Map(plan.projects.map((p) => [p.id, p]));
  const out: EvaluatedResult[] = [];
  for (const results of plan.results ?? []) {
    for (const result of results.indicators) {
      const project = projects.get(result.projectId);
      const indicator = project?.indicators.find((i) => i.id === result.indicatorId);
      if (!project || !indicator) continue;
      const target = targetAt(indicator, results.year);
      const evaluation = evaluate(plan, indicator, target, result.actual?.value ?? null);
      out.push({ results, result, project, indicator, target, evaluation, name: indicatorName(indicator) });
    }
  }
  cache.set(plan, out);
  return out;
}

/** Where a missing 실적 belongs. */
export function actualRef(e: EvaluatedResult) {
  return e.result.actual?.ref ?? { sheet: e.results.sheet, row: e.result.row, col: e.result.actualCol };
}
