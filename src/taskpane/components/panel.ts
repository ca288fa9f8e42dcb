/** What the lazily loaded sections (요약·이력, 부서) get from the pane. Types only: nothing here is in any chunk. */
import type { Lang } from "../../i18n";
import type { PaneActions } from "../actions";
import type { T } from "../text";

/** One workbook action at a time across the whole pane. */
export interface PaneLock {
  /** Another action runs, or there is no workbook: the section's buttons are disabled. */
  busy: boolean;
  /** Runs `work` unless another action runs; `work` handles its own outcome and errors. */
  run(work: () => Promise<void>): Promise<void>;
}

export interface SectionProps {
  t: T;
  lang: Lang;
  actions: PaneActions;
  lock: PaneLock;
  /** How failures name the workbook (a file name in the preview). */
  workbookName?: string;
  /** Set when there is no workbook (the preview before a file is opened): says why. */
  unavailable?: string;
}
