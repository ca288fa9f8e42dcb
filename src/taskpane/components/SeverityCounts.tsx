import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { PlanCounts } from "../../engine";
import { SEVERITIES, type Severity } from "../../engine/finding";
import type { T } from "../text";
import { SEVERITY_COLORS, SeverityIcon } from "./severity";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  tiles: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  tile: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: "solid",
  },
  error: { backgroundColor: SEVERITY_COLORS.error.bg, borderLeftColor: SEVERITY_COLORS.error.border },
  warning: { backgroundColor: SEVERITY_COLORS.warning.bg, borderLeftColor: SEVERITY_COLORS.warning.border },
  info: { backgroundColor: SEVERITY_COLORS.info.bg, borderLeftColor: SEVERITY_COLORS.info.border },
  label: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  count: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  plan: { color: tokens.colorNeutralForeground3 },
});

export interface SeverityCountsProps {
  t: T;
  counts: Record<Severity, number>;
  sheet: string;
  plan: PlanCounts;
  total: number;
}

export function SeverityCounts({ t, counts, sheet, plan, total }: SeverityCountsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={t("counts.label")}>
      <ul className={styles.tiles} aria-label={t("counts.label")}>
        {SEVERITIES.map((severity) => (
          <li
            key={severity}
            className={mergeClasses(styles.tile, styles[severity])}
            aria-label={t("counts.item", { severity: t(`severity.${severity}`), count: counts[severity] })}
            data-testid={`count-${severity}`}
          >
            <span className={styles.label} aria-hidden>
              <SeverityIcon severity={severity} />
              <Text size={200}>{t(`severity.${severity}`)}</Text>
            </span>
            <span className={styles.count} aria-hidden>
              {counts[severity]}
            </span>
          </li>
        ))}
      </ul>
      <Text size={200} className={styles.plan}>
        {t("counts.plan", { sheet, projects: plan.projects, indicators: plan.indicators, total })}
      </Text>
    </section>
  );
}
