/** What the budget rules walk: every project's and every total row's yearly budget cells, by owner. */
import type { Budget, Plan, Project, TotalRow } from "../../plan";
import { oneLine } from "../../text";
import type { HitExtra } from "../kit";
import { projectName } from "../vocabulary/names";
import { perRun } from "../vocabulary/perRun";
import { isUncomputed } from "../vocabulary/places";

/** A project or a total row with its budget cells. */
export class BudgetOwner {
  readonly budgets: readonly Budget[];
  /** The project, or null for a total row. */
  readonly project: Project | null;
  /** A hit's extra naming the project ({} for a total row); shared, not to be changed. */
  readonly extra: HitExtra;
  // What several rules look for among the cells, found here in one pass: each of them then walks the cells of
  // the few owners concerned, not the 250,000 budgets of a large plan again.
  /** Some cell is not a number (kind "invalid"). */
  readonly anyInvalid: boolean = false;
  /** Some cell is a negative number. */
  readonly anyNegative: boolean = false;
  /** Some cell is a number other than 0. */
  readonly anyNonZero: boolean = false;
  /** Some cell is a number typed as text. */
  readonly anyFromText: boolean = false;
  /** Some cell is a formula saved without its result (isUncomputed). */
  readonly anyUncomputed: boolean = false;
  /** Some cell is '-', '/' or empty: a year without budget. */
  readonly anyBlank: boolean = false;

  constructor(private readonly owner: { project: Project } | { total: TotalRow }) {
    this.project = "project" in owner ? owner.project : null;
    this.budgets = "project" in owner ? owner.project.budgets : owner.total.budgets;
    this.extra = "project" in owner ? { projectId: owner.project.id } : {};
    for (let i = 0; i < this.budgets.length; i++) {
      const budget = this.budgets[i];
      const value = budget.value;
      if (value.kind === "invalid") this.anyInvalid = true;
      else if (value.kind === "number") {
        if (value.value < 0) this.anyNegative = true;
        if (value.value !== 0) this.anyNonZero = true;
        if (value.fromText) this.anyFromText = true;
      } else this.anyBlank = true;
      if (isUncomputed(budget)) this.anyUncomputed = true;
    }
  }

  /** The project's name or the total row's label, on one line: asked only for a hit. */
  get name(): string {
    return "project" in this.owner ? projectName(this.owner.project) : oneLine(this.owner.total.label.raw);
  }
}

export const budgetOwners: (plan: Plan) => readonly BudgetOwner[] = perRun((plan: Plan): BudgetOwner[] => {
  const owners: BudgetOwner[] = [];
  for (let i = 0; i < plan.projects.length; i++) owners.push(new BudgetOwner({ project: plan.projects[i] }));
  for (let i = 0; i < plan.totals.length; i++) owners.push(new BudgetOwner({ total: plan.totals[i] }));
  return owners;
});
