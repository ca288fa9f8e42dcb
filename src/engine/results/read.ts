/**
 * Finding a year's results in a workbook, where districts keep them:
 *  - columns beside the plan's targets: "'24 실적", "2024년 실적", "달성률", "미달성 사유", "집행액", "집행률"
 *    in the plan table's header, values on each indicator's own row (and line, when a cell holds several);
 *  - a sheet of their own (the add-in's 시행결과_<year>, or a district's), one row per indicator keyed by
 *    사업번호, 사업명 and 성과지표명 (and the add-in's 사업 ID where present).
 * Every value keeps its cell. Rows that name nothing in the plan are kept as unmatched, never dropped.
 */
import type { CellRef, CellValue, Grid, SheetGrid } from "../grid";
import { cellText, isCellError } from "../grid";
import { groupedBy, inGroup } from "../groups";
import type { CellText, Indicator, Plan, Project } from "../plan";
import { normalizeName } from "../identity";
import { yearIn } from "../read/header";
import { splitLines, stripBullet } from "../read/rowKinds";
import { SheetView } from "../read/sheetView";
import { parseBudget, parseNumberPath, parseTarget } from "../read/values";
import { isGeneratedSheet, isResultsFormSheet } from "../sheets";
import { compact, numberAsSeen, reparsedAsSeen } from "../text";
import type { BudgetResult, IndicatorResult, ResultCell, YearResults } from "./types";

/** The add-in's own results sheet for a year. */
export function resultsSheetName(year: number): string {
  return `시행결과_${year}`;
}

export type ResultRole = "actual" | "achievement" | "reason" | "spent" | "executionRate";
type KeyRole = "id" | "number" | "name" | "indicator" | "target" | "budget" | "department";

/** A results column from its header text, or null. Order matters: 미달성 사유 before 달성, 집행률 before 집행. */
export function classifyResultHeader(label: string): ResultRole | null {
  const t = compact(label);
  if (t === "") return null;
  if (/미달성|사유/.test(t)) return "reason";
  if (/집행[률율]/.test(t)) return "executionRate";
  if (/집행/.test(t)) return "spent";
  if (/달성[률율도]/.test(t)) return "achievement";
  if (/실적/.test(t)) return "actual";
  return null;
}

function classifyKeyHeader(label: string): KeyRole | null {
  const t = compact(label);
  if (/^(사업)?ID$/i.test(t)) return "id";
  if (/사업번호|^연번$|^번호$/.test(t)) return "number";
  if (/지표/.test(t) && !/목표/.test(t)) return "indicator";
  if (/목표/.test(t)) return "target";
  if (/사업명|세부사업|^사업$/.test(t)) return "name";
  if (/예산/.test(t)) return "budget";
  if (/부서|담당과/.test(t)) return "department";
  return null;
}

export interface ReadResultsOptions {
  /** The year to assume where a sheet or column does not say (the CLI's --year). */
  year?: number;
}

/** `views`: the sheets already seen by the plan reader (a view costs a pass over its sheet's merges). */
export function readResults(grid: Grid, plan: Plan, options: ReadResultsOptions = {}, views: readonly SheetView[] = []): YearResults[] {
  const out: YearResults[] = [];
  const viewOf = (sheet: SheetGrid) => views.find((view) => view.sheet === sheet) ?? new SheetView(sheet);
  const planSheet = grid.sheets.find((s) => s.name === plan.sheet);
  if (planSheet) out.push(...readBesideColumns(viewOf(planSheet), plan, options));
  for (const sheet of grid.sheets) {
    if (sheet.name === plan.sheet) continue;
    if (isGeneratedSheet(sheet.name) && !isResultsFormSheet(sheet.name)) continue;
    const found = readResultsSheet(viewOf(sheet), plan, options);
    if (found) out.push(found);
  }
  return out;
}

// ------------------------------------------------------------------------------------------- values

/**
 * The cell, or null when empty. `typed`: a cell the user fills (실적, 집행액), where a formula saved without its value
 * is kept (raw "", uncomputed, its formula: results/uncomputed-formula names it, gathering refuses it) rather than read
 * as empty; elsewhere (달성률, 집행률, the results form's own formulas until Excel opens the file) it is empty. A formula
 * whose value is there but empty (it computes "": the readers give "", not null) is an empty cell everywhere (its
 * formula is kept apart: blankFormula).
 */
function resultCell(view: SheetView, row: number, col: number, line?: number, keepBlankLines = false, typed = false): ResultCell | null {
  const value = view.own(row, col);
  const raw = lineOf(value, line, keepBlankLines);
  const formula = view.formula(row, col);
  const uncomputed = typed && !!formula && value === null;
  if (raw === "" && !uncomputed) return null;
  const cell: ResultCell = { ref: { sheet: view.sheet.name, row, col }, raw };
  if (line !== undefined) cell.line = line;
  if (formula) cell.formula = formula;
  if (uncomputed) cell.uncomputed = true;
  return cell;
}

/**
 * A cell the user fills whose formula computes empty text (=IF(B5="","",B5)): no value, so resultCell reads it as
 * empty, but the user's formula, which writing the form again must keep (IndicatorResult.blankFormulas).
 */
function blankFormula(view: SheetView, row: number, col: number | undefined): ResultCell | null {
  if (col === undefined) return null;
  const formula = view.formula(row, col);
  if (!formula) return null;
  const value = view.own(row, col);
  if (value === null || cellText(value) !== "") return null;
  return { ref: { sheet: view.sheet.name, row, col }, raw: "", formula };
}

/**
 * The cell's text, or one line of it when the plan's indicator sits on that line of a shared cell. Values
 * count lines as the plan's targets do (blank lines skipped); a reason keeps them, so "\n사유" answers line 1.
 */
function lineOf(value: CellValue, line: number | undefined, keepBlankLines: boolean): string {
  const text = cellText(value);
  if (line === undefined || typeof value !== "string") return text;
  const lines = keepBlankLines ? value.split(/\r?\n/).map((l) => l.trim()) : splitLines(text);
  return lines[line] ?? "";
}

function valueOf(view: SheetView, cell: ResultCell): CellValue {
  const value = view.own(cell.ref.row, cell.ref.col);
  return cell.line === undefined || typeof value !== "string" ? value : cell.raw;
}

/** 95, "95%", "95.3 %", and so as they look ("９５．３％", typed by a Korean IME) → the number; anything else → null. */
export function percentNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || isCellError(value)) return null;
  const m = reparsedAsSeen(value.trim(), percentMatch, null);
  return m ? Number(m[1]) : null;
}

const PERCENT = /^([+-]?\d+(?:\.\d+)?)\s*%?$/;
const percentMatch = (text: string) => PERCENT.exec(text.replace(/,/g, ""));

interface RowValues {
  actual: IndicatorResult["actual"];
  achievement: IndicatorResult["achievement"];
  reason: ResultCell | null;
  blankFormulas?: IndicatorResult["blankFormulas"];
}

function rowValues(view: SheetView, row: number, cols: Partial<Record<ResultRole, number>>, line?: number): RowValues {
  const at = (role: ResultRole) => (cols[role] === undefined ? null : resultCell(view, row, cols[role] as number, line, role === "reason", role === "actual"));
  const actual = at("actual");
  const achievement = at("achievement");
  const values: RowValues = {
    actual: actual && { ...actual, value: parseTarget(valueOf(view, actual)) },
    achievement: achievement && { ...achievement, value: percentNumber(valueOf(view, achievement)) },
    reason: at("reason"),
  };
  // Only a cell read as empty can hold one: a filled cell's formula and value are not looked up again.
  const blankActual = values.actual ? null : blankFormula(view, row, cols.actual);
  const blankReason = values.reason ? null : blankFormula(view, row, cols.reason);
  if (blankActual || blankReason) values.blankFormulas = { ...(blankActual && { actual: blankActual }), ...(blankReason && { reason: blankReason }) };
  return values;
}

function budgetResult(view: SheetView, project: Project, row: number, cols: Partial<Record<ResultRole, number>>): BudgetResult | null {
  if (cols.spent === undefined && cols.executionRate === undefined) return null;
  const spent = cols.spent === undefined ? null : resultCell(view, row, cols.spent, undefined, false, true);
  const rate = cols.executionRate === undefined ? null : resultCell(view, row, cols.executionRate);
  const result: BudgetResult = {
    projectId: project.id,
    spent: spent && { ...spent, value: parseBudget(view.own(row, cols.spent as number)) },
    executionRate: rate && { ...rate, value: percentNumber(view.own(row, cols.executionRate as number)) },
    row,
    spentCol: cols.spent ?? (cols.executionRate as number),
  };
  const blankSpent = spent ? null : blankFormula(view, row, cols.spent);
  if (blankSpent) result.blankFormulas = { spent: blankSpent };
  return result;
}

// --------------------------------------------------------------------------------- beside the targets

function headerLabel(view: SheetView, rows: number[], col: number): string {
  const parts: string[] = [];
  for (const row of rows) {
    const text = cellText(view.shown(row, col));
    if (text !== "" && !parts.includes(text)) parts.push(text);
  }
  return parts.join(" ");
}

function readBesideColumns(view: SheetView, plan: Plan, options: ReadResultsOptions): YearResults[] {
  const rows: number[] = [];
  for (let r = plan.headerRows.first; r <= plan.headerRows.last; r++) rows.push(r);
  const planCols = new Set(plan.columns.map((c) => c.col));
  const byYear = new Map<number, Partial<Record<ResultRole, number>>>();
  let lastYear: number | null = options.year ?? null;
  for (let col = 0; col < view.colCount; col++) {
    if (planCols.has(col)) continue;
    const label = headerLabel(view, rows, col);
    const role = classifyResultHeader(label);
    if (!role) continue;
    const year = yearIn(label) ?? lastYear;
    if (year === null) continue;
    lastYear = year;
    const cols = byYear.get(year) ?? {};
    cols[role] ??= col;
    byYear.set(year, cols);
  }
  const out: YearResults[] = [];
  for (const [year, cols] of byYear) {
    if (cols.actual === undefined && cols.spent === undefined) continue;
    const results: YearResults = { year, source: "columns", sheet: plan.sheet, indicators: [], budgets: [], unmatched: [] };
    for (const project of plan.projects) {
      for (const indicator of project.indicators) {
        const target = indicator.targets.find((t) => t.year === year);
        const row = target?.ref.row ?? indicator.nameCell?.ref.row ?? project.firstRow;
        const line = target?.line ?? indicator.nameCell?.line;
        if (cols.actual === undefined) continue;
        results.indicators.push({ indicatorId: indicator.id, projectId: project.id, ...rowValues(view, row, cols, line), row, actualCol: cols.actual });
      }
      const budget = budgetResult(view, project, project.firstRow, cols);
      if (budget) results.budgets.push(budget);
    }
    out.push(results);
  }
  return out;
}

// ------------------------------------------------------------------------------------ a sheet of its own

interface KeyedHeader {
  row: number;
  keys: Partial<Record<KeyRole, number>>;
  results: Partial<Record<ResultRole, number>>;
  year: number | null;
}

/** A results header has a 실적 column: a row without 적 in any label is ruled out before its labels are classified. */
function mayNameActuals(view: SheetView, row: number): boolean {
  return view.anyShownIncludes(row, "적");
}

function findKeyedHeader(view: SheetView): KeyedHeader | null {
  const limit = Math.min(view.rowCount, 30);
  for (let row = 0; row < limit; row++) {
    if (!mayNameActuals(view, row)) continue;
    const keys: Partial<Record<KeyRole, number>> = {};
    const results: Partial<Record<ResultRole, number>> = {};
    let year: number | null = null;
    for (let col = 0; col < view.colCount; col++) {
      const label = cellText(view.shown(row, col));
      if (label === "" || label.length > 40) continue;
      const role = classifyResultHeader(label);
      if (role) {
        results[role] ??= col;
        if (role === "actual") year ??= yearIn(label);
        continue;
      }
      const key = classifyKeyHeader(label);
      if (key) keys[key] ??= col;
      if (key === "target") year ??= yearIn(label);
    }
    const named = keys.id !== undefined || keys.name !== undefined || keys.number !== undefined;
    if (results.actual !== undefined && named && keys.indicator !== undefined) return { row, keys, results, year };
  }
  return null;
}

/** The year a results sheet is for: its name, its header, a title above the header, else the one asked for. */
function sheetYear(view: SheetView, header: KeyedHeader, options: ReadResultsOptions): number | null {
  const fromName = yearIn(view.sheet.name);
  if (fromName !== null) return fromName;
  if (header.year !== null) return header.year;
  for (let row = 0; row < header.row; row++) {
    for (let col = 0; col < Math.min(view.colCount, 6); col++) {
      const text = cellText(view.own(row, col));
      const year = text === "" ? null : yearIn(text);
      if (year !== null) return year;
    }
  }
  return options.year ?? null;
}

function readResultsSheet(view: SheetView, plan: Plan, options: ReadResultsOptions): YearResults | null {
  const header = findKeyedHeader(view);
  if (!header) return null;
  const year = sheetYear(view, header, options);
  if (year === null) return null;
  const results: YearResults = { year, source: "sheet", sheet: view.sheet.name, indicators: [], budgets: [], unmatched: [] };
  const matcher = new ProjectMatcher(plan);
  const key = (row: number, role: KeyRole) => (header.keys[role] === undefined ? "" : cellText(view.shown(row, header.keys[role] as number)));
  const budgeted = new Set<string>();
  const used = new Set<string>();
  let previous = null as { project: Project | null; label: string } | null;
  // A 실적 or 집행액 formula saved without its value is something written too, not a blank (results/uncomputed-formula);
  // one that computes "" is blank.
  const typedFormula = (row: number, col: number | undefined) => col !== undefined && view.formula(row, col) !== null && view.own(row, col) === null;
  for (let row = header.row + 1; row < view.rowCount; row++) {
    if (view.isRowEmpty(row)) continue;
    const id = key(row, "id");
    const number = key(row, "number");
    const name = key(row, "name");
    const indicatorName = key(row, "indicator");
    const hasValues =
      Object.values(header.results).some((col) => cellText(view.own(row, col as number)) !== "") ||
      typedFormula(row, header.results.actual) ||
      typedFormula(row, header.results.spent);
    // A row with neither an indicator nor a value is a title or a note, not a result.
    if (indicatorName === "" && !hasValues) continue;
    // A row without its own project key continues the project above (a merged or blank 사업명 cell).
    const project: Project | null = id === "" && number === "" && name === "" ? (previous?.project ?? null) : matcher.project(id, number, name);
    const label: string = name || number || id || previous?.label || "";
    previous = { project, label };
    const ref: CellRef = { sheet: view.sheet.name, row, col: header.keys.indicator as number };
    if (!project) {
      results.unmatched.push({ ref, project: label, indicator: indicatorName });
      continue;
    }
    if (!budgeted.has(project.id)) {
      const budget = budgetResult(view, project, row, header.results);
      if (budget && (budget.spent || budget.executionRate || budget.blankFormulas)) {
        results.budgets.push(budget);
        budgeted.add(project.id);
      }
    }
    const indicator = matchIndicator(project, indicatorName, used);
    if (!indicator) {
      if (indicatorName !== "" || hasValues) results.unmatched.push({ ref, project: label, indicator: indicatorName });
      continue;
    }
    used.add(indicator.id);
    const department = key(row, "department");
    results.indicators.push({
      indicatorId: indicator.id,
      projectId: project.id,
      ...rowValues(view, row, header.results),
      row,
      actualCol: header.results.actual as number,
      ...(department !== "" ? { department } : {}),
    });
  }
  // Budgets of projects that have rows but no 집행액 yet: a budget spent is checked only where written.
  return results;
}

class ProjectMatcher {
  private readonly byId = new Map<string, Project>();
  private readonly byName = new Map<string, Project[]>();

  /** The projects by their number's text, made when a row first names a project by number alone. */
  private byNumber: ReadonlyMap<string | null, readonly Project[]> | null = null;

  constructor(private readonly plan: Plan) {
    for (const project of plan.projects) {
      this.byId.set(project.id, project);
      const key = normalizeName(project.name);
      const named = this.byName.get(key);
      // Pushed, not copied: a copy per project was quadratic where many projects share a name.
      if (named) named.push(project);
      else this.byName.set(key, [project]);
    }
  }

  project(id: string, number: string, name: string): Project | null {
    if (id !== "") {
      // The add-in writes its ids with Latin I, II ("I-1-3"); a district may retype them Ⅰ-1-3 or Ｉ-1-3.
      const byId = this.byId.get(id) ?? this.byId.get(pathKey(id) ?? id);
      if (byId) return byId;
    }
    const sameNumber = (p: Project) => number !== "" && !!p.numberCell && numberKey(p.numberCell.raw) === numberKey(number);
    if (name !== "") {
      const named = this.byName.get(normalizeName(name)) ?? [];
      return named.find(sameNumber) ?? named[0] ?? null;
    }
    if (number === "") return null;
    // A number alone names a project only where the plan's numbers are unique (6기: Ⅰ-2-5). Looked up, not
    // searched for every row of the results: that was quadratic.
    this.byNumber ??= groupedBy(
      this.plan.projects.filter((p) => !!p.numberCell),
      (p) => numberKey((p.numberCell as CellText).raw),
    );
    const numbered = inGroup(this.byNumber, numberKey(number));
    return numbered.length === 1 ? numbered[0] : null;
  }
}

/**
 * A project number as it looks, spacing aside and whichever numeral writes its part: "Ⅰ–1–2", "Ⅰ - 1 - 2", "I-1-2"
 * and "Ｉ-1-2" name the plan's Ⅰ-1-2 (or I-1-2), "II-1-2-1" its Ⅱ-1-2-1.
 */
function numberKey(number: string): string {
  return pathKey(number) ?? numberAsSeen(compact(number));
}

/** A number path (parseNumberPath: Ⅰ, Ⅱ, I, II, Ｉ, dashes as they look) as the plan's ids write it: "Ⅱ–1–2–1" → "II-1-2-1"; else null. */
function pathKey(text: string): string | null {
  const path = parseNumberPath(text);
  return path ? `${path.part === 1 ? "I" : "II"}-${path.levels.join("-")}` : null;
}

function indicatorKey(name: string): string {
  return normalizeName(stripBullet(name));
}

/**
 * By name (exactly, then one containing the other), indicators not yet answered first (a project may
 * carry two indicators of the same name); a project's only indicator also answers an empty name.
 */
function matchIndicator(project: Project, name: string, used: ReadonlySet<string>): Indicator | null {
  const key = indicatorKey(name);
  if (key === "") return project.indicators.length === 1 ? project.indicators[0] : null;
  const free = project.indicators.filter((i) => !used.has(i.id));
  for (const list of [free, project.indicators]) {
    const exact = list.find((i) => indicatorKey(i.name) === key);
    if (exact) return exact;
    const near = list.find((i) => indicatorKey(i.name).includes(key) || key.includes(indicatorKey(i.name)));
    if (near) return near;
  }
  return null;
}
