/**
 * @jest-environment jsdom
 *
 * The pane lists the findings as the sheet holds them: the 6기 form's 대표과업 rows stand between the projects
 * of the task before and their own, and 다음 문제 walks the errors, then the warnings, down the sheet. The
 * layout fixture through the pane's real actions (in-memory port).
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as path from "path";
import { TextDecoder } from "util";
import { toA1, type Finding, type Grid } from "../engine";
import { MemoryPort } from "../../test/kits/app/memoryPort";
import { validateGrid } from "../app/validateWorkbook";
import { createPaneActions } from "./actions";
import { App } from "./App";

const PLANTED = path.join(__dirname, "..", "..", "test", "fixtures", "layouts", "6th-planted.xlsx");

async function planted(): Promise<Grid> {
  // jsdom has no TextDecoder, which the workbook reader needs: Node's, before the reader loads.
  globalThis.TextDecoder ??= TextDecoder as typeof globalThis.TextDecoder;
  const { readWorkbookFile } = await import("../xlsx/readFile");
  return readWorkbookFile(PLANTED);
}

const address = (f: Finding) => `${f.ref.sheet}!${toA1(f.ref.row, f.ref.col)}`;

describe("the findings in the sheet's order", () => {
  it("lists a 대표과업's row after the projects above it, and 다음 문제 walks errors, then warnings, down the sheet", async () => {
    const grid = await planted();
    const { plan, findings } = validateGrid(JSON.parse(JSON.stringify(grid)) as Grid);
    render(<App actions={createPaneActions(new MemoryPort(grid))} initialLang="ko" />);
    fireEvent.click(screen.getByRole("button", { name: "계획 검증" }));
    await screen.findByRole("tree", {}, { timeout: 30_000 });

    // Under 경고, the places (level 2) by name: II-1-2's own row (A22) right after II-1-1-2 (H21).
    const warnings = screen.getByRole("treeitem", { name: /^경고/ });
    const names = within(warnings)
      .getAllByRole("treeitem")
      .filter((item) => item.getAttribute("aria-level") === "2")
      .map((item) => document.getElementById(item.getAttribute("aria-labelledby") ?? "")?.textContent ?? "");
    const task = names.findIndex((name) => /^II-1-2 .* · 대표과업 행$/.test(name));
    expect(task).toBeGreaterThan(0);
    expect(names[task - 1]).toMatch(/^II-1-1-2 /);

    const bySheet = (severity: Finding["severity"]) =>
      findings
        .filter((f) => f.severity === severity)
        .sort((a, b) => plan.sheets.indexOf(a.ref.sheet) - plan.sheets.indexOf(b.ref.sheet) || a.ref.row - b.ref.row || a.ref.col - b.ref.col)
        .map(address);
    const expected = [...bySheet("error"), ...bySheet("warning")];
    expect(expected).toContain("총괄표!A22");
    const next = screen.getByRole("button", { name: "다음 문제" });
    const walked: string[] = [];
    let previous: string | null = null;
    for (let i = 0; i < expected.length; i++) {
      fireEvent.click(next);
      // Each finding by its own key (two findings may share a cell): wait until the next one has the focus.
      await waitFor(() => expect(document.activeElement?.getAttribute("data-key") ?? previous).not.toBe(previous));
      expect(document.activeElement?.getAttribute("aria-current")).toBe("true");
      previous = document.activeElement?.getAttribute("data-key") ?? null;
      walked.push(document.activeElement?.getAttribute("data-address") ?? "");
    }
    expect(walked).toEqual(expected);
  }, 60_000);
});
