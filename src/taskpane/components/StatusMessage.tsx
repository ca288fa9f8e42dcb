/** A one-line message under the toolbar, announced politely (errors assertively), in Fluent's intent colours. */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled, DismissRegular, ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import * as React from "react";

export type Intent = "success" | "info" | "warning" | "error";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    lineHeight: tokens.lineHeightBase300,
    fontSize: tokens.fontSizeBase300,
  },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}` },
  info: { backgroundColor: tokens.colorNeutralBackground3, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}` },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}` },
  icon: { flexShrink: 0, fontSize: "16px", paddingTop: "2px" },
  iconSuccess: { color: tokens.colorPaletteGreenForeground1 },
  iconInfo: { color: tokens.colorNeutralForeground3 },
  iconWarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  iconError: { color: tokens.colorPaletteRedForeground1 },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
});

export interface StatusMessageProps {
  intent: Intent;
  children: React.ReactNode;
  dismissLabel?: string;
  onDismiss?(): void;
}

export function StatusMessage({ intent, children, dismissLabel, onDismiss }: StatusMessageProps): React.JSX.Element {
  const styles = useStyles();
  const Icon = { success: CheckmarkCircleFilled, info: InfoFilled, warning: WarningFilled, error: ErrorCircleFilled }[intent];
  const iconClass = { success: styles.iconSuccess, info: styles.iconInfo, warning: styles.iconWarning, error: styles.iconError }[intent];
  return (
    <div className={mergeClasses(styles.root, styles[intent])} role={intent === "error" ? "alert" : "status"}>
      <Icon className={mergeClasses(styles.icon, iconClass)} aria-hidden />
      <span className={styles.text}>{children}</span>
      {onDismiss && <Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label={dismissLabel} onClick={onDismiss} />}
    </div>
  );
}
