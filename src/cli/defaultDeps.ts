/** The real files, reader and engine the commands use unless a test hands them others (see ./io.ts). */
import { statSync } from "fs";
import { readPlanOnly, validateGrid, validateReadPlan } from "../app/validateWorkbook";
import { readWorkbookBytes, readWorkbookFile } from "../xlsx/readFile";
import type { CliDeps } from "./io";
import { writeFileSafely } from "./output";
import { validateFile } from "./validateCommand";

export const defaultDeps: CliDeps = {
  readGrid: (file) => readWorkbookFile(file),
  validate: (grid) => validateGrid(grid),
  readAndValidate: async (file) => validateReadPlan(await readPlanOnly(() => readWorkbookFile(file))),
  readBytes: (file) => readWorkbookBytes(file),
  writeBytes: (file, bytes, options = {}) => writeFileSafely(file, bytes, options.force === true),
  validateFiles: async (files, render, onOutcome) => {
    // Workers pay off for a batch with idle cores to spare (measured: npm run bench); otherwise the files are read right here.
    const { largeFileBytes, poolSize, validateAlone, validateInPool } = await import("./pool");
    const workers = poolSize(files.length, undefined, undefined, process.env.PLAN_CHECK_WORKERS);
    const large = largeFileBytes(process.env.PLAN_CHECK_LARGE_FILE_BYTES);
    const isLarge = (file: string) => fileSize(file) >= large;
    if (workers > 1) return validateInPool(files, render, (outcome) => void onOutcome(outcome), { workers, isLarge });
    for (const file of files) {
      await onOutcome(isLarge(file) ? await validateAlone(file, render) : await validateFile(file, defaultDeps));
    }
  },
};

/** The file's size in bytes; 0 when it cannot be looked at (the read then says why). */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
