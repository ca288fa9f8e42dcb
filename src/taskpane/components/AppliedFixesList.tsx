import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular, ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import * as React from "react";
import { toA1 } from "../../engine/a1";
import type { AppliedFix } from "../actions";
import type { T } from "../text";

const useStyles = makeStyles({
  root: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  toggle: { width: "100%", justifyContent: "flex-start", fontWeight: tokens.fontWeightSemibold, paddingLeft: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere", minWidth: 0 },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface AppliedFixesListProps {
  t: T;
  fixes: readonly AppliedFix[];
  busy: boolean;
  onUndo(fix: AppliedFix): void;
}

function label(fix: AppliedFix): string {
  return `${fix.ref.sheet}!${fix.address || toA1(fix.ref.row, fix.ref.col)}`;
}

/** The fixes applied to this workbook (kept in the workbook), newest first, each with 되돌리기 (an undone fix leaves the list). */
export function AppliedFixesList({ t, fixes, busy, onUndo }: AppliedFixesListProps): React.JSX.Element {
  const styles = useStyles();
  // Open while there is something to show, until the user folds it.
  const [folded, setFolded] = React.useState<boolean | null>(null);
  const open = folded === null ? fixes.length > 0 : !folded;
  const panelId = React.useId();
  const newestFirst = [...fixes].reverse();
  const title = t("applied.title", { count: fixes.length });
  return (
    <section className={styles.root} aria-label={title}>
      <h2 className={styles.heading}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setFolded(open)}
        >
          {title}
        </Button>
      </h2>
      <div id={panelId} hidden={!open}>
        {fixes.length === 0 ? (
          <Text className={styles.empty}>{t("applied.none")}</Text>
        ) : (
          <ul className={styles.list} aria-label={title}>
            {newestFirst.map((fix, index) => {
              const address = label(fix);
              const textId = `${panelId}-${index}`;
              return (
                <li key={`${fix.appliedAt}|${address}`} className={styles.item}>
                  <span id={textId} className={styles.text}>
                    {t("applied.item", { address, from: String(fix.from), to: String(fix.to) })}
                  </span>
                  <Button size="small" appearance="subtle" icon={<ArrowUndoRegular />} disabled={busy} aria-describedby={textId} onClick={() => onUndo(fix)}>
                    {t("applied.undo")}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
