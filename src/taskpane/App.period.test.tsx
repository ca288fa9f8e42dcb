/**
 * @jest-environment jsdom
 *
 * The pane names the period it read the plan as: the bundled 5기 and 6기 samples through the pane's real
 * actions (in-memory port), and a plan mixing both periods' forms.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import * as path from "path";
import { countBySeverity, planCounts } from "../engine";
import { buildPlan } from "../../test/kits/engine/planBuilder";
import { MemoryPort } from "../../test/kits/app/memoryPort";
import { TextDecoder } from "util";
import { buildView, createPaneActions } from "./actions";
import { App } from "./App";
import { fakeActions } from "../../test/kits/taskpane/fakeActions";

const SAMPLES = path.join(__dirname, "..", "..", "assets", "samples");

async function summaryLine(lang: "ko" | "en" = "ko"): Promise<string> {
  fireEvent.click(screen.getByRole("button", { name: lang === "ko" ? "계획 검증" : "Validate plan" }));
  return (await screen.findByRole("group", { name: lang === "ko" ? "검증 요약" : "Summary" })).textContent ?? "";
}

describe("the summary line names the plan's period", () => {
  it.each([
    ["mapo-5th-plan.xlsx", "제5기 (2023–2026)"],
    ["gaon-6th-plan.xlsx", "제6기 (2027–2030)"],
  ])("%s: %s", async (file, period) => {
    // jsdom has no TextDecoder, which the workbook reader needs: Node's, before the reader loads.
    globalThis.TextDecoder ??= TextDecoder as typeof globalThis.TextDecoder;
    const { readWorkbookFile } = await import("../xlsx/readFile");
    const grid = await readWorkbookFile(path.join(SAMPLES, file));
    render(<App actions={createPaneActions(new MemoryPort(grid))} initialLang="ko" />);
    const line = await summaryLine();
    expect(line).toContain(period);
    expect(line).not.toContain("섞여");
  }, 30_000);

  it("says when a plan mixes the two periods' forms, in Korean and English", async () => {
    const plan = buildPlan({ periodEvidence: { byYears: 5, byHeaders: 6, mixed: true }, projects: [{ name: "통합사례관리" }] });
    const view = buildView({ plan, counts: planCounts(plan), findings: [], severities: countBySeverity([]) });
    const { unmount } = render(<App actions={fakeActions(view)} initialLang="ko" />);
    expect(await summaryLine()).toMatch(/제5기 \(2023–2026\).*제5기·제6기 양식이 섞여 있어 연도로 제5기로 읽었습니다/);
    unmount();
    render(<App actions={fakeActions(view)} initialLang="en" />);
    expect(await summaryLine("en")).toMatch(/Period 5 \(2023–2026\).*mixes the 5th- and 6th-period forms: read as period 5/);
  });
});
