/**
 * 부서별 입력 양식 (department input workbooks) as data: for each 담당부서 of the master plan, which rows
 * of the plan sheet its workbook drops and which cells it lets the department fill in.
 *
 * A department's workbook is the master with the rows of every other department's projects removed:
 * - kept: the title and header block(s) (repeated page headers too), notes, anything the reader could
 *   not place, the department's projects (continuation rows included), and each strategy and 대표과업
 *   that holds at least one of them, with the strategy's or task's own indicator rows (context);
 * - dropped: other departments' projects, strategies and tasks without one of the department's projects,
 *   a section row (I. / II.) whose part holds none of them, and 소계/합계 rows (totals belong to the
 *   coordinator; a department's subset would not add up to them).
 * A plan spread over several sheets (the table continued on a second sheet, 5기 part II on its own) is cut
 * on each of them alike. Rows are zero-based rows of each sheet; the adapter deletes them and the cells below
 * move up (keptRowMap; formCells gives the rules and editable cells where they then stand).
 */
import type { CellRef, Grid } from "../grid";
import { cellText } from "../grid";
import { normalizeName } from "../identity";
import type { Plan, Project } from "../plan";
import { headerWordCount } from "../read/header";
import { readMarker } from "../read/rowKinds";
import { SheetView } from "../read/sheetView";
import { editableCells, inputRules, type InputRule } from "./inputRules";

export interface DepartmentSplit {
  /** The department as the plan first writes it ("보건소 건강관리과"). */
  department: string;
  /** Its identity (normalizeName): spellings differing only in spacing are one department. */
  key: string;
  /** "<담당부서>.xlsx", with characters a file name cannot hold replaced by "_"; unique within the split. */
  fileName: string;
  projectIds: string[];
  /** Zero-based rows of the plan sheet (the plan's first) the department's workbook drops, ascending. */
  deleteRows: number[];
  /** Per sheet of the plan table (every sheet holding a project, strategy, task or total): the rows dropped, ascending. */
  deleteRowsBySheet: Record<string, number[]>;
  /** Data-validation rules on the department's flag and budget cells (master coordinates). */
  rules: InputRule[];
  /** Cells left unlocked under sheet protection (master coordinates). */
  editable: CellRef[];
}

export interface SplitPlan {
  sheet: string;
  departments: DepartmentSplit[];
  /** Projects without a 담당부서: in no department's workbook. */
  unassigned: string[];
}

export function departmentKey(name: string): string {
  return normalizeName(name);
}

export interface PlanDepartment {
  key: string;
  name: string;
  projects: Project[];
}

/** The plan's departments in order of first appearance, each with its projects. */
export function departmentsOf(plan: Plan): PlanDepartment[] {
  const byKey = new Map<string, PlanDepartment>();
  for (const project of plan.projects) {
    const raw = project.department?.raw.trim() ?? "";
    if (raw === "") continue;
    const key = departmentKey(raw);
    const department = byKey.get(key);
    if (department) department.projects.push(project);
    else byKey.set(key, { key, name: raw, projects: [project] });
  }
  return [...byKey.values()];
}

/** Windows device names, refused as a file's name whatever its extension ("CON.xlsx", "com1.xlsx"). */
const RESERVED_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Bytes of UTF-8 a base name may take: most file systems allow 255 for the whole name; room for " (99).xlsx". */
const MAX_BASE_BYTES = 200;

/**
 * A file name for a department: characters Windows refuses become "_", a device name (CON, COM1, LPT9)
 * gets a "_" in front, a long name is cut at a character boundary to fit file systems' 255-byte limit;
 * never empty.
 */
export function departmentFileName(department: string, taken: ReadonlySet<string> = new Set()): string {
  let base = department
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[. ]+$/, "");
  if (base === "" || /^\.+$/.test(base)) base = "부서";
  if (RESERVED_NAME.test(base)) base = `_${base}`;
  if (new TextEncoder().encode(base).length > MAX_BASE_BYTES) {
    let cut = "";
    for (const ch of base) {
      if (new TextEncoder().encode(cut + ch).length > MAX_BASE_BYTES) break;
      cut += ch;
    }
    base = cut.trim();
  }
  let name = `${base}.xlsx`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).xlsx`;
  return name;
}

/** Maps a master row to its row once `deleteRows` are gone; null for a deleted row. */
export function keptRowMap(deleteRows: readonly number[]): (row: number) => number | null {
  const sorted = [...new Set(deleteRows)].sort((a, b) => a - b);
  const deleted = new Set(sorted);
  return (row: number) => {
    if (deleted.has(row)) return null;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return row - lo;
  };
}

/** The same cell once the rows are deleted (the sheet is unchanged); null when its row is deleted. */
export function shiftRef(ref: CellRef, map: (row: number) => number | null, sheet: string): CellRef | null {
  if (ref.sheet !== sheet) return ref;
  const row = map(ref.row);
  return row === null ? null : { ...ref, row };
}

/** A department's input rules and editable cells where they stand in its workbook, once its rows are deleted. */
export function formCells(department: Pick<DepartmentSplit, "deleteRowsBySheet" | "rules" | "editable">): { rules: InputRule[]; editable: CellRef[] } {
  const maps = new Map(Object.entries(department.deleteRowsBySheet).map(([sheet, rows]) => [sheet, keptRowMap(rows)]));
  const move = (ref: CellRef) => {
    const map = maps.get(ref.sheet);
    return map ? shiftRef(ref, map, ref.sheet) : ref;
  };
  return {
    rules: department.rules.map((rule) => ({ ...rule, ref: move(rule.ref) })).filter((r): r is InputRule => r.ref !== null),
    editable: department.editable.map(move).filter((ref): ref is CellRef => ref !== null),
  };
}

/** Rows of a strategy, task or project, on the sheet they stand on. */
interface Owned {
  sheet: string;
  rows: number[];
}

/** Rows per sheet. */
type SheetRows = Map<string, Set<number>>;

function addRows(target: SheetRows, sheet: string, rows: readonly number[]): void {
  let set = target.get(sheet);
  if (!set) target.set(sheet, (set = new Set()));
  for (const r of rows) set.add(r);
}

function range(first: number, last: number): number[] {
  const rows: number[] = [];
  for (let r = first; r <= last; r++) rows.push(r);
  return rows;
}

/** What one sheet of the plan table holds besides its owned rows: its header rows, repeated header blocks, sections. */
interface SheetLayout {
  view: SheetView;
  lastOwned: number;
  headerRows: Set<number>;
  repeatedBlocks: { first: number; last: number }[];
  sections: { row: number; part: 1 | 2 }[];
}

/**
 * A table sheet's layout. The first sheet's header block is the plan's; a later sheet's (the table continued
 * there, under its own header) is the last run of header rows above its first owned row.
 */
function sheetLayout(plan: Plan, view: SheetView, owned: ReadonlySet<number>): SheetLayout {
  let first = Infinity;
  let lastRow = -1;
  for (const r of owned) {
    if (r < first) first = r;
    if (r > lastRow) lastRow = r;
  }
  let header = plan.headerRows;
  if (view.sheet.name !== plan.sheet) {
    let last = -1;
    for (let r = first - 1; r >= 0 && last === -1; r--) if (headerWordCount(view, r) >= 2) last = r;
    header = { first: 0, last };
  }
  const lastOwned = Math.max(header.last, lastRow);

  const headerRows = new Set<number>();
  for (let r = header.first; r <= lastOwned; r++) {
    if (r <= header.last || headerWordCount(view, r) >= 2) headerRows.add(r);
  }

  // Repeated header blocks (page breaks): runs of header rows after the first block.
  const repeatedBlocks: { first: number; last: number }[] = [];
  for (let r = header.last + 1; r <= lastOwned; r++) {
    if (!headerRows.has(r)) continue;
    const previous = repeatedBlocks[repeatedBlocks.length - 1];
    if (previous && previous.last === r - 1) previous.last = r;
    else repeatedBlocks.push({ first: r, last: r });
  }

  // Section rows (I. / II.): unowned rows inside the table whose leading text is a section marker.
  const sections: { row: number; part: 1 | 2 }[] = [];
  for (let r = header.last + 1; r <= lastOwned; r++) {
    if (owned.has(r) || headerRows.has(r)) continue;
    const line = view.sheet.values[r] ?? [];
    let lead = "";
    for (let c = 0; c < line.length && lead === ""; c++) lead = cellText(view.own(r, c));
    const marker = lead === "" ? null : readMarker(lead);
    if (marker?.kind === "section") sections.push({ row: r, part: marker.part });
  }
  return { view, lastOwned, headerRows, repeatedBlocks, sections };
}

export function planDepartmentSplit(plan: Plan, grid: Grid): SplitPlan {
  if (!grid.sheets.some((s) => s.name === plan.sheet)) throw new Error(`planDepartmentSplit: the grid has no sheet ${plan.sheet}`);
  const views = new Map<string, SheetView>();
  const viewOf = (name: string): SheetView | null => {
    if (!views.has(name)) {
      const sheet = grid.sheets.find((s) => s.name === name);
      if (sheet) views.set(name, new SheetView(sheet));
    }
    return views.get(name) ?? null;
  };

  /** Rows of the table per sheet: every project, strategy, task and total row. */
  const allOwned: SheetRows = new Map();
  const own = (owned: Owned) => addRows(allOwned, owned.sheet, owned.rows);

  const ownedByProject = new Map<string, Owned[]>();
  for (const project of plan.projects) {
    const owned = { sheet: project.nameCell.ref.sheet, rows: range(project.firstRow, project.lastRow) };
    own(owned);
    ownedByProject.set(project.id, [owned]);
  }
  const projectRows = new Map([...allOwned].map(([sheet, rows]) => [sheet, new Set(rows)]));
  const isProjectRow = (ref: CellRef) => projectRows.get(ref.sheet)?.has(ref.row) ?? false;

  /** A strategy's or task's own rows: its label row (with the label's merge) unless that is a project row, and its indicator rows. */
  const ownerRows = (cell: CellRef, indicators: Plan["strategies"][number]["indicators"]): Owned[] => {
    const rows: SheetRows = new Map();
    const add = (ref: CellRef, last = ref.row) => {
      if (!isProjectRow(ref)) addRows(rows, ref.sheet, range(ref.row, last));
    };
    add(cell, viewOf(cell.sheet)?.mergeAt(cell.row, cell.col)?.bottom ?? cell.row);
    for (const indicator of indicators) {
      if (indicator.nameCell) add(indicator.nameCell.ref);
      for (const target of indicator.targets) add(target.ref);
    }
    return [...rows].map(([sheet, set]) => ({ sheet, rows: [...set] }));
  };
  const ownedByStrategy = new Map(plan.strategies.map((s) => [s.id, ownerRows(s.cell.ref, s.indicators)]));
  const ownedByTask = new Map(plan.tasks.map((t) => [t.id, ownerRows(t.cell.ref, t.indicators)]));
  for (const owned of [...ownedByStrategy.values(), ...ownedByTask.values()].flat()) own(owned);
  for (const total of plan.totals) own({ sheet: total.label.ref.sheet, rows: [total.row] });

  // Every sheet of the table, the plan's first sheet first.
  const layouts = new Map<string, SheetLayout>();
  for (const name of [plan.sheet, ...plan.sheets, ...allOwned.keys()]) {
    const view = viewOf(name);
    const owned = allOwned.get(name);
    if (view && owned && owned.size > 0 && !layouts.has(name)) layouts.set(name, sheetLayout(plan, view, owned));
  }

  const partOf = new Map(plan.strategies.map((s) => [s.id, s.part]));
  const taken = new Set<string>();
  const departments: DepartmentSplit[] = departmentsOf(plan).map((department) => {
    const mine = new Set(department.projects.map((p) => p.id));
    const strategies = new Set(department.projects.map((p) => p.strategyId).filter((id): id is string => id !== null));
    const tasks = new Set(department.projects.map((p) => p.taskId).filter((id): id is string => id !== null));
    const parts = new Set<number>();
    let unknownPart = false;
    for (const p of department.projects) {
      const part = p.strategyId ? partOf.get(p.strategyId) : undefined;
      if (part === undefined) unknownPart = true;
      else parts.add(part);
    }

    const keep: SheetRows = new Map();
    const drop: SheetRows = new Map();
    const mark = (target: SheetRows, owned: readonly Owned[]) => owned.forEach(({ sheet, rows }) => addRows(target, sheet, rows));
    for (const project of plan.projects) mark(mine.has(project.id) ? keep : drop, ownedByProject.get(project.id) as Owned[]);
    for (const strategy of plan.strategies) mark(strategies.has(strategy.id) ? keep : drop, ownedByStrategy.get(strategy.id) as Owned[]);
    for (const task of plan.tasks) mark(tasks.has(task.id) ? keep : drop, ownedByTask.get(task.id) as Owned[]);
    for (const total of plan.totals) mark(drop, [{ sheet: total.label.ref.sheet, rows: [total.row] }]);

    const deleteRowsBySheet: Record<string, number[]> = {};
    for (const [name, layout] of layouts) {
      const kept = keep.get(name) ?? new Set<number>();
      const dropped = new Set(drop.get(name));
      for (const section of layout.sections) if (!unknownPart && !parts.has(section.part)) dropped.add(section.row);
      const deleted = new Set([...dropped].filter((r) => !kept.has(r) && !layout.headerRows.has(r)));
      // A repeated header block with nothing left under it before the next block (or the table's end) goes too.
      for (const block of layout.repeatedBlocks) {
        let next = block.last + 1;
        while (next <= layout.lastOwned && (deleted.has(next) || layout.view.isRowEmpty(next))) next++;
        const followedByHeader = next <= layout.lastOwned && layout.headerRows.has(next);
        if (next > layout.lastOwned || followedByHeader) for (let r = block.first; r <= block.last; r++) deleted.add(r);
      }
      deleteRowsBySheet[name] = [...deleted].sort((a, b) => a - b);
    }
    const fileName = departmentFileName(department.name, taken);
    taken.add(fileName.toLowerCase());
    return {
      department: department.name,
      key: department.key,
      fileName,
      projectIds: department.projects.map((p) => p.id),
      deleteRows: deleteRowsBySheet[plan.sheet] ?? [],
      deleteRowsBySheet,
      rules: inputRules(plan, department.projects),
      editable: editableCells(plan, department.projects),
    };
  });

  return {
    sheet: plan.sheet,
    departments,
    unassigned: plan.projects.filter((p) => (p.department?.raw.trim() ?? "") === "").map((p) => p.id),
  };
}
