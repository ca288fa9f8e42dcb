/**
 * The task pane, in three sections (tabs):
 *  - 검증: 계획 검증, progress, counts by severity, filters, findings grouped strategy → project, fixes
 *    after confirmation, applied fixes with undo, 강조 지우기 and 검증결과 시트 만들기;
 *  - 요약·이력: 요약 만들기, 기준선 저장, 수정이력 기록 (components/RevisionsPanel);
 *  - 부서: 입력 규칙 적용, 부서별 양식 만들기, findings by department, 부서 취합 (components/DepartmentsPanel).
 * The two later sections are loaded when first opened: they stay out of the pane's first load.
 * It receives every workbook action as a prop (PaneActions) and never touches Excel itself.
 */
import { Field, makeStyles, ProgressBar, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Finding } from "../engine";
import type { Lang } from "../i18n";
import { readFailureText } from "../i18n/app";
import { findingKey, type AppliedFix, type PaneActions, type ProgressStep, type ValidationView } from "./actions";
import { AppliedFixesList } from "./components/AppliedFixesList";
import { Filters } from "./components/Filters";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { SeverityCounts } from "./components/SeverityCounts";
import { StatusMessage, type Intent } from "./components/StatusMessage";
import { Toolbar } from "./components/Toolbar";
import type { PaneLock } from "./components/panel";
import { ALL_FILTERS, visibleFindings, type FilterState } from "./filters";
import { textsFor } from "./text";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    wordBreak: "keep-all",
  },
  top: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: `-${tokens.spacingVerticalM} -${tokens.spacingHorizontalM} 0`,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { margin: `0 -${tokens.spacingHorizontalS}`, flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
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
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground3 },
  intro: { color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase300 },
});

/** The confirmation dialog is loaded when first needed: it stays out of the pane's first load. */
const FixConfirmDialog = React.lazy(() => import(/* webpackChunkName: "fix-dialog" */ "./components/FixConfirmDialog").then((m) => ({ default: m.FixConfirmDialog })));
/**
 * The findings tree (Fluent's Tree and its motion) is needed only once a validation is done: it is
 * loaded as soon as one starts, in parallel with reading the workbook, and stays out of the first load.
 */
const loadFindingsTree = () => import(/* webpackChunkName: "findings" */ "./components/FindingsTree");
const FindingsTree = React.lazy(() => loadFindingsTree().then((m) => ({ default: m.FindingsTree })));
/** The 요약·이력 and 부서 sections, loaded when first opened (one chunk). */
const RevisionsPanel = React.lazy(() => import(/* webpackChunkName: "pane-workflows" */ "./components/RevisionsPanel").then((m) => ({ default: m.RevisionsPanel })));
const DepartmentsPanel = React.lazy(() =>
  import(/* webpackChunkName: "pane-workflows" */ "./components/DepartmentsPanel").then((m) => ({ default: m.DepartmentsPanel })),
);

export type Section = "validate" | "revisions" | "departments";
const SECTIONS: readonly Section[] = ["validate", "revisions", "departments"];

const STEP_VALUE: Record<ProgressStep, number> = { read: 0.15, validate: 0.5, highlight: 0.8, done: 1 };

type Busy = null | "validate" | "clear" | "fix" | "undo" | "results" | "workflow";
type Status = { intent: Intent; text: string } | null;

export interface AppProps {
  actions: PaneActions;
  initialLang: Lang;
  /** How read failures name the workbook (a file name in the preview); "this workbook" by default. */
  workbookName?: string;
  onLangChange?(lang: Lang): void;
  /** Set when there is no workbook to act on (the preview before a file is opened): says why, buttons disabled. */
  unavailable?: string;
  /** The section shown first (default 검증). */
  initialSection?: Section;
}

/** Keeps `--pane-top` on `target` at the sticky header's height, so the 검증 controls stick just below it. */
function useStickyOffset(header: React.RefObject<HTMLElement | null>, target: React.RefObject<HTMLElement | null>): void {
  React.useLayoutEffect(() => {
    const element = header.current;
    const root = target.current;
    if (!element || !root) return;
    const update = () => root.style.setProperty("--pane-top", `${element.offsetHeight}px`);
    update();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [header, target]);
}

export function App({ actions, initialLang, workbookName, onLangChange, unavailable, initialSection = "validate" }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [section, setSection] = React.useState<Section>(initialSection);
  // A section once opened stays mounted (hidden when another is shown): what was typed or listed there stays.
  const [opened, setOpened] = React.useState<ReadonlySet<Section>>(() => new Set([initialSection]));
  const openSection = (next: Section) => {
    setSection(next);
    setOpened((set) => (set.has(next) ? set : new Set([...set, next])));
  };
  const topRef = React.useRef<HTMLDivElement>(null);
  const mainRef = React.useRef<HTMLElement>(null);
  useStickyOffset(topRef, mainRef);
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = React.useMemo(() => textsFor(lang), [lang]);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [step, setStep] = React.useState<ProgressStep | null>(null);
  const [view, setView] = React.useState<ValidationView | null>(null);
  const [failure, setFailure] = React.useState<Parameters<typeof readFailureText>[0] | null>(null);
  const [status, setStatus] = React.useState<Status>(null);
  const [filters, setFilters] = React.useState<FilterState>(ALL_FILTERS);
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
  const busyRef = React.useRef(false);

  const changeLang = (next: Lang) => {
    setLang(next);
    onLangChange?.(next);
  };

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

  /** Runs one action at a time; an unexpected error becomes a message, never a blank pane. */
  const run = async (kind: Exclude<Busy, null>, work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(kind);
    try {
      await work();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setStatus({ intent: "error", text: t("status.failed", { detail }) });
    } finally {
      busyRef.current = false;
      setBusy(null);
      setStep(null);
    }
  };

  const validate = async (): Promise<boolean> => {
    void loadFindingsTree().catch(() => undefined); // a failed load shows when the tree renders
    setStep("read");
    const outcome = await actions.validate((next) => setStep(next));
    if (outcome.ok) {
      setView(outcome.view);
      setFailure(null);
      return true;
    }
    setView(null);
    setFailure(outcome.failure);
    return false;
  };

  const onValidate = () =>
    run("validate", async () => {
      setStatus(null);
      setSelectedKey(null);
      await validate();
    });

  const onClear = () =>
    run("clear", async () => {
      const count = await actions.clearHighlights();
      setStatus({ intent: "info", text: count > 0 ? t("status.cleared", { count }) : t("status.nothingToClear") });
    });

  const onWriteResults = () =>
    run("results", async () => {
      if (!view) return;
      const sheet = await actions.writeResultsSheet(view, lang);
      setStatus({ intent: "success", text: t("status.resultsWritten", { sheet }) });
    });

  const onSelect = (finding: Finding) => {
    setSelectedKey(findingKey(finding));
    actions.selectFinding(finding).catch((error: unknown) => {
      setStatus({ intent: "error", text: t("status.failed", { detail: error instanceof Error ? error.message : String(error) }) });
    });
  };

  const visible = React.useMemo(() => (view ? visibleFindings(view, filters) : new Set<number>()), [view, filters]);
  const fixable = view ? view.result.findings.filter((f, i) => f.fix && visible.has(i)) : [];

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
    });

  /** What the 요약·이력 and 부서 sections share with the pane: one workbook action at a time. */
  const lock: PaneLock = { busy: busy !== null || unavailable !== undefined, run: (work) => run("workflow", work) };

  /** From the 부서 section: only this department's findings, in the 검증 section. */
  const showDepartment = (department: string) => {
    setFilters({ ...ALL_FILTERS, department });
    setSelectedKey(null);
    openSection("validate");
  };

  const headingId = React.useId();
  const tabsId = React.useId();
  const tabId = (s: Section) => `${tabsId}-tab-${s}`;
  const panelId = (s: Section) => `${tabsId}-panel-${s}`;
  const panelProps = (s: Section) => ({
    id: panelId(s),
    role: "tabpanel" as const,
    "aria-labelledby": tabId(s),
    hidden: section !== s,
    // (a class setting `display` would override the hidden attribute)
    className: section === s ? styles.panel : undefined,
  });
  const loading = (
    <Text role="status" className={styles.intro}>
      {t("tabs.loading")}
    </Text>
  );
  return (
    <main ref={mainRef} className={styles.root} lang={lang} aria-labelledby={headingId} aria-busy={busy !== null}>
      <div ref={topRef} className={styles.top}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <h1 id={headingId} className={styles.title}>
              {t("pane.title")}
            </h1>
            <Text size={200} className={styles.subtitle}>
              {t("pane.subtitle")}
            </Text>
          </div>
          <LanguageSwitch lang={lang} onChange={changeLang} />
        </header>
        <TabList
          className={styles.tabs}
          size="small"
          aria-label={t("tabs.label")}
          selectedValue={section}
          onTabSelect={(_, data) => openSection(data.value as Section)}
        >
          {SECTIONS.map((s) => (
            <Tab key={s} id={tabId(s)} value={s} aria-controls={panelId(s)}>
              {t(`tabs.${s}`)}
            </Tab>
          ))}
        </TabList>
      </div>

      <div {...panelProps("validate")}>
        <div className={styles.controls}>
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

          {status && (
            <StatusMessage intent={status.intent} dismissLabel={t("status.dismiss")} onDismiss={() => setStatus(null)}>
              {status.text}
            </StatusMessage>
          )}
        </div>

        {view ? (
          <>
            <SeverityCounts
              t={t}
              counts={view.result.severities}
              sheet={view.result.plan.sheet}
              plan={view.result.counts}
              total={view.result.findings.length}
            />
            {view.result.findings.length > 0 && (
              <Filters
                t={t}
                lang={lang}
                filters={filters}
                onChange={setFilters}
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
      </div>

      <div {...panelProps("revisions")}>
        {opened.has("revisions") && (
          <React.Suspense fallback={loading}>
            <RevisionsPanel
              t={t}
              lang={lang}
              actions={actions}
              lock={lock}
              workbookName={workbookName}
              unavailable={unavailable}
              active={section === "revisions"}
            />
          </React.Suspense>
        )}
      </div>

      <div {...panelProps("departments")}>
        {opened.has("departments") && (
          <React.Suspense fallback={loading}>
            <DepartmentsPanel
              t={t}
              lang={lang}
              actions={actions}
              lock={lock}
              workbookName={workbookName}
              unavailable={unavailable}
              view={view}
              onShowDepartment={showDepartment}
            />
          </React.Suspense>
        )}
      </div>

      {shownFixes && (
        // Loaded on first use, then kept mounted so that it closes (focus, modality) as Fluent expects.
        <React.Suspense fallback={null}>
          <FixConfirmDialog t={t} open={pending !== null} findings={shownFixes} onConfirm={onConfirmFixes} onCancel={() => setPending(null)} />
        </React.Suspense>
      )}
    </main>
  );
}
