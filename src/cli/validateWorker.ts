/**
 * One worker of the validate pool (./pool.ts): reads, validates and renders the files it is sent, one at
 * a time. Only the rendered report and the totals go back: the plan model never crosses threads.
 * A large file's worker (./pool.ts validateAlone) sends its report as UTF-8 chunks instead of one string.
 */
import { parentPort, receiveMessageOnPort, type MessagePort } from "worker_threads";
import { readPlanOnly, toReadFailure, validateReadPlan } from "../app/validateWorkbook";
import { readWorkbookFile } from "../xlsx/readFile";
import { CHUNK_BYTES, ChunkWriter, newChunk } from "./chunks";
import { printable, renderOutcome, reportPieces, type FileOutcome, type RenderOptions } from "./report";

/**
 * A file to validate. A large file's (./pool.ts validateAlone) report is streamed: `written` counts the chunks stdout
 * has written so far, and each such chunk's memory comes back through `returned` to hold a later one.
 */
export interface WorkerTask {
  index: number;
  file: string;
  render: RenderOptions;
  stream?: { written: SharedArrayBuffer; returned: MessagePort };
}

/** Chunks of a streamed report that may wait in the main thread for stdout: a slow reader holds the worker, not memory. */
export const CHUNKS_AHEAD = 4;

parentPort?.on("message", (task: WorkerTask) => {
  // The grid is let go once the plan is read: the rules run without it.
  void readPlanOnly(() => readWorkbookFile(task.file))
    .then((plan): FileOutcome => ({ file: task.file, result: validateReadPlan(plan) }))
    .catch((error: unknown): FileOutcome => ({ file: task.file, failure: toReadFailure(error) }))
    .then((outcome) => {
      if (task.stream && !("failure" in outcome)) streamReport(task, outcome, task.stream);
      else parentPort?.postMessage({ index: task.index, outcome: renderOutcome(outcome, task.render) });
    });
});

/**
 * The report in chunks of UTF-8, each handed over (not copied) as it fills, after a first message with the totals:
 * a 50,000-row plan's 45 million characters never stand as one string in either thread.
 */
function streamReport(task: WorkerTask, outcome: Extract<FileOutcome, { result: unknown }>, stream: NonNullable<WorkerTask["stream"]>): void {
  const { index, render } = task;
  const written = new Int32Array(stream.written);
  parentPort?.postMessage({ index, head: { file: outcome.file, severities: outcome.result.severities } });
  let sent = 0;
  const send = (bytes: Uint8Array) => {
    // The chunk's own buffer travels (a ChunkWriter's chunk is never a slice of node's shared buffer pool).
    parentPort?.postMessage({ index, chunk: bytes.buffer, offset: bytes.byteOffset, length: bytes.byteLength }, [bytes.buffer as ArrayBuffer]);
    sent++;
    return true;
  };
  // A written chunk's memory, else a new one while fewer than CHUNKS_AHEAD wait; else wait for stdout to take one.
  const nextChunk = (): Buffer => {
    for (;;) {
      const back = receiveMessageOnPort(stream.returned)?.message as ArrayBuffer | undefined;
      if (back !== undefined) {
        if (back.byteLength === CHUNK_BYTES) return Buffer.from(back);
        continue; // a piece longer than a chunk, sent as it was: its memory is not a chunk's
      }
      const done = Atomics.load(written, 0);
      if (sent - done < CHUNKS_AHEAD) return newChunk();
      Atomics.wait(written, 0, done);
    }
  };
  const out = new ChunkWriter(send, nextChunk);
  for (const piece of reportPieces(outcome, render)) out.write(printable(piece, render));
  out.flush();
  parentPort?.postMessage({ index, end: true });
}
