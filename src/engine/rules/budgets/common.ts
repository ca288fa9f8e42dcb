/** What the budget rules walk: every project's and every total row's yearly budget cells, by owner. */
import type { Budget, Plan, Project, TotalRow } from "../../plan";
import { oneLine } from "../../text";
import { NO_EXTRA, type HitExtra } from "../kit";
import { projectName } from "../vocabulary/names";
import { perRun } from "../vocabulary/perRun";
import { isUncomputed } from "../vocabulary/places";

/** BudgetOwner's answers, as bits of its facts. */
const ANY_INVALID = 1 << 0;
const ANY_NEGATIVE = 1 << 1;
const ANY_NON_ZERO = 1 << 2;
const ANY_FROM_TEXT = 1 << 3;
const ANY_UNCOMPUTED = 1 << 4;
const ANY_BLANK = 1 << 5;
const ANY_FRACTION = 1 << 6;
const ANY_GAP = 1 << 7;

/** A project or a total row with its budget cells. */
export class BudgetOwner {
  /** The project, or null for a total row. */
  readonly project: Project | null;
  /** The answers below, one bit each: one field where six booleans took 48 bytes on each of a large plan's 50,000
   * owners, all kept through the run. */
  private readonly facts: number;
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
    let anyInvalid = false;
    let anyNegative = false;
    let anyNonZero = false;
    let anyFromText = false;
    let anyUncomputed = false;
    let anyBlank = false;
    let anyFraction = false;
    let minAmount: number | null = null;
    let maxAmount: number | null = null;
    let lastFundedYear: number | null = null;
    // The first and the last year with a number: a blank year between them is a gap (budgets/gap).
    let firstNumberYear = Infinity;
    let lastNumberYear = -Infinity;
    // Walked here and let go: the budgets' cells kept on each owner were 20 MB of the 50,000-row plan through the run.
    const budgets = this.budgets;
    for (let i = 0; i < budgets.length; i++) {
      const budget = budgets[i];
      const value = budget.value;
      if (value.kind === "invalid") anyInvalid = true;
      else if (value.kind === "number") {
        const year = budget.year;
        if (year < firstNumberYear) firstNumberYear = year;
        if (year > lastNumberYear) lastNumberYear = year;
        const amount = value.value;
        if (amount < 0) anyNegative = true;
        if (amount !== 0) anyNonZero = true;
        if (value.fromText) anyFromText = true;
        if (hasFraction(amount)) anyFraction = true;
        if (minAmount === null || amount < minAmount) minAmount = amount;
        if (maxAmount === null || amount > maxAmount) maxAmount = amount;
        if (amount > 0 && (lastFundedYear === null || year > lastFundedYear)) lastFundedYear = year;
      } else anyBlank = true;
      if (budget.formula && isUncomputed(budget)) anyUncomputed = true;
    }
    // A second look at the cells already read, only where a gap is possible: '-' or empty, not a formula saved without
    // its result, strictly between the first and the last year with a number (budgets/gap's question, in any order).
    let anyGap = false;
    if (anyBlank && firstNumberYear < lastNumberYear) {
      for (let i = 0; i < budgets.length && !anyGap; i++) {
        const budget = budgets[i];
        const kind = budget.value.kind;
        const year = budget.year;
        anyGap = (kind === "none" || kind === "empty") && year > firstNumberYear && year < lastNumberYear && !isUncomputed(budget);
      }
    }
    this.facts =
      (anyInvalid ? ANY_INVALID : 0) |
      (anyNegative ? ANY_NEGATIVE : 0) |
      (anyNonZero ? ANY_NON_ZERO : 0) |
      (anyFromText ? ANY_FROM_TEXT : 0) |
      (anyUncomputed ? ANY_UNCOMPUTED : 0) |
      (anyBlank ? ANY_BLANK : 0) |
      (anyFraction ? ANY_FRACTION : 0) |
      (anyGap ? ANY_GAP : 0);
    this.minAmount = minAmount;
    this.maxAmount = maxAmount;
    this.lastFundedYear = lastFundedYear;
  }

  /**
   * The budget cells, made anew at each ask (a read plan makes its cells when asked for): read it once into a local,
   * and only for the owners a fact below points at.
   */
  get budgets(): readonly Budget[] {
    return this.project ? this.project.budgets : (this.total as TotalRow).budgets;
  }

  /** A hit's extra naming the project ({} for a total row), not to be changed: made at each ask (hits keep none of it). */
  get extra(): HitExtra {
    return this.project ? { projectId: this.project.id } : NO_EXTRA;
  }

  /** Some cell is not a number (kind "invalid"). */
  get anyInvalid(): boolean {
    return (this.facts & ANY_INVALID) !== 0;
  }
  /** Some cell is a negative number. */
  get anyNegative(): boolean {
    return (this.facts & ANY_NEGATIVE) !== 0;
  }
  /** Some cell is a number other than 0. */
  get anyNonZero(): boolean {
    return (this.facts & ANY_NON_ZERO) !== 0;
  }
  /** Some cell is a number typed as text. */
  get anyFromText(): boolean {
    return (this.facts & ANY_FROM_TEXT) !== 0;
  }
  /** Some cell is a formula saved without its result (isUncomputed). */
  get anyUncomputed(): boolean {
    return (this.facts & ANY_UNCOMPUTED) !== 0;
  }
  /** Some cell is '-', '/' or empty: a year without budget. */
  get anyBlank(): boolean {
    return (this.facts & ANY_BLANK) !== 0;
  }
  /**
   * Some cell is '-' or empty (and no formula saved without its result) in a year strictly between the first and the
   * last year with a number: budgets/gap reports it.
   */
  get anyGap(): boolean {
    return (this.facts & ANY_GAP) !== 0;
  }
  /** Some amount has more than one decimal (hasFraction). */
  get anyFraction(): boolean {
    return (this.facts & ANY_FRACTION) !== 0;
  }

  /** The project's name or the total row's label, on one line: asked only for a hit. */
  get name(): string {
    return this.project ? projectName(this.project) : oneLine((this.total as TotalRow).label.raw);
  }
}

/** More than one decimal: 12.25, not 12.2 (budgets/decimals). */
export function hasFraction(amount: number): boolean {
  return !(Math.abs(amount * 10 - Math.round(amount * 10)) < 1e-6);
}

export const budgetOwners: (plan: Plan) => readonly BudgetOwner[] = perRun((plan: Plan): BudgetOwner[] => {
  const owners: BudgetOwner[] = [];
  for (let i = 0; i < plan.projects.length; i++) owners.push(new BudgetOwner(plan.projects[i], null));
  for (let i = 0; i < plan.totals.length; i++) owners.push(new BudgetOwner(null, plan.totals[i]));
  return owners;
});
