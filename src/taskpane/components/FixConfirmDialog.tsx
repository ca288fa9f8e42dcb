import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Finding } from "../../engine";
import { findingAddress } from "../actions";
import type { T } from "../text";

const SHOWN = 8;

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto" },
  address: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  more: { color: tokens.colorNeutralForeground3 },
});

export interface FixConfirmDialogProps {
  t: T;
  open: boolean;
  /** The findings whose fixes would be applied. */
  findings: readonly Finding[];
  onConfirm(findings: readonly Finding[]): void;
  onCancel(): void;
}

/** Nothing is written before the user confirms here. */
export function FixConfirmDialog({ t, open, findings, onConfirm, onCancel }: FixConfirmDialogProps): React.JSX.Element {
  const styles = useStyles();
  const list = findings;
  return (
    <Dialog open={open && list.length > 0} modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby="fix-confirm-body">
        <DialogBody>
          <DialogTitle>{t("fix.title")}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text id="fix-confirm-body">{list.length === 1 ? t("fix.bodyOne") : t("fix.bodyMany", { count: list.length })}</Text>
            <ul className={styles.list}>
              {list.slice(0, SHOWN).map((finding, i) =>
                finding.fix ? (
                  <li key={i}>
                    <span className={styles.address}>{findingAddress({ ref: finding.fix.ref })}</span> '{String(finding.fix.from)}' → '
                    {String(finding.fix.to)}'
                  </li>
                ) : null,
              )}
            </ul>
            {list.length > SHOWN && <Text className={styles.more}>{t("fix.more", { count: list.length - SHOWN })}</Text>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onConfirm(list)}>
              {t("fix.apply")}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t("fix.cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
