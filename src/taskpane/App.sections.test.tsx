/** @jest-environment jsdom */
/**
 * The pane's 요약·이력 and 부서 sections (tabs), by role and name, over fake actions: what each button
 * calls with what, what the pane then says, and that failures are one line, never a stack.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { computeAccessibleDescription, computeAccessibleName } from "dom-accessibility-api";
import { buildView, entryKey, type ConsolidationProgress, type ConsolidationView, type PaneActions, type RecordRevisionRequest, type RevisionEntry } from "./actions";
import { App } from "./App";
import { fakeActions, sampleView } from "../../test/kits/taskpane/fakeActions";

const ENTRIES: RevisionEntry[] = [
  { type: "changed", projectId: "I-1-1", name: "건강취약계층을 위한 기본생활보장", field: "budget", year: 2025, before: 100, after: 120 },
  { type: "removed", projectId: "II-2-1", name: "통합사례관리 협업체계 운영", field: "project", year: null, before: null, after: null },
];
const BASELINE = { savedAt: "2026-11-20T10:15:00+09:00", projects: 2 };

function renderPane(actions: PaneActions, lang: "ko" | "en" = "ko") {
  return render(<App actions={actions} initialLang={lang} />);
}

async function openTab(name: string): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("tab", { name }));
  const panel = screen.getByRole("tabpanel", { name });
  // the section is loaded on first use, and the 요약·이력 section checks the baseline as it opens
  await within(panel).findAllByRole("heading", { level: 2 }, { timeout: 30_000 }); // the first import compiles the chunk: slow on a loaded machine
  await waitFor(() => expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("false"));
  return panel;
}

describe("pane sections", () => {
  it("groups the pane into four labelled tabs, 검증 first, each controlling its panel", async () => {
    renderPane(fakeActions());
    const tabs = within(screen.getByRole("tablist", { name: "작업 구분" })).getAllByRole("tab");
    expect(tabs.map((tab) => computeAccessibleName(tab))).toEqual(["검증", "요약·이력", "부서", "시행결과"]);
    expect(tabs[0].getAttribute("aria-selected")).toBe("true");
    for (const tab of tabs) expect(document.getElementById(tab.getAttribute("aria-controls")!)?.getAttribute("role")).toBe("tabpanel");
    expect(within(screen.getByRole("tabpanel", { name: "검증" })).getByRole("toolbar", { name: "검증 도구" })).toBeTruthy();

    const panel = await openTab("요약·이력");
    expect(screen.getByRole("tab", { name: "요약·이력" }).getAttribute("aria-selected")).toBe("true");
    expect(within(panel).getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["요약 시트", "기준선", "수정이력 기록"]);
    expect(screen.queryByRole("toolbar", { name: "검증 도구" })).toBeNull(); // the 검증 panel is hidden
  });

  it("요약 만들기 writes the summary sheets in the pane's language and says what it made", async () => {
    const actions = fakeActions();
    renderPane(actions);
    const panel = await openTab("요약·이력");
    fireEvent.click(within(panel).getByRole("button", { name: "요약 만들기" }));
    expect(await within(panel).findByText("요약_전략별, 요약_지표 시트를 만들었습니다. 전략 8행, 대표과업 20행, 성과지표 70행.")).toBeTruthy();
    expect(actions.writeSummaries).toHaveBeenCalledWith("ko");
  });

  it("names the sheet in the way when a user's sheet has the summary's name", async () => {
    const actions = fakeActions(sampleView(), { writeSummaries: async () => ({ ok: false, failure: { kind: "sheetNotOwned", sheet: "요약_전략별" } }) });
    renderPane(actions);
    const panel = await openTab("요약·이력");
    fireEvent.click(within(panel).getByRole("button", { name: "요약 만들기" }));
    const alert = await within(panel).findByRole("alert");
    expect(alert.textContent).toBe("'요약_전략별' 시트가 이미 있지만 추가 기능이 만든 시트가 아니어서 그대로 두었습니다. 그 시트의 이름을 바꾸거나 옮긴 뒤 다시 해 보세요.");
  });

  it("shows the saved baseline's time, and saves a new one", async () => {
    const actions = fakeActions(sampleView(), { previewRevision: async () => ({ ok: true, value: { baseline: BASELINE, entries: [], removals: 0, planYears: [2023, 2024, 2025, 2026] } }) });
    renderPane(actions);
    const panel = await openTab("요약·이력");
    expect(await within(panel).findByText("저장된 기준선: 2026-11-20 10:15 (사업 2개)")).toBeTruthy();
    expect(within(panel).getByText("기준선 뒤에 바뀐 것이 없습니다.")).toBeTruthy();
    fireEvent.click(within(panel).getByRole("button", { name: "기준선 저장" }));
    expect(await within(panel).findByText("기준선을 저장했습니다 (2026-11-26 09:05).")).toBeTruthy();
    expect(within(panel).getByText("저장된 기준선: 2026-11-26 09:05 (사업 2개)")).toBeTruthy();
    expect(actions.saveBaseline).toHaveBeenCalledTimes(1);
  });

  it("checks the changes again each time the 요약·이력 section is shown", async () => {
    const actions = fakeActions();
    renderPane(actions);
    await openTab("요약·이력");
    expect(actions.previewRevision).toHaveBeenCalledTimes(1);
    await openTab("부서");
    expect(actions.previewRevision).toHaveBeenCalledTimes(1);
    await openTab("요약·이력");
    expect(actions.previewRevision).toHaveBeenCalledTimes(2);
  });

  it("says there is no baseline to compare with, and offers 기준선 저장 right there", async () => {
    const actions = fakeActions();
    renderPane(actions);
    const panel = await openTab("요약·이력");
    const note = await within(panel).findByText(/^저장된 기준선이 없어 바뀐 것을 비교할 수 없습니다/);
    expect(within(panel).getByText("저장된 기준선이 없습니다.")).toBeTruthy();
    expect(within(panel).getByRole("button", { name: "수정이력 기록" }).getAttribute("aria-disabled")).toBe("true");
    const section = note.closest("section") as HTMLElement;
    fireEvent.click(within(section).getByRole("button", { name: "기준선 저장" }));
    await waitFor(() => expect(actions.saveBaseline).toHaveBeenCalledTimes(1));
  });

  it("lists the changes since the baseline; 수정이력 기록 stays disabled until there is a reason, then records with the 제외/폐지 choice", async () => {
    const actions = fakeActions(sampleView(), {
      previewRevision: async () => ({ ok: true, value: { baseline: BASELINE, entries: ENTRIES, removals: 1, planYears: [2023, 2024, 2025, 2026] } }),
      recordRevision: async () => ({ ok: true, value: { status: "recorded", rows: 2, sheet: "수정이력", baseline: { savedAt: "2026-11-26T09:10:00+09:00", projects: 1 } } }),
    });
    renderPane(actions);
    const panel = await openTab("요약·이력");
    const list = await within(panel).findByRole("list", { name: "기록할 변경 2건" });
    expect(within(panel).getByText("2건 중 2건을 기록합니다. 빼려는 변경은 선택을 해제하세요.")).toBeTruthy();
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "변경 I-1-1 건강취약계층을 위한 기본생활보장 · 예산(백만원) 2025: 100 → 120",
      "제외·폐지 II-2-1 통합사례관리 협업체계 운영",
    ]);

    const record = within(panel).getByRole("button", { name: "수정이력 기록" });
    expect(record.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(record);
    expect(actions.recordRevision).not.toHaveBeenCalled();
    expect(record.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(record.getAttribute("aria-describedby")!)?.textContent).toBe("변경이 1건 이상 있고 사유를 적으면 기록할 수 있습니다.");

    const choice = within(panel).getByRole("radiogroup", { name: "없어진 사업 1개의 구분" });
    expect(within(choice).getByRole("radio", { name: /^제외/ })).toHaveProperty("checked", true);
    fireEvent.click(within(choice).getByRole("radio", { name: /^폐지/ }));

    const reason = within(panel).getByRole("textbox", { name: /^사유/ });
    fireEvent.change(reason, { target: { value: "   " } });
    expect(record.getAttribute("aria-disabled")).toBe("true"); // blank is no reason
    fireEvent.change(reason, { target: { value: "2025년 예산 조정" } });
    fireEvent.change(within(panel).getByRole("textbox", { name: "작성자" }), { target: { value: "복지정책과 김OO" } });
    const year = within(panel).getByRole("spinbutton", { name: /^수정연도/ });
    // next year, inside the plan's 2023–2026 period
    expect((year as HTMLInputElement).value).toBe(String(Math.min(2026, Math.max(2023, new Date().getFullYear() + 1))));
    fireEvent.change(year, { target: { value: "1999" } });
    expect(record.getAttribute("aria-disabled")).toBe("true"); // not a plan year
    fireEvent.change(year, { target: { value: "2025" } });
    expect(record.getAttribute("aria-disabled")).toBeNull();

    // one entry left out before recording
    fireEvent.click(within(list).getByRole("checkbox", { name: /^변경 I-1-1/ }));
    expect(within(panel).getByText("2건 중 1건을 기록합니다. 빼려는 변경은 선택을 해제하세요.")).toBeTruthy();
    fireEvent.click(record);
    expect(await within(panel).findByText("'수정이력' 시트에 2행을 기록하고 기준선을 새로 저장했습니다.")).toBeTruthy();
    expect(actions.recordRevision).toHaveBeenCalledWith<[RecordRevisionRequest]>({
      reason: "2025년 예산 조정",
      removalType: "폐지",
      author: "복지정책과 김OO",
      revisionYear: 2025,
      lang: "ko",
      leaveOut: [entryKey(ENTRIES[0])],
    });
    // recorded: the baseline moved, nothing left to record
    expect(within(panel).queryByRole("list", { name: /기록할 변경/ })).toBeNull();
    expect(within(panel).getByText("저장된 기준선: 2026-11-26 09:10 (사업 1개)")).toBeTruthy();
    expect(record.getAttribute("aria-disabled")).toBe("true");
  });

  const FIFTH_TO_SIXTH = {
    baseline: { period: 5 as const, first: 2023, last: 2026 },
    plan: { period: 6 as const, first: 2027, last: 2030 },
    comparedYears: [2026],
    notComparedYears: [2022, 2023, 2024, 2025, 2027, 2028, 2029, 2030],
  };

  it("says above the changes which years a 제5기 baseline and a 제6기 plan were compared in, and records only when the user ticks that they mean to", async () => {
    const actions = fakeActions(sampleView(), {
      previewRevision: async () => ({ ok: true, value: { baseline: BASELINE, entries: ENTRIES, removals: 1, planYears: [2027, 2028, 2029, 2030], periods: FIFTH_TO_SIXTH } }),
      recordRevision: async () => ({ ok: true, value: { status: "recorded", rows: 3, sheet: "수정이력", baseline: { savedAt: "2026-11-26T09:10:00+09:00", projects: 1 } } }),
    });
    renderPane(actions);
    const panel = await openTab("요약·이력");
    const list = await within(panel).findByRole("list", { name: "기록할 변경 2건" });
    const note = within(panel).getByRole("note");
    expect(note.textContent).toBe(
      "기준선은 제5기(2023–2026), 지금 계획은 제6기(2027–2030) 계획으로 기간이 다릅니다. 목표와 예산은 두 계획에 모두 있는 2026년만 비교했고, 2022–2025년, 2027–2030년은 비교하지 않았습니다. 사업·명칭·위치·담당부서·중점추진 여부·성과지표는 비교했고, 신규사업 여부는 기마다 뜻이 달라 비교하지 않았습니다.",
    );
    // above the entries
    expect(note.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // A reason is not enough: the record waits for the explicit choice, and says so.
    fireEvent.change(within(panel).getByRole("textbox", { name: /^사유/ }), { target: { value: "제6기 계획 수립" } });
    const record = within(panel).getByRole("button", { name: "수정이력 기록" });
    expect(record.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(record);
    expect(actions.recordRevision).not.toHaveBeenCalled();
    expect(computeAccessibleDescription(record)).toBe(
      "기간이 다른 기준선과 비교한 변경은 위의 확인란을 선택하고 사유를 적어야 기록할 수 있습니다. 새 기의 계획을 처음부터 관리하려면 [기록하지 않고 새 기준선 저장]을 누르세요.",
    );
    const across = within(panel).getByRole("checkbox", {
      name: "제5기 기준선과 비교한 위 변경을 기록합니다. 맨 앞에 계획 기간이 바뀌었다는 행(제5기 → 제6기)이 비교하지 않은 연도와 함께 기록되고, 기준선은 제6기 계획이 됩니다.",
    });
    expect(across).toHaveProperty("checked", false);
    fireEvent.click(across);
    expect(record.getAttribute("aria-disabled")).toBeNull();
    fireEvent.click(record);
    expect(await within(panel).findByText("'수정이력' 시트에 3행을 기록하고 기준선을 새로 저장했습니다.")).toBeTruthy();
    expect(actions.recordRevision).toHaveBeenCalledWith(expect.objectContaining({ reason: "제6기 계획 수립", acrossPeriods: true, leaveOut: [] }));
    expect(within(panel).queryByRole("note")).toBeNull(); // the baseline is the 제6기 plan now
  });

  it("says so in English too; 'save a new baseline' starts the new period without recording; nothing of periods when the baseline is of the plan's period", async () => {
    const periods = { baseline: { period: 6 as const, first: 2027, last: 2030 }, plan: { period: 5 as const, first: 2023, last: 2026 }, comparedYears: [], notComparedYears: [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030] };
    let sameperiod = false;
    const actions = fakeActions(sampleView(), {
      previewRevision: async () => ({ ok: true, value: { baseline: BASELINE, entries: ENTRIES, removals: 1, planYears: [2023, 2024, 2025, 2026], periods: sameperiod ? null : periods } }),
    });
    renderPane(actions, "en");
    const panel = await openTab("Summary & log");
    await within(panel).findByRole("list");
    expect(within(panel).getByRole("note").textContent).toBe(
      "The baseline is a period 6 plan (2027–2030) and the plan now is period 5 (2023–2026): their periods differ. Targets and budgets were not compared, as the plans share no year (2023–2030). Projects, names, places, departments, key-project flags and indicators were compared; the new-project flag was not, as it means new in each period.",
    );
    expect(within(panel).getByRole("checkbox", { name: /^Record the changes above against the period 6 baseline/ })).toBeTruthy();
    fireEvent.click(within(panel).getByRole("button", { name: "Save a new baseline without recording" }));
    expect(await within(panel).findByText("Saved the baseline (2026-11-26 09:05).")).toBeTruthy();
    expect(actions.saveBaseline).toHaveBeenCalledTimes(1);
    expect(actions.recordRevision).not.toHaveBeenCalled();
    expect(within(panel).queryByRole("note")).toBeNull();
    expect(within(panel).queryByRole("checkbox", { name: /^Record the changes above/ })).toBeNull();

    sameperiod = true;
    fireEvent.click(within(panel).getByRole("button", { name: "Check changes" }));
    await within(panel).findByRole("list");
    expect(within(panel).queryByRole("note")).toBeNull();
  });

  it("records nothing and shows what is compared when the plan has turned to another period since the check", async () => {
    let periods: typeof FIFTH_TO_SIXTH | null = null;
    const actions = fakeActions(sampleView(), {
      previewRevision: async () => ({ ok: true, value: { baseline: BASELINE, entries: ENTRIES, removals: 1, planYears: [2023, 2024, 2025, 2026], periods } }),
      recordRevision: async () => ({ ok: true, value: { status: "periodsDiffer" } }),
    });
    renderPane(actions);
    const panel = await openTab("요약·이력");
    await within(panel).findByRole("list", { name: "기록할 변경 2건" });
    fireEvent.change(within(panel).getByRole("textbox", { name: /^사유/ }), { target: { value: "조정" } });
    periods = FIFTH_TO_SIXTH; // another period's plan pasted in meanwhile
    fireEvent.click(within(panel).getByRole("button", { name: "수정이력 기록" }));
    expect(await within(panel).findByText("기준선과 지금 계획의 기간이 달라 기록하지 않았습니다. 비교한 내용을 확인하고 기록할지 고르세요.")).toBeTruthy();
    expect(actions.recordRevision).toHaveBeenCalledWith(expect.not.objectContaining({ acrossPeriods: true }));
    expect(within(panel).getByRole("note").textContent).toMatch(/^기준선은 제5기/);
    expect(within(panel).getByRole("checkbox", { name: /^제5기 기준선과 비교한/ })).toHaveProperty("checked", false);
  });

  it("offers no 제외/폐지 choice when nothing was removed, and records 제외 by default", async () => {
    const actions = fakeActions(sampleView(), {
      previewRevision: async () => ({ ok: true, value: { baseline: BASELINE, entries: [ENTRIES[0]], removals: 0, planYears: [2023, 2024, 2025, 2026] } }),
      recordRevision: async () => ({ ok: true, value: { status: "noChanges", baseline: BASELINE } }),
    });
    renderPane(actions);
    const panel = await openTab("요약·이력");
    await within(panel).findByRole("list", { name: "기록할 변경 1건" });
    expect(within(panel).queryByRole("radiogroup")).toBeNull();
    fireEvent.change(within(panel).getByRole("textbox", { name: /^사유/ }), { target: { value: "조정" } });
    fireEvent.click(within(panel).getByRole("button", { name: "수정이력 기록" }));
    expect(await within(panel).findByText("바뀐 것이 없어 기록하지 않았습니다. 기준선은 새로 저장했습니다.")).toBeTruthy();
    expect(actions.recordRevision.mock.calls[0][0]).toMatchObject({ removalType: "제외", reason: "조정" });
  });

  it("applies the input rules and says how many cells, in the pane's language", async () => {
    const actions = fakeActions();
    renderPane(actions);
    const panel = await openTab("부서");
    fireEvent.click(within(panel).getByRole("button", { name: "입력 규칙 적용" }));
    expect(await within(panel).findByText("○/× 칸 6개와 예산 칸 10개에 입력 규칙을 적용했습니다.")).toBeTruthy();
    expect(actions.applyInputRules).toHaveBeenCalledWith("ko");
    // the message follows the language switch
    fireEvent.change(screen.getByRole("combobox", { name: "언어 / Language" }), { target: { value: "en" } });
    expect(within(panel).getByText("Applied input rules to 6 flag cells and 10 budget cells.")).toBeTruthy();
  });

  describe("department workbooks", () => {
    const created: string[] = [];
    const revoked: string[] = [];
    beforeEach(() => {
      created.length = 0;
      revoked.length = 0;
      URL.createObjectURL = jest.fn(() => {
        created.push(`blob:dept-${created.length + 1}`);
        return created[created.length - 1];
      });
      URL.revokeObjectURL = jest.fn((url: string) => void revoked.push(url));
    });

    it("offers each department's workbook as a download link", async () => {
      const actions = fakeActions(sampleView(), {
        createDepartmentWorkbooks: async () => ({
          ok: true,
          value: {
            files: [
              { name: "복지정책과.xlsx", department: "복지정책과", projects: 12, bytes: new Uint8Array([0x50, 0x4b]) },
              { name: "희망복지지원과.xlsx", department: "희망복지지원과", projects: 7, bytes: new Uint8Array([0x50, 0x4b]) },
            ],
            unassigned: [{ id: "I-3-1", name: "주거환경 개선" }],
          },
        }),
      });
      const { unmount } = renderPane(actions);
      const panel = await openTab("부서");
      fireEvent.click(within(panel).getByRole("button", { name: "부서별 양식 만들기" }));
      expect(await within(panel).findByText("부서 2곳의 입력 양식을 만들었습니다.")).toBeTruthy();
      expect(actions.createDepartmentWorkbooks).toHaveBeenCalledWith("ko");
      const list = within(panel).getByRole("list", { name: "내려받을 파일 (2)" });
      const links = within(list).getAllByRole("link");
      expect(links.map((a) => [a.getAttribute("aria-label"), a.getAttribute("href"), a.getAttribute("download")])).toEqual([
        ["복지정책과.xlsx 내려받기 (사업 12개)", "blob:dept-1", "복지정책과.xlsx"],
        ["희망복지지원과.xlsx 내려받기 (사업 7개)", "blob:dept-2", "희망복지지원과.xlsx"],
      ]);
      expect(within(panel).getByText("담당부서가 없는 사업 1개는 어느 파일에도 없습니다: I-3-1 주거환경 개선")).toBeTruthy();
      unmount();
      expect(revoked.sort()).toEqual(["blob:dept-1", "blob:dept-2"]);
    });

    it("where Excel opens workbooks itself (Excel.createWorkbook), offers each file as a button that opens it, and makes no blob URL", async () => {
      const files = [
        { name: "복지정책과.xlsx", department: "복지정책과", projects: 12, bytes: new Uint8Array([0x50, 0x4b, 1]) },
        { name: "희망복지지원과.xlsx", department: "희망복지지원과", projects: 7, bytes: new Uint8Array([0x50, 0x4b, 2]) },
      ];
      const openWorkbook = jest.fn(async () => ({ ok: true as const, value: undefined }));
      const actions = fakeActions(sampleView(), { createDepartmentWorkbooks: async () => ({ ok: true, value: { files, unassigned: [] } }), openWorkbook });
      renderPane(actions);
      const panel = await openTab("부서");
      fireEvent.click(within(panel).getByRole("button", { name: "부서별 양식 만들기" }));
      expect(await within(panel).findByText("부서 2곳의 입력 양식을 만들었습니다.")).toBeTruthy();
      expect(created).toEqual([]);
      const list = within(panel).getByRole("list", { name: "내려받을 파일 (2)" });
      expect(within(list).queryByRole("link")).toBeNull();
      fireEvent.click(within(list).getByRole("button", { name: "희망복지지원과.xlsx Excel에서 열기 (사업 7개)" }));
      expect(await within(panel).findByText("희망복지지원과.xlsx을(를) Excel의 새 통합 문서로 열었습니다. 그 통합 문서를 저장해 부서에 보내세요.")).toBeTruthy();
      expect(openWorkbook).toHaveBeenCalledWith(files[1]);
    });

    it("says in one line when the open workbook's file cannot be read", async () => {
      renderPane(fakeActions());
      const panel = await openTab("부서");
      fireEvent.click(within(panel).getByRole("button", { name: "부서별 양식 만들기" }));
      expect((await within(panel).findByRole("alert")).textContent).toContain("열린 통합 문서의 파일을 읽을 수 없습니다");
      expect(within(panel).queryByRole("link")).toBeNull();
    });
  });

  it("consolidates the picked files with progress per file, then lists what was applied and, apart, the conflicts", async () => {
    let progress: ((p: ConsolidationProgress) => void) | undefined;
    let finish: (view: ConsolidationView) => void = () => undefined;
    const actions = fakeActions(sampleView(), {
      consolidate: (_files, _lang, onProgress) => {
        progress = onProgress;
        return new Promise((resolve) => {
          finish = (value) => resolve({ ok: true, value });
        });
      },
    });
    renderPane(actions);
    const panel = await openTab("부서");
    expect(within(panel).getByRole("button", { name: "취합 (0개 파일)" })).toHaveProperty("disabled", true);
    const input = within(panel).getByLabelText("부서 입력 양식 (.xlsx, 여러 개 선택 가능)") as HTMLInputElement;
    expect(input.type).toBe("file");
    expect(input.multiple).toBe(true);
    expect(input.accept).toContain(".xlsx");
    const files = [new File([new Uint8Array([1, 2])], "복지정책과.xlsx"), new File([new Uint8Array([3])], "장애인복지과.xlsx")];
    fireEvent.change(input, { target: { files } });
    fireEvent.click(within(panel).getByRole("button", { name: "취합 (2개 파일)" }));

    await waitFor(() => expect(actions.consolidate).toHaveBeenCalledTimes(1));
    const [picked, lang] = actions.consolidate.mock.calls[0];
    expect(picked.map((f) => [f.name, [...f.bytes]])).toEqual([
      ["복지정책과.xlsx", [1, 2]],
      ["장애인복지과.xlsx", [3]],
    ]);
    expect(lang).toBe("ko");
    const status = within(panel).getByRole("list", { name: "파일별 상태" });
    expect(status.getAttribute("aria-live")).toBe("polite");
    expect(within(status).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["복지정책과.xlsx: 읽는 중…", "장애인복지과.xlsx: 대기"]);
    expect(within(panel).getByRole("progressbar", { name: "취합 진행 상황" })).toBeTruthy();

    act(() => progress?.({ index: 1, total: 2, file: "복지정책과.xlsx" }));
    expect(within(status).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["복지정책과.xlsx: 읽음", "장애인복지과.xlsx: 읽는 중…"]);
    expect(within(panel).getByText("파일 2개 중 1개를 읽었습니다.")).toBeTruthy();
    act(() => progress?.({ index: 2, total: 2, file: "장애인복지과.xlsx" }));
    expect(within(status).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["복지정책과.xlsx: 읽음", "장애인복지과.xlsx: 읽음"]);

    const conflict = "다른 부서 사업: II-4-1-2 75세이상 어르신 효도밥상 운영 — 장애인복지과.xlsx가 어르신복지과 사업을 바꿨습니다.";
    await act(async () =>
      finish({
        files: [
          { file: "복지정책과.xlsx", readable: true, text: { ko: "복지정책과.xlsx: 복지정책과, 사업 12개", en: "복지정책과.xlsx: 복지정책과, 12 projects" } },
          { file: "장애인복지과.xlsx", readable: true, text: { ko: "장애인복지과.xlsx: 장애인복지과, 사업 5개", en: "장애인복지과.xlsx: 장애인복지과, 5 projects" } },
        ],
        applied: [{ ko: "I-2-3 예산 2025: 5 → 8 (복지정책과.xlsx)", en: "I-2-3 budget 2025: 5 → 8 (복지정책과.xlsx)" }],
        added: [{ ko: "II-1-2-3 부정수급 예방 교육", en: "II-1-2-3 부정수급 예방 교육" }],
        conflicts: [{ kind: "otherDepartment", text: { ko: conflict, en: "Another department's project: II-4-1-2" } }],
        withoutWorkbook: ["어르신복지과"],
        logRows: 1,
        baselineMoved: true,
        hadBaseline: true,
      }),
    );

    const summary = within(panel).getByText(/^파일 2개를 취합했습니다: 적용 1건, 새 사업 1건, 충돌 1건\./);
    expect(summary.closest("[role=status]")).not.toBeNull();
    expect(summary.textContent).toContain("기준선도 취합한 값으로 옮겼습니다.");
    expect(within(status).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["복지정책과.xlsx: 복지정책과, 사업 12개", "장애인복지과.xlsx: 장애인복지과, 사업 5개"]);
    const conflicts = within(panel).getByRole("list", { name: "충돌 — 적용하지 않음 (1)" });
    const item = within(conflicts).getByRole("listitem");
    expect(item.textContent).toBe(conflict);
    expect(item.getAttribute("data-kind")).toBe("otherDepartment");
    expect(within(item).getByLabelText("충돌")).toBeTruthy(); // marked, not only coloured
    expect(within(within(panel).getByRole("list", { name: "적용한 변경 (1)" })).getByRole("listitem").textContent).toBe("I-2-3 예산 2025: 5 → 8 (복지정책과.xlsx)");
    expect(within(panel).getByRole("list", { name: "새 사업 — 검토 후 직접 추가 (1)" })).toBeTruthy();
    expect(within(panel).getByText("파일이 오지 않은 부서: 어르신복지과")).toBeTruthy();

    // the report follows the language switch
    fireEvent.change(screen.getByRole("combobox", { name: "언어 / Language" }), { target: { value: "en" } });
    expect(within(screen.getByRole("list", { name: "Conflicts — not applied (1)" })).getByRole("listitem").textContent).toBe("Another department's project: II-4-1-2");
  });

  it("offers 취합 되돌리기 after an applied consolidation: one click hands its undo back, says what was undone, and the button goes", async () => {
    const ref = { sheet: "계획", row: 22, col: 13 };
    const undo = { cells: [{ ref, before: 6.8, after: 8 }], applied: [], baselineMoved: false };
    const view: ConsolidationView = {
      files: [{ file: "복지정책과.xlsx", readable: true, text: { ko: "복지정책과.xlsx: 복지정책과", en: "복지정책과.xlsx: 복지정책과" } }],
      applied: [{ ko: "I-2-3 예산 2025: 6.8 → 8", en: "I-2-3 budget 2025: 6.8 → 8" }],
      added: [],
      conflicts: [],
      withoutWorkbook: [],
      logRows: 1,
      baselineMoved: false,
      hadBaseline: true,
      undo,
      unattributed: [{ ko: "복지정책과.xlsx · 총괄표!L6: (빈 칸) → 777", en: "복지정책과.xlsx · 총괄표!L6: (empty) → 777" }],
    };
    const outcomes = [
      { ok: true as const, value: { status: "changedSince" as const, cells: ["계획!N23"] } },
      { ok: true as const, value: { status: "undone" as const, cells: 1, logRows: 1 } },
    ];
    const actions = fakeActions(sampleView(), { consolidate: async () => ({ ok: true, value: view }), undoConsolidation: async () => outcomes.shift()! });
    renderPane(actions);
    const panel = await openTab("부서");
    expect(within(panel).queryByRole("button", { name: "취합 되돌리기" })).toBeNull();
    fireEvent.change(within(panel).getByLabelText("부서 입력 양식 (.xlsx, 여러 개 선택 가능)"), { target: { files: [new File([new Uint8Array([1])], "복지정책과.xlsx")] } });
    fireEvent.click(within(panel).getByRole("button", { name: "취합 (1개 파일)" }));
    const button = await within(panel).findByRole("button", { name: "취합 되돌리기" });
    expect(within(within(panel).getByRole("list", { name: "사업 칸 밖의 편집 — 적용하지 않음 (1)" })).getByRole("listitem").textContent).toBe("복지정책과.xlsx · 총괄표!L6: (빈 칸) → 777");

    fireEvent.click(button);
    expect(await within(panel).findByText(/취합한 뒤에 바뀐 셀이 있어 되돌리지 않았습니다/)).toBeTruthy();
    expect(within(panel).getByText(/계획!N23/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole("button", { name: "취합 되돌리기" }));
    expect(await within(panel).findByText(/취합을 되돌렸습니다: 셀 1개/)).toBeTruthy();
    expect(actions.undoConsolidation.mock.calls.map(([u, l]) => [u, l])).toEqual([
      [undo, "ko"],
      [undo, "ko"],
    ]);
    await waitFor(() => expect(within(panel).queryByRole("button", { name: "취합 되돌리기" })).toBeNull());
  });

  it("lets the user choose the department of a file that names none, retries only that file, and keeps the first run undoable", async () => {
    const firstUndo = { cells: [{ ref: { sheet: "총괄표", row: 5, col: 11 }, before: 1, after: 2 }], applied: [], baselineMoved: false };
    const retryUndo = { cells: [{ ref: { sheet: "총괄표", row: 9, col: 11 }, before: 3, after: 4 }], applied: [], baselineMoved: false };
    const first: ConsolidationView = {
      files: [
        { file: "복지정책과.xlsx", readable: true, text: { ko: "복지정책과.xlsx: 복지정책과", en: "복지정책과.xlsx" } },
        { file: "이름없음.xlsx", readable: true, text: { ko: "이름없음.xlsx: 부서 없음", en: "이름없음.xlsx" } },
      ],
      applied: [{ ko: "I-1-1 예산 2025: 1 → 2", en: "I-1-1 budget 2025: 1 → 2" }],
      added: [],
      conflicts: [{ kind: "noDepartment", text: { ko: "부서를 알 수 없음: 이름없음.xlsx", en: "No department: 이름없음.xlsx" }, files: ["이름없음.xlsx"] }],
      departments: ["복지정책과", "주택과"],
      withoutWorkbook: [],
      logRows: 1,
      baselineMoved: false,
      hadBaseline: false,
      undo: firstUndo,
    };
    const retried: ConsolidationView = { ...first, files: [first.files[1]], conflicts: [], undo: retryUndo };
    const runs = [first, retried];
    const actions = fakeActions(sampleView(), {
      consolidate: async () => ({ ok: true, value: runs.shift()! }),
      undoConsolidation: async () => ({ ok: true as const, value: { status: "undone" as const, cells: 1, logRows: 1 } }),
    });
    renderPane(actions);
    const panel = await openTab("부서");
    const files = [new File([new Uint8Array([1])], "복지정책과.xlsx"), new File([new Uint8Array([2])], "이름없음.xlsx")];
    fireEvent.change(within(panel).getByLabelText("부서 입력 양식 (.xlsx, 여러 개 선택 가능)"), { target: { files } });
    fireEvent.click(within(panel).getByRole("button", { name: "취합 (2개 파일)" }));

    const choice = await within(panel).findByRole("combobox", { name: "이름없음.xlsx의 부서" });
    expect(within(panel).getByRole("button", { name: "고른 부서로 다시 취합 (0개 파일)" })).toHaveProperty("disabled", true);
    fireEvent.click(choice);
    fireEvent.click(await screen.findByRole("option", { name: "주택과" }));
    fireEvent.click(await within(panel).findByRole("button", { name: "고른 부서로 다시 취합 (1개 파일)" }));

    await waitFor(() => expect(actions.consolidate).toHaveBeenCalledTimes(2));
    expect(actions.consolidate.mock.calls[1][0].map((f) => [f.name, [...f.bytes], f.department])).toEqual([["이름없음.xlsx", [2], "주택과"]]);
    await waitFor(() => expect(within(panel).queryByRole("combobox", { name: "이름없음.xlsx의 부서" })).toBeNull());

    // The retry's consolidation is undone first, then the first run's.
    fireEvent.click(within(panel).getByRole("button", { name: "취합 되돌리기" }));
    await waitFor(() => expect(actions.undoConsolidation).toHaveBeenCalledTimes(1));
    fireEvent.click(await within(panel).findByRole("button", { name: "취합 되돌리기" }));
    await waitFor(() => expect(actions.undoConsolidation).toHaveBeenCalledTimes(2));
    expect(actions.undoConsolidation.mock.calls.map(([undo]) => undo)).toEqual([retryUndo, firstUndo]);
    await waitFor(() => expect(within(panel).queryByRole("button", { name: "취합 되돌리기" })).toBeNull());
  });

  it("after 취합 on a plan without a baseline, says there is none rather than unrecorded changes", async () => {
    const view: ConsolidationView = {
      files: [{ file: "복지정책과.xlsx", readable: true, text: { ko: "복지정책과.xlsx: 복지정책과, 사업 12개", en: "복지정책과.xlsx: 12 projects" } }],
      applied: [{ ko: "I-2-3 예산 2025: 5 → 8 (복지정책과.xlsx)", en: "I-2-3 budget 2025: 5 → 8 (복지정책과.xlsx)" }],
      added: [],
      conflicts: [],
      withoutWorkbook: [],
      logRows: 1,
      baselineMoved: false,
      hadBaseline: false,
    };
    renderPane(fakeActions(sampleView(), { consolidate: async () => ({ ok: true, value: view }) }));
    const panel = await openTab("부서");
    const input = within(panel).getByLabelText("부서 입력 양식 (.xlsx, 여러 개 선택 가능)") as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([1])], "복지정책과.xlsx")] } });
    fireEvent.click(within(panel).getByRole("button", { name: "취합 (1개 파일)" }));
    const summary = await within(panel).findByText(/^파일 1개를 취합했습니다/);
    expect(summary.textContent).toContain("저장된 기준선이 없습니다.");
    expect(summary.textContent).not.toContain("아직 기록하지 않은 변경");
  });

  it("shows a department's findings only, from the 부서 tab, and a click on one selects its cell", async () => {
    const actions = fakeActions();
    renderPane(actions);
    fireEvent.click(screen.getByRole("button", { name: "계획 검증" }));
    await screen.findByRole("tree");
    const panel = await openTab("부서");
    const departments = within(panel).getByRole("list", { name: "부서별 검증 결과" });
    expect(within(departments).getAllByRole("listitem").map((li) => li.firstChild?.textContent)).toEqual([
      "복지정책과 사업 1개 · 지적 2건",
      "희망복지지원과 사업 1개 · 지적 1건",
    ]);
    const hope = within(departments).getAllByRole("listitem")[1];
    const show = within(hope).getByRole("button", { name: "결과 보기" });
    expect(computeAccessibleDescription(show)).toBe("희망복지지원과 사업 1개 · 지적 1건");
    fireEvent.click(show);

    expect(screen.getByRole("tab", { name: "검증" }).getAttribute("aria-selected")).toBe("true");
    // the active filter in sight, in the summary line, which takes focus
    const line = screen.getByRole("group", { name: "검증 요약" });
    expect(line.textContent).toContain("희망복지지원과만 보는 중: 3건 중 1건");
    await waitFor(() => expect(document.activeElement).toBe(line));
    const shown = screen.getAllByRole("treeitem").filter((item) => item.getAttribute("aria-level") === "3");
    expect(shown.map((item) => item.getAttribute("data-address"))).toEqual(["총괄표!C70"]);
    fireEvent.click(shown[0]);
    expect(actions.selectFinding).toHaveBeenCalledWith(expect.objectContaining({ ruleId: "flags/look-alike", ref: { sheet: "총괄표", row: 69, col: 2 } }));

    fireEvent.click(screen.getByRole("tab", { name: "부서" }));
    fireEvent.click(within(within(departments).getAllByRole("listitem")[0]).getByRole("button", { name: "첫 행으로" }));
    const health = sampleView().result.plan.projects[0];
    expect(actions.selectCell).toHaveBeenCalledWith(health.nameCell.ref);
  });

  it("names the projects without a department below the departments' list (a 6기 project the 관리체계 list gives none), with their findings", async () => {
    const base = sampleView();
    base.result.plan.projects[1].department = null;
    const view = buildView(base.result, base.checkedAt);
    renderPane(fakeActions(view));
    fireEvent.click(screen.getByRole("button", { name: "계획 검증" }));
    await screen.findByRole("tree");
    const panel = await openTab("부서");
    const departments = within(panel).getByRole("list", { name: "부서별 검증 결과" });
    expect(within(departments).getAllByRole("listitem").map((li) => li.firstChild?.textContent)).toEqual(["복지정책과 사업 1개 · 지적 2건"]);
    expect(within(panel).getByText(/^담당부서 없는 사업 1개 \(지적 1건\): II-2-\d+ 통합사례관리 협업체계 운영$/)).toBeTruthy();
  });

  it("asks for a validation before listing findings by department", async () => {
    renderPane(fakeActions());
    const panel = await openTab("부서");
    expect(within(panel).getByText(/\[검증\] 탭에서 계획을 검증하면/)).toBeTruthy();
  });

  it("disables every section's buttons when there is no workbook, and says why", async () => {
    render(<App actions={fakeActions()} initialLang="ko" unavailable="통합 문서를 여세요." />);
    for (const name of ["요약·이력", "부서"]) {
      const panel = await openTab(name);
      expect(within(panel).getByText("통합 문서를 여세요.")).toBeTruthy();
      for (const button of within(panel).getAllByRole("button")) expect(button.hasAttribute("disabled") || button.getAttribute("aria-disabled") === "true").toBe(true);
    }
  });

  it("speaks English when switched", async () => {
    renderPane(fakeActions(), "en");
    expect(within(screen.getByRole("tablist", { name: "Sections" })).getAllByRole("tab").map((tab) => computeAccessibleName(tab))).toEqual([
      "Validate",
      "Summary & log",
      "Departments",
      "Results",
    ]);
    const revisions = await openTab("Summary & log");
    expect(within(revisions).getByRole("button", { name: "Create summary" })).toBeTruthy();
    expect(within(revisions).getAllByRole("button", { name: "Save baseline" }).length).toBeGreaterThan(0);
    expect(within(revisions).getByRole("textbox", { name: /^Reason/ })).toBeTruthy();
    const departments = await openTab("Departments");
    expect(within(departments).getByRole("button", { name: "Apply input rules" })).toBeTruthy();
    expect(within(departments).getByRole("button", { name: "Create department workbooks" })).toBeTruthy();
    expect(within(departments).getByRole("button", { name: "Choose department files…" })).toBeTruthy();
    // Korean only where English names a sheet or a column of the workbook as it is written
    const names = /요약_전략별|요약_지표|수정이력|담당부서|검증결과|제외|폐지/g;
    const korean = [...document.querySelectorAll("main *")]
      .filter((el) => el.children.length === 0 && !el.closest("[lang=ko]"))
      .map((el) => (el.textContent ?? "").replace(names, ""))
      .filter((text) => /[가-힣]/.test(text));
    expect(korean).toEqual([]);
  });
});
