/**
 * One validation at a time per workbook. The ribbon's 계획 검증 (commands.html) and the task pane are two
 * JavaScript runtimes (the manifest has no shared runtime), so no lock in memory can see both: the lock
 * is a hidden workbook name. Adding a name that exists fails in Excel (ItemAlreadyExists), so taking the
 * lock is one request that cannot race: of two runs, Excel serialises the adds and refuses the second.
 *
 * The name holds when it was taken; a lock older than LOCK_STALE_MS (a run whose pane was closed, a
 * workbook saved mid-run) is taken over. Requests: 1 to take the lock (3 when one is in the way), 2 to
 * release it.
 */
import { ValidationRunningError } from "../app/port";
import type { ExcelRun } from "./context";
import { officeErrorCode } from "./officeErrors";

/** The hidden name: letters and a period, a valid Excel name in every locale. */
export const LOCK_NAME = "PlanCheck.Running";

/** Longer than any validation takes (a 5,000-row plan is a handful of requests). */
export const LOCK_STALE_MS = 3 * 60_000;

export interface RunLockOptions {
  now?: () => number;
}

/** `="<taken at, ms>.<random>"`: a text constant Excel keeps as the name's formula. */
function lockFormula(token: string): string {
  return `="${token}"`;
}

function takenAt(formula: string): number | null {
  const match = /^="?(\d+)\./.exec(formula);
  return match ? Number(match[1]) : null;
}

/** Adds the hidden name; false when one already exists. */
async function add(run: ExcelRun, token: string, replacing: string | null): Promise<boolean> {
  try {
    await run(async (context) => {
      const names = context.workbook.names;
      // The stale lock goes in the same request as the add (two runs taking over one stale lock at
      // the same moment could both succeed: a window of one request, left open).
      if (replacing !== null) names.getItem(LOCK_NAME).delete();
      names.add(LOCK_NAME, lockFormula(token)).visible = false;
      await context.sync();
    });
    return true;
  } catch (error) {
    const code = officeErrorCode(error);
    if (code === "ItemAlreadyExists") return false;
    // The stale lock was released meanwhile: a plain add decides.
    if (code === "ItemNotFound" && replacing !== null) return add(run, token, null);
    throw error;
  }
}

/** The lock's formula now, or null without one. */
function held(run: ExcelRun): Promise<string | null> {
  return run(async (context) => {
    const item = context.workbook.names.getItemOrNullObject(LOCK_NAME);
    item.load("formula");
    await context.sync();
    return item.isNullObject ? null : item.formula;
  });
}

/** Takes the lock or throws ValidationRunningError; returns the token to release it with. */
export async function takeRunLock(run: ExcelRun, options: RunLockOptions = {}): Promise<string> {
  const now = options.now ?? Date.now;
  const token = `${now()}.${Math.floor(Math.random() * 1e9)}`;
  if (await add(run, token, null)) return token;
  const formula = await held(run);
  const at = formula === null ? null : takenAt(formula);
  if (formula !== null && at !== null && now() - at < LOCK_STALE_MS) throw new ValidationRunningError();
  // Released meanwhile, or stale: one more try, then give up.
  if (await add(run, token, formula)) return token;
  throw new ValidationRunningError();
}

/** Removes the lock if it is still this run's (a stale one may have been taken over). */
export async function releaseRunLock(run: ExcelRun, token: string): Promise<void> {
  await run(async (context) => {
    const item = context.workbook.names.getItemOrNullObject(LOCK_NAME);
    item.load("formula");
    await context.sync();
    if (item.isNullObject || item.formula !== lockFormula(token)) return;
    item.delete();
    await context.sync();
  });
}

/** Runs `work` holding the lock; the lock is released whatever `work` does. */
export async function withRunLock<T>(run: ExcelRun, work: () => Promise<T>, options: RunLockOptions = {}): Promise<T> {
  const token = await takeRunLock(run, options);
  try {
    return await work();
  } finally {
    // A failed release leaves a lock that goes stale by itself; it must not hide what `work` did.
    await releaseRunLock(run, token).catch(() => undefined);
  }
}
