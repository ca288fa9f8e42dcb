import { budgetCellsAt, BudgetCell, FlagCell, FormulaBudgetCell, LineTargetCell, ReadRows, SheetColumns, TargetCell, targetCellsAt, type BudgetRead, type TargetRead } from "./cells";

describe("SheetColumns reads", () => {
  const columns = new SheetColumns("총괄표", new Map([[7, 2023], [8, 2024], [12, 2023]]));
  const target2023 = columns.at(7);
  const target2024 = columns.at(8);

  it("gives the cells of one column holding the same value one read, which knows the column", () => {
    const a = columns.target(target2023, "95%");
    expect(columns.target(target2023, "95%")).toBe(a);
    expect(a.column).toBe(target2023);
    expect([a.raw, a.value]).toEqual(["95%", { kind: "number", value: 95, unit: "%" }]);
    const other = columns.target(target2024, "95%");
    expect(other).not.toBe(a);
    expect(other.column).toBe(target2024);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it("places each cell by its read's column and its own row", () => {
    const first = new TargetCell(10, columns.target(target2023, 80));
    const second = new TargetCell(11, columns.target(target2023, 80));
    expect([first.ref, first.year, first.raw, first.value]).toEqual([{ sheet: "총괄표", row: 10, col: 7 }, 2023, "80", { kind: "number", value: 80, unit: "" }]);
    expect(second.ref).toEqual({ sheet: "총괄표", row: 11, col: 7 });
    const line = new LineTargetCell(12, columns.target(target2024, null), 1);
    expect([line.ref, line.year, line.raw, line.value, line.line]).toEqual([{ sheet: "총괄표", row: 12, col: 8 }, 2024, "", { kind: "empty" }, 1]);
  });

  it("keeps -0 apart from 0, and reads errors and booleans each on its own", () => {
    const zero = columns.budget(columns.at(12), 0);
    const minusZero = columns.budget(columns.at(12), -0);
    expect(minusZero).not.toBe(zero);
    expect(Object.is(minusZero.raw, -0)).toBe(true);
    expect(Object.is(zero.raw, 0)).toBe(true);
    const error = columns.target(target2023, { error: "#REF!" });
    expect(columns.target(target2023, { error: "#REF!" })).not.toBe(error);
    expect([error.raw, error.value]).toEqual(["#REF!", { kind: "invalid" }]);
  });

  it("makes budget and flag cells that read as the plan's types", () => {
    const budget = new BudgetCell(20, columns.budget(columns.at(12), "2,478"));
    expect([budget.ref, budget.year, budget.raw, budget.value, budget.formula]).toEqual([
      { sheet: "총괄표", row: 20, col: 12 },
      2023,
      "2,478",
      { kind: "number", value: 2478, fromText: true },
      null,
    ]);
    const summed = new FormulaBudgetCell(21, columns.budget(columns.at(12), 5), "=SUM(M5:M12)");
    expect([summed.ref.row, summed.value, summed.formula]).toEqual([21, { kind: "number", value: 5, fromText: false }, "=SUM(M5:M12)"]);
    const flagColumn = columns.at(2);
    const flag = new FlagCell(20, columns.flag(flagColumn, "O"));
    expect(columns.flag(flagColumn, "O")).toBe(columns.flag(flagColumn, "O"));
    expect([flag.ref, flag.raw, flag.state, flag.exact, flag.formula]).toEqual([{ sheet: "총괄표", row: 20, col: 2 }, "O", "yes", false, undefined]);
  });

  it("keeps a row's reads in the segment's list and makes their cells, formulas and lines on each ask", () => {
    const budgets = new ReadRows<BudgetRead>();
    expect(budgets.add(columns.budget(columns.at(12), 1), null)).toBe(0);
    const at = budgets.add(columns.budget(columns.at(12), 5), "=SUM(M5:M12)");
    budgets.add(columns.budget(columns.at(12), "-"), null);
    const cells = budgetCellsAt(budgets, at, 2, 30);
    expect(cells.map((b) => [b.ref.row, b.raw, b.formula])).toEqual([[30, 5, "=SUM(M5:M12)"], [30, "-", null]]);
    expect(budgetCellsAt(budgets, at, 2, 30)[0]).not.toBe(cells[0]);

    const targets = new ReadRows<TargetRead>();
    targets.add(columns.target(target2023, 80), "=A1*2");
    targets.add(columns.target(target2024, "90%"), null);
    const whole = targetCellsAt(targets, 0, 2, 31, -1);
    expect(whole.map((t) => [t.ref, t.year, t.raw, t.formula, t.line])).toEqual([
      [{ sheet: "총괄표", row: 31, col: 7 }, 2023, "80", "=A1*2", undefined],
      [{ sheet: "총괄표", row: 31, col: 8 }, 2024, "90%", undefined, undefined],
    ]);
    expect(targetCellsAt(targets, 1, 1, 32, 2).map((t) => [t.ref.row, t.raw, t.line])).toEqual([[32, "90%", 2]]);
  });
});
