/**
 * A 소계/합계 row must equal the sum of its member projects' budgets, year by year, whether typed in or
 * computed by a formula (Excel's SUM skips text numbers, so a formula total can be short). A formula
 * that leaves member rows out of its SUM is an error even when the value happens to match today: it
 * breaks as soon as the left-out row changes. Formulas of the forms =SUM(L5:L12), =SUM(L5:L8,L10:L12),
 * =L5+L6, =SUBTOTAL(9,L5:L12) are read; a reference to another total row covers that row's members.
 */
import { fromA1 } from "../../a1";
import type { Hit } from "../../finding";
import type { Budget, Plan, TotalRow } from "../../plan";
import { oneLine } from "../../text";
import { cellA1, defineRule, hitMaker, round2 } from "../kit";
import { budgetAt } from "../vocabulary/budgets";
import { projectName } from "../vocabulary/names";

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

/**
 * Member projects a total's formula covers, directly or through another total row it references. `areas` are on
 * `sheet` (the total's own: summedAreas judges no other), so a member on another sheet of the plan is not covered.
 */
function coveredMembers(plan: Plan, total: TotalRow, year: number, areas: Area[], sheet: string, seen: Set<TotalRow>): Set<string> {
  const covered = new Set<string>();
  seen.add(total);
  for (const id of total.memberProjectIds) {
    const project = plan.projects.find((p) => p.id === id);
    const budget = project ? budgetAt(project, year) : null;
    if (budget && budget.ref.sheet === sheet && inAreas(areas, budget.ref.row, budget.ref.col)) covered.add(id);
  }
  for (const other of plan.totals) {
    if (seen.has(other)) continue;
    const cell = budgetAt(other, year);
    if (!cell || cell.ref.sheet !== sheet || !inAreas(areas, cell.ref.row, cell.ref.col)) continue;
    for (const id of other.memberProjectIds) covered.add(id);
  }
  return covered;
}

export const budgetsTotal = defineRule({
  id: "budgets/total",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    for (const total of plan.totals) {
      const members = total.memberProjectIds
        .map((id) => plan.projects.find((p) => p.id === id))
        .filter((p): p is NonNullable<typeof p> => p !== undefined);
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
            const covered = coveredMembers(plan, total, year, areas, cell.ref.sheet, new Set());
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
