/** The bundled sample for the tests of the pane's actions: in-memory ports over it, and an outcome's value. */
import * as path from "path";
import type { Grid } from "../../../src/engine";
import type { ActionOutcome } from "../../../src/taskpane/actions";
import { readWorkbookFile } from "../../../src/xlsx/readFile";
import { MemoryPort } from "../app/memoryPort";

export const SAMPLE = path.join(__dirname, "..", "..", "..", "assets", "samples", "mapo-5th-plan.xlsx");

/** Reads the sample once for the test file (in its beforeAll); each call gives a fresh copy, or a MemoryPort over one. */
export function sampleOnMemory(): { grid(): Grid; port(): MemoryPort } {
  let read: Grid;
  beforeAll(async () => {
    read = await readWorkbookFile(SAMPLE);
  });
  const grid = () => JSON.parse(JSON.stringify(read)) as Grid;
  return { grid, port: () => new MemoryPort(grid()) };
}

/** The value of an outcome that must have succeeded (its failure, as JSON, otherwise). */
export function value<T>(outcome: ActionOutcome<T>): T {
  if (!outcome.ok) throw new Error(`action failed: ${JSON.stringify(outcome.failure)}`);
  return outcome.value;
}
