/** What every CLI command is handed: where its output goes, and the file and validation work tests can swap. */
import type { ValidationResult } from "../app/validateWorkbook";
import type { Grid } from "../engine";
import type { FileOutcome, RenderedOutcome, RenderOptions } from "./report";

export interface CliIO {
  stdout(text: string): void;
  /** Text free of control characters by construction (terminal.ts's JSON): written without another pass over it. */
  stdoutClean?(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
}

/** What the commands call; tests swap these for stubs. */
export interface CliDeps {
  readGrid(file: string): Promise<Grid>;
  validate(grid: Grid): ValidationResult;
  readBytes(file: string): Promise<Uint8Array>;
  /** Writes a whole file safely (see ./output.ts); `force` lets it replace an existing file. */
  writeBytes(file: string, bytes: Uint8Array, options?: { force?: boolean }): Promise<void>;
  /**
   * Validates several files, each contained (one that crashes or runs out of memory fails alone), and
   * hands the outcomes over in argument order, as they are or already rendered as `render` asks.
   * Absent: readGrid + validate, one file after another.
   */
  validateFiles?(files: readonly string[], render: RenderOptions, onOutcome: (outcome: FileOutcome | RenderedOutcome) => void): Promise<void>;
}
