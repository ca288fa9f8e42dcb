import { budgetCellsAt, BudgetCell, FlagCell, FormulaBudgetCell, LineTargetCell, ReadRows, SheetColumns, TargetCell, targetCellsAt, type BudgetRead, type TargetRead } from "./cells";
import { readBudget, readTarget } from "./values";

describe("SheetColumns reads", () => {
  const columns = new SheetColumns("총괄표", new Map([[7, 2023], [8, 2024], [12, 2023]]));
  const target2023 = columns.at(7);
  const target2024 = columns.at(8);

  it("gives each column one object, and the cells holding the same value one read, whatever their column", () => {
    expect(columns.at(7)).toBe(target2023);
    expect([target2023.sheet, target2023.col, target2023.year]).toEqual(["총괄표", 7, 2023]);
    const a = readTarget("95%");
    expect(readTarget("95%")).toBe(a);
    expect([a.raw, a.value]).toEqual(["95%", { kind: "number", value: 95, unit: "%" }]);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it("places each cell by its column and its own row", () => {
    const first = new TargetCell(10, target2023, readTarget(80));
    const second = new TargetCell(11, target2023, readTarget(80));
    expect([first.ref, first.year, first.raw, first.value]).toEqual([{ sheet: "총괄표", row: 10, col: 7 }, 2023, "80", { kind: "number", value: 80, unit: "" }]);
    expect(second.ref).toEqual({ sheet: "총괄표", row: 11, col: 7 });
    const line = new LineTargetCell(12, target2024, readTarget(null), 1);
    expect([line.ref, line.year, line.raw, line.value, line.line]).toEqual([{ sheet: "총괄표", row: 12, col: 8 }, 2024, "", { kind: "empty" }, 1]);
  });

  it("keeps -0 apart from 0, and reads errors and booleans each on its own", () => {
    const zero = readBudget(0);
    const minusZero = readBudget(-0);
    expect(minusZero).not.toBe(zero);
    expect(Object.is(minusZero.raw, -0)).toBe(true);
    expect(Object.is(zero.raw, 0)).toBe(true);
    const error = readTarget({ error: "#REF!" });
    expect(readTarget({ error: "#REF!" })).not.toBe(error);
    expect([error.raw, error.value]).toEqual(["#REF!", { kind: "invalid" }]);
  });

  it("makes budget and flag cells that read as the plan's types", () => {
    const budget = new BudgetCell(20, columns.at(12), readBudget("2,478"));
    expect([budget.ref, budget.year, budget.raw, budget.value, budget.formula]).toEqual([
      { sheet: "총괄표", row: 20, col: 12 },
      2023,
      "2,478",
      { kind: "number", value: 2478, fromText: true },
      null,
    ]);
    const summed = new FormulaBudgetCell(21, columns.at(12), readBudget(5), "=SUM(M5:M12)");
    expect([summed.ref.row, summed.value, summed.formula]).toEqual([21, { kind: "number", value: 5, fromText: false }, "=SUM(M5:M12)"]);
    const flagColumn = columns.at(2);
    const flag = new FlagCell(20, columns.flag(flagColumn, "O"));
    expect(columns.flag(flagColumn, "O")).toBe(columns.flag(flagColumn, "O"));
    expect([flag.ref, flag.raw, flag.state, flag.exact, flag.formula]).toEqual([{ sheet: "총괄표", row: 20, col: 2 }, "O", "yes", false, undefined]);
  });

  it("keeps a row's reads in the segment's list and makes their cells, columns, formulas and lines on each ask", () => {
    const budgets = new ReadRows<BudgetRead>([columns.at(12), columns.at(13)]);
    expect(budgets.add(readBudget(1), null)).toBe(0);
    expect(budgets.add(readBudget(2), null)).toBe(1);
    const at = budgets.add(readBudget(5), "=SUM(M5:M12)");
    budgets.add(readBudget("-"), null);
    const cells = budgetCellsAt(budgets, at, 2, 30);
    expect(cells.map((b) => [b.ref.row, b.ref.col, b.raw, b.formula])).toEqual([[30, 12, 5, "=SUM(M5:M12)"], [30, 13, "-", null]]);
    expect(budgetCellsAt(budgets, at, 2, 30)[0]).not.toBe(cells[0]);

    const targets = new ReadRows<TargetRead>([target2023, target2024]);
    targets.add(readTarget(80), "=A1*2");
    targets.add(readTarget("90%"), null);
    const whole = targetCellsAt(targets, 0, 2, 31, -1);
    expect(whole.map((t) => [t.ref, t.year, t.raw, t.formula, t.line])).toEqual([
      [{ sheet: "총괄표", row: 31, col: 7 }, 2023, "80", "=A1*2", undefined],
      [{ sheet: "총괄표", row: 31, col: 8 }, 2024, "90%", undefined, undefined],
    ]);
    expect(targetCellsAt(targets, 0, 2, 32, 2).map((t) => [t.ref.col, t.raw, t.line])).toEqual([[7, "80", 2], [8, "90%", 2]]);
  });

  it("tells a formula cell saved without its result (no value at all) from one computing empty text", () => {
    const targets = new ReadRows<TargetRead>([target2023, target2024]);
    targets.add(readTarget(null), "=B2");
    targets.add(readTarget(""), '=""');
    expect(targetCellsAt(targets, 0, 2, 40, -1).map((t) => [t.raw, t.formula, t.uncomputed])).toEqual([["", "=B2", true], ["", '=""', undefined]]);
  });

  it("reads pages past the first alike", () => {
    const many = new ReadRows<BudgetRead>([columns.at(12)]);
    for (let i = 0; i < 5000; i++) many.add(readBudget(i), i === 4321 ? "=X1" : null);
    expect(many.count).toBe(5000);
    expect([many.readAt(4999).raw, many.readAt(2048).raw, many.formulaAt(4321)]).toEqual([4999, 2048, "=X1"]);
  });
});
