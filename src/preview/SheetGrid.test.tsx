/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { EMPTY_CELL, type CellView, type SheetView } from "./sheetView";
import { SheetGrid } from "./SheetGrid";

const cell = (text: string, extra: Partial<CellView> = {}): CellView => ({ ...EMPTY_CELL, text, ...extra });

const sheet: SheetView = {
  name: "총괄표",
  rowCount: 3,
  colCount: 3,
  truncated: false,
  cells: [
    [cell("제5기 총괄표", { bold: true })],
    [cell("사업명"), cell("x", { fill: "#F4B6B6", severity: "error" }), cell("2,478", { fill: "#C7DDF5", severity: "info" })],
    [cell("총괄표!B2", { link: { sheet: "총괄표", row: 1, col: 1 } })],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
  colWidths: [64, 64, 64],
  rowHeights: [],
  frozenRows: 0,
};

describe("SheetGrid (preview)", () => {
  it("draws the sheet as a grid of named cells, merged areas spanning, highlights marked by severity", () => {
    render(<SheetGrid sheet={sheet} selected={null} label="총괄표 시트" onNavigate={() => undefined} />);
    const grid = screen.getByRole("grid", { name: "총괄표 시트" });
    expect(within(grid).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["A", "B", "C"]);
    const title = screen.getByRole("gridcell", { name: "총괄표 A1" });
    expect(title.getAttribute("colspan")).toBe("3");
    expect(screen.queryByRole("gridcell", { name: "총괄표 B1" })).toBeNull();
    const flag = screen.getByRole("gridcell", { name: "총괄표 B2" });
    expect(flag.textContent).toBe("x");
    expect(flag.getAttribute("data-severity")).toBe("error");
    expect(flag.style.backgroundColor).toBe("rgb(244, 182, 182)");
    expect(screen.getByRole("gridcell", { name: "총괄표 C2" }).getAttribute("data-severity")).toBe("info");
    expect(screen.getByRole("gridcell", { name: "총괄표 A2" }).getAttribute("data-severity")).toBeNull();
    expect(screen.getByRole("gridcell", { name: "총괄표 C3" }).textContent).toBe("");
  });

  it("outlines the selected cell and follows links to cells", () => {
    const onNavigate = jest.fn();
    render(<SheetGrid sheet={sheet} selected={{ sheet: "총괄표", row: 1, col: 1 }} label="총괄표 시트" onNavigate={onNavigate} />);
    expect(screen.getByRole("gridcell", { name: "총괄표 B2" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("gridcell", { name: "총괄표 C2" }).getAttribute("aria-selected")).toBeNull();
    expect(screen.getByRole("rowheader", { name: "2" }).className).not.toBe(screen.getByRole("rowheader", { name: "3" }).className);
    fireEvent.click(screen.getByRole("link", { name: "총괄표!B2" }));
    expect(onNavigate).toHaveBeenCalledWith({ sheet: "총괄표", row: 1, col: 1 });
  });

  it("outlines the cells 부서 취합 wrote, apart from the highlights", () => {
    render(<SheetGrid sheet={sheet} selected={null} label="총괄표 시트" onNavigate={() => undefined} consolidated={new Set(["1,1", "2,2"])} />);
    const marked = screen.getAllByRole("gridcell").filter((c) => c.getAttribute("data-consolidated") === "true");
    expect(marked.map((c) => c.getAttribute("aria-label"))).toEqual(["총괄표 B2", "총괄표 C3"]);
    expect(screen.getByRole("gridcell", { name: "총괄표 B2" }).getAttribute("data-severity")).toBe("error"); // still its severity too
    expect(screen.getByRole("gridcell", { name: "총괄표 A2" }).className).not.toBe(screen.getByRole("gridcell", { name: "총괄표 C3" }).className);
  });
});

