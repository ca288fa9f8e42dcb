/**
 * Big plans for tests and the bench, grown from a real one (the sample's layout and merge density).
 */
import type { Grid, MergedArea, SheetGrid } from "../../../src/engine/grid";
import { readPlan } from "../../../src/engine";

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The sample grown to `rows` rows: the projects of its second strategy (rows with merged continuation
 * rows among them) repeated below that strategy's last project, renumbered on (9, 10, …) and named apart,
 * merges copied with them and the rows below moved down; topped up to exactly `rows` with copies of the
 * last project.
 */
export function grownPlan(grid: Grid, rows: number, planSheet = "총괄표"): Grid {
  const out = clone(grid);
  const sheet = out.sheets.find((s) => s.name === planSheet) as SheetGrid;
  const plan = readPlan(grid);
  const strategyId = plan.strategies[1].id;
  const projects = plan.projects.filter((p) => p.strategyId === strategyId);
  const last = projects[projects.length - 1];
  const segment = (from: number, to: number) => ({ from, to, projects: projects.filter((p) => p.firstRow >= from && p.lastRow <= to) });
  const block = segment(projects[0].firstRow, last.lastRow);
  const single = segment(last.firstRow, last.lastRow);

  const inserted: (typeof sheet.values)[number][] = [];
  const newMerges: MergedArea[] = [];
  let number = last.number as number;
  let copy = 0;
  const insertAt = last.lastRow + 1;
  const add = (part: typeof block) => {
    copy++;
    const offset = insertAt + inserted.length - part.from;
    for (let r = part.from; r <= part.to; r++) {
      const line = [...(sheet.values[r] ?? [])];
      const project = part.projects.find((p) => p.firstRow === r);
      if (project) {
        line[project.numberCell!.ref.col] = ++number;
        line[project.nameCell.ref.col] = `${project.name} (${copy})`;
      }
      inserted.push(line);
    }
    for (const m of sheet.merges) {
      if (m.top >= part.from && m.bottom <= part.to) newMerges.push({ ...m, top: m.top + offset, bottom: m.bottom + offset });
    }
  };
  const blockRows = block.to - block.from + 1;
  while (sheet.values.length + inserted.length + blockRows <= rows) add(block);
  while (sheet.values.length + inserted.length < rows) add(single);

  const shift = inserted.length;
  sheet.values.splice(insertAt, 0, ...inserted);
  sheet.merges = [
    ...sheet.merges.map((m) => (m.top >= insertAt ? { ...m, top: m.top + shift, bottom: m.bottom + shift } : m)),
    ...newMerges,
  ].sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}
