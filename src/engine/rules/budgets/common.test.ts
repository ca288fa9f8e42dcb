import { buildPlan } from "../../../../test/kits/engine/planBuilder";
import { budgetOwners, hasFraction } from "./common";

describe("BudgetOwner", () => {
  it("keeps its answers, not the budget cells: they are made again when a rule asks", () => {
    const plan = buildPlan({ period: 6, projects: [{ name: "돌봄", budgets: { 2027: 12, 2028: 12.25, 2029: "-" } }] });
    const [owner] = budgetOwners(plan);
    expect(Object.values(owner).some((field) => Array.isArray(field))).toBe(false);
    expect(owner.budgets).toEqual(plan.projects[0].budgets);
    expect([owner.anyFraction, owner.anyBlank, owner.minAmount, owner.maxAmount]).toEqual([true, true, 12, 12.25]);
  });

  it("tells an amount with more than one decimal", () => {
    const [whole] = budgetOwners(buildPlan({ period: 6, projects: [{ name: "돌봄", budgets: { 2027: 12, 2028: 12.5 } }] }));
    expect(whole.anyFraction).toBe(false);
    expect([hasFraction(12.25), hasFraction(12.2), hasFraction(0), hasFraction(-2.35)]).toEqual([true, false, false, true]);
  });

  it("tells a gap: a '-' or empty year strictly between the first and the last year with a number, in any order", () => {
    const owner = (budgets: Record<number, number | string>) => budgetOwners(buildPlan({ period: 6, projects: [{ name: "돌봄", budgets }] }))[0];
    expect(owner({ 2027: 10, 2028: "-", 2029: 12 }).anyGap).toBe(true);
    expect(owner({ 2027: 10, 2028: "", 2029: 12 }).anyGap).toBe(true);
    // Before the first or after the last number: budgets/ends-early's, not a gap.
    expect(owner({ 2027: "-", 2028: 10, 2029: 12, 2030: "-" }).anyGap).toBe(false);
    expect(owner({ 2027: 10, 2028: "-" }).anyGap).toBe(false);
    // The cells out of year order read the same.
    const plan = buildPlan({ period: 6, projects: [{ name: "돌봄", budgets: { 2027: 10, 2028: "-", 2029: 12 } }] });
    const project = plan.projects[0];
    const reversed = { ...project, budgets: [...project.budgets].reverse() };
    expect(budgetOwners({ ...plan, projects: [reversed], totals: [] })[0].anyGap).toBe(true);
  });
});
