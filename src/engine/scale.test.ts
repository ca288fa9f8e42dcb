/**
 * No quadratic step: a plan with four times the rows costs about four times the work, not sixteen.
 * The sample's plan table is repeated k times below its header, strategy and task rows included (merges
 * moved along), so strategies, tasks, duplicate projects and ids all grow with k; reading and validating
 * 4k copies must take well under 4² times as long as k copies (best of three runs each, a bound
 * generous enough for a loaded two-core machine: a linear engine measures about 4).
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Grid, SheetGrid } from "./grid";
import { readPlan } from "./read/readPlan";
import { validatePlan } from "./validate";
import { readWorkbookBuffer } from "../xlsx/readGrid";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/mapo-5th-plan.xlsx");

let grid: Grid;
let planSheet: string;
let bodyStart: number;

beforeAll(async () => {
  grid = await readWorkbookBuffer(new Uint8Array(await fs.readFile(SAMPLE)));
  const plan = readPlan(grid);
  planSheet = plan.sheet;
  const onPlanSheet = plan.strategies.filter((s) => s.cell.ref.sheet === plan.sheet);
  bodyStart = Math.min(...plan.projects.map((p) => p.firstRow), ...onPlanSheet.map((s) => s.cell.ref.row));
});

/** The plan sheet with its rows from the first strategy or project down repeated `copies` times. */
function repeated(copies: number): Grid {
  return {
    sheets: grid.sheets.map((sheet): SheetGrid => {
      if (sheet.name !== planSheet) return sheet;
      const head = sheet.values.slice(0, bodyStart);
      const body = sheet.values.slice(bodyStart);
      const values = [...head];
      const merges = sheet.merges.filter((m) => m.bottom < bodyStart);
      const bodyMerges = sheet.merges.filter((m) => m.top >= bodyStart);
      for (let k = 0; k < copies; k++) {
        const shift = k * body.length;
        values.push(...body.map((line) => line.slice()));
        merges.push(...bodyMerges.map((m) => ({ ...m, top: m.top + shift, bottom: m.bottom + shift })));
      }
      return { name: sheet.name, values, merges };
    }),
  };
}

function bestTime(g: Grid): { ms: number; projects: number } {
  let best = Infinity;
  let projects = 0;
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    const plan = readPlan(g);
    validatePlan(plan);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    projects = plan.projects.length;
  }
  return { ms: best, projects };
}

it("reading and validating four times the plan costs far less than sixteen times", () => {
  bestTime(repeated(4)); // warm the JIT
  const small = bestTime(repeated(20));
  const large = bestTime(repeated(80));
  expect(large.projects).toBe(4 * small.projects);
  expect(large.ms / small.ms).toBeLessThan(7);
}, 120_000);
