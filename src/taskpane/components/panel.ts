/**
 * What the lazily loaded sections (요약·이력, 부서, 시행결과) get from the pane, and the failure handling they share.
 * The App imports only the types: the hook is in the sections' chunks, not the first load.
 */
import type { Lang } from "../../i18n";
import type { ConsolidationUndo } from "../../app/consolidate";
import { toActionFailure, type ActionFailure, type PaneActions } from "../actions";
import { actionFailureText } from "../failureText";
import type { T } from "../text";
import type { SectionStatus } from "./PaneSection";

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

export interface SectionFailures {
  /** A failure as the section's error status, rendered in whichever language the pane shows. */
  fail(failure: ActionFailure): SectionStatus;
  /** Runs `work` under the pane's lock; whatever it throws becomes `setStatus`'s error, never a lost click. */
  guarded(setStatus: (status: SectionStatus) => void, work: () => Promise<void>): Promise<void>;
}

export function useSectionFailures(lock: PaneLock, workbookName: string | undefined): SectionFailures {
  const fail = (failure: ActionFailure): SectionStatus => ({ intent: "error", say: (_, l) => actionFailureText(failure, l, workbookName) });
  const guarded = (setStatus: (status: SectionStatus) => void, work: () => Promise<void>) =>
    lock.run(async () => {
      try {
        await work();
      } catch (error) {
        setStatus(fail(toActionFailure(error)));
      }
    });
  return { fail, guarded };
}

/**
 * 취합 되돌리기, for plans (부서) and results (시행결과) alike: runs plan consolidation's undo and says what came of it.
 * True when the cells went back; false when it failed or a cell changed since (the status says which).
 */
export async function undoConsolidationWithStatus(
  actions: PaneActions,
  undo: ConsolidationUndo,
  lang: Lang,
  fail: SectionFailures["fail"],
  setStatus: (status: SectionStatus) => void,
): Promise<boolean> {
  const outcome = await actions.undoConsolidation(undo, lang);
  if (!outcome.ok) {
    setStatus(fail(outcome.failure));
    return false;
  }
  const result = outcome.value;
  if (result.status === "changedSince") {
    setStatus({ intent: "warning", say: (t) => t("merge.changedSince", { cells: result.cells.join(", ") }) });
    return false;
  }
  setStatus({ intent: "success", say: (t) => t("merge.undone", { cells: result.cells, rows: result.logRows }) });
  return true;
}
