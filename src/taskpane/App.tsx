/**
 * The task pane's shell: title, language, and a tab list of sections, each its own component:
 *  - 검증 (sections/ValidateSection): 계획 검증, findings, fixes and undo, 검증결과 시트 만들기;
 *  - 요약·이력 (components/RevisionsPanel): 요약 만들기, 기준선 저장, 수정이력 기록;
 *  - 부서 (components/DepartmentsPanel): 입력 규칙 적용, 부서별 양식 만들기, 부서 취합;
 *  - 시행결과 (sections/ResultsSection): 양식 만들기, 부서 파일 취합, 시행결과 확인, 요약_시행결과 만들기.
 * The shell holds what the sections share: one workbook action at a time, the last validation and
 * the filters (the 부서 section shows a department's findings in 검증). A new section is one entry
 * in `tabs` below. Sections after the first are loaded when first opened.
 * It receives every workbook action as a prop (PaneActions) and never touches Excel itself.
 */
import { makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../i18n";
import type { UiTextKey } from "../i18n/ui";
import { toActionFailure, type ActionFailure, type PaneActions, type ValidationView } from "./actions";
import { LanguageSwitch } from "./components/LanguageSwitch";
import type { PaneLock, SectionProps } from "./components/panel";
import { ALL_FILTERS, type FilterState } from "./filters";
import { ValidateSection, type Busy } from "./sections/ValidateSection";
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
  header: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground3 },
  intro: { color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase300 },
});

/** The 요약·이력 and 부서 sections, loaded when first opened (one chunk). */
const RevisionsPanel = React.lazy(() => import(/* webpackChunkName: "pane-workflows" */ "./components/RevisionsPanel").then((m) => ({ default: m.RevisionsPanel })));
const DepartmentsPanel = React.lazy(() =>
  import(/* webpackChunkName: "pane-workflows" */ "./components/DepartmentsPanel").then((m) => ({ default: m.DepartmentsPanel })),
);

/** The 시행결과 section, loaded when first opened (its own chunk, with the results use cases behind its actions). */
const ResultsSection = React.lazy(() => import(/* webpackChunkName: "pane-results" */ "./sections/ResultsSection").then((m) => ({ default: m.ResultsSection })));

export type Section = "validate" | "revisions" | "departments" | "results";

/** One tab of the pane: its label and what it shows (rendered once first opened, then kept mounted). */
interface PaneTab {
  value: Section;
  label: UiTextKey;
  render(active: boolean): React.ReactNode;
}

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

/** Keeps `--pane-top` on `target` at the sticky header's height, so a section's controls stick just below it. */
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
  const [view, setView] = React.useState<ValidationView | null>(null);
  const [filters, setFilters] = React.useState<FilterState>(ALL_FILTERS);
  const [focusResults, setFocusResults] = React.useState(0);
  const busyRef = React.useRef(false);

  const changeLang = (next: Lang) => {
    setLang(next);
    onLangChange?.(next);
  };

  /** Runs one action at a time; an error comes back as an ActionFailure to render, never a blank pane. */
  const run = async (kind: Exclude<Busy, null>, work: () => Promise<void>): Promise<ActionFailure | null> => {
    if (busyRef.current) return null;
    busyRef.current = true;
    setBusy(kind);
    try {
      await work();
      return null;
    } catch (error) {
      return toActionFailure(error);
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  };

  /** What the later sections share with the pane: one workbook action at a time. */
  const lock: PaneLock = {
    busy: busy !== null || unavailable !== undefined,
    run: async (work) => {
      await run("workflow", work);
    },
  };
  const sectionProps: SectionProps = { t, lang, actions, lock, workbookName, unavailable };

  /** From the 부서 section: only this department's findings, in the 검증 section. */
  const showDepartment = (department: string) => {
    setFilters({ ...ALL_FILTERS, department });
    openSection("validate");
    setFocusResults((n) => n + 1); // the summary line, saying which department is shown, takes focus
  };

  const loading = (
    <Text role="status" className={styles.intro}>
      {t("tabs.loading")}
    </Text>
  );
  const lazy = (content: React.ReactNode) => <React.Suspense fallback={loading}>{content}</React.Suspense>;
  const tabs: PaneTab[] = [
    {
      value: "validate",
      label: "tabs.validate",
      render: () => (
        <ValidateSection
          t={t}
          lang={lang}
          actions={actions}
          workbookName={workbookName}
          unavailable={unavailable}
          busy={busy}
          run={run}
          view={view}
          onView={setView}
          filters={filters}
          onFilters={setFilters}
          loading={loading}
          focusToken={focusResults}
        />
      ),
    },
    { value: "revisions", label: "tabs.revisions", render: (active) => lazy(<RevisionsPanel {...sectionProps} active={active} />) },
    {
      value: "departments",
      label: "tabs.departments",
      render: () => lazy(<DepartmentsPanel {...sectionProps} view={view} onShowDepartment={showDepartment} />),
    },
    { value: "results", label: "tabs.results", render: (active) => lazy(<ResultsSection {...sectionProps} active={active} />) },
  ];

  const headingId = React.useId();
  const tabsId = React.useId();
  const tabId = (s: Section) => `${tabsId}-tab-${s}`;
  const panelId = (s: Section) => `${tabsId}-panel-${s}`;
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
          {tabs.map((tab) => (
            <Tab key={tab.value} id={tabId(tab.value)} value={tab.value} aria-controls={panelId(tab.value)}>
              {t(tab.label)}
            </Tab>
          ))}
        </TabList>
      </div>

      {tabs.map((tab) => (
        <div
          key={tab.value}
          id={panelId(tab.value)}
          role="tabpanel"
          aria-labelledby={tabId(tab.value)}
          hidden={section !== tab.value}
          // (a class setting `display` would override the hidden attribute)
          className={section === tab.value ? styles.panel : undefined}
        >
          {opened.has(tab.value) && tab.render(section === tab.value)}
        </div>
      ))}
    </main>
  );
}
