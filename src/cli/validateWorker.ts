/**
 * One worker of the validate pool (./pool.ts): reads, validates and renders the files it is sent, one at
 * a time. Only the rendered report and the totals go back: the plan model never crosses threads.
 */
import { parentPort } from "worker_threads";
import { toReadFailure, validateGrid } from "../app/validateWorkbook";
import { readWorkbookFile } from "../xlsx/readFile";
import { renderOutcome, type FileOutcome, type RenderOptions } from "./report";

parentPort?.on("message", (task: { index: number; file: string; render: RenderOptions }) => {
  void readWorkbookFile(task.file)
    .then((grid): FileOutcome => ({ file: task.file, result: validateGrid(grid) }))
    .catch((error: unknown): FileOutcome => ({ file: task.file, failure: toReadFailure(error) }))
    .then((outcome) => parentPort?.postMessage({ index: task.index, outcome: renderOutcome(outcome, task.render) }));
});
