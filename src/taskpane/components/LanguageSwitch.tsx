import { makeStyles, Select, tokens, useId } from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../i18n";
import { uiText } from "../../i18n/ui";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  select: { minWidth: "112px" },
});

export interface LanguageSwitchProps {
  lang: Lang;
  onChange(lang: Lang): void;
}

/** A native select, labelled in both languages so that either reader finds it. */
export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps): React.JSX.Element {
  const styles = useStyles();
  const id = useId("lang");
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        {uiText("lang.label", lang)}
      </label>
      <Select
        id={id}
        size="small"
        className={styles.select}
        aria-label={`${uiText("lang.label", "ko")} / ${uiText("lang.label", "en")}`}
        value={lang}
        onChange={(_, data) => onChange(data.value === "en" ? "en" : "ko")}
      >
        <option value="ko" lang="ko">
          {uiText("lang.ko", lang)}
        </option>
        <option value="en" lang="en">
          {uiText("lang.en", lang)}
        </option>
      </Select>
    </div>
  );
}
