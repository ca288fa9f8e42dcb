/** What the budget rules walk: every project's and every total row's yearly budget cells, by owner. */
import type { Budget, Plan, Project, TotalRow } from "../../plan";
import { oneLine } from "../../text";
import type { HitExtra } from "../kit";
import { projectName } from "../vocabulary/names";
import { perRun } from "../vocabulary/perRun";

/** A project or a total row with its budget cells. */
export class BudgetOwner {
  readonly budgets: readonly Budget[];
  /** A hit's extra naming the project ({} for a total row); shared, not to be changed. */
  readonly extra: HitExtra;

  constructor(private readonly owner: { project: Project } | { total: TotalRow }) {
    this.budgets = "project" in owner ? owner.project.budgets : owner.total.budgets;
    this.extra = "project" in owner ? { projectId: owner.project.id } : {};
  }

  /** The project's name or the total row's label, on one line: asked only for a hit. */
  get name(): string {
    return "project" in this.owner ? projectName(this.owner.project) : oneLine(this.owner.total.label.raw);
  }
}

export const budgetOwners: (plan: Plan) => readonly BudgetOwner[] = perRun((plan: Plan): BudgetOwner[] => {
  const owners: BudgetOwner[] = [];
  for (const project of plan.projects) owners.push(new BudgetOwner({ project }));
  for (const total of plan.totals) owners.push(new BudgetOwner({ total }));
  return owners;
});
