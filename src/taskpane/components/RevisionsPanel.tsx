/**
 * The 요약·이력 section: 요약 만들기; 기준선 저장 with the saved time; 수정이력 기록 — the changes since the
 * baseline listed first, then a reason, 제외/폐지 for removed projects, the author and the revision year,
 * and a record button that stays disabled until there is a change and a reason.
 * Loaded lazily (chunk "pane-workflows") when the section is first opened.
 */
import { Button, Checkbox, Field, Input, makeStyles, mergeClasses, Radio, RadioGroup, Text, Textarea, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular, HistoryRegular, SaveRegular, TableAddRegular } from "@fluentui/react-icons";
import * as React from "react";
import { describeEntry, yearRuns } from "../../app/revisionLog";
import { entryKey, type BaselineView, type RemovalType, type RevisionPreviewView } from "../actions";
import { useSectionFailures, type SectionProps } from "./panel";
import { PaneSection, type SectionStatus } from "./PaneSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  unavailable: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  baseline: { color: tokens.colorNeutralForeground2 },
  note: { color: tokens.colorNeutralForeground3 },
  entries: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    listStyleType: "none",
    maxHeight: "240px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  entry: {
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  removed: { color: tokens.colorPaletteDarkOrangeForeground1 },
  choice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", alignItems: "start", gap: tokens.spacingHorizontalS },
});

const AUTHOR_KEY = "plan-check.author";

function rememberedAuthor(): string {
  try {
    return globalThis.localStorage?.getItem(AUTHOR_KEY) ?? "";
  } catch {
    return "";
  }
}

function rememberAuthor(author: string): void {
  try {
    globalThis.localStorage?.setItem(AUTHOR_KEY, author);
  } catch {
    // A pane without storage simply does not remember.
  }
}

/** "2024-10-15T14:03:05+09:00" → "2024-10-15 14:03" (the time as it was written, in its own zone). */
export function shownTime(savedAt: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(savedAt);
  return match ? `${match[1]} ${match[2]}` : savedAt;
}

/**
 * The 수정연도 offered first: next year, kept inside the plan's period (a 2023–2026 plan revised in
 * 2026 is revised for 2026, not 2027); next year when the plan's years are not known.
 */
export function defaultRevisionYear(planYears: readonly number[], now: Date): number {
  const next = now.getFullYear() + 1;
  if (planYears.length === 0) return next;
  return Math.min(Math.max(next, Math.min(...planYears)), Math.max(...planYears));
}

function validYear(text: string): number | null {
  const year = Number(text.trim());
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}

export interface RevisionsPanelProps extends SectionProps {
  /** The section is the one shown. */
  active: boolean;
  /** For the default 수정연도 (next year inside the plan's period); default now. */
  now?: () => Date;
}

export function RevisionsPanel({ t, lang, actions, lock, workbookName, unavailable, active, now = () => new Date() }: RevisionsPanelProps): React.JSX.Element {
  const styles = useStyles();
  const { fail, guarded } = useSectionFailures(lock, workbookName);

  // ---- 요약 만들기
  const [summaryStatus, setSummaryStatus] = React.useState<SectionStatus>(null);
  const onSummaries = () =>
    guarded(setSummaryStatus, async () => {
      setSummaryStatus(null);
      const outcome = await actions.writeSummaries(lang);
      setSummaryStatus(
        outcome.ok
          ? {
              intent: "success",
              say: (t) => t("summary.done", {
                sheets: outcome.value.sheets.join(", "),
                strategies: outcome.value.strategies,
                tasks: outcome.value.tasks,
                indicators: outcome.value.indicators,
              }),
            }
          : fail(outcome.failure),
      );
    });

  // ---- 기준선 and 수정이력
  /** undefined: not known yet; null: none saved. */
  const [baseline, setBaseline] = React.useState<BaselineView | null | undefined>(undefined);
  const [preview, setPreview] = React.useState<RevisionPreviewView | null>(null);
  const [baselineStatus, setBaselineStatus] = React.useState<SectionStatus>(null);
  const [revisionStatus, setRevisionStatus] = React.useState<SectionStatus>(null);
  const [reason, setReason] = React.useState("");
  const [removalType, setRemovalType] = React.useState<RemovalType>("제외");
  const [author, setAuthor] = React.useState(rememberedAuthor);
  const [yearText, setYearText] = React.useState(() => String(now().getFullYear() + 1));
  // The year follows the plan's period until the user types one.
  const yearTyped = React.useRef(false);
  // Entries the user left out (by entryKey); every entry is recorded unless cleared.
  const [leftOut, setLeftOut] = React.useState<ReadonlySet<string>>(new Set());
  // Against a baseline of another period, recording waits for the user to tick that they mean it (asked again each check).
  const [acrossPeriods, setAcrossPeriods] = React.useState(false);

  const check = async () => {
    const outcome = await actions.previewRevision();
    if (!outcome.ok) {
      setRevisionStatus(fail(outcome.failure));
      return;
    }
    setPreview(outcome.value);
    setBaseline(outcome.value.baseline);
    setLeftOut(new Set());
    setAcrossPeriods(false);
    if (!yearTyped.current) setYearText(String(defaultRevisionYear(outcome.value.planYears, now())));
  };
  const onCheck = () =>
    guarded(setRevisionStatus, async () => {
      setRevisionStatus(null);
      await check();
    });

  // What the baseline and the changes are, each time the section is shown (another section may have
  // changed the workbook meanwhile: a consolidation, a fix).
  React.useEffect(() => {
    if (active && unavailable === undefined) void onCheck();
  }, [active, unavailable]); // on showing only: the check reads the workbook

  const onSaveBaseline = () =>
    guarded(setBaselineStatus, async () => {
      setBaselineStatus(null);
      const outcome = await actions.saveBaseline();
      if (!outcome.ok) {
        setBaselineStatus(fail(outcome.failure));
        return;
      }
      setBaseline(outcome.value);
      setPreview({ baseline: outcome.value, entries: [], removals: 0, planYears: preview?.planYears ?? [] });
      setRevisionStatus(null);
      setBaselineStatus({ intent: "success", say: (t) => t("baseline.done", { time: shownTime(outcome.value.savedAt) }) });
    });

  const year = validYear(yearText);
  const entries = preview?.entries ?? [];
  const chosen = entries.filter((entry) => !leftOut.has(entryKey(entry)));
  const periods = preview?.periods ?? null;
  // Across periods the period's change is itself recorded (a first row), even with every entry left out.
  const canRecord = !lock.busy && (chosen.length > 0 || periods !== null) && reason.trim() !== "" && year !== null && (periods === null || acrossPeriods);

  const onRecord = () =>
    guarded(setRevisionStatus, async () => {
      if (year === null) return;
      setRevisionStatus(null);
      const outcome = await actions.recordRevision({
        reason: reason.trim(),
        removalType,
        author: author.trim(),
        revisionYear: year,
        lang,
        leaveOut: [...leftOut],
        // Asked only against a baseline of another period (the request stays as it was otherwise).
        ...(periods !== null ? { acrossPeriods } : {}),
      });
      if (!outcome.ok) {
        setRevisionStatus(fail(outcome.failure));
        return;
      }
      const result = outcome.value;
      if (author.trim() !== "") rememberAuthor(author.trim());
      if (result.status === "noBaseline") {
        setBaseline(null);
        setPreview({ baseline: null, entries: [], removals: 0, planYears: preview?.planYears ?? [] });
        setRevisionStatus({ intent: "warning", say: (t) => t("revision.recordedNoBaseline") });
        return;
      }
      if (result.status === "periodsDiffer") {
        // The workbook changed since the check: show what is compared now, and let the user choose.
        await check();
        setRevisionStatus({ intent: "warning", say: (t) => t("revision.recordedPeriodsDiffer") });
        return;
      }
      setBaseline(result.baseline);
      setPreview({ baseline: result.baseline, entries: [], removals: 0, planYears: preview?.planYears ?? [] });
      if (result.status === "noChanges") {
        setRevisionStatus({ intent: "info", say: (t) => t("revision.recordedNoChanges") });
        return;
      }
      setReason("");
      setRevisionStatus({ intent: "success", say: (t) => t("revision.recorded", { sheet: result.sheet, rows: result.rows }) });
    });

  const recordHintId = React.useId();
  const entriesLabel = t("revision.entries", { count: entries.length });

  return (
    <div className={styles.root}>
      {unavailable && <Text className={styles.unavailable}>{unavailable}</Text>}

      <PaneSection
        t={t}
        lang={lang}
        title={t("summary.title")}
        description={t("summary.description")}
        status={summaryStatus}
        onDismiss={() => setSummaryStatus(null)}
      >
        <div className={styles.buttons}>
          <Button appearance="primary" icon={<TableAddRegular />} disabled={lock.busy} onClick={() => void onSummaries()}>
            {t("summary.create")}
          </Button>
        </div>
      </PaneSection>

      <PaneSection
        t={t}
        lang={lang}
        title={t("baseline.title")}
        description={t("baseline.description")}
        status={baselineStatus}
        onDismiss={() => setBaselineStatus(null)}
      >
        <Text className={styles.baseline} data-testid="baseline-state">
          {baseline === undefined
            ? t("baseline.unknown")
            : baseline === null
              ? t("baseline.none")
              : t("baseline.savedAt", { time: shownTime(baseline.savedAt), projects: baseline.projects })}
        </Text>
        <div className={styles.buttons}>
          <Button icon={<SaveRegular />} disabled={lock.busy} onClick={() => void onSaveBaseline()}>
            {t("baseline.save")}
          </Button>
        </div>
      </PaneSection>

      <PaneSection
        t={t}
        lang={lang}
        title={t("revision.title")}
        description={t("revision.description")}
        status={revisionStatus}
        onDismiss={() => setRevisionStatus(null)}
      >
        <div className={styles.buttons}>
          <Button icon={<ArrowSyncRegular />} disabled={lock.busy} onClick={() => void onCheck()}>
            {t("revision.check")}
          </Button>
        </div>
        <Text className={styles.note} role="status">
          {preview === null
            ? t("revision.notChecked")
            : preview.baseline === null
              ? t("revision.needBaseline")
              : entries.length === 0
                ? t("revision.noChanges")
                : t("revision.selected", { count: chosen.length, total: entries.length })}
        </Text>
        {periods && (
          // Above the entries: what a 제5기 baseline against a 제6기 plan compares, and the years it does not.
          <Text className={styles.note} role="note">
            {t(periods.comparedYears.length > 0 ? "revision.periodsDiffer" : "revision.periodsDifferNoYears", {
              baselinePeriod: periods.baseline.period,
              baselineFirst: periods.baseline.first,
              baselineLast: periods.baseline.last,
              planPeriod: periods.plan.period,
              planFirst: periods.plan.first,
              planLast: periods.plan.last,
              compared: yearRuns(periods.comparedYears, lang),
              notCompared: yearRuns(periods.notComparedYears, lang),
            })}
          </Text>
        )}
        {preview !== null && preview.baseline === null && (
          <div className={styles.buttons}>
            <Button icon={<SaveRegular />} disabled={lock.busy} onClick={() => void onSaveBaseline()}>
              {t("baseline.save")}
            </Button>
          </div>
        )}
        {entries.length > 0 && (
          // Focusable, so that the keyboard scrolls a long list.
          <ul className={styles.entries} aria-label={entriesLabel} tabIndex={0}>
            {entries.map((entry, i) => (
              <li key={i} className={mergeClasses(styles.entry, entry.type === "removed" && styles.removed)} data-type={entry.type}>
                <Checkbox
                  checked={!leftOut.has(entryKey(entry))}
                  label={describeEntry(entry, lang)}
                  onChange={(_, data) =>
                    setLeftOut((set) => {
                      const next = new Set(set);
                      if (data.checked) next.delete(entryKey(entry));
                      else next.add(entryKey(entry));
                      return next;
                    })
                  }
                />
              </li>
            ))}
          </ul>
        )}
        {preview !== null && preview.removals > 0 && (
          <Field label={t("revision.removalType", { count: preview.removals })}>
            <RadioGroup value={removalType} onChange={(_, data) => setRemovalType(data.value === "폐지" ? "폐지" : "제외")}>
              <Radio value="제외" label={t("revision.removal.exclude")} />
              <Radio value="폐지" label={t("revision.removal.abolish")} />
            </RadioGroup>
          </Field>
        )}
        {periods && (
          // The explicit choice: record across periods, or start the new period from a new baseline.
          <div className={styles.choice}>
            <Checkbox
              checked={acrossPeriods}
              onChange={(_, data) => setAcrossPeriods(data.checked === true)}
              label={t("revision.acrossPeriods", { baselinePeriod: periods.baseline.period, planPeriod: periods.plan.period })}
            />
            <div className={styles.buttons}>
              <Button icon={<SaveRegular />} disabled={lock.busy} onClick={() => void onSaveBaseline()}>
                {t("revision.newPeriodBaseline")}
              </Button>
            </div>
          </div>
        )}
        <Field label={t("revision.reason")} hint={t("revision.reasonHint")} required>
          <Textarea value={reason} resize="vertical" onChange={(_, data) => setReason(data.value)} />
        </Field>
        <div className={styles.row}>
          <Field label={t("revision.author")}>
            <Input value={author} onChange={(_, data) => setAuthor(data.value)} autoComplete="name" />
          </Field>
          <Field
            label={t("revision.year")}
            hint={t("revision.yearHint")}
            validationState={year === null ? "error" : "none"}
            validationMessage={year === null ? t("revision.yearHint") : undefined}
          >
            <Input
              type="number"
              min={2000}
              max={2100}
              step={1}
              value={yearText}
              onChange={(_, data) => {
                yearTyped.current = true;
                setYearText(data.value);
              }}
            />
          </Field>
        </div>
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            icon={<HistoryRegular />}
            // Focusable while disabled: a keyboard or screen reader user reaches it and hears why (the hint).
            disabledFocusable={!canRecord}
            aria-describedby={canRecord ? undefined : recordHintId}
            onClick={() => void onRecord()}
          >
            {t("revision.record")}
          </Button>
          {!canRecord && (
            <Text id={recordHintId} size={200} className={styles.note}>
              {t(periods !== null && !acrossPeriods ? "revision.recordHintPeriods" : "revision.recordHint")}
            </Text>
          )}
        </div>
      </PaneSection>
    </div>
  );
}
