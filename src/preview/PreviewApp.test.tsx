/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { PlanReadError } from "../engine/read/errors";
import { fakeActions, sampleView } from "../../test/kits/taskpane/fakeActions";
import type { ConsolidationView } from "../taskpane/actions";
import { followingTheAction, PreviewApp } from "./PreviewApp";

type WorkbookModule = typeof import("./workbook");

// jsdom has no ResizeObserver; Fluent's message bar watches its own size with one.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
});

describe("preview page", () => {
  it("names a file that is not a workbook in the catalogue's words, never the reader's id and JSON", async () => {
    const module = { openWorkbook: async () => Promise.reject(new PlanReadError("notWorkbook", { looksLike: "other" })) } as unknown as WorkbookModule;
    render(<PreviewApp initialLang="ko" loadWorkbookModule={async () => module} fetchSample={async () => new ArrayBuffer(4)} />);
    fireEvent.click(screen.getByRole("button", { name: "예시 계획 열기" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("mapo-5th-plan.xlsx: Excel 통합 문서가 아닙니다");
    expect(alert.textContent).not.toMatch(/notWorkbook|looksLike|[{}]/);
  });

  it("says a file that cannot be opened above the workbook and the pane (at 350 px the pane comes first), and gives it focus", async () => {
    const module = { openWorkbook: async () => Promise.reject(new PlanReadError("passwordProtected", {})) } as unknown as WorkbookModule;
    render(<PreviewApp initialLang="ko" loadWorkbookModule={async () => module} fetchSample={async () => new ArrayBuffer(4)} />);
    fireEvent.click(screen.getByRole("button", { name: "예시 계획 열기" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("mapo-5th-plan.xlsx: 암호로 보호된 통합 문서입니다");
    // Not inside the workbook's column, which a narrow page shows below the pane, out of sight.
    expect(screen.getByRole("region", { name: "통합 문서" }).contains(alert)).toBe(false);
    expect(screen.getByRole("complementary", { name: "작업창" }).contains(alert)).toBe(false);
    await waitFor(() => expect(document.activeElement?.contains(alert)).toBe(true));
  });

  it("disables the pane's buttons while another file is being opened: they would act on the one being replaced", async () => {
    const loaded = { port: {}, view: () => ({ sheets: [] }), selected: () => null, save: async () => new Uint8Array() };
    let release: () => void = () => undefined;
    const opens = [
      async () => loaded,
      () => new Promise((_, reject) => (release = () => reject(new PlanReadError("damaged", { detail: "cut" })))),
    ];
    const module = { openWorkbook: () => opens.shift()!() } as unknown as WorkbookModule;
    render(<PreviewApp initialLang="ko" loadWorkbookModule={async () => module} fetchSample={async () => new ArrayBuffer(4)} />);
    const validate = () => screen.getByRole("button", { name: "계획 검증" });
    fireEvent.click(screen.getByRole("button", { name: "예시 계획 열기" }));
    await waitFor(() => expect(validate()).toHaveProperty("disabled", false));
    fireEvent.click(screen.getByRole("button", { name: "예시 계획 열기" }));
    await waitFor(() => expect(validate()).toHaveProperty("disabled", true));
    release();
    await screen.findByRole("alert");
    expect(validate()).toHaveProperty("disabled", false); // the first file stays open
  });

  it("follows the pane's actions: a sheet the pane writes is shown, 부서 취합's cells are marked on the plan's sheet until undone", async () => {
    const cells = [
      { ref: { sheet: "총괄표", row: 11, col: 7 }, before: 185, after: 180 },
      { ref: { sheet: "총괄표", row: 14, col: 7 }, before: 0, after: 20 },
    ];
    const consolidation = { files: [], applied: [], added: [], conflicts: [], withoutWorkbook: [], logRows: 2, baselineMoved: false, hadBaseline: false, undo: { cells, applied: [], baselineMoved: false } } as ConsolidationView;
    const inner = fakeActions(sampleView(), { consolidate: async () => ({ ok: true as const, value: consolidation }) });
    const shown: string[] = [];
    const marked: unknown[][] = [];
    const actions = followingTheAction(inner, { show: (sheet) => shown.push(sheet), mark: (refs) => marked.push([...refs]) });

    await actions.validate();
    await actions.writeResultsSheet(sampleView(), "ko");
    await actions.writeSummaries("ko");
    await actions.makeResultsForm(2024, "ko");
    await actions.writeResultsSummary(2024, "ko");
    await actions.consolidate([], "ko");
    expect(shown).toEqual(["총괄표", "검증결과", "요약_전략별", "시행결과_2024", "요약_시행결과", "총괄표"]);
    expect(marked).toEqual([cells.map((c) => c.ref)]);
    await actions.undoConsolidation(consolidation.undo!, "ko");
    expect(marked).toEqual([cells.map((c) => c.ref), []]);
    expect(inner.consolidate).toHaveBeenCalledTimes(1);
  });

  it("shows nothing new and marks nothing when an action fails", async () => {
    const failed = { ok: false as const, failure: { kind: "sheetNotOwned" as const, sheet: "요약_지표" } };
    const inner = fakeActions(sampleView(), { writeSummaries: async () => failed, consolidate: async () => ({ ok: false as const, failure: { kind: "noDepartments" as const } }) });
    const shown: string[] = [];
    const marked: unknown[] = [];
    const actions = followingTheAction(inner, { show: (sheet) => shown.push(sheet), mark: (refs) => marked.push(refs) });
    expect(await actions.writeSummaries("ko")).toEqual(failed);
    await actions.consolidate([], "ko");
    expect(shown).toEqual([]);
    expect(marked).toEqual([]);
  });
});
