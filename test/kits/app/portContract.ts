/**
 * The WorkbookPort contract as tests: one suite that every implementation must pass (the memory port of
 * the use-case tests, the ExcelJS port, the Office.js port over its double). `open` makes a port over a
 * workbook holding `grid` (the plan's own sheets).
 */
import type { CellValue, Grid } from "../../../src/engine/grid";
import type { GeneratedCell, WorkbookPort } from "../../../src/app/port";

const PLAN = "총괄표";

function seed(): Grid {
  return {
    sheets: [
      {
        name: PLAN,
        values: [
          ["사업번호", "사업명", "2024"],
          [1, "청년고용 활성화", 120],
          [2, "경로당 환경개선", 45],
        ],
        merges: [],
      },
    ],
  };
}

function valueAt(grid: Grid, sheet: string, row: number, col: number): CellValue {
  const found = grid.sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  const value = found.values[row]?.[col];
  return value === undefined ? null : value;
}

const planValues = async (port: WorkbookPort) => (await port.readGrid()).sheets.find((s) => s.name === PLAN)?.values.map((row) => row.slice(0, 3));
const cells = (...values: (string | number)[]): GeneratedCell[] => values.map((value) => ({ value }));

export function describePortContract(name: string, open: (grid: Grid) => Promise<WorkbookPort>): void {
  describe(`the WorkbookPort contract: ${name}`, () => {
    it("reads the plan's sheets back as written", async () => {
      const port = await open(seed());
      expect(await planValues(port)).toEqual(seed().sheets[0].values);
    });

    it("writes text as text (never a formula or a number) and numbers as numbers", async () => {
      const port = await open(seed());
      await port.writeValues([
        { ref: { sheet: PLAN, row: 1, col: 1 }, value: "=1+1" },
        { ref: { sheet: PLAN, row: 2, col: 1 }, value: "0012" },
        { ref: { sheet: PLAN, row: 1, col: 2 }, value: 130 },
      ]);
      const grid = await port.readGrid();
      expect(valueAt(grid, PLAN, 1, 1)).toBe("=1+1");
      expect(valueAt(grid, PLAN, 2, 1)).toBe("0012");
      expect(valueAt(grid, PLAN, 1, 2)).toBe(130);
      expect(valueAt(grid, PLAN, 2, 2)).toBe(45);
    });

    it("writes a formula handed as one back as a formula, into a cell formatted as text too (an undo restoring what was there)", async () => {
      const port = await open(seed());
      const text = { sheet: PLAN, row: 2, col: 2 };
      await port.writeValues([{ ref: text, value: "text first" }]); // the cell is now formatted "@"
      await port.writeValues([
        { ref: { sheet: PLAN, row: 1, col: 2 }, value: 240, formula: "=C3*2" },
        { ref: text, value: null, formula: "=1+1" },
      ]);
      const grid = await port.readGrid();
      const formulas = grid.sheets.find((s) => s.name === PLAN)!.formulas ?? [];
      expect([formulas[1]?.[2], formulas[2]?.[2]]).toEqual(["=C3*2", "=1+1"]);
      expect(valueAt(grid, PLAN, 1, 1)).toBe("청년고용 활성화");
    });

    it("highlights, clears the highlights and sets input rules without touching a value", async () => {
      const port = await open(seed());
      const ref = { sheet: PLAN, row: 1, col: 2 };
      expect(await port.highlight([{ ref, severity: "error" }])).toEqual({ skippedSheets: [] });
      expect(await port.clearHighlights()).toBe(1);
      expect(await port.clearHighlights()).toBe(0);
      await port.setDataValidation([{ ref, kind: "budget", texts: { promptTitle: "예산", prompt: "0 이상", errorTitle: "예산", error: "숫자" } }]);
      expect(await planValues(port)).toEqual(seed().sheets[0].values);
    });

    it("replaces a generated sheet whole, and appends to one (creating it with its header)", async () => {
      const port = await open(seed());
      await port.replaceSheet({ name: "검증결과", marker: "plan-check:contract:v1", rows: [cells("first"), cells("a", 1)] });
      await port.replaceSheet({ name: "검증결과", marker: "plan-check:contract:v1", rows: [cells("second"), cells("b", 2)] });
      await port.appendRows("수정이력", "plan-check:contract-log:v1", cells("일시", "사유"), [cells("2024-10-01", "첫째")]);
      await port.appendRows("수정이력", "plan-check:contract-log:v1", cells("일시", "사유"), [cells("2024-10-02", "둘째")]);
      const grid = await port.readGrid();
      expect([valueAt(grid, "검증결과", 0, 0), valueAt(grid, "검증결과", 1, 0), valueAt(grid, "검증결과", 1, 1)]).toEqual(["second", "b", 2]);
      expect([0, 1, 2].map((row) => [valueAt(grid, "수정이력", row, 0), valueAt(grid, "수정이력", row, 1)])).toEqual([
        ["일시", "사유"],
        ["2024-10-01", "첫째"],
        ["2024-10-02", "둘째"],
      ]);
      expect(await planValues(port)).toEqual(seed().sheets[0].values);
    });

    it("never writes a generated sheet over one of the plan's own", async () => {
      const port = await open(seed());
      await expect(port.replaceSheet({ name: PLAN, marker: "plan-check:contract:v1", rows: [cells("x")] })).rejects.toThrow();
      await expect(port.appendRows(PLAN, "plan-check:contract:v1", cells("x"), [cells("y")])).rejects.toThrow();
      expect(await planValues(port)).toEqual(seed().sheets[0].values);
    });

    it("keeps the store: long values whole, null deletes, the plan's sheets untouched", async () => {
      const port = await open(seed());
      const long = "가".repeat(70_000);
      await port.writeStore({ long, short: "'quoted", gone: "x" });
      await port.writeStore({ gone: null });
      expect(await port.readStore()).toEqual({ long, short: "'quoted" });
      expect((await port.readGrid()).sheets.map((s) => s.name)).toEqual([PLAN]);
    });
  });
}
