/** One titled part of a section (요약 시트, 기준선, …): an h2, what it does, its controls and its last status. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../i18n";
import type { T } from "../text";
import { StatusMessage, type Intent } from "./StatusMessage";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  description: { color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase300 },
});

/** A section's last message, said in whatever language the pane is in when it shows (the switch re-renders it). */
export type SectionStatus = { intent: Intent; say(t: T, lang: Lang): string } | null;

export interface PaneSectionProps {
  t: T;
  lang: Lang;
  title: string;
  description?: string;
  status?: SectionStatus;
  onDismiss?(): void;
  children?: React.ReactNode;
}

export function PaneSection({ t, lang, title, description, status, onDismiss, children }: PaneSectionProps): React.JSX.Element {
  const styles = useStyles();
  const headingId = React.useId();
  const rootRef = React.useRef<HTMLElement>(null);
  const statusRef = React.useRef<HTMLDivElement>(null);
  // A new message takes focus, as 검증's do: the button that asked is disabled while it runs, and the browser
  // then drops focus to the page. Only when focus is lost or still in this part, never taken from elsewhere.
  React.useEffect(() => {
    const element = statusRef.current;
    if (!status || !element) return;
    const active = document.activeElement;
    if (active && active !== document.body && !rootRef.current?.contains(active)) return;
    element.focus();
  }, [status]);
  return (
    <section ref={rootRef} className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {description && <Text className={styles.description}>{description}</Text>}
      {children}
      {/* Always present, so that a screen reader announces what lands in it. */}
      <div ref={statusRef} tabIndex={-1} aria-live="polite">
        {status && (
          <StatusMessage intent={status.intent} dismissLabel={t("status.dismiss")} onDismiss={onDismiss}>
            {status.say(t, lang)}
          </StatusMessage>
        )}
      </div>
    </section>
  );
}
