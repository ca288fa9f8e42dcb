/**
 * plan-check validate FILE... [--format text|json] [--lang ko|en]: each file's report written as soon as
 * it and all before it are done (loaded only for this command; see ./main.ts).
 */
import { appText } from "../i18n/app";
import { parseValidateArgs, UsageError } from "./args";
import { ChunkWriter, SpareChunks } from "./chunks";
import type { CliDeps, CliIO } from "./io";
import {
  exitCodeFor,
  failureLine,
  isFailure,
  JSON_END,
  jsonSeparator,
  renderJsonEntry,
  printable,
  reportPieces,
  totalLine,
  type FileOutcome,
  type OutcomeSummary,
  type RenderedOutcome,
  type RenderOptions,
  StreamBrokenError,
  type StreamedOutcome,
} from "./report";
import { toReadFailure, type ReadFailure } from "../app/readFailure";

export async function validateCommand(args: readonly string[], io: CliIO, deps: CliDeps): Promise<number> {
  const options = parseValidateArgs(args);
  if (options.help) {
    io.stdout(`${appText("cli.usage", options.lang)}\n`);
    return 0;
  }
  if (options.files.length === 0) throw new UsageError("cli.noFiles");

  const render: RenderOptions = { format: options.format, lang: options.lang, color: io.stdoutIsTTY && io.env.NO_COLOR === undefined };
  // Only what the totals need is kept of each file; its report is written as soon as it and all before it are done.
  const summaries: OutcomeSummary[] = [];
  let printed = 0;
  // The report goes out in chunks of about a megabyte, never the whole of it as one string, and waits
  // when stdout is full. JSON escaped every control as it was printed, so only text is scanned for them.
  // Each chunk's memory comes back once stdout wrote it (terminalSafe always gives a stdoutBytes).
  const spare = new SpareChunks();
  const out = new ChunkWriter((bytes) => io.stdoutBytes!(bytes, () => spare.keep(bytes)), spare.next);
  const write = async (pieces: Iterable<string>) => {
    for (const piece of pieces) if (!out.write(printable(piece, render))) await io.drained?.();
  };
  const flush = async () => {
    if (!out.flush()) await io.drained?.();
  };
  const failed = async (failure: { file: string; failure: ReadFailure }) => {
    summaries.push(failure);
    await flush(); // what stands before it in the arguments is printed before its line
    io.stderr(`${failureLine(failure, options.lang)}\n`);
  };
  // A large file's report arrives in chunks already made safe: written as they come, each after stdout has taken the last.
  const writeChunks = async (outcome: StreamedOutcome) => {
    await flush();
    try {
      for await (const bytes of outcome.chunks) if (!io.stdoutBytes!(bytes, () => outcome.release(bytes))) await io.drained?.();
    } catch (error) {
      if (!(error instanceof StreamBrokenError)) throw error;
      summaries.pop(); // its totals were counted before its report was cut short
      await failed({ file: outcome.file, failure: error.failure });
    }
  };
  const report = async (outcome: FileOutcome | RenderedOutcome | StreamedOutcome) => {
    const streamed = "chunks" in outcome;
    if (options.format === "json") {
      await write([jsonSeparator(summaries.length)]);
      if (!streamed) await write("report" in outcome ? [outcome.report] : renderJsonEntry(outcome, options.lang));
    }
    if (isFailure(outcome)) return failed(outcome);
    summaries.push({ file: outcome.file, severities: "result" in outcome ? outcome.result.severities : outcome.severities });
    if (options.format === "text") {
      if (printed++ > 0) await write(["\n"]);
      if (!streamed) await write("report" in outcome ? [outcome.report] : reportPieces(outcome, render));
    }
    if (streamed) await writeChunks(outcome);
  };
  // One report at a time, in argument order (the pool hands several over without waiting).
  let reported = Promise.resolve();
  const inOrder = (outcome: FileOutcome | RenderedOutcome | StreamedOutcome) => (reported = reported.then(() => report(outcome)));
  if (deps.validateFiles) await deps.validateFiles(options.files, render, inOrder);
  else for (const file of options.files) await inOrder(await validateFile(file, deps));
  await reported;
  if (options.format === "json") await write([JSON_END]);
  else if (summaries.length > 1) await write([`${printed > 0 ? "\n" : ""}${totalLine(summaries, options.lang)}\n`]);
  await flush();
  return exitCodeFor(summaries);
}

export async function validateFile(file: string, deps: CliDeps): Promise<FileOutcome> {
  try {
    if (deps.readAndValidate) return { file, result: await deps.readAndValidate(file) };
    const grid = await deps.readGrid(file);
    return { file, result: deps.validate(grid) };
  } catch (error) {
    return { file, failure: toReadFailure(error) };
  }
}

