/**
 * The preview page: a workbook opened from a file (or the bundled sample) drawn on the left, the
 * add-in's own task pane on the right, wired over the ExcelJS WorkbookPort exactly as it is wired over
 * Office.js inside Excel. Nothing leaves the browser: the file is read locally, the sample comes from
 * the same server.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentTableRegular, FolderOpenRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { CellRef } from "../engine";
import { toReadFailure } from "../app/readFailure";
import type { Lang } from "../i18n";
import { readFailureText } from "../i18n/app";
import { App } from "../taskpane/App";
import { createPaneActions, type PaneActions } from "../taskpane/actions";
import { textsFor } from "../taskpane/text";
import { SheetGrid } from "./SheetGrid";
import type { WorkbookView } from "./sheetView";
import type { PreviewWorkbook } from "./workbook";

export const SAMPLE_URL = "samples/mapo-5th-plan.xlsx";
const SAMPLE_NAME = "mapo-5th-plan.xlsx";

const NARROW = "@media (max-width: 760px)";

const useStyles = makeStyles({
  root: {
    display: "grid",
    // The header, the file's failure (none: no height), the workbook and the pane.
    gridTemplateRows: "auto auto minmax(0, 1fr)",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    wordBreak: "keep-all",
    // As narrow as a task pane (350 px): the page scrolls, the pane first and the workbook below it.
    [NARROW]: { height: "auto", minHeight: "100vh" },
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  note: { color: tokens.colorNeutralForegroundOnBrand, opacity: 0.85 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Always there (the grid's second row), of no height without a failure.
  failure: { minWidth: 0 },
  failureBar: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  body: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 420px", minHeight: 0, [NARROW]: { gridTemplateColumns: "minmax(0, 1fr)" } },
  workbook: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    minHeight: 0,
    [NARROW]: { height: "80vh" },
  },
  fileBar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  fileName: { fontWeight: tokens.fontWeightSemibold, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  tabs: { flexShrink: 0, overflowX: "auto" },
  empty: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    gap: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
    padding: tokens.spacingHorizontalXXL,
    textAlign: "center",
  },
  emptyIcon: { fontSize: "48px", color: tokens.colorBrandForeground1 },
  pane: {
    minHeight: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8,
    [NARROW]: { order: -1, overflowY: "visible", borderLeft: "none" },
  },
  paneEmpty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
  truncated: { color: tokens.colorNeutralForeground3 },
  legend: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS, marginLeft: "auto", color: tokens.colorNeutralForeground2, flexShrink: 0 },
  // The grid's mark for a consolidated cell (SheetGrid's `consolidated` style), drawn small.
  legendSwatch: { width: "12px", height: "12px", outline: `2px dashed ${tokens.colorPaletteGreenBorder2}`, outlineOffset: "-2px" },
});

interface Loaded {
  id: number;
  name: string;
  workbook: PreviewWorkbook;
  actions: PaneActions;
}

export interface PreviewAppProps {
  initialLang: Lang;
  /** Loads the workbook module (a separate chunk with ExcelJS); replaceable in tests. */
  loadWorkbookModule?: () => Promise<typeof import("./workbook")>;
  fetchSample?: () => Promise<ArrayBuffer>;
}

const defaultLoader = () => import(/* webpackChunkName: "workbook" */ "./workbook");
const defaultFetchSample = async () => {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
  return response.arrayBuffer();
};

export function PreviewApp({ initialLang, loadWorkbookModule = defaultLoader, fetchSample = defaultFetchSample }: PreviewAppProps): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = React.useMemo(() => textsFor(lang), [lang]);
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [loading, setLoading] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [version, setVersion] = React.useState(0);
  const [activeSheet, setActiveSheet] = React.useState<string | null>(null);
  const [selected, setSelected] = React.useState<CellRef | null>(null);
  const [consolidated, setConsolidated] = React.useState<readonly CellRef[]>([]);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const errorRef = React.useRef<HTMLDivElement>(null);
  const nextId = React.useRef(1);
  // The open buttons are disabled while a file loads, which drops focus: it goes to what went wrong.
  React.useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  React.useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("preview.title");
  }, [lang, t]);

  const view: WorkbookView | null = React.useMemo(() => (loaded ? loaded.workbook.view() : null), [loaded, version]);

  // Follow the port's selection: switch to its sheet and outline it.
  React.useEffect(() => {
    if (!loaded) return;
    const ref = loaded.workbook.selected();
    if (ref && (ref.sheet !== selected?.sheet || ref.row !== selected?.row || ref.col !== selected?.col)) {
      setSelected(ref);
      setActiveSheet(ref.sheet);
    }
  }, [loaded, version]);

  const open = async (name: string, bytes: () => Promise<ArrayBuffer>) => {
    setLoading(true);
    setError(null);
    try {
      const module = await loadWorkbookModule();
      const data = new Uint8Array(await bytes());
      const onChange = () => setVersion((v) => v + 1);
      const workbook = await module.openWorkbook(data, onChange);
      const first = workbook.view().sheets[0]?.name ?? null;
      // 부서별 양식 만들기 reads the workbook as it is now: the ExcelJS port's own bytes.
      const actions = createPaneActions(workbook.port, { readWorkbookBytes: () => workbook.save() });
      setLoaded({ id: nextId.current++, name, workbook, actions: followingTheAction(actions, { show: setActiveSheet, mark: setConsolidated }) });
      setActiveSheet(first);
      setSelected(null);
      setConsolidated([]);
      setVersion((v) => v + 1);
    } catch (e) {
      // The reader's failures in the catalogue's words, naming the file: never an id or JSON.
      setError(readFailureText(toReadFailure(e), name, lang));
    } finally {
      setLoading(false);
    }
  };

  const onFile = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) void open(file.name, () => file.arrayBuffer());
  };

  const save = async () => {
    if (!loaded) return;
    const bytes = await loaded.workbook.save();
    const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = loaded.name.replace(/\.xlsx$/i, "") + "-checked.xlsx";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const sheet = view?.sheets.find((s) => s.name === activeSheet) ?? view?.sheets[0] ?? null;
  const consolidatedHere = React.useMemo(
    () => new Set(consolidated.filter((ref) => ref.sheet === sheet?.name).map((ref) => `${ref.row},${ref.col}`)),
    [consolidated, sheet?.name],
  );

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <h1 className={styles.title}>{t("preview.title")}</h1>
          <Text size={200} className={styles.note}>
            {t("preview.note")}
          </Text>
        </div>
        <div className={styles.actions}>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={styles.hidden}
            aria-label={t("preview.openFile")}
            data-testid="file-input"
            onChange={onFile}
          />
          <Button icon={<FolderOpenRegular />} disabled={loading} onClick={() => fileInput.current?.click()}>
            {t("preview.openFile")}
          </Button>
          <Button appearance="primary" icon={<DocumentTableRegular />} disabled={loading} onClick={() => void open(SAMPLE_NAME, fetchSample)}>
            {t("preview.openSample")}
          </Button>
          <Button icon={<ArrowDownloadRegular />} disabled={!loaded || loading} onClick={() => void save()}>
            {t("preview.download")}
          </Button>
        </div>
      </header>

      {/* Above the workbook and the pane: a narrow page shows the pane first, the workbook far below it. */}
      <div className={styles.failure}>
        {error && (
          <MessageBar ref={errorRef} tabIndex={-1} className={styles.failureBar} intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.body}>
        <section className={styles.workbook} aria-label={t("preview.workbook")}>
          {loading && <Spinner size="small" label={t("preview.loading")} />}
          {loaded && view && sheet ? (
            <>
              <div className={styles.fileBar}>
                <DocumentTableRegular aria-hidden />
                <Text className={styles.fileName}>{loaded.name}</Text>
                {sheet.truncated && <Text size={200} className={styles.truncated}>(1–{sheet.rowCount})</Text>}
                {consolidated.length > 0 && (
                  <Text size={200} className={styles.legend} data-testid="consolidated-legend">
                    <span className={styles.legendSwatch} aria-hidden />
                    {t("preview.consolidated", { count: consolidated.length })}
                  </Text>
                )}
              </div>
              <TabList
                className={styles.tabs}
                size="small"
                aria-label={t("preview.sheets")}
                selectedValue={sheet.name}
                onTabSelect={(_, data) => setActiveSheet(String(data.value))}
              >
                {view.sheets.map((s) => (
                  <Tab key={s.name} value={s.name}>
                    {s.name}
                  </Tab>
                ))}
              </TabList>
              <SheetGrid
                // One grid per sheet: a sheet shown anew starts at its top-left, not where the last one was scrolled.
                key={sheet.name}
                sheet={sheet}
                selected={selected}
                label={t("preview.grid", { sheet: sheet.name })}
                consolidated={consolidatedHere}
                onNavigate={(ref) => {
                  setActiveSheet(ref.sheet);
                  setSelected(ref);
                }}
              />
            </>
          ) : (
            !loading && (
              <div className={styles.empty}>
                <DocumentTableRegular className={styles.emptyIcon} aria-hidden />
                <Text size={400}>{t("preview.empty")}</Text>
              </div>
            )
          )}
        </section>
        <aside className={styles.pane} aria-label={t("preview.pane")}>
          {loaded ? (
            <App
              key={loaded.id}
              actions={loaded.actions}
              initialLang={lang}
              workbookName={loaded.name}
              onLangChange={setLang}
              // While another file loads, the pane's buttons would act on the one being replaced.
              unavailable={loading ? t("preview.loading") : undefined}
            />
          ) : (
            <App key="none" actions={NO_WORKBOOK} initialLang={lang} onLangChange={setLang} unavailable={t("preview.empty")} />
          )}
        </aside>
      </div>
    </div>
  );
}

export interface ViewFollowing {
  /** Shows a sheet (from its top-left when it is not the one shown). */
  show(sheet: string): void;
  /** The cells 부서 취합 wrote, outlined in the grid until the next 취합 or its undo. */
  mark(cells: readonly CellRef[]): void;
}

/**
 * The pane's actions with the grid following them, as a user looks at Excel after each: 계획 검증 and 부서 취합
 * show the plan's sheet (취합's cells outlined), a sheet the pane writes (검증결과, 요약_*, 시행결과_*) is shown.
 */
export function followingTheAction(actions: PaneActions, view: ViewFollowing): PaneActions {
  return {
    ...actions,
    async validate(onProgress) {
      const outcome = await actions.validate(onProgress);
      if (outcome.ok) view.show(outcome.view.result.plan.sheet);
      return outcome;
    },
    async writeResultsSheet(validation, lang) {
      const sheet = await actions.writeResultsSheet(validation, lang);
      view.show(sheet);
      return sheet;
    },
    async writeSummaries(lang) {
      const outcome = await actions.writeSummaries(lang);
      if (outcome.ok && outcome.value.sheets.length > 0) view.show(outcome.value.sheets[0]);
      return outcome;
    },
    async makeResultsForm(year, lang) {
      const outcome = await actions.makeResultsForm(year, lang);
      if (outcome.ok) view.show(outcome.value.sheet);
      return outcome;
    },
    async writeResultsSummary(year, lang) {
      const outcome = await actions.writeResultsSummary(year, lang);
      // The form is rewritten first; the summary is the sheet made.
      if (outcome.ok && outcome.value.sheets.length > 0) view.show(outcome.value.sheets[outcome.value.sheets.length - 1]);
      return outcome;
    },
    async consolidate(files, lang, onProgress) {
      const outcome = await actions.consolidate(files, lang, onProgress);
      if (outcome.ok) {
        const cells = outcome.value.undo?.cells.map((c) => c.ref) ?? [];
        view.mark(cells);
        if (cells.length > 0) view.show(cells[0].sheet);
      }
      return outcome;
    },
    async undoConsolidation(undo, lang) {
      const outcome = await actions.undoConsolidation(undo, lang);
      if (outcome.ok && outcome.value.status === "undone") view.mark([]);
      return outcome;
    },
  };
}

const NONE = { ok: false as const, failure: { kind: "noWorkbookBytes" as const } };

/** Before a file is opened the pane is shown, its buttons disabled (`unavailable`); these are never called but for the empty list. */
const NO_WORKBOOK: PaneActions = {
  validate: async () => ({ ok: false, failure: { reason: "fileNotFound", data: {} } }),
  clearHighlights: async () => 0,
  applyFixes: async () => ({ applied: [], skipped: [] }),
  undoFix: async () => false,
  readAppliedFixes: async () => [],
  selectFinding: async () => undefined,
  selectCell: async () => undefined,
  writeResultsSheet: async () => {
    throw new Error("no workbook");
  },
  writeSummaries: async () => NONE,
  saveBaseline: async () => NONE,
  previewRevision: async () => NONE,
  recordRevision: async () => NONE,
  applyInputRules: async () => NONE,
  createDepartmentWorkbooks: async () => NONE,
  consolidate: async () => NONE,
  undoConsolidation: async () => NONE,
  resultsYears: async () => NONE,
  makeResultsForm: async () => NONE,
  gatherResults: async () => NONE,
  checkResults: async () => NONE,
  writeResultsSummary: async () => NONE,
};
