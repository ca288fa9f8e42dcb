/**
 * The findings, most serious first: one branch per severity (오류, 경고 open; 정보 folded), inside it one
 * branch per project (or a strategy's or 대표과업's rows, or a sheet outside the strategies) in the sheet's order,
 * then the findings.
 * Fluent's Tree keeps one Tab stop (roving tabindex, arrow keys inside); in its treegrid mode the
 * right arrow reaches a finding's 고치기, which is not a Tab stop of its own.
 */
import { CounterBadge, makeStyles, Text, tokens, Tree, TreeItem, TreeItemLayout, type TreeItemValue } from "@fluentui/react-components";
import * as React from "react";
import type { Finding } from "../../engine";
import type { Lang } from "../../i18n";
import { groupBySeverity, type Place } from "../../app/groupFindings";
import { findingKey, type ValidationView } from "../actions";
import type { T } from "../text";
import { FindingItem } from "./FindingItem";
import { SeverityIcon } from "./severity";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tree: {
    minWidth: 0,
    // Scrolled to (next problem, arrow keys), an item stops below the pane's sticky header and controls.
    "& [role=treeitem]": { scrollMarginTop: "calc(var(--pane-top, 0px) + var(--pane-controls, 0px) + 8px)", scrollMarginBottom: "8px" },
  },
  severity: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  severityMain: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  project: { color: tokens.colorNeutralForeground1 },
  projectMain: { display: "flex", flexDirection: "column", minWidth: 0, paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere", wordBreak: "keep-all" },
  dept: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalM },
});

export interface FindingsTreeProps {
  t: T;
  lang: Lang;
  view: ValidationView;
  /** Indices into view.result.findings that pass the filters. */
  visible: Set<number>;
  selectedKey: string | null;
  busy: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
  /** The list's heading (default 검증 결과). */
  label?: string;
}

function placeName(t: T, place: Place): string {
  if (place.project) return `${place.project.id.replace(/#\d+$/, "")} ${place.project.name}`;
  if (place.task) return `${place.task.id} ${place.task.name} · ${t("findings.taskRows")}`;
  if (place.strategy) return `${place.strategy.id} ${place.strategy.name} · ${t("findings.noProject")}`;
  return t("findings.noStrategy");
}

export function FindingsTree({ t, lang, view, visible, selectedKey, busy, onSelect, onFix, label }: FindingsTreeProps): React.JSX.Element {
  const styles = useStyles();
  const indexOf = React.useMemo(() => new Map(view.result.findings.map((f, i) => [f, i])), [view]);
  const bySeverity = React.useMemo(() => groupBySeverity(view.groups, (f) => visible.has(indexOf.get(f) ?? -1)), [view, visible, indexOf]);

  // Errors and warnings open, information folded; every project branch open.
  const initiallyOpen = React.useMemo(() => {
    const values = new Set<TreeItemValue>(["error", "warning"]);
    for (const s of groupBySeverity(view.groups)) for (const p of s.places) values.add(p.key);
    return values;
  }, [view]);
  const [openItems, setOpenItems] = React.useState<Set<TreeItemValue>>(initiallyOpen);
  React.useEffect(() => setOpenItems(initiallyOpen), [initiallyOpen]);
  // The selected finding's severity opens (the "next problem" button may go into a folded branch).
  const selectedSeverity = React.useMemo(() => view.result.findings.find((f) => findingKey(f) === selectedKey)?.severity, [view, selectedKey]);
  React.useEffect(() => {
    if (selectedSeverity) setOpenItems((open) => (open.has(selectedSeverity) ? open : new Set([...open, selectedSeverity])));
  }, [selectedSeverity]);

  const headingId = React.useId();
  if (view.result.findings.length === 0 || bySeverity.length === 0) {
    return (
      <section className={styles.root} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          {label ?? t("findings.label")}
        </h2>
        <Text className={styles.empty} role="status">
          {view.result.findings.length === 0 ? t("findings.none") : t("findings.noneFiltered")}
        </Text>
      </section>
    );
  }

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {label ?? t("findings.label")}
      </h2>
      <Tree
        aria-labelledby={headingId}
        className={styles.tree}
        navigationMode="treegrid"
        openItems={openItems}
        onOpenChange={(_, data) => setOpenItems(new Set(data.openItems))}
        // The browser scrolls a focused item into view ignoring scroll margins: under the sticky header. Again, with them.
        onFocus={(event) => {
          if (event.target.getAttribute("role") === "treeitem") event.target.scrollIntoView?.({ block: "nearest" });
        }}
      >
        {bySeverity.map(({ severity, places, count }) => (
          // Named by its own label (not by everything below it).
          <TreeItem key={severity} itemType="branch" value={severity} data-severity-group={severity} aria-labelledby={`${headingId}-${severity}`}>
            <TreeItemLayout
              className={styles.severity}
              main={{ className: styles.severityMain, id: `${headingId}-${severity}` }}
              aside={<CounterBadge count={count} overflowCount={9999} size="small" appearance="filled" color="informative" aria-hidden />}
            >
              <SeverityIcon severity={severity} />
              {t("findings.severityGroup", { severity: t(`severity.${severity}`), count })}
            </TreeItemLayout>
            <Tree>
              {places.map((place) => (
                <TreeItem key={place.key} itemType="branch" value={place.key} aria-labelledby={`${headingId}-${place.key}`}>
                  <TreeItemLayout
                    className={styles.project}
                    main={{ className: styles.projectMain, id: `${headingId}-${place.key}` }}
                    aside={<CounterBadge count={place.findings.length} overflowCount={999} size="small" appearance="ghost" color="informative" aria-hidden />}
                  >
                    <span className={styles.wrap}>{placeName(t, place)}</span>
                    {place.project?.department && <span className={styles.dept}>{t("findings.department", { department: place.project.department })}</span>}
                  </TreeItemLayout>
                  <Tree>
                    {place.findings.map((finding) => {
                      const index = indexOf.get(finding) ?? -1;
                      return (
                        <FindingItem
                          key={index}
                          t={t}
                          lang={lang}
                          finding={finding}
                          value={`f:${index}`}
                          selected={findingKey(finding) === selectedKey}
                          busy={busy}
                          onSelect={onSelect}
                          onFix={onFix}
                        />
                      );
                    })}
                  </Tree>
                </TreeItem>
              ))}
            </Tree>
          </TreeItem>
        ))}
      </Tree>
    </section>
  );
}
