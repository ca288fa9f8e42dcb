import { ruleTester } from "../../../../test/kits/engine/ruleTester";
import { budgetsDecimals, roundToOneDecimal } from "./decimals";

const one = (budgets: Record<number, string | number>, formulas?: Record<number, string>) => ({
  period: 6 as const,
  projects: [{ name: "돌봄", budgets, ...(formulas ? { formulas } : {}) }],
});

ruleTester(budgetsDecimals, {
  valid: [
    { name: "whole and one-decimal budgets", plan: one({ 2027: 12, 2028: 12.5, 2029: "1,234.5", 2030: 0 }) },
    { name: "a 5기 plan keeps its decimals", plan: { projects: [{ name: "돌봄", budgets: { 2023: 12.345 } }] } },
  ],
  invalid: [
    { name: "two decimals", plan: one({ 2027: 12.25 }), hits: [{ messageId: "decimals", at: [2, 12], fix: { from: 12.25, to: 12.3, at: [2, 12] }, data: { year: 2027 } }] },
    { name: "a text number", plan: one({ 2028: "1,234.56" }), hits: [{ messageId: "decimals", fix: { from: "1,234.56", to: 1234.6 } }] },
    { name: "a formula cell: no fix", plan: one({ 2027: 3.333 }, { 2027: "=10/3" }), hits: [{ messageId: "decimals", data: { rounded: 3.3 } }] },
  ],
});

describe("roundToOneDecimal", () => {
  it.each([
    [12.25, 12.3],
    [12.249, 12.2],
    [0.04, 0],
    [1.005, 1],
    [-2.35, -2.4],
  ])("%s → %s", (value, rounded) => expect(roundToOneDecimal(value)).toBe(rounded));
});
