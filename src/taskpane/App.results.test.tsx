/** @jest-environment jsdom */
/**
 * The pane's 시행결과 section over fake actions, by role and name: the year offered, each step calling its
 * action with that year, the picked files gathered, the results' findings in the same list as 계획 검증's,
 * and failures said in one line.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { PaneActions } from "./actions";
import { App } from "./App";
import { fakeActions, sampleView } from "../../test/kits/taskpane/fakeActions";

async function openResults(actions: PaneActions, lang: "ko" | "en" = "ko"): Promise<HTMLElement> {
  render(<App actions={actions} initialLang={lang} />);
  const name = lang === "ko" ? "시행결과" : "Results";
  fireEvent.click(screen.getByRole("tab", { name }));
  const panel = screen.getByRole("tabpanel", { name });
  await within(panel).findAllByRole("heading", { level: 2 }, { timeout: 30_000 }); // the chunk compiles on first use
  await waitFor(() => expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("false"));
  return panel;
}

describe("the 시행결과 section", () => {
  it("offers the plan's years with last year chosen, and runs each step for the chosen year", async () => {
    const actions = fakeActions();
    const panel = await openResults(actions);
    expect(within(panel).getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["시행결과 양식", "부서 파일 취합", "시행결과 확인", "요약_시행결과"]);
    const year = within(panel).getByRole("combobox", { name: "연도" }) as HTMLSelectElement;
    await waitFor(() => expect(year.value).toBe("2025"));
    expect([...year.options].map((o) => o.textContent)).toEqual(["2023년", "2024년", "2025년", "2026년"]);
    fireEvent.change(year, { target: { value: "2024" } });

    fireEvent.click(within(panel).getByRole("button", { name: "양식 만들기" }));
    expect(await within(panel).findByText("'시행결과_2024' 시트를 만들었습니다 (사업 2개, 성과지표 3개).")).toBeTruthy();
    expect(actions.makeResultsForm).toHaveBeenCalledWith(2024, "ko");

    // gathering waits for files
    const gather = within(panel).getByRole("button", { name: "취합 (0개)" });
    expect(gather).toHaveProperty("disabled", true);
    const file = new File([new Uint8Array([1, 2, 3])], "복지정책과.xlsx");
    fireEvent.change(within(panel).getByLabelText("부서 시행결과 파일"), { target: { files: [file] } });
    fireEvent.click(within(panel).getByRole("button", { name: "취합 (1개)" }));
    expect(await within(panel).findByText("파일 1개를 '시행결과_2024' 시트에 모았습니다.")).toBeTruthy();
    expect(actions.gatherResults).toHaveBeenCalledWith(2024, [{ name: "복지정책과.xlsx", bytes: new Uint8Array([1, 2, 3]) }], "ko");
    expect(within(within(panel).getByRole("list", { name: "고른 파일" })).getByText("복지정책과.xlsx: 담당부서 없음 (모든 사업)")).toBeTruthy();

    fireEvent.click(within(panel).getByRole("button", { name: "시행결과 확인" }));
    const line = await within(panel).findByRole("group", { name: "시행결과 요약" });
    expect(line.textContent).toContain("2024년: 달성 1 · 미달성 1 · 미보고 1 (목표 없음 0)");
    await waitFor(() => expect(document.activeElement).toBe(line)); // focus goes to the result
    expect(actions.checkResults).toHaveBeenCalledWith(2024);
    // the same finding list as 계획 검증's: errors first; a finding clicked selects its cell
    const tree = await within(panel).findByRole("tree", { name: "시행결과 검사 (전략 › 사업)" });
    const finding = within(tree).getByRole("treeitem", { name: /총괄표!C70/ });
    fireEvent.click(finding);
    await waitFor(() => expect(actions.selectFinding).toHaveBeenCalledWith(sampleView().result.findings[0]));

    fireEvent.click(within(panel).getByRole("button", { name: "요약_시행결과 만들기" }));
    expect(await within(panel).findByText(/^시행결과_2024, 요약_시행결과 시트를 만들었습니다\. 2024년: 달성 1/)).toBeTruthy();
    expect(actions.writeResultsSummary).toHaveBeenCalledWith(2024, "ko");
  }, 60_000);

  it("lists the values not taken, and says a failure in one line naming the file", async () => {
    const actions = fakeActions(sampleView(), {
      gatherResults: async () => ({
        ok: true,
        value: {
          sheet: "시행결과_2024",
          files: [{ file: "a.xlsx", department: "복지정책과" }],
          conflicts: [{ ko: "충돌: 사업 가 / 지표 나", en: "conflict: project A / indicator B" }],
          counts: { met: 0, missed: 0, notReported: 3, noTarget: 0 },
        },
      }),
      writeResultsSummary: async () => ({ ok: false, failure: { kind: "read", failure: { reason: "notWorkbook", data: { looksLike: "other" } }, file: "메모.txt" } }),
    });
    const panel = await openResults(actions);
    fireEvent.change(within(panel).getByLabelText("부서 시행결과 파일"), { target: { files: [new File(["x"], "a.xlsx")] } });
    fireEvent.click(within(panel).getByRole("button", { name: "취합 (1개)" }));
    expect(await within(panel).findByText(/충돌 1건은 반영하지 않았습니다/)).toBeTruthy();
    expect(within(within(panel).getByRole("list", { name: "반영하지 않은 값" })).getByText("충돌: 사업 가 / 지표 나")).toBeTruthy();
    expect(within(panel).getByText("a.xlsx: 복지정책과")).toBeTruthy();

    fireEvent.click(within(panel).getByRole("button", { name: "요약_시행결과 만들기" }));
    const alert = await within(panel).findByRole("alert");
    expect(alert.textContent).toMatch(/^메모\.txt/);
    expect(alert.textContent).toContain("Excel 통합 문서가 아닙니다");
    expect(alert.textContent).not.toMatch(/notWorkbook|\{/);
  }, 60_000);

  it("a form the user typed into while it was being written says so in one sentence naming the sheet and the cell", async () => {
    const changed = { ok: false as const, failure: { kind: "sheetChanged" as const, ref: { sheet: "시행결과_2025", row: 6, col: 2 } } };
    const actions = fakeActions(sampleView(), { gatherResults: async () => changed, makeResultsForm: async () => changed });
    const panel = await openResults(actions);
    await waitFor(() => expect((within(panel).getByRole("combobox", { name: "연도" }) as HTMLSelectElement).value).toBe("2025"));
    fireEvent.change(within(panel).getByLabelText("부서 시행결과 파일"), { target: { files: [new File(["x"], "a.xlsx")] } });
    fireEvent.click(within(panel).getByRole("button", { name: "취합 (1개)" }));
    const alert = await within(panel).findByRole("alert");
    expect(alert.textContent).toContain("'시행결과_2025' 시트의 C7이(가) 읽은 뒤 바뀌어 아무것도 쓰지 않았습니다. 다시 실행해 주세요.");
    expect(within(panel).queryByRole("button", { name: "취합 되돌리기" })).toBeNull();
  }, 60_000);

  it("the same sentence in English when the pane is", async () => {
    const changed = { ok: false as const, failure: { kind: "sheetChanged" as const, ref: { sheet: "시행결과_2025", row: 6, col: 2 } } };
    const panel = await openResults(fakeActions(sampleView(), { makeResultsForm: async () => changed }), "en");
    await waitFor(() => expect(within(panel).getByRole("button", { name: "Make form" })).toHaveProperty("disabled", false));
    fireEvent.click(within(panel).getByRole("button", { name: "Make form" }));
    const alert = await within(panel).findByRole("alert");
    expect(alert.textContent).toContain("Cell C7 of the '시행결과_2025' sheet changed after it was read, so nothing was written. Please run it again.");
  }, 60_000);

  it("takes a gathering back as one step with 취합 되돌리기 (plan consolidation's undo), once", async () => {
    const undo = { cells: [{ ref: { sheet: "시행결과_2024", row: 2, col: 6 }, before: null, after: 160 }], applied: [], baselineMoved: false, of: "results" as const };
    const actions = fakeActions(sampleView(), {
      gatherResults: async () => ({
        ok: true,
        value: { sheet: "시행결과_2024", files: [{ file: "a.xlsx", department: "복지정책과" }], conflicts: [], counts: { met: 1, missed: 0, notReported: 2, noTarget: 0 }, logRows: 1, undo },
      }),
      undoConsolidation: jest.fn(async () => ({ ok: true as const, value: { status: "undone" as const, cells: 1, logRows: 1 } })),
    });
    const panel = await openResults(actions);
    fireEvent.change(within(panel).getByLabelText("부서 시행결과 파일"), { target: { files: [new File(["x"], "a.xlsx")] } });
    fireEvent.click(within(panel).getByRole("button", { name: "취합 (1개)" }));
    fireEvent.click(await within(panel).findByRole("button", { name: "취합 되돌리기" }));
    expect(await within(panel).findByText(/^취합을 되돌렸습니다: 셀 1개/)).toBeTruthy();
    expect(actions.undoConsolidation).toHaveBeenCalledWith(undo, "ko");
    expect(within(panel).queryByRole("button", { name: "취합 되돌리기" })).toBeNull();
  }, 60_000);

  it("after each step, focus goes to what the step says (its message), not back to the top of the page", async () => {
    const actions = fakeActions();
    const panel = await openResults(actions);
    await waitFor(() => expect((within(panel).getByRole("combobox", { name: "연도" }) as HTMLSelectElement).value).toBe("2025"));
    const form = within(panel).getByRole("button", { name: "양식 만들기" });
    form.focus();
    fireEvent.click(form);
    const made = await within(panel).findByText(/^'시행결과_2025' 시트를 만들었습니다/);
    await waitFor(() => expect(document.activeElement?.contains(made)).toBe(true));

    fireEvent.change(within(panel).getByLabelText("부서 시행결과 파일"), { target: { files: [new File(["x"], "복지정책과.xlsx")] } });
    const gather = within(panel).getByRole("button", { name: "취합 (1개)" });
    gather.focus();
    fireEvent.click(gather);
    const gathered = await within(panel).findByText(/^파일 1개를 '시행결과_2025' 시트에 모았습니다/);
    await waitFor(() => expect(document.activeElement?.contains(gathered)).toBe(true));
  }, 60_000);

  it("a picked file in which no results of the year were found is said, by name, never passed over as gathered", async () => {
    const actions = fakeActions(sampleView(), {
      gatherResults: async () => ({
        ok: true,
        value: { sheet: "시행결과_2025", files: [{ file: "복지정책과.xlsx", department: "복지정책과" }], conflicts: [], counts: { met: 1, missed: 0, notReported: 2, noTarget: 0 } },
      }),
    });
    const panel = await openResults(actions);
    await waitFor(() => expect((within(panel).getByRole("combobox", { name: "연도" }) as HTMLSelectElement).value).toBe("2025"));
    const files = [new File(["x"], "복지정책과.xlsx"), new File(["y"], "비상연락망.xlsx")];
    fireEvent.change(within(panel).getByLabelText("부서 시행결과 파일"), { target: { files } });
    fireEvent.click(within(panel).getByRole("button", { name: "취합 (2개)" }));
    const status = await within(panel).findByText(/비상연락망\.xlsx에서 2025년 시행결과를 찾지 못해/);
    expect(status.textContent).toMatch(/^파일 1개를 '시행결과_2025' 시트에 모았습니다\. /);
    const list = within(within(panel).getByRole("list", { name: "고른 파일" }));
    expect(list.getByText("복지정책과.xlsx: 복지정책과")).toBeTruthy();
    expect(list.getByText("비상연락망.xlsx: 2025년 시행결과 없음 (가져온 값 없음)")).toBeTruthy();
  }, 60_000);

  it("is in English when the pane is", async () => {
    const panel = await openResults(fakeActions(), "en");
    expect(within(panel).getByRole("button", { name: "Make form" })).toBeTruthy();
    expect(within(panel).getByRole("button", { name: "Make results summary" })).toBeTruthy();
  }, 60_000);
});
