/**
 * Which strategy, 대표과업, project and 소계 own each row of the plan's sheets: worked out once per plan (linear in
 * its rows) for every face that places a finding by its row — the CLI report's headings, the pane's groups and the
 * 검증결과 sheet's 사업 column. Each kind is answered on its own and each face picks among them as it always has
 * (a project before a 대표과업, a 대표과업 before a strategy; a 소계 labelled by one face, not by another; the
 * strategy above a row for the pane only).
 *
 * Every answer is per sheet: a plan split over two sheets (총괄표(Ⅰ), 총괄표(Ⅱ)) has rows of the same number on each.
 * Among owners of one kind the first in the plan's order holds a row (a 대표과업's indicator row is its own).
 */
import type { Indicator, Plan, Project, Strategy, Task, TotalRow } from "./plan";

export interface RowOwners {
  strategyById: ReadonlyMap<string, Strategy>;
  taskById: ReadonlyMap<string, Task>;
  projectById: ReadonlyMap<string, Project>;
  /** The project whose rows (firstRow to lastRow, on its name's sheet) hold the row. */
  project(sheet: string, row: number): Project | undefined;
  /** The 대표과업 whose own rows hold it: its row, its indicators' name and target rows (each on its own sheet). */
  task(sheet: string, row: number): Task | undefined;
  /** The strategy whose own rows hold it, as for a 대표과업. */
  strategy(sheet: string, row: number): Strategy | undefined;
  /** The 소계 standing on the row that closes a strategy or 대표과업 (a grand total, scope null, owns no row). */
  total(sheet: string, row: number): TotalRow | undefined;
  /** The last strategy whose own row is at or above the row, on the same sheet. */
  strategyAbove(sheet: string, row: number): Strategy | undefined;
}

/** One sheet's owners by row, other than its projects: a plan has few. */
interface SheetOwners {
  tasks: Map<number, Task>;
  strategies: Map<number, Strategy>;
  totals: Map<number, TotalRow>;
  /** Strategies by their own row, ascending. */
  strategyRows: Strategy[];
}

/** The plan read once is not changed afterwards: its owners are worked out once and kept as long as the plan. */
const known = new WeakMap<Plan, RowOwners>();

export function rowOwners(plan: Plan): RowOwners {
  let owners = known.get(plan);
  if (owners === undefined) {
    owners = ownersOf(plan);
    known.set(plan, owners);
  }
  return owners;
}

function ownersOf(plan: Plan): RowOwners {
  // Worked out on the first question about them: the report asks only for a finding naming no project, the
  // pane and 검증결과 never for a project's rows.
  let projectRows: Map<string, (Project | undefined)[]> | null = null;
  let sheets: Map<string, SheetOwners> | null = null;
  const sheet = (name: string) => (sheets ??= ownersBySheet(plan)).get(name);
  return {
    strategyById: new Map(plan.strategies.map((s) => [s.id, s])),
    taskById: new Map(plan.tasks.map((t) => [t.id, t])),
    projectById: new Map(plan.projects.map((p) => [p.id, p])),
    project: (name, row) => (projectRows ??= projectsBySheet(plan)).get(name)?.[row],
    task: (name, row) => sheet(name)?.tasks.get(row),
    strategy: (name, row) => sheet(name)?.strategies.get(row),
    total: (name, row) => sheet(name)?.totals.get(row),
    strategyAbove: (name, row) => {
      const list = sheet(name)?.strategyRows;
      if (!list) return undefined;
      // The last strategy whose row is at or above (binary search: the pane asks once per finding off a project).
      let low = 0;
      let high = list.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (list[mid].cell.ref.row <= row) low = mid + 1;
        else high = mid;
      }
      return low > 0 ? list[low - 1] : undefined;
    },
  };
}

/** Each sheet's rows → the first project spanning them: a list by row, not a Map (a plan's rows are dense). */
function projectsBySheet(plan: Plan): Map<string, (Project | undefined)[]> {
  const sheets = new Map<string, (Project | undefined)[]>();
  for (const project of plan.projects) {
    const sheet = project.nameCell.ref.sheet;
    let rows = sheets.get(sheet);
    if (rows === undefined) sheets.set(sheet, (rows = []));
    for (let row = project.firstRow; row <= project.lastRow; row++) if (rows[row] === undefined) rows[row] = project;
  }
  return sheets;
}

function ownersBySheet(plan: Plan): Map<string, SheetOwners> {
  const sheets = new Map<string, SheetOwners>();
  const sheetOf = (sheet: string): SheetOwners => {
    let owners = sheets.get(sheet);
    if (owners === undefined) {
      owners = { tasks: new Map(), strategies: new Map(), totals: new Map(), strategyRows: [] };
      sheets.set(sheet, owners);
    }
    return owners;
  };
  const claim = <T>(rows: Map<number, T>, row: number, owner: T) => {
    if (!rows.has(row)) rows.set(row, owner);
  };
  const claimOwnRows = <T extends Strategy | Task>(kind: "tasks" | "strategies", owner: T) => {
    const rowsOn = (sheet: string) => sheetOf(sheet)[kind] as Map<number, T>;
    claim(rowsOn(owner.cell.ref.sheet), owner.cell.ref.row, owner);
    const indicators: Indicator[] = owner.indicators;
    for (const indicator of indicators) {
      if (indicator.nameCell) claim(rowsOn(indicator.nameCell.ref.sheet), indicator.nameCell.ref.row, owner);
      for (const target of indicator.targets) claim(rowsOn(target.ref.sheet), target.ref.row, owner);
    }
  };

  for (const task of plan.tasks) claimOwnRows("tasks", task);
  for (const strategy of plan.strategies) {
    claimOwnRows("strategies", strategy);
    sheetOf(strategy.cell.ref.sheet).strategyRows.push(strategy);
  }
  for (const total of plan.totals) if (total.scopeId) claim(sheetOf(total.label.ref.sheet).totals, total.row, total);
  // Stable: strategies on one row keep the plan's order (the last of them is the one above).
  for (const owners of sheets.values()) owners.strategyRows.sort((a, b) => a.cell.ref.row - b.cell.ref.row);
  return sheets;
}
