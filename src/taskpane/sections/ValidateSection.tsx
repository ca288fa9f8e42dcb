/**
 * The 검증 section: 계획 검증 with its progress, the findings (counts, filters, the tree), fixes after
 * confirmation, the applied fixes with undo, 강조 지우기 and 검증결과 시트 만들기.
 * The validation (`view`) and the filters live in the shell: the 부서 section reads and sets them too.
 */
import { Button, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ChevronDownRegular, ChevronRightRegular, DismissRegular } from "@fluentui/react-icons";
import * as React from "react";
import { groupBySeverity } from "../../app/groupFindings";
import type { Finding, Plan } from "../../engine";
import type { Lang } from "../../i18n";
import { readFailureText } from "../../i18n/app";
import { findingKey, toActionFailure, type ActionFailure, type AppliedFix, type PaneActions, type ProgressStep, type ReadFailure, type ValidationView } from "../actions";
import { AppliedFixesList } from "../components/AppliedFixesList";
import { Filters } from "../components/Filters";
import { SeverityCounts } from "../components/SeverityCounts";
import { StatusMessage, type Intent } from "../components/StatusMessage";
import { Toolbar } from "../components/Toolbar";
import { actionFailureText } from "../failureText";
import { ALL_FILTERS, isFiltered, visibleFindings, type FilterState } from "../filters";
import type { T } from "../text";

const useStyles = makeStyles({
  controls: {
    position: "sticky",
    top: "var(--pane-top, 0px)",
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: `-${tokens.spacingVerticalM} -${tokens.spacingHorizontalM} 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  intro: { color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase300 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  period: { color: tokens.colorNeutralForeground2 },
  mixed: { color: tokens.colorPaletteDarkOrangeForeground1 },
  counts: { fontWeight: tokens.fontWeightSemibold },
  filtered: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  lineButtons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, marginLeft: "auto" },
});

/** The confirmation dialog is loaded when first needed: it stays out of the pane's first load. */
const FixConfirmDialog = React.lazy(() => import(/* webpackChunkName: "fix-dialog" */ "../components/FixConfirmDialog").then((m) => ({ default: m.FixConfirmDialog })));
/**
 * The findings tree (Fluent's Tree and its motion) is needed only once a validation is done: it is
 * loaded as soon as one starts, in parallel with reading the workbook, and stays out of the first load.
 */
const loadFindingsTree = () => import(/* webpackChunkName: "findings" */ "../components/FindingsTree");
const FindingsTree = React.lazy(() => loadFindingsTree().then((m) => ({ default: m.FindingsTree })));

const STEP_VALUE: Record<ProgressStep, number> = { read: 0.15, validate: 0.5, highlight: 0.8, done: 1 };

export type Busy = null | "validate" | "clear" | "fix" | "undo" | "results" | "workflow";
type Status = { intent: Intent; text: string } | null;


export interface ValidateSectionProps {
  t: T;
  lang: Lang;
  actions: PaneActions;
  workbookName?: string;
  unavailable?: string;
  /** The action running (one at a time across the pane), null when idle. */
  busy: Busy;
  /** Runs one action unless another runs; an error comes back as an ActionFailure. */
  run(kind: Exclude<Busy, null>, work: () => Promise<void>): Promise<ActionFailure | null>;
  view: ValidationView | null;
  onView(view: ValidationView | null): void;
  filters: FilterState;
  onFilters(filters: FilterState): void;
  /** Shown in the section's place: the loading text of a lazy part. */
  loading: React.ReactNode;
  /** Changed by the shell when another section sets the filters (결과 보기): the summary line takes focus. */
  focusToken?: number;
}

/** "제5기 (2023–2026)": the period the plan was read as, with the plan's own years (the baseline year left out). */
function periodText(plan: Pick<Plan, "period" | "planYears" | "years">, t: T): string {
  const years = plan.planYears.length > 0 ? plan.planYears : plan.years;
  if (years.length === 0) return t("line.periodNoYears", { period: plan.period });
  return t("line.period", { period: plan.period, first: years[0], last: years[years.length - 1] });
}

/** Keeps `--pane-controls` on the section at the sticky controls' height (findings scroll to below it). */
function useControlsHeight(controls: React.RefObject<HTMLElement | null>): void {
  React.useLayoutEffect(() => {
    const element = controls.current;
    const host = element?.closest("main");
    if (!element || !host) return;
    const update = () => host.style.setProperty("--pane-controls", `${element.offsetHeight}px`);
    update();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [controls]);
}

export function ValidateSection(props: ValidateSectionProps): React.JSX.Element {
  const { t, lang, actions, workbookName, unavailable, busy, view, onView, filters, onFilters, loading, focusToken } = props;
  const styles = useStyles();
  const controlsRef = React.useRef<HTMLDivElement>(null);
  useControlsHeight(controlsRef);
  const [details, setDetails] = React.useState(false);
  // After an action, focus goes to what it produced: the summary line, or the status message.
  const lineRef = React.useRef<HTMLDivElement>(null);
  const statusRef = React.useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = React.useState<{ to: "line" | "status" | string } | null>(null);
  React.useEffect(() => {
    if (!focusTarget) return;
    const { to } = focusTarget;
    const element =
      to === "line" ? lineRef.current : to === "status" ? statusRef.current : [...document.querySelectorAll<HTMLElement>("[data-key]")].find((e) => e.dataset.key === to);
    if (!element) return;
    element.focus({ preventScroll: to === "line" || to === "status" });
    if (to !== "line" && to !== "status") element.scrollIntoView?.({ block: "nearest" });
  }, [focusTarget, view]);
  React.useEffect(() => {
    if (focusToken) setFocusTarget({ to: "line" });
  }, [focusToken]);
  const [step, setStep] = React.useState<ProgressStep | null>(null);
  const [failure, setFailure] = React.useState<ReadFailure | null>(null);
  const [status, setStatus] = React.useState<Status>(null);
  const [selectedKey, setSelectedKey] = React.useState<string | null>(null);
  const [pending, setPending] = React.useState<readonly Finding[] | null>(null);
  // What the dialog lists: the pending fixes, kept while it closes.
  const [shownFixes, setShownFixes] = React.useState<readonly Finding[] | null>(null);
  // Focus goes back where it was (the fix button) when the dialog closes.
  const returnFocus = React.useRef<HTMLElement | null>(null);
  React.useEffect(() => {
    if (pending) {
      setShownFixes(pending);
      return;
    }
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target) setTimeout(() => target.isConnected && target.focus(), 0);
  }, [pending]);
  const askToFix = (findings: readonly Finding[]) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending(findings);
  };
  const [applied, setApplied] = React.useState<AppliedFix[]>([]);

  const refreshApplied = React.useCallback(async () => {
    try {
      setApplied(await actions.readAppliedFixes());
    } catch {
      // The list is a convenience: a workbook that cannot be read yet simply shows none.
    }
  }, [actions]);

  React.useEffect(() => {
    void refreshApplied();
  }, [refreshApplied]);

  const run = async (kind: Exclude<Busy, null>, work: () => Promise<void>) => {
    const failure = await props.run(kind, work);
    setStep(null);
    if (failure !== null) setStatus({ intent: "error", text: actionFailureText(failure, lang, workbookName) });
  };

  const validate = async (): Promise<boolean> => {
    void loadFindingsTree().catch(() => undefined); // a failed load shows when the tree renders
    setStep("read");
    const outcome = await actions.validate((next) => setStep(next));
    if (outcome.ok) {
      onView(outcome.view);
      setFailure(null);
      return true;
    }
    onView(null);
    setFailure(outcome.failure);
    return false;
  };

  const onValidate = () =>
    run("validate", async () => {
      setStatus(null);
      setSelectedKey(null);
      if (await validate()) setFocusTarget({ to: "line" });
      else setFocusTarget({ to: "status" });
    });

  const onClear = () =>
    run("clear", async () => {
      const count = await actions.clearHighlights();
      setStatus({ intent: "info", text: count > 0 ? t("status.cleared", { count }) : t("status.nothingToClear") });
      setFocusTarget({ to: "status" });
    });

  const onWriteResults = () =>
    run("results", async () => {
      if (!view) return;
      const sheet = await actions.writeResultsSheet(view, lang);
      setStatus({ intent: "success", text: t("status.resultsWritten", { sheet }) });
      setFocusTarget({ to: "status" });
    });

  const onSelect = (finding: Finding) => {
    setSelectedKey(findingKey(finding));
    actions.selectFinding(finding).catch((error: unknown) => {
      setStatus({ intent: "error", text: actionFailureText(toActionFailure(error), lang, workbookName) });
    });
  };

  const visible = React.useMemo(() => (view ? visibleFindings(view, filters) : new Set<number>()), [view, filters]);
  const fixable = view ? view.result.findings.filter((f, i) => f.fix && visible.has(i)) : [];
  /** The errors, then the warnings the filters let through, in the tree's order: what 다음 문제 steps through. */
  const problems = React.useMemo(() => {
    if (!view) return [];
    const indexOf = new Map(view.result.findings.map((f, i) => [f, i]));
    return groupBySeverity(view.groups, (f) => f.severity !== "info" && visible.has(indexOf.get(f) ?? -1)).flatMap((s) => s.places.flatMap((p) => p.findings));
  }, [view, visible]);
  const onNext = () => {
    const at = problems.findIndex((f) => findingKey(f) === selectedKey);
    const next = problems[(at + 1) % problems.length];
    if (!next) return;
    onSelect(next);
    setFocusTarget({ to: findingKey(next) });
  };

  const onConfirmFixes = (findings: readonly Finding[]) => {
    setPending(null);
    void run("fix", async () => {
      const outcome = await actions.applyFixes(findings);
      await refreshApplied();
      await validate();
      setStatus({
        intent: outcome.skipped.length > 0 ? "warning" : "success",
        text:
          outcome.skipped.length > 0
            ? t("fix.doneSkipped", { applied: outcome.applied.length, skipped: outcome.skipped.length })
            : t("fix.done", { applied: outcome.applied.length }),
      });
      setFocusTarget({ to: "status" });
    });
  };

  const onUndo = (fix: AppliedFix) =>
    run("undo", async () => {
      const address = `${fix.ref.sheet}!${fix.address}`;
      const undone = await actions.undoFix(fix);
      await refreshApplied();
      if (undone && view) await validate();
      setStatus(
        undone
          ? { intent: "success", text: t("applied.undoDone", { address, from: String(fix.from) }) }
          : { intent: "warning", text: t("applied.undoFailed", { address }) },
      );
      setFocusTarget({ to: "status" });
    });

  return (
    <>
      <div ref={controlsRef} className={styles.controls}>
        <Toolbar
          t={t}
          busy={busy !== null || unavailable !== undefined}
          validated={view !== null}
          fixableCount={fixable.length}
          onValidate={onValidate}
          onClear={onClear}
          onWriteResults={onWriteResults}
          onFixAll={() => askToFix(fixable)}
        />

        {busy !== null && busy !== "workflow" && (
          <Field
            label={t("progress.label")}
            validationState="none"
            validationMessage={busy === "validate" && step ? t(`progress.${step}`) : t("progress.busy")}
          >
            <ProgressBar
              thickness="large"
              aria-label={t("progress.label")}
              value={(busy === "validate" || busy === "fix" || busy === "undo") && step ? STEP_VALUE[step] : undefined}
            />
          </Field>
        )}

        {failure && <StatusMessage intent="error">{readFailureText(failure, workbookName ?? t("pane.workbook"), lang)}</StatusMessage>}

        <div ref={statusRef} tabIndex={-1}>
          {status && (
            <StatusMessage intent={status.intent} dismissLabel={t("status.dismiss")} onDismiss={() => setStatus(null)}>
              {status.text}
            </StatusMessage>
          )}
        </div>

        {view && (
          <div ref={lineRef} tabIndex={-1} role="group" aria-label={t("line.label")} className={styles.line} data-testid="summary-line">
            <Text className={styles.period}>{periodText(view.result.plan, t)}</Text>
            <Text className={styles.counts}>{t("line.counts", view.result.severities)}</Text>
            {view.result.plan.periodEvidence.mixed && <Text className={styles.mixed}>{t("line.mixedPeriod", { period: view.result.plan.period })}</Text>}
            {isFiltered(filters) && (
              <Text className={styles.filtered}>
                {filters.department !== null
                  ? t("line.filteredDepartment", { department: filters.department, shown: visible.size, total: view.result.findings.length })
                  : t("line.filtered", { shown: visible.size, total: view.result.findings.length })}
              </Text>
            )}
            <span className={styles.lineButtons}>
              {isFiltered(filters) && (
                <Button size="small" appearance="subtle" icon={<DismissRegular />} onClick={() => onFilters(ALL_FILTERS)}>
                  {t("filters.reset")}
                </Button>
              )}
              <Button size="small" icon={<ArrowDownRegular />} disabled={problems.length === 0} onClick={onNext}>
                {t("line.next")}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                icon={details ? <ChevronDownRegular /> : <ChevronRightRegular />}
                aria-expanded={details}
                onClick={() => setDetails((open) => !open)}
              >
                {t("line.details")}
              </Button>
            </span>
          </div>
        )}
      </div>

      {view ? (
        <>
          {details && (
            <SeverityCounts
            t={t}
            counts={view.result.severities}
            sheet={view.result.plan.sheet}
            plan={view.result.counts}
            total={view.result.findings.length}
          />
          )}
          {details && view.result.findings.length > 0 && (
            <Filters
              t={t}
              lang={lang}
              filters={filters}
              onChange={onFilters}
              counts={view.result.severities}
              ruleIds={view.ruleIds}
              departments={view.departmentNames}
              shown={visible.size}
              total={view.result.findings.length}
            />
          )}
          <React.Suspense fallback={loading}>
            <FindingsTree
              t={t}
              lang={lang}
              view={view}
              visible={visible}
              selectedKey={selectedKey}
              busy={busy !== null}
              onSelect={onSelect}
              onFix={(finding) => askToFix([finding])}
            />
          </React.Suspense>
        </>
      ) : (
        !failure && <Text className={styles.intro}>{unavailable ?? t("pane.intro")}</Text>
      )}

      <AppliedFixesList t={t} fixes={applied} busy={busy !== null} onUndo={onUndo} />

      {shownFixes && (
        // Loaded on first use, then kept mounted so that it closes (focus, modality) as Fluent expects.
        <React.Suspense fallback={null}>
          <FixConfirmDialog t={t} open={pending !== null} findings={shownFixes} onConfirm={onConfirmFixes} onCancel={() => setPending(null)} />
        </React.Suspense>
      )}
    </>
  );
}
