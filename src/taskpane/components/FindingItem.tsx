import { Button, makeStyles, mergeClasses, Text, tokens, TreeItem, TreeItemLayout } from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Finding } from "../../engine";
import { renderFinding, type Lang } from "../../i18n";
import { ruleTitle } from "../../i18n/ui";
import { findingAddress, findingKey } from "../actions";
import type { T } from "../text";
import { SeverityIcon } from "./severity";

const useStyles = makeStyles({
  item: {
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: "transparent",
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderLeftColor: tokens.colorBrandStroke1,
  },
  layout: { alignItems: "flex-start", paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  icon: { paddingTop: "2px", fontSize: "16px" },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, flexGrow: 1, paddingRight: tokens.spacingHorizontalS },
  message: { whiteSpace: "normal", overflowWrap: "anywhere", wordBreak: "keep-all", lineHeight: tokens.lineHeightBase300 },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
  },
  address: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  fixPreview: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteGreenForeground1 },
});

export interface FindingItemProps {
  t: T;
  lang: Lang;
  finding: Finding;
  value: string;
  selected: boolean;
  busy: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
}

export function FindingItem({ t, lang, finding, value, selected, busy, onSelect, onFix }: FindingItemProps): React.JSX.Element {
  const styles = useStyles();
  const address = findingAddress(finding);
  const message = renderFinding(finding, lang);
  const fix = finding.fix;
  const fixButton = React.useRef<HTMLButtonElement>(null);
  return (
    <TreeItem
      itemType="leaf"
      value={value}
      className={mergeClasses(styles.item, selected && styles.selected)}
      aria-current={selected ? "true" : undefined}
      data-severity={finding.severity}
      data-key={findingKey(finding)}
      data-address={address}
      onClick={() => onSelect(finding)}
      // The right arrow (or F2) on the finding reaches its 고치기, which is no Tab stop; the left arrow comes back.
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget || (event.key !== "ArrowRight" && event.key !== "F2") || !fixButton.current || fixButton.current.disabled) return;
        event.preventDefault();
        fixButton.current.focus();
      }}
    >
      <TreeItemLayout
        className={styles.layout}
        iconBefore={<SeverityIcon severity={finding.severity} className={styles.icon} />}
        main={{ className: styles.main }}
        actions={
          fix
            ? {
                // Always shown (a mouse at 350 px has no hover to find it); reached with the right arrow, not Tab.
                visible: true,
                children: (
                  <Button
                    ref={fixButton}
                    size="small"
                    appearance="secondary"
                    icon={<WrenchRegular />}
                    tabIndex={-1}
                    disabled={busy}
                    onClick={(event) => {
                      event.stopPropagation();
                      onFix(finding);
                    }}
                  >
                    {t("findings.fix")}
                  </Button>
                ),
              }
            : undefined
        }
      >
        <Text className={styles.message}>{message}</Text>
        <span className={styles.meta}>
          <span className={styles.address}>{address}</span>
          <Text size={200}>{ruleTitle(finding.ruleId, lang)}</Text>
          {fix && <span className={styles.fixPreview}>{t("findings.fixPreview", { from: String(fix.from), to: String(fix.to) })}</span>}
        </span>
      </TreeItemLayout>
    </TreeItem>
  );
}
