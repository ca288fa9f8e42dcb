/**
 * One worker of the validate pool (./pool.ts): reads, validates and renders the files it is sent, one at
 * a time. Only the rendered report and the totals go back: the plan model never crosses threads.
 */
import { parentPort } from "worker_threads";
import { readPlanOnly, toReadFailure, validateReadPlan } from "../app/validateWorkbook";
import { readWorkbookFile } from "../xlsx/readFile";
import { renderOutcome, type FileOutcome, type RenderOptions } from "./report";

parentPort?.on("message", (task: { index: number; file: string; render: RenderOptions }) => {
  // The grid is let go once the plan is read: the rules run without it.
  void readPlanOnly(() => readWorkbookFile(task.file))
    .then((plan): FileOutcome => ({ file: task.file, result: validateReadPlan(plan) }))
    .catch((error: unknown): FileOutcome => ({ file: task.file, failure: toReadFailure(error) }))
    .then((outcome) => parentPort?.postMessage({ index: task.index, outcome: renderOutcome(outcome, task.render) }));
});
