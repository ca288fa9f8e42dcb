/**
 * plan-check: the command line face. Argument parsing and output only; the use case is
 * src/app/validateWorkbook.ts and the reports are src/cli/report.ts.
 *
 *   plan-check validate FILE... [--format text|json] [--lang ko|en]
 *   plan-check summarize FILE -o OUT.xlsx [--force] [--lang ko|en]
 *   plan-check diff OLD.xlsx NEW.xlsx [--format text|json] [--lang ko|en]
 *   plan-check split FILE -o DIR [--force] [--lang ko|en]
 *   plan-check consolidate MASTER DEPT... -o OUT.xlsx [--force] [--format text|json] [--lang ko|en]
 *   plan-check results-form PLAN --year Y -o OUT.xlsx [--force] [--lang ko|en]
 *   plan-check results PLAN [RESULTS...] --year Y [--format text|json] [--lang ko|en]
 *
 * Exit status (validate): 0 no errors · 1 errors found · 2 a file could not be read as a plan, or bad usage.
 * Everything printed goes through src/cli/terminal.ts (no control character of a cell reaches the terminal);
 * every file written goes through src/cli/output.ts (never an input, never an existing file without --force).
 */
import type { Lang } from "../i18n";
import { appText } from "../i18n/app";
import { isHelp, UsageError } from "./args";
import type { CliDeps, CliIO } from "./io";
export { parseCommandArgs, parseValidateArgs } from "./args";
import { stripControls } from "./terminal";
import { once } from "events";

type Command = (args: readonly string[], io: CliIO, deps: CliDeps) => Promise<number>;

/** A command whose module is loaded only when it is the one asked for (start-up stays small). */
function onDemand<M>(load: () => Promise<M>, pick: (module: M) => Command): Command {
  return async (args, io, deps) => pick(await load())(args, io, deps);
}
const validateCommands = () => import("./validateCommand");
const workbookCommands = () => import("./workbookCommands");
const resultsCommands = () => import("./resultsCommands");

/** The dispatcher: one entry per command. */
const commands: Record<string, Command> = {
  validate: onDemand(validateCommands, (m) => m.validateCommand),
  summarize: onDemand(workbookCommands, (m) => m.summarizeCommand),
  diff: onDemand(workbookCommands, (m) => m.diffCommand),
  split: onDemand(workbookCommands, (m) => m.splitCommand),
  consolidate: onDemand(workbookCommands, (m) => m.consolidateCommand),
  "results-form": onDemand(resultsCommands, (m) => m.resultsFormCommand),
  results: onDemand(resultsCommands, (m) => m.resultsCommand),
};

/** The language asked for anywhere on the line (for usage errors found before --lang is parsed). */
function langHint(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    const value = args[i] === "--lang" ? args[i + 1] : args[i].startsWith("--lang=") ? args[i].slice(7) : undefined;
    if (value === "en" || value === "ko") return value;
  }
  return "ko";
}

/**
 * The same streams with control characters removed (the report's own colours kept when it paints);
 * bytes of text made safe where it was printed go out as they are.
 */
function terminalSafe(io: CliIO): CliIO {
  const colors = io.stdoutIsTTY && io.env.NO_COLOR === undefined;
  return {
    ...io,
    stdout: (text) => io.stdout(stripControls(text, colors)),
    stdoutBytes:
      io.stdoutBytes?.bind(io) ??
      ((bytes, written) => {
        io.stdout(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
        written?.();
        return true;
      }),
    stderr: (text) => io.stderr(stripControls(text)),
  };
}

/**
 * Runs one command line. `deps` default to the real files, reader and engine (./defaultDeps.ts), loaded
 * only when a command runs: `--help` and usage errors load neither the engine nor the reader.
 */
export async function main(argv: readonly string[], rawIo: CliIO, deps?: CliDeps): Promise<number> {
  const io = terminalSafe(rawIo);
  const lang = langHint(argv);
  try {
    const [name, ...rest] = argv;
    if (name === undefined) return usageError(io, lang, new UsageError("cli.noCommand"));
    if (isHelp(name) || name === "help") {
      io.stdout(`${appText("cli.usage", lang)}\n`);
      return 0;
    }
    const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
    if (!command) {
      const error = name.startsWith("-")
        ? new UsageError("cli.unknownOption", { option: name })
        : new UsageError("cli.unknownCommand", { command: name });
      return usageError(io, lang, error);
    }
    return await command(rest, io, deps ?? (await import("./defaultDeps")).defaultDeps);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, lang, error);
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(`${appText("cli.crashed", lang, { detail: detail.split("\n")[0] })}\n`);
    return 2;
  }
}

function usageError(io: CliIO, lang: Lang, error: UsageError): number {
  io.stderr(`${appText(error.id, lang, error.data)}\n\n${appText("cli.usage", lang)}\n`);
  return 2;
}

/** The entry point bin/plan-check.js calls: real process streams, exit status via process.exitCode. */
export function run(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  for (const stream of [process.stdout, process.stderr]) {
    // A closed pipe (plan-check … | head) ends the run quietly instead of throwing.
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    });
  }
  const io: CliIO = {
    stdout: (text) => void process.stdout.write(text),
    stdoutBytes: (bytes, written) => {
      if (!written) return process.stdout.write(bytes);
      let told = false;
      const tell = () => {
        if (told) return;
        told = true;
        written();
      };
      const ok = process.stdout.write(bytes, tell);
      // A file or pipe is written at once on Linux: the bytes are free now. Its callback comes only on the next tick,
      // which a run reading its files synchronously reaches at its end: each chunk's memory would be new.
      if (process.stdout.writableLength === 0) tell();
      return ok;
    },
    drained: () => once(process.stdout, "drain"),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
  return main(argv, io).then((code) => {
    process.exitCode = code;
    return code;
  });
}

/** What exitWhenWritten needs of a stream: what it still holds, and a write whose callback comes after it. */
export interface Flushable {
  writableLength: number;
  write(chunk: string, callback: (error?: Error | null) => void): boolean;
}

/**
 * Ends the process with `code` as soon as stdout and stderr have handed over what they hold (at once when
 * they hold nothing: on Linux a file or pipe is written synchronously). Left to end by itself, node first
 * waits for V8's background compiler and sweeper tasks and tears down the heap: 100–300 ms after the last
 * byte of the 50,000-row plan's report, about 100 ms after the 229 plans'. The 'exit' listeners (the code
 * cache's save) still run.
 */
export function exitWhenWritten(
  code: number,
  streams: readonly Flushable[] = [process.stdout, process.stderr],
  exit: (code: number) => void = (status) => process.exit(status),
): Promise<void> {
  const flushed = (stream: Flushable) =>
    stream.writableLength === 0 ? undefined : new Promise<void>((resolve) => void stream.write("", () => resolve()));
  const waits = streams.map(flushed).filter((wait): wait is Promise<void> => wait !== undefined);
  if (waits.length === 0) {
    exit(code);
    return Promise.resolve();
  }
  return Promise.all(waits).then(() => exit(code));
}

if (require.main === module) void run().then((code) => exitWhenWritten(code));
