/**
 * Writing the CLI's outputs without ever destroying an input or a file the user did not offer.
 *
 * - An output that is one of the inputs — the same file by device and inode, so a symlink, a hard link
 *   or another spelling of the path is caught too — is refused (OutputError "isInput").
 * - An existing output is refused unless --force (OutputError "exists").
 * - The bytes go to a temporary file beside the target, then into place in one step: a link that fails
 *   when the target appeared meanwhile (no --force) or a rename (--force). A crash leaves the old file or
 *   the new one, never half a workbook; the temporary file is removed on failure.
 * - A failed write is an OutputError "writeFailed" with the system's code: the CLI names the file and the
 *   cause instead of calling it a reading error.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Lang } from "../i18n";
import { appText, type AppTextId } from "../i18n/app";

export type OutputProblem = "isInput" | "exists" | "writeFailed" | "notAFile";

export class OutputError extends Error {
  constructor(
    readonly problem: OutputProblem,
    readonly file: string,
    readonly code: string = "",
  ) {
    super(`${problem}: ${file}${code ? ` (${code})` : ""}`);
    this.name = "OutputError";
  }
}

/** Device and inode of a path (following links); null when nothing is there. */
async function identity(file: string): Promise<{ dev: number; ino: number; isFile: boolean } | null> {
  try {
    const stat = await fs.stat(file);
    return { dev: stat.dev, ino: stat.ino, isFile: stat.isFile() };
  } catch {
    return null;
  }
}

/** True when `a` and `b` name the same existing file (by device and inode), or the same path. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [x, y] = await Promise.all([identity(a), identity(b)]);
  return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
}

/**
 * Checks an output before anything is written: throws OutputError when it is an input, or exists and
 * `force` is not set, or is something else than a regular file (a folder, a device).
 */
export async function checkOutput(output: string, inputs: readonly string[], force: boolean): Promise<void> {
  for (const input of inputs) if (await sameFile(output, input)) throw new OutputError("isInput", output);
  let existing: import("fs").Stats | null = null;
  try {
    existing = await fs.lstat(output);
  } catch {
    existing = null;
  }
  if (!existing) return;
  if (existing.isDirectory()) throw new OutputError("notAFile", output);
  if (!force) throw new OutputError("exists", output);
  if (!existing.isFile() && !existing.isSymbolicLink()) throw new OutputError("notAFile", output);
}

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? "unknown";
}

/** Moves `temp` to `file` unless `file` exists: a hard link where the file system has them, else a check and a rename. */
async function placeWithoutReplacing(temp: string, file: string): Promise<void> {
  try {
    await fs.link(temp, file);
    await fs.unlink(temp);
    return;
  } catch (error) {
    if (!["EPERM", "ENOTSUP", "ENOSYS", "EXDEV", "EOPNOTSUPP"].includes(errnoCode(error))) throw error;
  }
  if ((await identity(file)) !== null) throw Object.assign(new Error("exists"), { code: "EEXIST" });
  await fs.rename(temp, file);
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder. Without `force` an existing
 * file is never replaced (checked again at the last moment: fs.link fails on an existing target).
 * A symlink at `file` is replaced by the new file, never written through.
 */
export async function writeFileSafely(file: string, bytes: Uint8Array, force: boolean): Promise<void> {
  const dir = path.dirname(file);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (error) {
    throw new OutputError("writeFailed", file, errnoCode(error));
  }
  const temp = path.join(dir, `.plan-check-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    if (force) {
      await fs.rename(temp, file);
    } else {
      await placeWithoutReplacing(temp, file);
    }
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    const code = errnoCode(error);
    if (code === "EEXIST") throw new OutputError("exists", file);
    if (code === "EISDIR") throw new OutputError("notAFile", file);
    throw new OutputError("writeFailed", file, code);
  }
}

const CAUSES: Record<string, AppTextId> = {
  EACCES: "cli.writeCause.access",
  EPERM: "cli.writeCause.access",
  EROFS: "cli.writeCause.readOnly",
  ENOSPC: "cli.writeCause.noSpace",
  EDQUOT: "cli.writeCause.noSpace",
  ENAMETOOLONG: "cli.writeCause.nameTooLong",
  ENOENT: "cli.writeCause.noFolder",
  ENOTDIR: "cli.writeCause.noFolder",
  EEXIST: "cli.writeCause.noFolder",
};

/** One line naming the output and the real cause, in the user's language. */
export function outputErrorText(error: OutputError, lang: Lang): string {
  switch (error.problem) {
    case "isInput":
      return appText("cli.outputIsInput", lang, { file: error.file });
    case "exists":
      return appText("cli.outputExists", lang, { file: error.file });
    case "notAFile":
      return appText("cli.outputNotFile", lang, { file: error.file });
    default:
      return appText("cli.writeFailed", lang, {
        file: error.file,
        cause: appText(CAUSES[error.code] ?? "cli.writeCause.other", lang, { code: error.code }),
      });
  }
}
