/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { PlanReadError } from "../engine/read/errors";
import { PreviewApp } from "./PreviewApp";

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
});
