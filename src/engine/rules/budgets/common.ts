/** What the budget rules walk: every project's and every total row's yearly budget cells. */
import type { Budget, Plan } from "../../plan";
import { oneLine } from "../../text";
import { perRun } from "../vocabulary/perRun";

export interface OwnedBudget {
  budget: Budget;
  /** The project's name or the total row's label. */
  owner: string;
  projectId?: string;
}

export const allBudgets: (plan: Plan) => readonly OwnedBudget[] = perRun((plan: Plan): OwnedBudget[] => {
  const out: OwnedBudget[] = [];
  for (const project of plan.projects) {
    for (const budget of project.budgets) out.push({ budget, owner: oneLine(project.name), projectId: project.id });
  }
  for (const total of plan.totals) {
    for (const budget of total.budgets) out.push({ budget, owner: oneLine(total.label.raw) });
  }
  return out;
});
