/**
 * No quadratic step: a plan with four times the rows costs about four times the work, not sixteen.
 * Timed on the 5기 sample, and counted on both samples: how many times the rules read an item of the plan's
 * lists (a step per strategy over every project shows as sixteen times the reads, whatever the machine).
 * The sample's plan table is repeated k times below its header, strategy and task rows included (merges
 * moved along), so strategies, tasks, duplicate projects and ids all grow with k; reading and validating
 * 4k copies must take well under 4² times as long as k copies (best of three runs each, a bound
 * generous enough for a loaded two-core machine: a linear engine measures about 4).
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Grid, SheetGrid } from "./grid";
import type { Plan } from "./plan";
import { readPlan } from "./read/readPlan";
import { summarizeByStrategy } from "./summary/strategySummary";
import { validatePlan } from "./validate";
import { readWorkbookBuffer } from "../xlsx/readGrid";

const SAMPLES = path.resolve(__dirname, "../../assets/samples");

interface Sample {
  grid: Grid;
  planSheet: string;
  bodyStart: number;
}

async function loadSample(file: string): Promise<Sample> {
  const grid = await readWorkbookBuffer(new Uint8Array(await fs.readFile(path.join(SAMPLES, file))));
  const plan = readPlan(grid);
  const onPlanSheet = plan.strategies.filter((s) => s.cell.ref.sheet === plan.sheet);
  const bodyStart = Math.min(...plan.projects.map((p) => p.firstRow), ...onPlanSheet.map((s) => s.cell.ref.row));
  return { grid, planSheet: plan.sheet, bodyStart };
}

let fifth: Sample;

beforeAll(async () => {
  fifth = await loadSample("mapo-5th-plan.xlsx");
});

/** The plan sheet with its rows from the first strategy or project down repeated `copies` times. */
function repeated(copies: number, { grid, planSheet, bodyStart }: Sample = fifth): Grid {
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

/** The plan with its lists of strategies, tasks, projects and totals counting every read of an item. */
function counted(plan: Plan): { plan: Plan; reads: () => number } {
  let reads = 0;
  const count = <T extends object>(list: T[]): T[] =>
    new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === "string" && key !== "length" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const lists = { strategies: count(plan.strategies), tasks: count(plan.tasks), projects: count(plan.projects), totals: count(plan.totals) };
  return { plan: { ...plan, ...lists }, reads: () => reads };
}

function rulesReads(grid: Grid): { reads: number; projects: number } {
  const { plan, reads } = counted(readPlan(grid));
  validatePlan(plan);
  summarizeByStrategy(plan);
  return { reads: reads(), projects: plan.projects.length };
}

it.each([["5기", "mapo-5th-plan.xlsx"], ["6기", "gaon-6th-plan.xlsx"]])(
  "the rules and the strategy summary read each strategy, task and project of four times the %s plan about four times as often",
  async (_period, file) => {
    const sample = await loadSample(file);
    const small = rulesReads(repeated(5, sample));
    const large = rulesReads(repeated(20, sample));
    expect(large.projects).toBe(4 * small.projects);
    expect(small.reads).toBeGreaterThan(small.projects);
    expect(large.reads / small.reads).toBeLessThan(5);
  },
  120_000,
);
