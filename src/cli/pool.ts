/**
 * Validating many files on every core: a pool of worker threads, one file at a time per worker, each
 * file contained. A worker that crashes or passes its memory limit fails only the file it held (that
 * file's outcome says why); a fresh worker takes its place and the other files are still reported.
 * Outcomes are handed back in argument order as soon as each one and all before it are done.
 */
import { availableParallelism, cpus, loadavg } from "os";
import * as path from "path";
import type { ReadFailure } from "../app/validateWorkbook";
import { StreamBrokenError, type RenderedOutcome, type RenderOptions, type StreamedOutcome } from "./report";
import type { WorkerTask } from "./validateWorker";

export interface PoolOptions {
  /** Workers to start (default: the machine's cores, at most one per file). */
  workers?: number;
  /** Heap limit of each worker in MB (default 1,536): one hostile file cannot take the machine's memory. */
  maxHeapMb?: number;
  /** The worker script (default: workerEntry.js beside this module, as built: validateWorker, bundled when it can be). */
  script?: string;
  /** Whether a file is validated in a worker of its own, its report streamed (validateAlone); default: none is. */
  isLarge?: (file: string) => boolean;
}

export function coreCount(): number {
  return typeof availableParallelism === "function" ? availableParallelism() : cpus().length;
}

/** Files per worker below which a worker costs more than it saves (its start and warm-up is worth about 8 small plans). */
export const FILES_PER_WORKER = 8;

/**
 * Workers worth starting for `files` files: one per idle core but one (the cores less the last minute's
 * load, less the core the main thread and V8's own compiler and collector threads run on: a single process
 * already uses more CPU than wall time), at most one per FILES_PER_WORKER files. Fewer than two workers
 * cannot beat validating in this process (0 is returned): measured on an idle 2-core machine, two workers
 * took 1.3× as long as one process for 229 plans (npm run bench).
 */
export function poolSize(files: number, cores = coreCount(), load = loadavg()[0], asked?: string): number {
  // PLAN_CHECK_WORKERS=N asks for N workers whatever the batch (0: none).
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), files);
  const spare = Math.round(cores - load) - 1;
  const size = Math.min(spare, Math.floor(files / FILES_PER_WORKER));
  return size >= 2 ? size : 0;
}

/**
 * Validates `files` in workers, each report rendered there as `render` asks; `onOutcome` is called in
 * argument order. Resolves when all are handed over (a large file's report may still be streaming).
 * A large file (options.isLarge) is validated as validateAlone does, in a worker of its own, and its report
 * streamed: rendered whole in a pool worker, the 50,000-row plan's report stood as one string of 45 million
 * characters in each thread. Its slot's pool worker waits meanwhile, so no more files are read at once.
 */
export async function validateInPool(
  files: readonly string[],
  render: RenderOptions,
  onOutcome: (outcome: RenderedOutcome | StreamedOutcome, index: number) => void,
  options: PoolOptions = {},
): Promise<void> {
  // Loaded only when a pool runs: worker_threads and node's worker internals cost a run without one about 5 ms of CPU.
  const { Worker } = await import("worker_threads");
  const script = options.script ?? path.join(__dirname, "workerEntry.js");
  const size = Math.max(1, Math.min(options.workers ?? coreCount(), files.length));
  const waiting: (RenderedOutcome | StreamedOutcome | null)[] = new Array(files.length).fill(null);
  let nextToStart = 0;
  let nextToReport = 0;

  return new Promise((resolve) => {
    const report = (index: number, outcome: RenderedOutcome | StreamedOutcome) => {
      waiting[index] = outcome;
      for (let ready = waiting[nextToReport]; ready; ready = waiting[nextToReport]) {
        waiting[nextToReport] = null; // reported: let it go
        onOutcome(ready, nextToReport++);
      }
      if (nextToReport === files.length) resolve();
    };

    const start = () => {
      const worker = new Worker(script, workerOptions(options));
      worker.stderr.resume();
      let current = -1;
      let ended = false;
      const feed = () => {
        if (ended) return; // this slot's worker failed while a large file held it: another took its place
        if (nextToStart >= files.length) {
          ended = true;
          void worker.terminate();
          return;
        }
        const index = nextToStart++;
        if (options.isLarge?.(files[index])) {
          // The next file once this one's report has been rendered to its end (or the file failed).
          const finished = new Promise<void>((onFinished) => {
            void validateAlone(files[index], render, { maxHeapMb: options.maxHeapMb, script: options.script, onFinished }).then(
              (outcome) => report(index, outcome),
              (error: Error & { code?: string }) => {
                report(index, { file: files[index], failure: crashFailure(error) }); // its worker could not start
                onFinished();
              },
            );
          });
          void finished.then(feed);
          return;
        }
        current = index;
        worker.postMessage({ index, file: files[index], render } satisfies WorkerTask);
      };
      worker.on("message", (message: { index: number; outcome: RenderedOutcome }) => {
        current = -1;
        report(message.index, message.outcome);
        feed();
      });
      const fail = (failure: ReadFailure) => {
        if (ended) return;
        ended = true;
        if (current >= 0) report(current, { file: files[current], failure });
        if (nextToStart < files.length) start();
      };
      worker.on("error", (error: Error & { code?: string }) => fail(crashFailure(error)));
      worker.on("exit", () => fail(WORKER_STOPPED));
      feed();
    };

    if (files.length === 0) resolve();
    for (let i = 0; i < size; i++) start();
  });
}

function workerOptions(options: PoolOptions, youngMb?: number) {
  return {
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1536, ...(youngMb ? { maxYoungGenerationSizeMb: youngMb } : {}) },
    stdout: false,
    stderr: true, // a worker's own stderr is not the user's report
  };
}

/** Files from this size on are validated in a worker of their own (validateAlone); smaller ones right in the process. */
export const LARGE_FILE_BYTES = 2 << 20;

/** LARGE_FILE_BYTES, or the number of bytes PLAN_CHECK_LARGE_FILE_BYTES asks for (0: every file in a worker of its own). */
export function largeFileBytes(asked?: string): number {
  return asked !== undefined && /^\d+$/.test(asked) ? Number(asked) : LARGE_FILE_BYTES;
}

/**
 * The young generation of a large file's worker, in MB. A large plan's cells, reads and findings live until its report is
 * written, so V8's scavenges copy most of what they find (to the old generation at last); a small young generation
 * copies the same survivors sooner and holds less: the 50,000-row plan's peak 221 → 178 MiB, its CPU the same (paired runs).
 */
export const LARGE_FILE_YOUNG_MB = 6;

/**
 * Validates one large file in a worker of its own, with a small young generation and the pool's memory limit (a file
 * that passes it fails alone, as in the pool). Resolves with the totals once the file is validated; the report follows
 * in `chunks`, each taken as the caller asks for the next, so the worker renders at most CHUNKS_AHEAD ahead of stdout.
 * `onFinished` is called once the worker is done with the file: its report rendered to the end, or the file failed.
 */
export async function validateAlone(
  file: string,
  render: RenderOptions,
  options: Pick<PoolOptions, "maxHeapMb" | "script"> & { youngMb?: number; onFinished?: () => void } = {},
): Promise<RenderedOutcome | StreamedOutcome> {
  const { MessageChannel, Worker } = await import("worker_threads");
  const worker = new Worker(options.script ?? path.join(__dirname, "workerEntry.js"), workerOptions(options, options.youngMb ?? LARGE_FILE_YOUNG_MB));
  worker.stderr.resume();
  const written = new Int32Array(new SharedArrayBuffer(4));
  const { port1: returns, port2: returned } = new MessageChannel();
  const chunks: Uint8Array[] = [];
  let wake: (() => void) | null = null;
  let ended = false;
  let broken: ReadFailure | null = null;
  const settle = () => {
    wake?.();
    wake = null;
  };
  let finished = false;
  const done = () => {
    if (finished) return;
    finished = true;
    options.onFinished?.();
  };

  async function* stream(): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        const chunk = chunks.shift();
        if (chunk) {
          yield chunk;
          continue;
        }
        if (broken) throw new StreamBrokenError(broken);
        if (ended) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      // A reader that stops early (stdout failed) leaves no worker waiting for it.
      if (!ended) void worker.terminate();
      ended = true;
      returns.close();
      done();
    }
  }

  // A chunk stdout has written goes back to the worker to hold a later one, and the worker may run ahead by one more.
  const release = (bytes: Uint8Array) => {
    if (!ended) returns.postMessage(bytes.buffer, [bytes.buffer as ArrayBuffer]);
    Atomics.add(written, 0, 1);
    Atomics.notify(written, 0);
  };

  return new Promise((resolve) => {
    let headed = false;
    const finish = () => {
      ended = true;
      settle();
      void worker.terminate();
      done();
    };
    worker.on("message", (message: WorkerMessage) => {
      if ("outcome" in message) {
        resolve(message.outcome);
        finish();
      } else if ("head" in message) {
        headed = true;
        resolve({ ...message.head, chunks: stream(), release });
      } else if ("chunk" in message) {
        chunks.push(new Uint8Array(message.chunk, message.offset, message.length));
        settle();
      } else finish();
    });
    const fail = (failure: ReadFailure) => {
      if (ended) return;
      if (headed) broken = failure;
      else resolve({ file, failure });
      finish();
    };
    worker.on("error", (error: Error & { code?: string }) => fail(crashFailure(error)));
    worker.on("exit", () => fail(WORKER_STOPPED));
    const task: WorkerTask = { index: 0, file, render, stream: { written: written.buffer as SharedArrayBuffer, returned } };
    worker.postMessage(task, [returned]);
  });
}

type WorkerMessage =
  | { index: number; outcome: RenderedOutcome }
  | { index: number; head: { file: string; severities: StreamedOutcome["severities"] } }
  | { index: number; chunk: ArrayBuffer; offset: number; length: number }
  | { index: number; end: true };

/** A worker that exited with a file unfinished, without an error of its own. */
const WORKER_STOPPED: ReadFailure = { reason: "unexpected", data: { detail: "the validating worker stopped" } };

function crashFailure(error: Error & { code?: string }): ReadFailure {
  if (error.code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory|heap/i.test(error.message)) {
    return { reason: "tooLarge", data: { limit: "memory" } };
  }
  return { reason: "unexpected", data: { detail: `${error.name}: ${error.message}`.split("\n")[0].slice(0, 300) } };
}
