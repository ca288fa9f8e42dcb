/** A small plan, three findings and jest.fn() PaneActions for the pane's tests (no workbook, no Office). */
import { countBySeverity, planCounts, type Finding } from "../../../src/engine";
import { buildPlan } from "../engine/planBuilder";
import { buildView, type PaneActions, type ProgressStep, type ValidationView } from "../../../src/taskpane/actions";

export function sampleView(): ValidationView {
  const plan = buildPlan({
    strategies: [
      { id: "I-1", name: "취약계층사회안전망 보강" },
      { id: "II-2", name: "지역사회 민관협력 제고" },
    ],
    projects: [
      { strategy: "I-1", name: "건강취약계층을 위한 기본생활보장", budgets: { 2022: "2,478" } },
      { strategy: "II-2", name: "통합사례관리 협업체계 운영", flags: { key: "x" } },
    ],
  });
  const [health, cases] = plan.projects;
  health.department = { ref: { sheet: "총괄표", row: health.firstRow, col: 17 }, raw: "복지정책과" };
  cases.department = { ref: { sheet: "총괄표", row: cases.firstRow, col: 17 }, raw: "희망복지지원과" };
  const findings: Finding[] = [
    {
      ruleId: "flags/look-alike",
      severity: "error",
      messageId: "lookAlike",
      ref: { sheet: "총괄표", row: 69, col: 2 },
      projectId: cases.id,
      data: { name: cases.name, flag: "중점추진사업", value: "x", expected: "×" },
      fix: { ref: { sheet: "총괄표", row: 69, col: 2 }, from: "x", to: "×" },
    },
    {
      ruleId: "budgets/text-number",
      severity: "info",
      messageId: "textNumber",
      ref: { sheet: "총괄표", row: 10, col: 11 },
      projectId: health.id,
      data: { name: health.name, year: 2022, value: "2,478", number: 2478 },
      fix: { ref: { sheet: "총괄표", row: 10, col: 11 }, from: "2,478", to: 2478 },
    },
    {
      ruleId: "budgets/swing",
      severity: "warning",
      messageId: "drop",
      ref: { sheet: "총괄표", row: 10, col: 12 },
      projectId: health.id,
      data: { name: health.name, previousYear: 2022, year: 2023, from: 4600, to: 2100, percent: -54 },
    },
  ];
  return buildView({ plan, counts: planCounts(plan), findings, severities: countBySeverity(findings) }, new Date("2026-11-26T09:00:00Z"));
}

const RESULTS_COUNTS = { met: 1, missed: 1, notReported: 1, noTarget: 0 };

export function fakeActions(view: ValidationView = sampleView(), overrides: Partial<PaneActions> = {}): jest.Mocked<PaneActions> {
  const actions: PaneActions = {
    validate: async (onProgress?: (step: ProgressStep) => void) => {
      for (const step of ["read", "validate", "highlight", "done"] as const) onProgress?.(step);
      return { ok: true as const, view };
    },
    clearHighlights: async () => 3,
    applyFixes: async (findings: readonly Finding[]) => ({
      applied: findings.map((f) => ({
        ref: f.fix!.ref,
        address: "C70",
        from: f.fix!.from,
        to: f.fix!.to,
        ruleId: f.ruleId,
        appliedAt: "2026-11-26T09:01:00.000Z",
      })),
      skipped: [],
    }),
    undoFix: async () => true,
    readAppliedFixes: async () => [],
    selectFinding: async () => undefined,
    selectCell: async () => undefined,
    writeResultsSheet: async () => "검증결과",
    writeSummaries: async () => ({ ok: true as const, value: { sheets: ["요약_전략별", "요약_지표"], strategies: 8, tasks: 20, indicators: 70 } }),
    saveBaseline: async () => ({ ok: true as const, value: { savedAt: "2026-11-26T09:05:00+09:00", projects: 2 } }),
    previewRevision: async () => ({ ok: true as const, value: { baseline: null, entries: [], removals: 0, planYears: [2023, 2024, 2025, 2026] } }),
    recordRevision: async () => ({ ok: true as const, value: { status: "noBaseline" as const } }),
    applyInputRules: async () => ({ ok: true as const, value: { flags: 6, budgets: 10 } }),
    createDepartmentWorkbooks: async () => ({ ok: false as const, failure: { kind: "noWorkbookBytes" as const } }),
    consolidate: async () => ({ ok: false as const, failure: { kind: "noDepartments" as const } }),
    undoConsolidation: async () => ({ ok: true as const, value: { status: "undone" as const, cells: 1, logRows: 1 } }),
    resultsYears: async () => ({ ok: true as const, value: { years: [2023, 2024, 2025, 2026], suggested: 2025 } }),
    makeResultsForm: async (year: number) => ({ ok: true as const, value: { sheet: `시행결과_${year}`, projects: 2, indicators: 3 } }),
    gatherResults: async (year: number, files: readonly { name: string }[]) => ({
      ok: true as const,
      value: { sheet: `시행결과_${year}`, files: files.map((f) => ({ file: f.name, department: null })), conflicts: [], counts: RESULTS_COUNTS },
    }),
    checkResults: async (year: number) => ({ ok: true as const, value: { year, view, counts: RESULTS_COUNTS, sources: [`시행결과_${year}`] } }),
    writeResultsSummary: async (year: number) => ({ ok: true as const, value: { sheets: [`시행결과_${year}`, "요약_시행결과"], counts: RESULTS_COUNTS } }),
    ...overrides,
  };
  const mocked = {} as jest.Mocked<PaneActions>;
  for (const [name, fn] of Object.entries(actions)) (mocked as unknown as Record<string, jest.Mock>)[name] = jest.fn(fn);
  return mocked;
}
