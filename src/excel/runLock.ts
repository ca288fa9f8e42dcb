/**
 * One validation at a time per workbook. The ribbon's 계획 검증 (commands.html) and the task pane are two
 * JavaScript runtimes (the manifest has no shared runtime), so no lock in memory can see both: the lock
 * is a hidden workbook name. Adding a name that exists fails in Excel (ItemAlreadyExists), so taking the
 * lock is one action that cannot race: of two runs, Excel serialises the adds and refuses the second.
 *
 * The lock costs no request of its own on the normal path: its add is queued first in the first request
 * of the run's read (`takeWith`) and its removal last in the request of the run's highlight
 * (`queueRelease`). Excel runs a request's actions in order and stops at the first that fails, keeping
 * what ran before it: a refused add stops the read before anything else of it is done, and a highlight
 * that fails leaves the removal unsent (then `release` removes it, in its own requests).
 *
 * The name holds when it was taken; a lock older than LOCK_STALE_MS (a run whose pane was closed, a
 * workbook saved mid-run) is taken over. Requests beyond the read and the highlight: none on the normal
 * path; 2 more when another run's lock is in the way (its age, the take-over); 2 to release after a failure.
 */
import { ValidationRunningError, type RunLock } from "../app/port";
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

/** Queues the hidden name's add (and, taking over a stale lock, its removal first: one request, no window). */
function queueAdd(context: Excel.RequestContext, token: string, replacing: boolean): void {
  const names = context.workbook.names;
  if (replacing) names.getItem(LOCK_NAME).delete();
  names.add(LOCK_NAME, lockFormula(token)).visible = false;
}

/** Adds the hidden name in a request of its own; false when one already exists. */
async function add(run: ExcelRun, token: string, replacing: string | null): Promise<boolean> {
  try {
    await run(async (context) => {
      queueAdd(context, token, replacing !== null);
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
function heldFormula(run: ExcelRun): Promise<string | null> {
  return run(async (context) => {
    const item = context.workbook.names.getItemOrNullObject(LOCK_NAME);
    item.load("formula");
    await context.sync();
    return item.isNullObject ? null : item.formula;
  });
}

/**
 * The lock of one run. `free` until its add is queued; `held` from then (also when that request failed
 * after the add, which Excel keeps: the checked `release` sorts it out), unless the add was refused;
 * `released` once the request carrying its removal went through.
 */
export class ExcelRunLock implements RunLock {
  private state: "free" | "held" | "released" = "free";
  private releaseQueued = false;
  private readonly token: string;
  private readonly at: number;
  private readonly now: () => number;

  constructor(options: RunLockOptions = {}) {
    this.now = options.now ?? Date.now;
    this.at = this.now();
    this.token = `${this.at}.${Math.floor(Math.random() * 1e9)}`;
  }

  get held(): boolean {
    return this.state === "held";
  }

  /**
   * Excel.run of `batch` with the lock's add queued before the batch's first action, while the lock is
   * free (a plain run once taken). When another run holds it: its age is read, a stale lock is taken
   * over and `batch` runs again; a fresh one throws ValidationRunningError. `batch` must add nothing of
   * its own (an ItemAlreadyExists is taken as the lock's refusal).
   */
  async takeWith<T>(run: ExcelRun, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (this.state !== "free") return run(batch);
    try {
      return await run((context) => {
        queueAdd(context, this.token, false);
        // Held for whatever the batch queues after the add: Excel runs it only if the add went through.
        // Also after a failure of the batch's own (the add may have gone through): `release` checks.
        this.state = "held";
        return batch(context);
      });
    } catch (error) {
      if (officeErrorCode(error) !== "ItemAlreadyExists") throw error;
      this.state = "free";
    }
    await this.takeOver(run);
    return run(batch);
  }

  /** Another run's lock is in the way: take it over if stale, else ValidationRunningError. */
  private async takeOver(run: ExcelRun): Promise<void> {
    const formula = await heldFormula(run);
    const at = formula === null ? null : takenAt(formula);
    if (formula !== null && at !== null && this.now() - at < LOCK_STALE_MS) throw new ValidationRunningError();
    // Released meanwhile, or stale: one more try, then give up.
    if (!(await add(run, this.token, formula))) throw new ValidationRunningError();
    this.state = "held";
  }

  /**
   * Queues the lock's removal, to go last in a request the run sends anyway; call `sent` once that
   * request went through. Queued only while the lock is young enough that no other run can have taken it
   * over (a take-over needs it LOCK_STALE_MS old; half of that leaves room for the two runtimes' clocks):
   * an older one is removed by `release`, which checks it is still this run's.
   */
  queueRelease(context: Excel.RequestContext): void {
    this.releaseQueued = this.state === "held" && this.now() - this.at < LOCK_STALE_MS / 2;
    if (this.releaseQueued) context.workbook.names.getItem(LOCK_NAME).delete();
  }

  /** The request that carried `queueRelease` went through. */
  sent(): void {
    if (this.releaseQueued) this.state = "released";
    this.releaseQueued = false;
  }

  /** Removes the lock if this run still holds it (a stale one may have been taken over): 2 requests, 0 when released already. */
  async release(run: ExcelRun): Promise<void> {
    if (this.state !== "held") return;
    await run(async (context) => {
      const item = context.workbook.names.getItemOrNullObject(LOCK_NAME);
      item.load("formula");
      await context.sync();
      if (item.isNullObject || item.formula !== lockFormula(this.token)) return;
      item.delete();
      await context.sync();
    });
    this.state = "released";
  }
}

/**
 * Runs `work` with a lock it hands to the port's calls (see WorkbookPort.exclusive); afterwards the lock
 * is released if they did not (a failure between the read and the highlight, or work that took it alone).
 */
export async function withRunLock<T>(run: ExcelRun, work: (lock: ExcelRunLock) => Promise<T>, options: RunLockOptions = {}): Promise<T> {
  const lock = new ExcelRunLock(options);
  try {
    return await work(lock);
  } finally {
    // A failed release leaves a lock that goes stale by itself; it must not hide what `work` did.
    await lock.release(run).catch(() => undefined);
  }
}
