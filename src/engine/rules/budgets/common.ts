/** What the budget rules walk: every project's and every total row's yearly budget cells, by owner. */
import type { Budget, Plan, Project, TotalRow } from "../../plan";
import { oneLine } from "../../text";
import { NO_EXTRA, type HitExtra } from "../kit";
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
  // the few owners concerned, not the 250,000 budgets of a large plan again. And on a plan read once (every plan,
  // and the first of a batch above all) a rule's loops run in V8's slow tiers, where every walk and every read of
  // a cell's getter counts: kept in locals, set once.
  /** Some cell is not a number (kind "invalid"). */
  readonly anyInvalid: boolean;
  /** Some cell is a negative number. */
  readonly anyNegative: boolean;
  /** Some cell is a number other than 0. */
  readonly anyNonZero: boolean;
  /** Some cell is a number typed as text. */
  readonly anyFromText: boolean;
  /** Some cell is a formula saved without its result (isUncomputed). */
  readonly anyUncomputed: boolean;
  /** Some cell is '-', '/' or empty: a year without budget. */
  readonly anyBlank: boolean;
  /** The smallest and the largest amount, null without one (not ±Infinity: a field that ever holds a number
   * that is no small integer is then a boxed number on each of a large plan's 50,000 owners). */
  readonly minAmount: number | null;
  readonly maxAmount: number | null;
  /** The latest year with an amount above 0, or null. */
  readonly lastFundedYear: number | null;

  constructor(
    project: Project | null,
    private readonly total: TotalRow | null,
  ) {
    this.project = project;
    this.budgets = project ? project.budgets : (total as TotalRow).budgets;
    this.extra = project ? { projectId: project.id } : NO_EXTRA;
    let anyInvalid = false;
    let anyNegative = false;
    let anyNonZero = false;
    let anyFromText = false;
    let anyUncomputed = false;
    let anyBlank = false;
    let minAmount: number | null = null;
    let maxAmount: number | null = null;
    let lastFundedYear: number | null = null;
    const budgets = this.budgets;
    for (let i = 0; i < budgets.length; i++) {
      const budget = budgets[i];
      const value = budget.value;
      if (value.kind === "invalid") anyInvalid = true;
      else if (value.kind === "number") {
        const amount = value.value;
        if (amount < 0) anyNegative = true;
        if (amount !== 0) anyNonZero = true;
        if (value.fromText) anyFromText = true;
        if (minAmount === null || amount < minAmount) minAmount = amount;
        if (maxAmount === null || amount > maxAmount) maxAmount = amount;
        if (amount > 0) {
          const year = budget.year;
          if (lastFundedYear === null || year > lastFundedYear) lastFundedYear = year;
        }
      } else anyBlank = true;
      if (budget.formula && isUncomputed(budget)) anyUncomputed = true;
    }
    this.anyInvalid = anyInvalid;
    this.anyNegative = anyNegative;
    this.anyNonZero = anyNonZero;
    this.anyFromText = anyFromText;
    this.anyUncomputed = anyUncomputed;
    this.anyBlank = anyBlank;
    this.minAmount = minAmount;
    this.maxAmount = maxAmount;
    this.lastFundedYear = lastFundedYear;
  }

  /** The project's name or the total row's label, on one line: asked only for a hit. */
  get name(): string {
    return this.project ? projectName(this.project) : oneLine((this.total as TotalRow).label.raw);
  }
}

export const budgetOwners: (plan: Plan) => readonly BudgetOwner[] = perRun((plan: Plan): BudgetOwner[] => {
  const owners: BudgetOwner[] = [];
  for (let i = 0; i < plan.projects.length; i++) owners.push(new BudgetOwner(plan.projects[i], null));
  for (let i = 0; i < plan.totals.length; i++) owners.push(new BudgetOwner(null, plan.totals[i]));
  return owners;
});
