/**
 * A 소계/합계 row must equal the sum of its member projects' budgets, year by year, whether typed in or
 * computed by a formula (Excel's SUM skips text numbers, so a formula total can be short). A formula
 * that leaves member rows out of its SUM is an error even when the value happens to match today: it
 * breaks as soon as the left-out row changes. Formulas of the forms =SUM(L5:L12), =SUM(L5:L8,L10:L12),
 * =L5+L6, =SUBTOTAL(9,L5:L12) are read; a reference to another total row covers that row's members.
 */
import { fromA1 } from "../../a1";
import type { Hit } from "../../finding";
import type { Budget, Plan, Project, TotalRow } from "../../plan";
import { oneLine } from "../../text";
import { cellA1, defineRule, hitMaker, round2 } from "../kit";
import { budgetAt } from "../vocabulary/budgets";
import { projectName, projectsById } from "../vocabulary/names";

const makeHit = hitMaker(["mismatch", "empty", "formulaOmits"]);

/** Two sums closer than this (백만원) are equal: floating point, not a difference. */
export const TOTAL_EPSILON = 1e-6;

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const SHEET = String.raw`(?:(?:'((?:[^']|'')+)'|([^!'",+()]+))!)?`;
const CELL = String.raw`\$?([A-Za-z]{1,3})\$?(\d+)`;
const CELL_TOKEN = new RegExp(`^${SHEET}${CELL}(?::${CELL})?$`);
const COLUMN_TOKEN = new RegExp(`^${SHEET}\\$?([A-Za-z]{1,3}):\\$?([A-Za-z]{1,3})$`);

/**
 * The cells a summing formula adds, as areas on `sheet`; null when the formula is anything else (other
 * functions, other operators, other sheets), whose coverage cannot be judged.
 */
export function summedAreas(formula: string, sheet: string): Area[] | null {
  let body = formula.trim().replace(/^=/, "").replace(/\s+/g, "");
  body = body.replace(/SUBTOTAL\((?:9|109),/gi, "(").replace(/SUM\(/gi, "(");
  if (/[A-Za-z_.]+\(/.test(body)) return null;
  body = body.replace(/[()]/g, "");
  if (body === "") return null;
  const areas: Area[] = [];
  for (const token of body.split(/[,+]/)) {
    if (token === "") return null;
    let match = CELL_TOKEN.exec(token);
    if (match) {
      const onSheet = match[1]?.replace(/''/g, "'") ?? match[2];
      if (onSheet !== undefined && onSheet !== sheet) return null;
      const a = fromA1(`${match[3]}${match[4]}`);
      const b = match[5] ? fromA1(`${match[5]}${match[6]}`) : a;
      areas.push({ top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) });
      continue;
    }
    match = COLUMN_TOKEN.exec(token);
    if (match) {
      const onSheet = match[1]?.replace(/''/g, "'") ?? match[2];
      if (onSheet !== undefined && onSheet !== sheet) return null;
      const a = fromA1(`${match[3]}1`).col;
      const b = fromA1(`${match[4]}1`).col;
      areas.push({ top: 0, bottom: Number.MAX_SAFE_INTEGER, left: Math.min(a, b), right: Math.max(a, b) });
      continue;
    }
    return null;
  }
  return areas;
}

function inAreas(areas: Area[], row: number, col: number): boolean {
  return areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
}

/** Whether the total's sum matches, allowing a typed total rounded to its own decimals (7.65 → 7.7). */
export function totalMatches(actual: number, expected: number): boolean {
  if (Math.abs(actual - expected) <= TOTAL_EPSILON * Math.max(1, Math.abs(expected))) return true;
  const decimals = (String(actual).split(".")[1] ?? "").length;
  const factor = 10 ** decimals;
  return Math.abs(Math.round(expected * factor) / factor - actual) <= TOTAL_EPSILON * Math.max(1, Math.abs(expected));
}

/** A total row's budget cell of one year, placed by its row: the totals a formula's areas reach are found by row. */
interface TotalCell {
  total: TotalRow;
  ref: Budget["ref"];
}

/** The totals' budget cells of `year`, in row order. */
function totalCellsByRow(plan: Plan, year: number): TotalCell[] {
  const cells: TotalCell[] = [];
  for (const total of plan.totals) {
    const cell = budgetAt(total, year);
    if (cell) cells.push({ total, ref: cell.ref });
  }
  return cells.sort((a, b) => a.ref.row - b.ref.row);
}

/**
 * Member projects a total's formula covers, directly or through another total row it references. `areas` are on
 * `sheet` (the total's own: summedAreas judges no other), so a member on another sheet of the plan is not covered.
 * The other totals are looked up by row (`totalCells`, in row order), not tested one by one for every total.
 */
function coveredMembers(members: Project[], total: TotalRow, year: number, areas: Area[], sheet: string, totalCells: TotalCell[]): Set<string> {
  const covered = new Set<string>();
  for (const project of members) {
    const budget = budgetAt(project, year);
    if (budget && budget.ref.sheet === sheet && inAreas(areas, budget.ref.row, budget.ref.col)) covered.add(project.id);
  }
  for (const area of areas) {
    for (let i = firstAtOrBelow(totalCells, area.top); i < totalCells.length && totalCells[i].ref.row <= area.bottom; i++) {
      const { total: other, ref } = totalCells[i];
      if (other === total || ref.sheet !== sheet || ref.col < area.left || ref.col > area.right) continue;
      for (const id of other.memberProjectIds) covered.add(id);
    }
  }
  return covered;
}

/** The index of the first cell at `row` or below it (binary search over cells in row order). */
function firstAtOrBelow(cells: TotalCell[], row: number): number {
  let low = 0;
  let high = cells.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cells[middle].ref.row < row) low = middle + 1;
    else high = middle;
  }
  return low;
}

export const budgetsTotal = defineRule({
  id: "budgets/total",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    // No total row, no index of the projects (a large plan's costs tens of milliseconds).
    if (plan.totals.length === 0) return hits;
    const byId = projectsById(plan);
    // Per year, the totals' cells in row order: made when a formula first needs them.
    const totalCellsOf = new Map<number, TotalCell[]>();
    for (const total of plan.totals) {
      const members: Project[] = [];
      for (const id of total.memberProjectIds) {
        const project = byId.get(id);
        if (project) members.push(project);
      }
      if (members.length === 0) continue;
      const label = oneLine(total.label.raw);
      for (const cell of total.budgets) {
        const year = cell.year;
        const memberBudgets = members.map((p) => ({ project: p, budget: budgetAt(p, year) }));
        const computable = memberBudgets.every(({ budget }) => !budget || budget.value.kind !== "invalid");
        const sum = memberBudgets.reduce((acc, { budget }) => acc + (budget?.value.kind === "number" ? budget.value.value : 0), 0);

        if (cell.formula) {
          // A plan spread over sheets: the formula's unqualified ranges are on the total's own sheet.
          const areas = summedAreas(cell.formula, cell.ref.sheet);
          if (areas) {
            let totalCells = totalCellsOf.get(year);
            if (!totalCells) totalCellsOf.set(year, (totalCells = totalCellsByRow(plan, year)));
            const covered = coveredMembers(members, total, year, areas, cell.ref.sheet, totalCells);
            const left = memberBudgets.filter(({ project }) => !covered.has(project.id));
            if (left.length > 0) {
              hits.push(
                makeHit("formulaOmits", cell.ref, {
                  label,
                  year,
                  formula: cell.formula,
                  cells: left.map(({ project, budget }) => (budget ? cellA1(budget.ref) : `${project.firstRow + 1}`)).join(", "),
                  names: left.map(({ project }) => projectName(project)).join(", "),
                  count: left.length,
                }),
              );
              continue;
            }
          }
        }
        if (!computable) continue;
        hits.push(...valueHits(cell, label, sum));
      }
    }
    return hits;
  },
});

function valueHits(cell: Budget, label: string, sum: number): Hit[] {
  const year = cell.year;
  const expected = round2(sum);
  if (cell.value.kind === "number") {
    if (totalMatches(cell.value.value, sum)) return [];
    const actual = cell.value.value;
    return [makeHit("mismatch", cell.ref, { label, year, expected, actual, difference: round2(actual - sum) })];
  }
  if ((cell.value.kind === "none" || cell.value.kind === "empty") && Math.abs(sum) > TOTAL_EPSILON) {
    return [makeHit("empty", cell.ref, { label, year, expected })];
  }
  return [];
}
