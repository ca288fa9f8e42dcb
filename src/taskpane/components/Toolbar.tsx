import { Button, makeStyles, tokens } from "@fluentui/react-components";
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
    // A plain group of buttons, each its own Tab stop (Fluent's Toolbar would make them arrow-key only).
    <div role="toolbar" aria-label={t("toolbar.label")} className={styles.root}>
      <Button appearance="primary" icon={<PlayRegular />} disabled={busy} onClick={props.onValidate}>
        {t("toolbar.validate")}
      </Button>
      <Button icon={<EraserRegular />} disabled={busy} onClick={props.onClear}>
        {t("toolbar.clear")}
      </Button>
      <Button icon={<TableAddRegular />} disabled={busy || !validated} onClick={props.onWriteResults}>
        {t("toolbar.results")}
      </Button>
      {validated && fixableCount > 0 && (
        <Button icon={<WrenchRegular />} disabled={busy} onClick={props.onFixAll}>
          {t("toolbar.fixAll", { count: fixableCount })}
        </Button>
      )}
    </div>
  );
}
