/** What every CLI command is handed: where its output goes, and the file and validation work tests can swap. */
import type { ValidationResult } from "../app/validateWorkbook";
import type { Grid } from "../engine";
import type { FileOutcome, RenderedOutcome, RenderOptions, StreamedOutcome } from "./report";

export interface CliIO {
  stdout(text: string): void;
  /**
   * UTF-8 text already made safe (terminal.ts: JSON escaped as printed, text through stripControls), written
   * as it is; false when the stream's buffer is full (wait for drained()). `written` is called once the stream no
   * longer holds the bytes (they may then be reused). Absent: decoded and given to stdout.
   */
  stdoutBytes?(bytes: Uint8Array, written?: () => void): boolean;
  /** Resolves when stdout has written what it held (after stdoutBytes answered false). */
  drained?(): Promise<unknown>;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
}

/** What the commands call; tests swap these for stubs. */
export interface CliDeps {
  readGrid(file: string): Promise<Grid>;
  validate(grid: Grid): ValidationResult;
  /**
   * readGrid + validate, the grid let go once the plan is read, so that the rules run without it (readPlanOnly).
   * Absent (tests' stubs): readGrid, then validate.
   */
  readAndValidate?(file: string): Promise<ValidationResult>;
  readBytes(file: string): Promise<Uint8Array>;
  /** Writes a whole file safely (see ./output.ts); `force` lets it replace an existing file. */
  writeBytes(file: string, bytes: Uint8Array, options?: { force?: boolean }): Promise<void>;
  /**
   * Validates several files, each contained (one that crashes or runs out of memory fails alone), and
   * hands the outcomes over in argument order, as they are or already rendered as `render` asks (awaiting
   * onOutcome lets the report's output drain before the next file is read).
   * Absent: readGrid + validate, one file after another.
   */
  validateFiles?(
    files: readonly string[],
    render: RenderOptions,
    onOutcome: (outcome: FileOutcome | RenderedOutcome | StreamedOutcome) => Promise<void>,
  ): Promise<void>;
}
