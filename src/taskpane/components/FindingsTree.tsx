import {
  CounterBadge,
  makeStyles,
  Text,
  tokens,
  Tree,
  TreeItem,
  TreeItemLayout,
  type TreeItemValue,
} from "@fluentui/react-components";
import * as React from "react";
import type { Finding } from "../../engine";
import type { Lang } from "../../i18n";
import type { ProjectGroup, StrategyGroup } from "../../app/groupFindings";
import { findingKey, type ValidationView } from "../actions";
import type { T } from "../text";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tree: { minWidth: 0 },
  strategy: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  strategyMain: { display: "flex", flexDirection: "column", minWidth: 0, paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  part: { fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
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
}

function strategyValue(group: StrategyGroup): string {
  return `s:${group.strategy?.id ?? "-"}`;
}
function projectValue(group: StrategyGroup, project: ProjectGroup): string {
  return `p:${group.strategy?.id ?? "-"}:${project.project?.id ?? "-"}`;
}

export function FindingsTree({ t, lang, view, visible, selectedKey, busy, onSelect, onFix }: FindingsTreeProps): React.JSX.Element {
  const styles = useStyles();
  const indexOf = React.useMemo(() => new Map(view.result.findings.map((f, i) => [f, i])), [view]);
  const shown = (finding: Finding) => visible.has(indexOf.get(finding) ?? -1);

  const groups = view.groups
    .map((group) => ({
      group,
      projects: group.projects
        .map((project) => ({ project, findings: project.findings.filter(shown) }))
        .filter((p) => p.findings.length > 0),
    }))
    .filter((g) => g.projects.length > 0);

  const allBranches = React.useMemo(() => {
    const values: string[] = [];
    for (const group of view.groups) {
      values.push(strategyValue(group));
      for (const project of group.projects) values.push(projectValue(group, project));
    }
    return values;
  }, [view]);
  const [openItems, setOpenItems] = React.useState<Set<TreeItemValue>>(() => new Set(allBranches));
  React.useEffect(() => setOpenItems(new Set(allBranches)), [allBranches]);

  const headingId = React.useId();
  if (view.result.findings.length === 0 || groups.length === 0) {
    return (
      <section className={styles.root} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          {t("findings.label")}
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
        {t("findings.label")}
      </h2>
      <Tree
        aria-labelledby={headingId}
        className={styles.tree}
        openItems={openItems}
        onOpenChange={(_, data) => setOpenItems(new Set(data.openItems))}
      >
        {groups.map(({ group, projects }) => {
          const count = projects.reduce((n, p) => n + p.findings.length, 0);
          const strategy = group.strategy;
          return (
            <TreeItem
              key={strategyValue(group)}
              itemType="branch"
              value={strategyValue(group)}
              aria-label={`${strategy ? `${strategy.id} ${strategy.name}` : t("findings.noStrategy")} (${t("findings.count", { count })})`}
            >
              <TreeItemLayout
                className={styles.strategy}
                main={{ className: styles.strategyMain }}
                aside={<CounterBadge count={count} overflowCount={999} size="small" appearance="filled" color="informative" aria-label={t("findings.count", { count })} />}
              >
                {strategy ? (
                  <>
                    <span className={styles.part}>
                      {strategy.part === 1 ? t("findings.partI") : t("findings.partII")} {strategy.id}
                    </span>
                    <span className={styles.wrap}>{strategy.name}</span>
                  </>
                ) : (
                  <span className={styles.wrap}>{t("findings.noStrategy")}</span>
                )}
              </TreeItemLayout>
              <Tree>
                {projects.map(({ project, findings }) => (
                  <TreeItem
                    key={projectValue(group, project)}
                    itemType="branch"
                    value={projectValue(group, project)}
                    aria-label={`${
                      project.project
                        ? `${project.project.id.replace(/#\d+$/, "")} ${project.project.name}${project.project.department ? ` · ${project.project.department}` : ""}`
                        : t("findings.noProject")
                    } (${t("findings.count", { count: findings.length })})`}
                  >
                    <TreeItemLayout
                      className={styles.project}
                      main={{ className: styles.projectMain }}
                      aside={<CounterBadge count={findings.length} overflowCount={999} size="small" appearance="ghost" color="informative" aria-label={t("findings.count", { count: findings.length })} />}
                    >
                      {project.project ? (
                        <>
                          <span className={styles.wrap}>
                            {project.project.id.replace(/#\d+$/, "")} {project.project.name}
                          </span>
                          {project.project.department && (
                            <span className={styles.dept}>{t("findings.department", { department: project.project.department })}</span>
                          )}
                        </>
                      ) : (
                        <span className={styles.wrap}>{t("findings.noProject")}</span>
                      )}
                    </TreeItemLayout>
                    <Tree>
                      {findings.map((finding) => {
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
          );
        })}
      </Tree>
    </section>
  );
}
