import { makeStyles, Toolbar as FluentToolbar, ToolbarButton, tokens } from "@fluentui/react-components";
import { EraserRegular, PlayRegular, TableAddRegular, WrenchRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { T } from "../text";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    padding: 0,
  },
});

export interface ToolbarProps {
  t: T;
  busy: boolean;
  validated: boolean;
  fixableCount: number;
  onValidate(): void;
  onClear(): void;
  onWriteResults(): void;
  onFixAll(): void;
}

export function Toolbar(props: ToolbarProps): React.JSX.Element {
  const { t, busy, validated, fixableCount } = props;
  const styles = useStyles();
  return (
    <FluentToolbar aria-label={t("toolbar.label")} className={styles.root} size="medium">
      <ToolbarButton appearance="primary" icon={<PlayRegular />} disabled={busy} onClick={props.onValidate}>
        {t("toolbar.validate")}
      </ToolbarButton>
      <ToolbarButton icon={<EraserRegular />} disabled={busy} onClick={props.onClear}>
        {t("toolbar.clear")}
      </ToolbarButton>
      <ToolbarButton icon={<TableAddRegular />} disabled={busy || !validated} onClick={props.onWriteResults}>
        {t("toolbar.results")}
      </ToolbarButton>
      {validated && fixableCount > 0 && (
        <ToolbarButton icon={<WrenchRegular />} disabled={busy} onClick={props.onFixAll}>
          {t("toolbar.fixAll", { count: fixableCount })}
        </ToolbarButton>
      )}
    </FluentToolbar>
  );
}
