/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { AppliedFix, PaneActions, ProgressStep, ValidateOutcome } from "./actions";
import { App } from "./App";
import { SheetNotOwnedError } from "../app/port";
import { fakeActions, sampleView } from "../../test/kits/taskpane/fakeActions";

/** The finding leaves of the tree (level 3), not the strategy and project branches. */
function findingItems(): HTMLElement[] {
  return screen.getAllByRole("treeitem").filter((item) => item.getAttribute("aria-level") === "3");
}

/** The fix button of the finding at `address` (its name is its visible text). */
function fixButton(address: string): HTMLElement {
  return within(screen.getByRole("treeitem", { name: new RegExp(address) })).getByRole("button", { name: "고치기" });
}

/** The undo button beside the applied fix at `address`. */
async function undoButton(address: string): Promise<HTMLElement> {
  const item = (await screen.findByText(new RegExp(`^${address}:`))).closest("li") as HTMLElement;
  return within(item).getByRole("button", { name: "되돌리기" });
}

function openDetails(label = "건수·필터"): void {
  fireEvent.click(screen.getByRole("button", { name: label }));
}

function renderPane(actions: PaneActions, lang: "ko" | "en" = "ko") {
  return render(<App actions={actions} initialLang={lang} />);
}

async function validated(actions: PaneActions, lang: "ko" | "en" = "ko") {
  renderPane(actions, lang);
  fireEvent.click(screen.getByRole("button", { name: lang === "ko" ? "계획 검증" : "Validate plan" }));
  await screen.findByRole("tree");
}

describe("task pane", () => {
  it("is Korean by default, with its tools in a labelled toolbar", async () => {
    renderPane(fakeActions());
    expect(screen.getByRole("heading", { level: 1, name: "계획 검증" })).toBeTruthy();
    const toolbar = screen.getByRole("toolbar", { name: "검증 도구" });
    expect(within(toolbar).getByRole("button", { name: "계획 검증" })).toBeTruthy();
    expect(within(toolbar).getByRole("button", { name: "강조 지우기" })).toBeTruthy();
    expect(within(toolbar).getByRole("button", { name: "검증결과 시트 만들기" })).toHaveProperty("disabled", true);
    expect(screen.getByText(/셀 값은 바꾸지 않습니다/)).toBeTruthy();
    await act(async () => undefined);
  });

  it("shows progress while validating, then counts by severity and the findings grouped strategy → project", async () => {
    let finish: (outcome: ValidateOutcome) => void = () => undefined;
    let progress: ((step: ProgressStep) => void) | undefined;
    const view = sampleView();
    const actions = fakeActions(view, {
      validate: (onProgress) =>
        new Promise<ValidateOutcome>((resolve) => {
          progress = onProgress;
          finish = resolve;
        }),
    });
    renderPane(actions);
    fireEvent.click(screen.getByRole("button", { name: "계획 검증" }));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("통합 문서를 읽는 중…")).toBeTruthy();
    act(() => progress?.("validate"));
    expect(screen.getByText("계획을 검사하는 중…")).toBeTruthy();
    await act(async () => finish({ ok: true, view }));

    expect(screen.queryByRole("progressbar")).toBeNull();
    // One compact line first; the counts and filters one click away.
    expect(screen.getByRole("group", { name: "검증 요약" }).textContent).toContain("오류 1 · 경고 1 · 정보 1");
    expect(screen.queryByRole("list", { name: "심각도별 건수" })).toBeNull();
    openDetails();
    const counts = screen.getByRole("list", { name: "심각도별 건수" });
    expect(within(counts).getByRole("listitem", { name: "오류 1건" })).toBeTruthy();
    expect(within(counts).getByRole("listitem", { name: "경고 1건" })).toBeTruthy();
    expect(within(counts).getByRole("listitem", { name: "정보 1건" })).toBeTruthy();

    // Errors first, then warnings, then information (folded); each branch named by its own label.
    const tree = screen.getByRole("tree", { name: /검증 결과/ });
    const severities = within(tree).getAllByRole("treeitem").filter((item) => item.getAttribute("aria-level") === "1");
    expect(severities.map((s) => [s.getAttribute("aria-expanded"), within(s).getAllByText(/\d건$/)[0].textContent])).toEqual([
      ["true", "오류 1건"],
      ["true", "경고 1건"],
      ["false", "정보 1건"],
    ]);
    expect(within(tree).getAllByRole("treeitem", { name: "오류 1건" })).toHaveLength(1);
    const project = within(severities[1]).getAllByRole("treeitem").find((item) => item.getAttribute("aria-level") === "2");
    expect(project?.textContent).toContain("건강취약계층을 위한 기본생활보장");
    expect(project?.textContent).toContain("복지정책과");
    const flag = screen.getByRole("treeitem", { name: /총괄표!C70/ });
    expect(flag.textContent).toContain("'x'이(가) 있습니다");
    expect(flag.getAttribute("data-severity")).toBe("error");
  });

  it("says in Korean, from the catalogue, when a user's own sheet is named 검증결과", async () => {
    const actions = fakeActions(sampleView(), { writeResultsSheet: async () => Promise.reject(new SheetNotOwnedError("검증결과")) });
    await validated(actions);
    fireEvent.click(screen.getByRole("button", { name: "검증결과 시트 만들기" }));
    const message = await screen.findByText(/'검증결과' 시트가 이미 있지만/);
    expect(message.textContent).not.toMatch(/already|SheetNotOwned|add-in/);
  });

  it("steps through the errors, then the warnings, with 다음 문제: each selected, focused, in the tree's order", async () => {
    const actions = fakeActions();
    await validated(actions);
    const next = screen.getByRole("button", { name: "다음 문제" });
    for (const address of ["총괄표!C70", "총괄표!M11", "총괄표!C70"]) {
      fireEvent.click(next);
      expect(actions.selectFinding.mock.lastCall?.[0]).toMatchObject({ ref: expect.anything() });
      await waitFor(() => expect(document.activeElement?.getAttribute("data-address")).toBe(address));
      expect(document.activeElement?.getAttribute("aria-current")).toBe("true");
    }
    expect(actions.selectFinding.mock.calls.map((c) => c[0].severity)).toEqual(["error", "warning", "error"]);
  });

  it("keeps the tree one Tab stop: 고치기 is reached inside it, not by Tab; every toolbar action is a Tab stop", async () => {
    await validated(fakeActions());
    const tree = screen.getByRole("tree");
    expect(within(tree).getAllByRole("treeitem").filter((item) => item.tabIndex === 0)).toHaveLength(1);
    for (const button of within(tree).getAllByRole("button", { name: "고치기" })) expect(button.tabIndex).toBe(-1);
    const toolbar = screen.getByRole("toolbar", { name: "검증 도구" });
    expect(toolbar.getAttribute("data-tabster") ?? "").not.toContain("mover"); // no arrow-key-only group
    for (const button of within(toolbar).getAllByRole("button")) expect(button.tabIndex).toBe(0);
  });

  it("moves focus to each action's result: the summary line after 계획 검증", async () => {
    await validated(fakeActions());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("group", { name: "검증 요약" })));
  });

  it("selects a finding's cell when the finding is clicked, and marks it current", async () => {
    const actions = fakeActions();
    await validated(actions);
    fireEvent.click(screen.getByRole("treeitem", { name: "정보 1건" })); // unfold the information
    const item = await screen.findByRole("treeitem", { name: /총괄표!L11/ });
    fireEvent.click(item);
    expect(actions.selectFinding).toHaveBeenCalledTimes(1);
    expect(actions.selectFinding.mock.calls[0][0]).toMatchObject({ ruleId: "budgets/text-number", ref: { row: 10, col: 11 } });
    expect(item.getAttribute("aria-current")).toBe("true");
  });

  it("applies one fix only after confirmation, then validates again and lists it as applied", async () => {
    const actions = fakeActions();
    await validated(actions);
    fireEvent.click(fixButton("총괄표!C70"));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("수정 적용")).toBeTruthy();
    expect(dialog.textContent).toContain("셀 1개의 값을 바꿉니다");
    expect(actions.applyFixes).not.toHaveBeenCalled();
    expect(actions.selectFinding).not.toHaveBeenCalled(); // the fix button is not a click on the finding

    actions.readAppliedFixes.mockResolvedValue([
      { ref: { sheet: "총괄표", row: 69, col: 2 }, address: "C70", from: "x", to: "×", ruleId: "flags/look-alike", appliedAt: "2026-11-26T09:01:00.000Z" },
    ]);
    fireEvent.click(within(dialog).getByRole("button", { name: "적용" }));
    await screen.findByText("1개 셀을 고쳤습니다.");
    expect(actions.applyFixes).toHaveBeenCalledTimes(1);
    expect(actions.applyFixes.mock.calls[0][0].map((f) => f.ruleId)).toEqual(["flags/look-alike"]);
    expect(actions.validate).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "적용한 수정 (1)" }).getAttribute("aria-expanded")).toBe("true");
    expect(await undoButton("총괄표!C70")).toBeTruthy();
  });

  it("asks before applying all fixes, and applies nothing when cancelled", async () => {
    const actions = fakeActions();
    await validated(actions);
    fireEvent.click(screen.getByRole("button", { name: "모두 고치기 (2)" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("셀 2개의 값을 바꿉니다");
    expect(dialog.textContent).toContain("총괄표!C70");
    expect(dialog.textContent).toContain("총괄표!L11");
    fireEvent.click(within(dialog).getByRole("button", { name: "취소" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(actions.applyFixes).not.toHaveBeenCalled();
    // (cancel, then confirm in the same pane: test/e2e, in a real browser)
  });

  it("applies all the shown fixes at once after confirmation", async () => {
    const actions = fakeActions();
    await validated(actions);
    fireEvent.click(screen.getByRole("button", { name: "모두 고치기 (2)" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "적용" }));
    await screen.findByText("2개 셀을 고쳤습니다.");
    expect(actions.applyFixes.mock.calls[0][0].map((f) => f.ruleId)).toEqual(["flags/look-alike", "budgets/text-number"]);
  });

  it("filters by severity, rule and department", async () => {
    await validated(fakeActions());
    openDetails();
    fireEvent.click(screen.getByRole("treeitem", { name: "정보 1건" })); // unfold the information
    await waitFor(() => expect(findingItems()).toHaveLength(3));

    fireEvent.click(screen.getByRole("checkbox", { name: "정보 (1)" }));
    expect(screen.queryByRole("treeitem", { name: /총괄표!L11/ })).toBeNull();
    expect(screen.getByText("3건 중 2건 표시")).toBeTruthy();
    expect(screen.getByRole("group", { name: "검증 요약" }).textContent).toContain("필터 적용 중: 3건 중 2건");
    expect(screen.getByRole("button", { name: "모두 고치기 (1)" })).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "정보 (1)" }));

    fireEvent.change(screen.getByRole("combobox", { name: "규칙" }), { target: { value: "budgets/swing" } });
    expect(findingItems().map((i) => i.getAttribute("data-address"))).toEqual(["총괄표!M11"]);
    fireEvent.click(screen.getAllByRole("button", { name: "필터 초기화" })[0]);
    await waitFor(() => expect(findingItems()).toHaveLength(3));

    fireEvent.change(screen.getByRole("combobox", { name: "부서" }), { target: { value: "희망복지지원과" } });
    expect(findingItems().map((i) => i.getAttribute("data-address"))).toEqual(["총괄표!C70"]);

    fireEvent.click(screen.getByRole("checkbox", { name: "오류 (1)" }));
    expect(screen.getByText("필터에 맞는 결과가 없습니다.")).toBeTruthy();
  });

  it("clears highlights and writes the 검증결과 sheet in the chosen language", async () => {
    const actions = fakeActions();
    await validated(actions);
    fireEvent.click(screen.getByRole("button", { name: "강조 지우기" }));
    await screen.findByText("강조 3개를 지웠습니다.");
    expect(actions.clearHighlights).toHaveBeenCalledTimes(1);

    fireEvent.change(screen.getByRole("combobox", { name: "언어 / Language" }), { target: { value: "en" } });
    fireEvent.click(screen.getByRole("button", { name: "Create results sheet" }));
    await screen.findByText("Created the '검증결과' sheet.");
    expect(actions.writeResultsSheet).toHaveBeenCalledWith(expect.objectContaining({ result: expect.anything() }), "en");
  });

  it("switches every label to English", async () => {
    await validated(fakeActions());
    fireEvent.change(screen.getByRole("combobox", { name: "언어 / Language" }), { target: { value: "en" } });
    openDetails("Counts & filters");
    expect(screen.getByRole("heading", { level: 1, name: "Plan Validation" })).toBeTruthy();
    expect(screen.getByRole("toolbar", { name: "Validation tools" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Validate plan" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Clear highlights" })).toBeTruthy();
    expect(screen.getByRole("list", { name: "Findings by severity" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Warning (1)" })).toBeTruthy();
    expect(screen.getByRole("treeitem", { name: "Error (1)" })).toBeTruthy();
    // one of each: no "1 errors · 1 warnings · 1 notes"
    expect(within(screen.getByRole("group", { name: "Summary" })).getByText("Errors: 1 · Warnings: 1 · Notes: 1")).toBeTruthy();
    expect(within(screen.getByRole("treeitem", { name: /flag reads 'x'.*총괄표!C70/ })).getByRole("button", { name: "Fix" })).toBeTruthy();
    expect(screen.queryByText(/계획 검증|강조 지우기|심각도/)).toBeNull();
  });

  it("starts in English when asked to", async () => {
    renderPane(fakeActions(), "en");
    expect(screen.getByRole("button", { name: "Validate plan" })).toBeTruthy();
    await act(async () => undefined);
  });

  it("says in one line why a workbook could not be read", async () => {
    const actions = fakeActions(sampleView(), { validate: async () => ({ ok: false, failure: { reason: "noPlanTable", data: {} } }) });
    renderPane(actions);
    fireEvent.click(screen.getByRole("button", { name: "계획 검증" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("이 통합 문서: 계획 표를 찾지 못했습니다");
    expect(screen.queryByRole("tree")).toBeNull();
  });

  it("shows an unexpected error as a message instead of a blank pane", async () => {
    const actions = fakeActions(sampleView(), { clearHighlights: async () => Promise.reject(new Error("RichApi.Error: 연결 끊김")) });
    renderPane(actions);
    fireEvent.click(screen.getByRole("button", { name: "강조 지우기" }));
    expect((await screen.findByRole("alert")).textContent).toContain("작업을 마치지 못했습니다: RichApi.Error: 연결 끊김");
    expect(screen.getByRole("button", { name: "계획 검증" })).toHaveProperty("disabled", false);
  });

  it("lists the fixes remembered in the workbook and undoes one", async () => {
    const fix: AppliedFix = {
      ref: { sheet: "총괄표", row: 10, col: 11 },
      address: "L11",
      from: "2,478",
      to: 2478,
      ruleId: "budgets/text-number",
      appliedAt: "2026-11-25T10:00:00.000Z",
    };
    const actions = fakeActions(sampleView(), { readAppliedFixes: async () => [fix, { ...fix, address: "M11", ref: { ...fix.ref, col: 12 } }] });
    renderPane(actions);
    const toggle = await screen.findByRole("button", { name: "적용한 수정 (2)" });
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const list = screen.getByRole("list", { name: "적용한 수정 (2)" });
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      expect.stringContaining("총괄표!M11: '2,478' → '2478'"),
      expect.stringContaining("총괄표!L11: '2,478' → '2478'"),
    ]);
    fireEvent.click(await undoButton("총괄표!L11"));
    await screen.findByText("총괄표!L11을(를) '2,478'(으)로 되돌렸습니다.");
    expect(actions.undoFix).toHaveBeenCalledWith(fix);
  });

  it("says so when an undo is refused because the cell changed", async () => {
    const fix: AppliedFix = { ref: { sheet: "총괄표", row: 69, col: 2 }, address: "C70", from: "x", to: "×", ruleId: "flags/look-alike", appliedAt: "2026-11-25T10:00:00.000Z" };
    const actions = fakeActions(sampleView(), { readAppliedFixes: async () => [fix], undoFix: async () => false });
    renderPane(actions);
    fireEvent.click(await undoButton("총괄표!C70"));
    expect((await screen.findByText(/되돌리지 않았습니다/)).closest("[role=status]")).not.toBeNull();
    expect(screen.getByText("총괄표!C70: 수정 뒤 셀 값이 바뀌어 되돌리지 않았습니다.")).toBeTruthy();
  });
});
