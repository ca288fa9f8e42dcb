/**
 * The 부서 section: 입력 규칙 적용; 부서별 양식 만들기 (the files offered as downloads); each department's
 * findings (shown in the 검증 section) and its first row; 부서 취합 — department workbooks picked, progress
 * per file, then what was applied, the new projects to review and the conflicts, which are never applied.
 * Loaded lazily (chunk "pane-workflows") when the section is first opened.
 */
import { Button, Dropdown, Field, Link, makeStyles, mergeClasses, Option, ProgressBar, Text, tokens } from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  ArrowUndoRegular,
  CheckmarkCircleFilled,
  CheckmarkStarburstRegular,
  DocumentAddRegular,
  DocumentMultipleRegular,
  ErrorCircleFilled,
  FolderOpenRegular,
  MergeRegular,
  WindowNewRegular,
} from "@fluentui/react-icons";
import * as React from "react";
import { departmentsOf } from "../../engine/consolidate/split";
import { toActionFailure, type ConsolidationView, type DepartmentFilesView, type PickedFile, type ValidationView } from "../actions";
import { undoConsolidationWithStatus, useSectionFailures, type SectionProps } from "./panel";
import { PaneSection, type SectionStatus } from "./PaneSection";
import { fileBytes, XLSX_TYPE } from "./pickedFiles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  unavailable: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  note: { color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: "anywhere",
  },
  itemText: { flexGrow: 1, minWidth: 0 },
  download: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS },
  department: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  line: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere", padding: `${tokens.spacingVerticalXXS} 0` },
  fileState: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  ok: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, paddingTop: "2px" },
  bad: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, paddingTop: "2px" },
  conflicts: { gap: tokens.spacingVerticalXS },
  conflict: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface DepartmentsPanelProps extends SectionProps {
  /** The last validation (for findings by department); null before one. */
  view: ValidationView | null;
  /** Shows only this department's findings in the 검증 section. */
  onShowDepartment(department: string): void;
}

/** Object URLs for the department files: made with the files, revoked when replaced or when the section goes. */
function useDownloadUrls(): { urls: string[]; offer(files: DepartmentFilesView["files"]): void } {
  const [urls, setUrls] = React.useState<string[]>([]);
  const current = React.useRef<string[]>([]);
  const revoke = (list: string[]) => {
    if (typeof URL.revokeObjectURL === "function") for (const url of list) URL.revokeObjectURL(url);
  };
  React.useEffect(() => () => revoke(current.current), []);
  const offer = (files: DepartmentFilesView["files"]) => {
    revoke(current.current);
    const made = typeof URL.createObjectURL === "function" ? files.map((f) => URL.createObjectURL(new Blob([f.bytes as BlobPart], { type: XLSX_TYPE }))) : [];
    current.current = made;
    setUrls(made);
  };
  return { urls, offer };
}

type FileState = "waiting" | "reading" | "read";

export function DepartmentsPanel({ t, lang, actions, lock, workbookName, unavailable, view, onShowDepartment }: DepartmentsPanelProps): React.JSX.Element {
  const styles = useStyles();
  const listId = React.useId();
  const { fail, guarded } = useSectionFailures(lock, workbookName);

  // ---- 입력 규칙 적용
  const [rulesStatus, setRulesStatus] = React.useState<SectionStatus>(null);
  const onRules = () =>
    guarded(setRulesStatus, async () => {
      setRulesStatus(null);
      const outcome = await actions.applyInputRules(lang);
      setRulesStatus(outcome.ok ? { intent: "success", say: (t) => t("rules.done", { flags: outcome.value.flags, budgets: outcome.value.budgets }) } : fail(outcome.failure));
    });

  // ---- 부서별 양식 만들기
  const [split, setSplit] = React.useState<DepartmentFilesView | null>(null);
  const [splitStatus, setSplitStatus] = React.useState<SectionStatus>(null);
  const { urls, offer } = useDownloadUrls();
  const onSplit = () =>
    guarded(setSplitStatus, async () => {
      setSplitStatus(null);
      const outcome = await actions.createDepartmentWorkbooks(lang);
      if (!outcome.ok) {
        setSplitStatus(fail(outcome.failure));
        return;
      }
      // Where Excel opens them itself (Excel.createWorkbook), no blob URLs: Excel for Mac blocks those downloads.
      offer(actions.openWorkbook ? [] : outcome.value.files);
      setSplit(outcome.value);
      setSplitStatus({ intent: "success", say: (t) => t("split.done", { count: outcome.value.files.length }) });
    });

  const onOpen = (file: DepartmentFilesView["files"][number]) =>
    guarded(setSplitStatus, async () => {
      const outcome = await actions.openWorkbook!(file);
      setSplitStatus(outcome.ok ? { intent: "success", say: (t) => t("split.opened", { file: file.name }) } : fail(outcome.failure));
    });

  // ---- findings by department
  const departments = React.useMemo(() => {
    if (!view) return [];
    return departmentsOf(view.result.plan).map((d) => ({
      name: d.name,
      projects: d.projects.length,
      first: d.projects[0]?.nameCell.ref ?? null,
      findings: view.departments.filter((name) => name === d.name).length,
    }));
  }, [view]);
  // Projects no department answers for (no 담당부서, or a 6기 project the 관리체계 list does not name): said below
  // the list, with their findings, which no department's 결과 보기 shows.
  const unassigned = React.useMemo(() => {
    if (!view) return null;
    const projects = view.result.plan.projects.filter((p) => !p.department?.raw?.trim());
    if (projects.length === 0) return null;
    const ids = new Set(projects.map((p) => p.id));
    return { projects, findings: view.result.findings.filter((f) => f.projectId && ids.has(f.projectId)).length };
  }, [view]);
  const [goStatus, setGoStatus] = React.useState<SectionStatus>(null);

  // ---- 부서 취합
  const input = React.useRef<HTMLInputElement>(null);
  const [picked, setPicked] = React.useState<File[]>([]);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [merged, setMerged] = React.useState<ConsolidationView | null>(null);
  const [mergeStatus, setMergeStatus] = React.useState<SectionStatus>(null);
  const onPick = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = "";
    if (files.length === 0) return;
    setPicked(files);
    setMerged(null);
    setProgress(null);
    setMergeStatus(null);
  };
  // Files refused only because they name no department, with the department the user chose for each.
  const [chosen, setChosen] = React.useState<Record<string, string>>({});
  // The undo of a consolidation a retry followed: offered again once the retry's is undone.
  const [earlierUndos, setEarlierUndos] = React.useState<NonNullable<ConsolidationView["undo"]>[]>([]);
  const unnamed = merged ? [...new Set(merged.conflicts.filter((c) => c.kind === "noDepartment").flatMap((c) => c.files ?? []))].filter((name) => picked.some((f) => f.name === name)) : [];
  const onMerge = (retry = false) =>
    guarded(setMergeStatus, async () => {
      // A retry takes again only the files given a department; what the first run applied stays (and stays undoable).
      const selection = retry ? picked.filter((f) => unnamed.includes(f.name) && chosen[f.name]) : picked;
      if (retry && merged?.undo) setEarlierUndos((undos) => [...undos, merged.undo!]);
      if (!retry) setEarlierUndos([]);
      setMergeStatus(null);
      setMerged(null);
      setProgress({ done: 0, total: selection.length });
      try {
        const files: PickedFile[] = [];
        for (const file of selection) files.push({ name: file.name, bytes: await fileBytes(file), ...(retry ? { department: chosen[file.name] } : {}) });
        const outcome = await actions.consolidate(files, lang, ({ index, total }) => setProgress({ done: index, total }));
        if (!outcome.ok) {
          setProgress(null);
          setMergeStatus(fail(outcome.failure));
          return;
        }
        const run = outcome.value;
        setMerged(run);
        setChosen({});
        setProgress({ done: selection.length, total: selection.length });
        setMergeStatus({
          intent: run.conflicts.length > 0 ? "warning" : "success",
          say: (t) =>
            [
              t("merge.done", { files: run.files.length, applied: run.applied.length, added: run.added.length, conflicts: run.conflicts.length }),
              ...(run.logRows > 0 ? [t("merge.logged", { rows: run.logRows }), t(run.baselineMoved ? "merge.baselineMoved" : run.hadBaseline ? "merge.baselineHint" : "merge.noBaseline")] : []),
            ].join(" "),
        });
      } catch (error) {
        setProgress(null);
        throw error;
      }
    });

  const onUndo = (undo: NonNullable<ConsolidationView["undo"]>) =>
    guarded(setMergeStatus, async () => {
      if (!(await undoConsolidationWithStatus(actions, undo, lang, fail, setMergeStatus))) return;
      // Undone once: the button goes (a second undo would find the cells changed anyway); a retry's earlier run comes next.
      if (merged?.undo === undo) setMerged((current) => (current ? { ...current, undo: null } : current));
      else setEarlierUndos((undos) => undos.filter((u) => u !== undo));
    });

  const fileState = (index: number): FileState => {
    if (!progress || index < progress.done) return progress ? "read" : "waiting";
    return index === progress.done && lock.busy ? "reading" : "waiting";
  };

  const appliedLabel = t("merge.applied", { count: merged?.applied.length ?? 0 });
  const addedLabel = t("merge.added", { count: merged?.added.length ?? 0 });
  const conflictsLabel = t("merge.conflicts", { count: merged?.conflicts.length ?? 0 });
  const filesLabel = t("merge.files");

  return (
    <div className={styles.root}>
      {unavailable && <Text className={styles.unavailable}>{unavailable}</Text>}

      <PaneSection
        t={t}
        lang={lang}
        title={t("rules.title")}
        description={t("rules.description")}
        status={rulesStatus}
        onDismiss={() => setRulesStatus(null)}
      >
        <div className={styles.buttons}>
          <Button icon={<CheckmarkStarburstRegular />} disabled={lock.busy} onClick={() => void onRules()}>
            {t("rules.apply")}
          </Button>
        </div>
      </PaneSection>

      <PaneSection
        t={t}
        lang={lang}
        title={t("split.title")}
        description={t("split.description")}
        status={splitStatus}
        onDismiss={() => setSplitStatus(null)}
      >
        <div className={styles.buttons}>
          <Button icon={<DocumentMultipleRegular />} disabled={lock.busy} onClick={() => void onSplit()}>
            {t("split.create")}
          </Button>
        </div>
        {split && split.files.length > 0 && (
          <>
            <h3 className={styles.subheading}>{t("split.files", { count: split.files.length })}</h3>
            <ul className={styles.list} aria-label={t("split.files", { count: split.files.length })}>
              {split.files.map((file, i) => (
                <li key={file.name} className={styles.item}>
                  <span className={styles.itemText}>
                    {actions.openWorkbook ? (
                      <Link
                        as="button"
                        className={styles.download}
                        disabled={lock.busy}
                        onClick={() => void onOpen(file)}
                        aria-label={t("split.open", { file: file.name, projects: file.projects })}
                      >
                        <WindowNewRegular aria-hidden />
                        {file.name}
                      </Link>
                    ) : urls[i] ? (
                      <Link
                        className={styles.download}
                        href={urls[i]}
                        download={file.name}
                        aria-label={t("split.download", { file: file.name, projects: file.projects })}
                      >
                        <ArrowDownloadRegular aria-hidden />
                        {file.name}
                      </Link>
                    ) : (
                      file.name
                    )}
                  </span>
                  <Text className={styles.meta}>{t("split.file", { projects: file.projects })}</Text>
                </li>
              ))}
            </ul>
          </>
        )}
        {split && split.unassigned.length > 0 && (
          <Text size={200} className={styles.note}>
            {t("split.unassigned", { count: split.unassigned.length, projects: split.unassigned.map((p) => `${p.id} ${p.name}`).join(", ") })}
          </Text>
        )}
      </PaneSection>

      <PaneSection t={t} lang={lang} title={t("byDept.title")} status={goStatus} onDismiss={() => setGoStatus(null)}>
        {!view ? (
          <Text className={styles.note}>{t("byDept.needValidation")}</Text>
        ) : departments.length === 0 ? (
          <Text className={styles.note}>{t("byDept.none")}</Text>
        ) : (
          <ul id={listId} className={styles.list} aria-label={t("byDept.title")}>
            {departments.map((d) => (
              <li key={d.name} className={styles.item}>
                {/* The buttons are named by their visible text and described by this line. */}
                <span className={styles.itemText} id={`${listId}-${d.name}`}>
                  <span className={styles.department}>{d.name}</span>{" "}
                  <span className={styles.meta}>{t("byDept.item", { projects: d.projects, findings: d.findings })}</span>
                </span>
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={d.findings === 0}
                  aria-describedby={`${listId}-${d.name}`}
                  onClick={() => onShowDepartment(d.name)}
                >
                  {t("byDept.show")}
                </Button>
                {d.first && (
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={lock.busy}
                    aria-describedby={`${listId}-${d.name}`}
                    onClick={() => {
                      const ref = d.first!;
                      actions.selectCell(ref).catch((error: unknown) => setGoStatus(fail(toActionFailure(error))));
                    }}
                  >
                    {t("byDept.go")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {unassigned && departments.length > 0 && (
          <Text className={styles.note}>
            {t("byDept.unassigned", {
              count: unassigned.projects.length,
              findings: unassigned.findings,
              projects: unassigned.projects.map((p) => `${p.id.replace(/#\d+$/, "")} ${p.name}`).join(", "),
            })}
          </Text>
        )}
      </PaneSection>

      <PaneSection
        t={t}
        lang={lang}
        title={t("merge.title")}
        description={t("merge.description")}
        status={mergeStatus}
        onDismiss={() => setMergeStatus(null)}
      >
        <input
          ref={input}
          type="file"
          multiple
          accept={`.xlsx,${XLSX_TYPE}`}
          className={styles.hidden}
          aria-label={t("merge.input")}
          onChange={onPick}
        />
        <div className={styles.buttons}>
          <Button icon={<FolderOpenRegular />} disabled={lock.busy} onClick={() => input.current?.click()}>
            {t("merge.pick")}
          </Button>
          <Button appearance="primary" icon={<MergeRegular />} disabled={lock.busy || picked.length === 0} onClick={() => void onMerge(false)}>
            {t("merge.run", { count: picked.length })}
          </Button>
        </div>

        {progress && (
          <Field label={t("merge.progress")} validationState="none" validationMessage={t("merge.progressValue", { index: progress.done, total: progress.total })}>
            <ProgressBar thickness="large" aria-label={t("merge.progress")} value={progress.total > 0 ? progress.done / progress.total : undefined} />
          </Field>
        )}

        {picked.length > 0 && (
          <ul className={styles.list} aria-label={filesLabel} aria-live="polite">
            {merged
              ? merged.files.map((file) => (
                  <li key={file.file} className={mergeClasses(styles.line, styles.fileState)} data-state={file.readable ? "read" : "failed"}>
                    {file.readable ? <CheckmarkCircleFilled className={styles.ok} aria-hidden /> : <ErrorCircleFilled className={styles.bad} aria-hidden />}
                    <span>{file.text[lang]}</span>
                  </li>
                ))
              : picked.map((file, i) => {
                  const state = fileState(i);
                  return (
                    <li key={`${file.name}|${i}`} className={mergeClasses(styles.line, styles.fileState)} data-state={state}>
                      {state === "read" ? <CheckmarkCircleFilled className={styles.ok} aria-hidden /> : <DocumentAddRegular aria-hidden />}
                      <span>
                        {file.name}: {t(`merge.file.${state}`)}
                      </span>
                    </li>
                  );
                })}
          </ul>
        )}

        {(merged?.undo || earlierUndos.length > 0) && (
          <div className={styles.buttons}>
            <Button icon={<ArrowUndoRegular />} disabled={lock.busy} onClick={() => void onUndo(merged?.undo ?? earlierUndos[earlierUndos.length - 1])}>
              {t("merge.undo")}
            </Button>
          </div>
        )}

        {merged && unnamed.length > 0 && (merged.departments ?? []).length > 0 && (
          <div className={styles.result}>
            <h3 className={styles.subheading}>{t("merge.choose")}</h3>
            {unnamed.map((name) => (
              <Field key={name} label={t("merge.chooseFor", { file: name })}>
                <Dropdown
                  placeholder={t("merge.choosePlaceholder")}
                  selectedOptions={chosen[name] ? [chosen[name]] : []}
                  value={chosen[name] ?? ""}
                  onOptionSelect={(_, data) => data.optionValue && setChosen((now) => ({ ...now, [name]: data.optionValue! }))}
                >
                  {(merged.departments ?? []).map((department) => (
                    <Option key={department} value={department}>
                      {department}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            ))}
            <div className={styles.buttons}>
              <Button icon={<MergeRegular />} disabled={lock.busy || !unnamed.some((name) => chosen[name])} onClick={() => void onMerge(true)}>
                {t("merge.retry", { count: unnamed.filter((name) => chosen[name]).length })}
              </Button>
            </div>
          </div>
        )}

        {merged && (
          <div className={styles.result}>
            <h3 className={styles.subheading}>{conflictsLabel}</h3>
            {merged.conflicts.length === 0 ? (
              <Text className={styles.note}>{t("merge.none")}</Text>
            ) : (
              <ul className={mergeClasses(styles.list, styles.conflicts)} aria-label={conflictsLabel}>
                {merged.conflicts.map((conflict, i) => (
                  <li key={i} className={styles.conflict} data-kind={conflict.kind}>
                    <ErrorCircleFilled className={styles.bad} aria-label={t("merge.conflict")} />
                    <span>{conflict.text[lang]}</span>
                  </li>
                ))}
              </ul>
            )}

            <h3 className={styles.subheading}>{appliedLabel}</h3>
            {merged.applied.length === 0 ? (
              <Text className={styles.note}>{t("merge.none")}</Text>
            ) : (
              <ul className={styles.list} aria-label={appliedLabel}>
                {merged.applied.map((text, i) => (
                  <li key={i} className={styles.line}>
                    {text[lang]}
                  </li>
                ))}
              </ul>
            )}

            <h3 className={styles.subheading}>{addedLabel}</h3>
            {merged.added.length === 0 ? (
              <Text className={styles.note}>{t("merge.none")}</Text>
            ) : (
              <ul className={styles.list} aria-label={addedLabel}>
                {merged.added.map((text, i) => (
                  <li key={i} className={styles.line}>
                    {text[lang]}
                  </li>
                ))}
              </ul>
            )}

            {merged.unattributed && merged.unattributed.length > 0 && (
              <>
                <h3 className={styles.subheading}>{t("merge.unattributed", { count: merged.unattributed.length })}</h3>
                <ul className={styles.list} aria-label={t("merge.unattributed", { count: merged.unattributed.length })}>
                  {merged.unattributed.map((text, i) => (
                    <li key={i} className={styles.line}>
                      {text[lang]}
                    </li>
                  ))}
                </ul>
              </>
            )}

            {merged.withoutWorkbook.length > 0 && (
              <Text size={200} className={styles.note}>
                {t("merge.withoutWorkbook", { departments: merged.withoutWorkbook.join(", ") })}
              </Text>
            )}
          </div>
        )}
      </PaneSection>
    </div>
  );
}
