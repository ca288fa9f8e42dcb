import { Button, Checkbox, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import * as React from "react";
import { SEVERITIES, type Severity } from "../../engine/finding";
import type { Lang } from "../../i18n";
import { ruleTitle } from "../../i18n/ui";
import { isFiltered, type FilterState } from "../filters";
import type { T } from "../text";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  legend: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  severities: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  selects: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(150px, 1fr))", gap: tokens.spacingHorizontalS },
  footer: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  shown: { color: tokens.colorNeutralForeground3 },
});

export interface FiltersProps {
  t: T;
  lang: Lang;
  filters: FilterState;
  onChange(filters: FilterState): void;
  counts: Record<Severity, number>;
  ruleIds: string[];
  departments: string[];
  shown: number;
  total: number;
}

/** The "every rule / every department" choice (no rule id or department is empty). */
const ALL = "";

export function Filters({ t, lang, filters, onChange, counts, ruleIds, departments, shown, total }: FiltersProps): React.JSX.Element {
  const styles = useStyles();
  // By the names the user reads, in their language's order (the ids' order reads as none).
  const byTitle = React.useMemo(
    () => ruleIds.map((id) => ({ id, title: ruleTitle(id, lang) })).sort((a, b) => a.title.localeCompare(b.title, lang)),
    [ruleIds, lang],
  );
  const toggleSeverity = (severity: Severity, on: boolean) => {
    const set = new Set(filters.severities);
    if (on) set.add(severity);
    else set.delete(severity);
    onChange({ ...filters, severities: SEVERITIES.filter((s) => set.has(s)) });
  };
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{t("filters.label")}</legend>
      <div role="group" aria-label={t("filters.severity")} className={styles.severities}>
        {SEVERITIES.map((severity) => (
          <Checkbox
            key={severity}
            checked={filters.severities.includes(severity)}
            onChange={(_, data) => toggleSeverity(severity, data.checked === true)}
            label={`${t(`severity.${severity}`)} (${counts[severity]})`}
          />
        ))}
      </div>
      <div className={styles.selects}>
        <Field label={t("filters.rule")} size="small">
          <Select
            size="small"
            value={filters.rules[0] ?? ALL}
            onChange={(_, data) => onChange({ ...filters, rules: data.value === ALL ? [] : [data.value] })}
          >
            <option value={ALL}>{t("filters.allRules")}</option>
            {byTitle.map(({ id, title }) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("filters.department")} size="small">
          <Select
            size="small"
            value={filters.department ?? ALL}
            onChange={(_, data) => onChange({ ...filters, department: data.value === ALL ? null : data.value })}
          >
            <option value={ALL}>{t("filters.allDepartments")}</option>
            {departments.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.footer}>
        <Text size={200} className={styles.shown} role="status" aria-live="polite">
          {t("filters.shown", { shown, total })}
        </Text>
        {isFiltered(filters) && (
          <Button
            size="small"
            appearance="subtle"
            icon={<DismissRegular />}
            onClick={() => onChange({ severities: [...SEVERITIES], rules: [], department: null })}
          >
            {t("filters.reset")}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
