import { buildPlan, indicatorPlan, years } from "../../../../test/kits/engine/planBuilder";
import { allIndicators, numericPoints, type OwnedIndicator } from "./indicators";

/** The one indicator of a plan made by indicatorPlan (targets from 2022, the baseline year, to 2026). */
function owned(...targets: string[]): OwnedIndicator {
  return allIndicators(buildPlan(indicatorPlan("이용자 수", years(...targets))))[0];
}

/** Whether the indicator keeps a list (its points, once asked for, lived through the run when kept). */
function keepsList(indicator: OwnedIndicator): boolean {
  return Object.values(indicator).some((field) => Array.isArray(field));
}

describe("OwnedIndicator", () => {
  it("answers the rules' questions without making its points, and makes them, as numericPoints does, at each ask", () => {
    const indicator = owned("착공", "120명", "", "150회", "200명");
    expect(indicator.pointCount).toBe(3);
    expect(indicator.firstUnit).toBe("명");
    expect(indicator.oneFamily).toBe(false);
    expect(indicator.points).toEqual(numericPoints(indicator.indicator));
    expect(indicator.points).toHaveLength(3);
    expect(keepsList(indicator)).toBe(false);
  });

  it("keeps its answers and its points' count in one number, and no copy of its name", () => {
    const indicator = owned("착공", "120명", "", "150회", "200명");
    expect(indicator.name).toBe("이용자 수");
    expect(indicator.pointCount).toBe(3);
    const fields = Object.values(indicator);
    expect(fields.filter((field) => typeof field === "number")).toHaveLength(1);
    expect(fields.filter((field) => typeof field === "string")).toEqual(["명"]);
  });

  it("keeps no cell of its project nor a hit's extra: the name cell and the extra are made when a hit asks", () => {
    const plan = buildPlan(indicatorPlan("이용자 수", years("100명", "120명")));
    const indicator = allIndicators(plan)[0];
    const kept = Object.values(indicator).filter((field) => typeof field === "object" && field !== null && ("raw" in field || "projectId" in field));
    expect(kept).toEqual([]);
    expect(indicator.ownerSheet).toBe(plan.projects[0].nameCell.ref.sheet);
    expect(indicator.ownerRow).toBe(plan.projects[0].firstRow);
    expect(indicator.extra).toEqual({ projectId: plan.projects[0].id });
  });

  it("tells a first plan year below the baseline, as targets/direction asks", () => {
    expect(owned("49명", "15명", "15명", "15명", "15명").belowBaseline).toBe(true);
    expect(owned("500명", "300명", "350명", "400명", "400명").belowBaseline).toBe(true);
    expect(owned("10명", "15명", "15명", "15명", "15명").belowBaseline).toBe(false);
    expect(owned("15명", "15명", "15명").belowBaseline).toBe(false);
    // No first plan year ('23 empty) or no baseline ('-'): nothing to compare.
    expect(owned("49명", "", "15명", "15명", "15명").belowBaseline).toBe(false);
    expect(owned("-", "15명", "15명", "15명", "15명").belowBaseline).toBe(false);
  });

  it("tells whether every value is small enough to be a score (targets/unit's scoreAsPercent)", () => {
    expect(owned("4.5%", "4.6%", "4.63%").everyBelowScore).toBe(true);
    expect(owned("4.5%", "10%", "4.63%").everyBelowScore).toBe(false);
    expect(owned("착공", "준공").everyBelowScore).toBe(true);
  });
});
