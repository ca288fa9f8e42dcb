/**
 * The 시행결과 section: a year chosen among the plan's, then in the order the work is done —
 * 양식 만들기 (the 시행결과_<year> form in the open workbook), 부서 파일 취합 (departments' filled forms gathered
 * into it, conflicts listed and never applied), 시행결과 확인 (the results rules' findings in the same list and
 * highlights as 계획 검증's), 요약_시행결과 만들기.
 * Loaded lazily (chunk "pane-results") when the section is first opened; it receives actions as props.
 */
import { Button, Field, makeStyles, mergeClasses, Select, Text, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular, DocumentTableRegular, FolderOpenRegular, MergeRegular, TableAddRegular, TaskListLtrRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { ConsolidationUndo } from "../../app/consolidate";
import type { Finding } from "../../engine";
import { findingKey, toActionFailure, type ResultsCheckView, type ResultsGatherView, type ResultsYearsView } from "../actions";
import { undoConsolidationWithStatus, useSectionFailures, type SectionProps } from "../components/panel";
import { PaneSection, type SectionStatus } from "../components/PaneSection";
import { StatusMessage } from "../components/StatusMessage";
import type { T } from "../text";
import { fileBytes, XLSX_TYPE } from "../components/pickedFiles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hidden: { display: "none" },
  list: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    listStyleType: "none",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  item: { padding: `${tokens.spacingVerticalXXS} 0`, overflowWrap: "anywhere" },
  conflict: { color: tokens.colorPaletteDarkOrangeForeground1 },
  line: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  muted: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

const FindingsTree = React.lazy(() => import(/* webpackChunkName: "findings" */ "../components/FindingsTree").then((m) => ({ default: m.FindingsTree })));

function countsText(t: T, year: number, counts: ResultsCheckView["counts"]): string {
  return t("resultsTab.counts", { year, ...counts });
}

export interface ResultsSectionProps extends SectionProps {
  /** The section is the one shown: the plan's years are read when it first is. */
  active: boolean;
}

export function ResultsSection({ t, lang, actions, lock, workbookName, unavailable, active }: ResultsSectionProps): React.JSX.Element {
  const styles = useStyles();
  const { fail, guarded } = useSectionFailures(lock, workbookName);

  // ---- the year
  const [years, setYears] = React.useState<ResultsYearsView | null>(null);
  const [year, setYear] = React.useState<number | null>(null);
  const [yearStatus, setYearStatus] = React.useState<SectionStatus>(null);
  const asked = React.useRef(false);
  React.useEffect(() => {
    if (!active || unavailable !== undefined || asked.current) return;
    asked.current = true;
    void guarded(setYearStatus, async () => {
      const outcome = await actions.resultsYears();
      if (!outcome.ok) {
        setYearStatus(fail(outcome.failure));
        return;
      }
      setYears(outcome.value);
      setYear(outcome.value.suggested);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asked once, when first shown with a workbook
  }, [active, unavailable]);
  const busy = lock.busy || year === null;

  // ---- 양식 만들기
  const [formStatus, setFormStatus] = React.useState<SectionStatus>(null);
  const onForm = () =>
    guarded(setFormStatus, async () => {
      if (year === null) return;
      setFormStatus(null);
      const outcome = await actions.makeResultsForm(year, lang);
      setFormStatus(
        outcome.ok
          ? { intent: "success", say: (t) => t("resultsTab.form.done", { sheet: outcome.value.sheet, projects: outcome.value.projects, indicators: outcome.value.indicators }) }
          : fail(outcome.failure),
      );
    });

  // ---- 부서 파일 취합
  const input = React.useRef<HTMLInputElement>(null);
  const [picked, setPicked] = React.useState<File[]>([]);
  /** The gathering's outcome, with the picked files in which no results of its year were found. */
  const [gathered, setGathered] = React.useState<(ResultsGatherView & { without: string[]; year: number }) | null>(null);
  const [gatherStatus, setGatherStatus] = React.useState<SectionStatus>(null);
  const onPick = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    if (files.length === 0) return;
    setPicked(files);
    setGathered(null);
    setGatherStatus(null);
  };
  const onGather = () =>
    guarded(setGatherStatus, async () => {
      if (year === null || picked.length === 0) return;
      setGatherStatus(null);
      const files = [];
      for (const file of picked) files.push({ name: file.name, bytes: await fileBytes(file) });
      const outcome = await actions.gatherResults(year, files, lang);
      if (!outcome.ok) {
        setGathered(null);
        setGatherStatus(fail(outcome.failure));
        return;
      }
      const value = outcome.value;
      // A file in which no results of the year were found (another year's form, a workbook that is no form) is
      // in none of the gathering's lines: said by name, not counted among the files gathered.
      const found = new Set(value.files.map((f) => f.file));
      const without = files.filter((f) => !found.has(f.name)).map((f) => f.name);
      const gatheredYear = year;
      setGathered({ ...value, without, year: gatheredYear });
      setGatherStatus({
        intent: value.conflicts.length > 0 || without.length > 0 ? "warning" : "success",
        say: (t) =>
          [
            t(value.conflicts.length > 0 ? "resultsTab.gather.doneConflicts" : "resultsTab.gather.done", { sheet: value.sheet, files: value.files.length, conflicts: value.conflicts.length }),
            ...(without.length > 0 ? [t("resultsTab.gather.noResultsIn", { files: without.join(", "), count: without.length, year: gatheredYear })] : []),
          ].join(" "),
      });
    });

  // 취합 되돌리기: plan consolidation's undo, one step (cells back, reversing 수정이력 rows appended).
  const onUndoGather = (undo: ConsolidationUndo) =>
    guarded(setGatherStatus, async () => {
      if (await undoConsolidationWithStatus(actions, undo, lang, fail, setGatherStatus)) setGathered((current) => (current ? { ...current, undo: null } : current));
    });

  // ---- 시행결과 확인
  const [checked, setChecked] = React.useState<ResultsCheckView | null>(null);
  const [checkStatus, setCheckStatus] = React.useState<SectionStatus>(null);
  const [selectedKey, setSelectedKey] = React.useState<string | null>(null);
  const lineRef = React.useRef<HTMLDivElement>(null);
  const [focusLine, setFocusLine] = React.useState(0);
  React.useEffect(() => {
    if (focusLine) lineRef.current?.focus();
  }, [focusLine]);
  const onCheck = () =>
    guarded(setCheckStatus, async () => {
      if (year === null) return;
      setCheckStatus(null);
      setSelectedKey(null);
      const outcome = await actions.checkResults(year);
      if (!outcome.ok) {
        setChecked(null);
        setCheckStatus(fail(outcome.failure));
        return;
      }
      setChecked(outcome.value);
      if (outcome.value.sources.length === 0) setCheckStatus({ intent: "warning", say: (t) => t("resultsTab.check.noResults", { year: outcome.value.year }) });
      setFocusLine((n) => n + 1);
    });
  const onSelect = (finding: Finding) => {
    setSelectedKey(findingKey(finding));
    actions.selectFinding(finding).catch((error: unknown) => setCheckStatus(fail(toActionFailure(error))));
  };
  const visible = React.useMemo(() => new Set(checked ? checked.view.result.findings.map((_, i) => i) : []), [checked]);

  // ---- 요약_시행결과 만들기
  const [summaryStatus, setSummaryStatus] = React.useState<SectionStatus>(null);
  const onSummary = () =>
    guarded(setSummaryStatus, async () => {
      if (year === null) return;
      setSummaryStatus(null);
      const outcome = await actions.writeResultsSummary(year, lang);
      setSummaryStatus(
        outcome.ok
          ? { intent: "success", say: (t) => t("resultsTab.summary.done", { sheets: outcome.value.sheets.join(", "), counts: countsText(t, year, outcome.value.counts) }) }
          : fail(outcome.failure),
      );
    });

  const filesLabel = t("resultsTab.gather.files");
  return (
    <div className={styles.root}>
      <Field label={t("resultsTab.year")} validationState="none" validationMessage={years && years.years.length === 0 ? t("resultsTab.noYears") : undefined}>
        <Select
          value={year === null ? "" : String(year)}
          disabled={lock.busy || !years || years.years.length === 0}
          onChange={(_, data) => {
            setYear(Number(data.value));
            setChecked(null);
          }}
        >
          {(years?.years ?? []).map((y) => (
            <option key={y} value={y}>
              {t("resultsTab.yearOption", { year: y })}
            </option>
          ))}
        </Select>
      </Field>
      {yearStatus && (
        <StatusMessage intent={yearStatus.intent} dismissLabel={t("status.dismiss")} onDismiss={() => setYearStatus(null)}>
          {yearStatus.say(t, lang)}
        </StatusMessage>
      )}

      <PaneSection t={t} lang={lang} title={t("resultsTab.form.title")} description={t("resultsTab.form.description")} status={formStatus} onDismiss={() => setFormStatus(null)}>
        <div className={styles.buttons}>
          <Button appearance="primary" icon={<DocumentTableRegular />} disabled={busy} onClick={() => void onForm()}>
            {t("resultsTab.form.run")}
          </Button>
        </div>
      </PaneSection>

      <PaneSection t={t} lang={lang} title={t("resultsTab.gather.title")} description={t("resultsTab.gather.description")} status={gatherStatus} onDismiss={() => setGatherStatus(null)}>
        <input ref={input} type="file" multiple accept={`.xlsx,${XLSX_TYPE}`} className={styles.hidden} aria-label={t("resultsTab.gather.input")} onChange={onPick} />
        <div className={styles.buttons}>
          <Button icon={<FolderOpenRegular />} disabled={lock.busy} onClick={() => input.current?.click()}>
            {t("resultsTab.gather.pick")}
          </Button>
          <Button appearance="primary" icon={<MergeRegular />} disabled={busy || picked.length === 0} onClick={() => void onGather()}>
            {t("resultsTab.gather.run", { count: picked.length })}
          </Button>
        </div>
        {picked.length > 0 && (
          <ul className={styles.list} aria-label={filesLabel}>
            {(gathered ? gathered.files : picked.map((f) => ({ file: f.name, department: undefined }))).map((f, i) => (
              <li key={`${f.file}|${i}`} className={styles.item}>
                {f.department === undefined
                  ? f.file
                  : t(f.department === null ? "resultsTab.gather.fileNoDepartment" : "resultsTab.gather.file", { file: f.file, department: f.department ?? "" })}
              </li>
            ))}
            {gathered?.without.map((file, i) => (
              <li key={`${file}|without|${i}`} className={mergeClasses(styles.item, styles.conflict)}>
                {t("resultsTab.gather.fileNoResults", { file, year: gathered.year })}
              </li>
            ))}
          </ul>
        )}
        {gathered?.undo && (
          <div className={styles.buttons}>
            <Button icon={<ArrowUndoRegular />} disabled={busy} onClick={() => void onUndoGather(gathered.undo!)}>
              {t("merge.undo")}
            </Button>
          </div>
        )}
        {gathered && gathered.conflicts.length > 0 && (
          <ul className={styles.list} aria-label={t("resultsTab.gather.conflicts")}>
            {gathered.conflicts.map((c, i) => (
              <li key={i} className={mergeClasses(styles.item, styles.conflict)}>
                {c[lang]}
              </li>
            ))}
          </ul>
        )}
      </PaneSection>

      <PaneSection t={t} lang={lang} title={t("resultsTab.check.title")} description={t("resultsTab.check.description")} status={checkStatus} onDismiss={() => setCheckStatus(null)}>
        <div className={styles.buttons}>
          <Button appearance="primary" icon={<TaskListLtrRegular />} disabled={busy} onClick={() => void onCheck()}>
            {t("resultsTab.check.run")}
          </Button>
        </div>
        {checked && (
          <>
            <div ref={lineRef} tabIndex={-1} role="group" aria-label={t("resultsTab.check.line")} className={styles.line} data-testid="results-line">
              <span>{countsText(t, checked.year, checked.counts)}</span>
              <span className={styles.muted}>{t("line.counts", checked.view.result.severities)}</span>
            </div>
            <React.Suspense fallback={<Text role="status">{t("tabs.loading")}</Text>}>
              <FindingsTree
                t={t}
                lang={lang}
                label={t("resultsTab.check.findings")}
                view={checked.view}
                visible={visible}
                selectedKey={selectedKey}
                busy={lock.busy}
                onSelect={onSelect}
                // The results rules offer no automatic fix: a 실적 is the department's to write.
                onFix={() => undefined}
              />
            </React.Suspense>
          </>
        )}
      </PaneSection>

      <PaneSection t={t} lang={lang} title={t("resultsTab.summary.title")} description={t("resultsTab.summary.description")} status={summaryStatus} onDismiss={() => setSummaryStatus(null)}>
        <div className={styles.buttons}>
          <Button icon={<TableAddRegular />} disabled={busy} onClick={() => void onSummary()}>
            {t("resultsTab.summary.run")}
          </Button>
        </div>
      </PaneSection>
    </div>
  );
}
