/** Colours and icons per severity, from Fluent tokens (they follow the theme and keep contrast). */
import { tokens } from "@fluentui/react-components";
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import * as React from "react";
import type { Severity } from "../../engine";

export const SEVERITY_COLORS: Record<Severity, { fg: string; bg: string; border: string }> = {
  error: { fg: tokens.colorPaletteRedForeground1, bg: tokens.colorPaletteRedBackground1, border: tokens.colorPaletteRedBorder1 },
  warning: { fg: tokens.colorPaletteDarkOrangeForeground1, bg: tokens.colorPaletteYellowBackground1, border: tokens.colorPaletteYellowBorder1 },
  info: { fg: tokens.colorPaletteBlueForeground2, bg: tokens.colorBrandBackground2, border: tokens.colorPaletteBlueBorderActive },
};

export function SeverityIcon({ severity, className }: { severity: Severity; className?: string }): React.JSX.Element {
  const style = { color: SEVERITY_COLORS[severity].fg };
  const props = { className, style, "aria-hidden": true as const };
  if (severity === "error") return <ErrorCircleFilled {...props} />;
  if (severity === "warning") return <WarningFilled {...props} />;
  return <InfoFilled {...props} />;
}
