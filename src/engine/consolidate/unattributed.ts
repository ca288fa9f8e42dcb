/**
 * Edits in a department workbook that consolidation cannot attribute to one of its projects' cells: on
 * a strategy, 대표과업, subtotal, title or note row of the plan sheet, or in another sheet (a duplicated plan
 * sheet, a sheet the master also has). They are never applied; they are listed so that none is lost
 * silently.
 *
 * The department's workbook is the master with the split's rows deleted (split.ts), so the rows outside
 * any project line up, in order, with the master's kept rows outside any project; project rows (inserted,
 * deleted or edited) are the project diff's business and are left out on both sides — but for the columns the
 * diff does not read (the 6기 제3차 연계성, 비고, a district's own), compared in each project's rows with the same
 * project's rows in the master.
 */
import type { CellRef, CellValue, Grid, SheetGrid } from "../grid";
import { cellText } from "../grid";
import { projectIdentity } from "../identity";
import type { ColumnRole, Plan } from "../plan";
import { departmentKey, planDepartmentSplit } from "./split";

export interface UnattributedEdit {
  file: string;
  /** The department workbook's cell (zero-based). */
  ref: CellRef;
  /** What the department's cell holds (its text). */
  value: string;
  /** What the master holds there, as far as it lines up ("" for a cell the master lacks). */
  before: string;
}

/** Sheets of a department workbook that are not the plan's: the 안내 sheet split writes, the add-in's store. */
const OWN_SHEETS = new Set(["안내", "PlanCheckStore"]);

const text = (value: CellValue | undefined): string => (value === undefined ? "" : cellText(value).trim());

/** Rows of the plan's projects on `sheet`. */
function projectRows(plan: Plan, sheet: string): Set<number> {
  const rows = new Set<number>();
  for (const p of plan.projects) if (p.nameCell.ref.sheet === sheet) for (let r = p.firstRow; r <= p.lastRow; r++) rows.add(r);
  return rows;
}

function compareRows(file: string, sheet: string, theirs: SheetGrid, ours: SheetGrid, pairs: [number, number][], out: UnattributedEdit[]): void {
  for (const [dr, mr] of pairs) {
    const d = theirs.values[dr] ?? [];
    const m = ours.values[mr] ?? [];
    const width = Math.max(d.length, m.length);
    for (let c = 0; c < width; c++) {
      const after = text(d[c]);
      const before = text(m[c]);
      if (after !== before) out.push({ file, ref: { sheet, row: dr, col: c }, value: after, before });
    }
  }
}

/** Columns whose edits the project diff reads (and applies or reports): every other column of a project row is compared here. */
const DIFFED_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["number", "name", "flag.key", "flag.partnership", "flag.isNew", "indicator", "target", "budget", "department", "strategy", "task"]);

/**
 * Edits in a project's rows that the project diff does not read — the 6기 제3차 연계성 column, 비고, a column of the
 * district's own — compared row by row with the same project's rows in the master (same id and identity, as
 * many rows), when the workbook keeps the master's columns where they were.
 */
function projectRowEdits(file: string, sheet: string, master: Plan, masterSheet: SheetGrid, plan: Plan, theirs: SheetGrid, out: UnattributedEdit[]): void {
  const layout = (p: Plan) => p.columns.map((c) => `${c.role}@${c.col}`).join(",");
  if (layout(master) !== layout(plan)) return;
  const diffed = new Set(master.columns.filter((c) => DIFFED_ROLES.has(c.role)).map((c) => c.col));
  const masterOf = new Map(master.projects.filter((p) => p.nameCell.ref.sheet === sheet).map((p) => [`${p.id}\u241f${projectIdentity(p)}`, p]));
  for (const d of plan.projects) {
    if (d.nameCell.ref.sheet !== sheet) continue;
    const m = masterOf.get(`${d.id}\u241f${projectIdentity(d)}`);
    if (!m || m.lastRow - m.firstRow !== d.lastRow - d.firstRow) continue;
    for (let i = 0; i <= d.lastRow - d.firstRow; i++) {
      const dr = d.firstRow + i;
      const mine = theirs.values[dr] ?? [];
      const before = masterSheet.values[m.firstRow + i] ?? [];
      const width = Math.max(mine.length, before.length);
      for (let c = 0; c < width; c++) {
        if (diffed.has(c)) continue;
        const after = text(mine[c]);
        const was = text(before[c]);
        if (after !== was) out.push({ file, ref: { sheet, row: dr, col: c }, value: after, before: was });
      }
    }
  }
}

export function unattributedEdits(
  master: Plan,
  masterGrid: Grid,
  department: string,
  file: string,
  plan: Plan,
  grid: Grid,
): UnattributedEdit[] {
  const out: UnattributedEdit[] = [];
  const split = planDepartmentSplit(master, masterGrid).departments.find((d) => d.key === departmentKey(department));
  const deptSheet = grid.sheets.find((s) => s.name === plan.sheet);
  if (!split || !deptSheet) return out;

  // Each sheet of the plan table: rows outside any project, in order on both sides.
  // Each row outside the department's projects is found, in order, among the master's kept rows (the
  // same text); a row found nowhere is an edit, compared with the next kept master row outside a project.
  const rowText = (sheet: SheetGrid, r: number) => (sheet.values[r] ?? []).map(text).join("\u241f").replace(/(\u241f)+$/, "");
  const tableSheets = new Set<SheetGrid>();
  for (const [name, deleteRows] of Object.entries(split.deleteRowsBySheet)) {
    const masterSheet = masterGrid.sheets.find((s) => s.name === name);
    const theirs = grid.sheets.find((s) => s.name === name);
    if (!masterSheet || !theirs) continue;
    tableSheets.add(theirs);
    const deleted = new Set(deleteRows);
    const masterProjects = projectRows(master, name);
    const deptProjects = projectRows(plan, name);
    const kept: number[] = [];
    for (let r = 0; r < masterSheet.values.length; r++) if (!deleted.has(r)) kept.push(r);
    const pairs: [number, number][] = [];
    let at = 0;
    for (let dr = 0; dr < theirs.values.length; dr++) {
      if (deptProjects.has(dr)) continue;
      const own = rowText(theirs, dr);
      let found = -1;
      for (let i = at; i < kept.length; i++) if (rowText(masterSheet, kept[i]) === own) { found = i; break; }
      if (found !== -1) {
        at = found + 1;
        continue;
      }
      while (at < kept.length && masterProjects.has(kept[at])) at++;
      pairs.push([dr, at < kept.length ? kept[at] : -1]);
      at++;
    }
    compareRows(file, name, theirs, masterSheet, pairs, out);
    projectRowEdits(file, name, master, masterSheet, plan, theirs, out);
  }

  // Other sheets: against the master's sheet of that name; a copy of the plan sheet (Excel names it
  // "총괄표 (2)") against the department's plan sheet; any other new sheet: every cell holding something.
  const empty: SheetGrid = { ...deptSheet, values: [], merges: [] };
  for (const sheet of grid.sheets) {
    if (tableSheets.has(sheet) || OWN_SHEETS.has(sheet.name)) continue;
    const base = masterGrid.sheets.find((s) => s.name === sheet.name) ?? (sheet.name.startsWith(plan.sheet) ? deptSheet : empty);
    compareRows(file, sheet.name, sheet, base, sheet.values.map((_, r) => [r, r] as [number, number]), out);
  }
  return out;
}
