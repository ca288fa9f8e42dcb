/** One worker of the validate pool (./pool.ts): reads and validates the files it is sent, one at a time. */
import { parentPort } from "worker_threads";
import { toReadFailure, validateGrid } from "../app/validateWorkbook";
import { readWorkbookFile } from "../xlsx/readFile";
import type { FileOutcome } from "./report";

parentPort?.on("message", (task: { index: number; file: string }) => {
  void readWorkbookFile(task.file)
    .then((grid): FileOutcome => ({ file: task.file, result: validateGrid(grid) }))
    .catch((error: unknown): FileOutcome => ({ file: task.file, failure: toReadFailure(error) }))
    .then((outcome) => parentPort?.postMessage({ index: task.index, outcome }));
});
