/** A project's budget for a year, as a number when it is one. */
import type { Budget, Project } from "../../plan";

export function budgetAt(project: Pick<Project, "budgets">, year: number): Budget | null {
  return project.budgets.find((b) => b.year === year) ?? null;
}

/** The budget as a number (text numbers included), or null for none, empty and invalid. */
export function budgetNumber(budget: Budget | null): number | null {
  return budget && budget.value.kind === "number" ? budget.value.value : null;
}
