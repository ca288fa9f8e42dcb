/** The ribbon command over the in-memory port: validate + highlight + 검증결과, and always event.completed(). */
import * as path from "path";
import { SHEETS, type WorkbookPort } from "../app/port";
import { RESULTS_MARKER } from "../app/resultsSheet";
import { MemoryPort } from "../../test/kits/app/memoryPort";
import { readWorkbookFile } from "../xlsx/readFile";
import { createOfficePort } from "../excel/officePort";
import { withRunLock } from "../excel/runLock";
import { LiveWorkbook } from "../../test/kits/excel/liveWorkbook";
import { uiText } from "../i18n/ui";
import { runValidateCommand, validatePlan } from "./commands";

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "mapo-5th-plan.xlsx");

describe("validatePlan command", () => {
  it("validates, highlights and writes the 검증결과 sheet, then completes", async () => {
    const memory = new MemoryPort(await readWorkbookFile(SAMPLE));
    const completed = jest.fn();
    await validatePlan({ completed }, () => memory);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(memory.fills.size).toBeGreaterThan(0);
    const results = memory.generated.get(SHEETS.results);
    expect(results?.marker).toBe(RESULTS_MARKER);
    expect(String(results?.rows[0][0].value)).toMatch(/^검증결과 — 총괄표 .*: 오류 14 · 경고 15 · 정보 62$/);
    expect(results!.rows.length).toBe(2 + 14 + 15 + 62);
    expect(memory.selected).toEqual({ sheet: SHEETS.results, row: 0, col: 0 }); // the answer, brought to the front
  });

  it("writes why when no plan can be read", async () => {
    const memory = new MemoryPort({ sheets: [{ name: "Sheet1", values: [["memo"]], merges: [] }] });
    await runValidateCommand(memory, "en");
    const rows = memory.generated.get(SHEETS.results)!.rows;
    expect(rows[0][0].value).toBe("Plan Validation");
    expect(String(rows[1][0].value)).toContain("This workbook: no plan table found");
    expect(memory.selected).toEqual({ sheet: SHEETS.results, row: 0, col: 0 });
  });

  it("writes that the workbook is already being validated when the pane holds it (Microsoft's runtime, two ports)", async () => {
    const live = LiveWorkbook.fromGrid(await readWorkbookFile(SAMPLE));
    let release: () => void = () => undefined;
    const pane = withRunLock(live.run, async (lock) => {
      await lock.takeWith(live.run, (context) => context.sync());
      await new Promise<void>((resolve) => (release = resolve));
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const lang of ["ko", "en"] as const) {
      await runValidateCommand(createOfficePort(live.run), lang);
      expect(live.table(SHEETS.results).map((row) => row[0])).toEqual([uiText("pane.title", lang), uiText("failure.running", lang)]);
    }
    expect(live.sheet("총괄표").conditionalFormats ?? []).toEqual([]);
    release();
    await pane;
    await runValidateCommand(createOfficePort(live.run), "ko");
    expect(String(live.table(SHEETS.results)[0][0])).toMatch(/^검증결과 — 총괄표/);
  });

  it("writes Excel's refusal in 검증결과 as a sentence with its code, not as a stack or only to the console", async () => {
    const memory = new MemoryPort(await readWorkbookFile(SAMPLE));
    memory.readGrid = () => Promise.reject(Object.assign(new Error("Excel met an internal error."), { name: "RichApi.Error", code: "GeneralException" }));
    await runValidateCommand(memory, "ko");
    const rows = memory.generated.get(SHEETS.results)!.rows;
    expect(rows[1][0].value).toBe(`${uiText("failure.office.general", "ko")} (Excel 오류 코드: GeneralException)`);
  });

  it("completes the event even when the workbook fails", async () => {
    // Every call fails, as when Excel's connection is gone.
    const broken = new Proxy({}, { get: () => async () => Promise.reject(new Error("RichApi.Error")) }) as WorkbookPort;
    const completed = jest.fn();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await validatePlan({ completed }, () => broken);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith(expect.stringContaining("계획 검증을 마치지 못했습니다: "));
    expect(spy).toHaveBeenCalledWith(expect.stringContaining("RichApi.Error"));
    spy.mockRestore();
  });

  describe("when not even 검증결과 can be written (workbook structure protected)", () => {
    const opened: string[] = [];
    let close: () => void = () => undefined;
    beforeEach(() => {
      opened.length = 0;
      (globalThis as Record<string, unknown>).Office = {
        context: {
          displayLanguage: "ko-KR",
          ui: {
            displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
              opened.push(url);
              callback({ status: "succeeded", value: { addEventHandler: (_type: string, handler: () => void) => (close = handler) } });
            },
          },
        },
        AsyncResultStatus: { Succeeded: "succeeded" },
        EventType: { DialogEventReceived: "dialogEventReceived" },
      };
      (globalThis as Record<string, unknown>).location = { href: "https://addin.example.org/plan-check/commands.html" };
    });
    afterEach(() => {
      delete (globalThis as Record<string, unknown>).Office;
      delete (globalThis as Record<string, unknown>).location;
    });

    it("says why in an Office dialog, and completes the event once the user closes it", async () => {
      const live = LiveWorkbook.fromGrid(await readWorkbookFile(SAMPLE));
      live.structureProtected = true;
      const completed = jest.fn();
      const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
      const run = validatePlan({ completed }, () => createOfficePort(live.run));
      await waitFor(() => opened.length === 1);
      const [page, hash] = opened[0].split("#");
      expect(page).toBe("https://addin.example.org/plan-check/notice.html");
      expect(decodeURIComponent(hash)).toBe(`계획 검증을 마치지 못했습니다: ${uiText("failure.office.protected", "ko")} (Excel 오류 코드: AccessDenied)`);
      expect(completed).not.toHaveBeenCalled(); // the dialog lives until the command completes
      close();
      await run;
      expect(completed).toHaveBeenCalledTimes(1);
      expect(live.has(SHEETS.results)).toBe(false);
      spy.mockRestore();
    });
  });
});
