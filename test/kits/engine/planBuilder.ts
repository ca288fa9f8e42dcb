/**
 * Small Plans for rule tests, without a workbook: describe strategies, tasks, projects, totals and the
 * schedule; the builder lays them out as the seed's 총괄표 does and parses every value with values.ts.
 *
 * Layout (zero-based; Excel row = row + 1):
 *   rows 0–1 header; col A(0) 사업번호, B(1) 사업명, C–E(2–4) flags key/partnership/isNew, F(5) 성과지표,
 *   then one target column per target year (G–K for 2022–2026), then one budget column per budget year
 *   (L–P for 2022–2026).
 *   From row 2: per strategy its row (one row per indicator), its projects without a task, then per task
 *   its row and its projects; projects without a strategy; then the total rows. A project takes one row
 *   per indicator (at least one); its number, name, flags and budgets sit on its first row.
 *   With the defaults, a plan of strategy-less projects puts project i (one indicator or none) on row
 *   2 + i, i.e. Excel row 3 + i: its 2022 budget is L{3+i}.
 *   period: 6 switches to the 6기 form: years 2026–2030, no key/partnership columns (key read from a
 *   "(중점추진)" name), E(4) "6기 (○,×)", D(3) 연계성; the rest of the layout is the same.
 */
import { LOG_COLUMNS, type RevisionLogSheet, type RevisionStore } from "../../../src/engine/read/revisionLog";
import { GENERATED_SHEETS } from "../../../src/engine/sheets";
import type { CellRef, CellValue } from "../../../src/engine/grid";
import { cellText } from "../../../src/engine/grid";
import type {
  Budget,
  DepartmentEntry,
  Flag,
  FlagName,
  Indicator,
  Plan,
  PlanPeriod,
  PlanColumn,
  Project,
  Schedule,
  ScheduleDate,
  Strategy,
  StrategyPart,
  Target,
  Task,
  TotalRow,
} from "../../../src/engine/plan";
import { FLAG_NAMES } from "../../../src/engine/plan";
import { matchDepartmentList } from "../../../src/engine/read/schedule";
import { classifyFlag, parseBudget, parseNationalPlanLink, parseNumberPath, parseTarget, splitKeyMarker, unitFromName } from "../../../src/engine/read/values";

export interface IndicatorSpec {
  name: string;
  /** Year → cell value as written ("94.5%", "착공", "-", 25); a year left out is an empty cell. */
  targets?: Record<number, CellValue>;
  /** Default: unitFromName(name). */
  unitInName?: string | null;
  /** Several indicators in one cell on separate lines: give the line (the row is the previous indicator's). */
  line?: number;
  /** Year → formula text of the target cell. */
  formulas?: Record<number, string>;
}

export interface ProjectSpec {
  /** Default: "<task or strategy>-<number>" as the reader makes it, or "P-<n>". */
  id?: string;
  name: string;
  /** Default: its position in its task/strategy (1, 2, …); null for none. */
  number?: number | null;
  /** Strategy id ("I-1", "II-2"); created if not declared. */
  strategy?: string | null;
  /** Task id ("II-1-2"); its strategy is implied. */
  task?: string | null;
  /** Raw flag text per flag (default "×"); null means no flag cell at all. */
  flags?: Partial<Record<FlagName, string | null>>;
  /** Flag → formula text of the flag cell (its value is `flags`' text, the formula's result). */
  flagFormulas?: Partial<Record<FlagName, string>>;
  indicators?: IndicatorSpec[];
  /** Year → cell value (80, "2,478", "-"); a year left out is an empty cell. */
  budgets?: Record<number, CellValue>;
  /** Year → formula text of the budget cell. */
  formulas?: Record<number, string>;
  /** Extra rows the project spans (merged cells), beyond one per indicator. */
  extraRows?: number;
  /** The number cell as written when it is a path ("Ⅰ-2-5"); number defaults to its last level. */
  numberText?: string;
  /** 6기: the 연계성 cell ("①, ③"); default "①"; null for an empty cell. */
  link?: string | null;
  /** The 담당부서 cell. */
  department?: string | null;
}

export interface StrategySpec {
  id: string;
  name?: string;
  indicators?: IndicatorSpec[];
}

export interface TaskSpec {
  id: string;
  name?: string;
  indicators?: IndicatorSpec[];
}

export interface TotalSpec {
  kind?: "subtotal" | "total";
  label?: string;
  scopeId?: string | null;
  /** Project ids or names; default: every project (total) or the scope's projects (subtotal). */
  members?: string[];
  budgets?: Record<number, CellValue>;
  formulas?: Record<number, string>;
}

export interface ScheduleSpec {
  sheet?: string;
  steps?: string[];
  /** Dates as written ("'22. 11.", "2023. 10. 5."); null for an empty cell. */
  revisions?: { year: number; dates: (string | null)[] }[];
  responsible?: string;
  /** 6기 department list: [실, 국, 과, 세부사업 명] per line (empty strings for empty cells). */
  departments?: [string, string, string, string][];
}

export interface PlanSpec {
  sheet?: string;
  /** Default 5; 6 gives the 6기 form (see the layout above). */
  period?: PlanPeriod;
  /** Default [sheet] (plus the schedule's sheet). */
  sheets?: string[];
  /** Default 백만원. */
  budgetUnit?: "백만원" | "천원";
  /** Default: the period by years and by headers, not mixed. */
  periodEvidence?: Partial<Plan["periodEvidence"]>;
  targetYears?: number[];
  budgetYears?: number[];
  planYears?: number[];
  /** Flag columns the workbook lacks. */
  withoutFlagColumns?: FlagName[];
  strategies?: StrategySpec[];
  tasks?: TaskSpec[];
  projects?: ProjectSpec[];
  totals?: TotalSpec[];
  schedule?: ScheduleSpec | null;
  errorCells?: { row: number; col: number; error: string }[];
  unplacedRows?: number[];
  /** Rows standing above a later sheet's header (the reader's unplacedRows with aboveHeader), on the plan's sheet here. */
  unplacedAboveHeader?: number[];
  /** 수정이력 data rows, cells in LOG_COLUMNS order (checksum last), under a header at row 0; or a log without header. */
  revisionLog?: { rows: CellValue[][] } | { headerRow: null } | null;
  /** The store's log state and baseline (raw entries), as a file read whole gives them. */
  revisionStore?: RevisionStore | null;
}

export const STEPS = ["수정 보완 계획 수립", "기본계획 수정 보완", "지역사회보장협의체 심의", "의회 보고", "복지부 제출"];

const FLAG_COLS: Record<FlagName, number> = { key: 2, partnership: 3, isNew: 4 };

function strategyOf(id: string): { part: StrategyPart; number: number } {
  const match = /^(I{1,2})-(\d+)/.exec(id);
  if (!match) return { part: 1, number: 1 };
  return { part: match[1] === "II" ? 2 : 1, number: Number(match[2]) };
}

function lastNumber(id: string): number {
  const match = /(\d+)$/.exec(id);
  return match ? Number(match[1]) : 1;
}

function parentStrategyOfTask(taskId: string): string {
  return taskId.replace(/-\d+$/, "");
}

/** "'22. 11." / "2023. 10. 5." / "2023.10" → {year, month, day?}. */
export function parseScheduleDate(text: string): ScheduleDate["date"] {
  const match = /^'?(\d{2}|\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]?\s*(?:(\d{1,2})\s*[.일]?)?$/.exec(text.trim());
  if (!match) return null;
  const year = match[1].length === 2 ? 2000 + Number(match[1]) : Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return match[3] ? { year, month, day: Number(match[3]) } : { year, month };
}

export const YEARS_5 = [2022, 2023, 2024, 2025, 2026];
export const YEARS_6 = [2026, 2027, 2028, 2029, 2030];

export function buildPlan(spec: PlanSpec = {}): Plan {
  const sheet = spec.sheet ?? "총괄표";
  const period: PlanPeriod = spec.period ?? 5;
  const sixth = period === 6;
  const targetYears = spec.targetYears ?? (sixth ? YEARS_6 : YEARS_5);
  const budgetYears = spec.budgetYears ?? (sixth ? YEARS_6 : YEARS_5);
  const allYears = [...new Set([...targetYears, ...budgetYears])].sort((a, b) => a - b);
  const planYears = spec.planYears ?? allYears.slice(-4);
  const ref = (row: number, col: number): CellRef => ({ sheet, row, col });

  const columns: PlanColumn[] = [
    { role: "number", col: 0, header: "사업번호" },
    { role: "name", col: 1, header: "사업명" },
  ];
  // The 6기 form has no key/partnership columns: key comes from the name.
  const without = new Set<FlagName>([...(spec.withoutFlagColumns ?? []), ...(sixth ? (["key", "partnership"] as FlagName[]) : [])]);
  for (const flag of FLAG_NAMES) {
    if (!without.has(flag)) columns.push({ role: `flag.${flag}` as PlanColumn["role"], col: FLAG_COLS[flag], header: sixth ? "6기 (○,×)" : flag });
  }
  if (sixth) columns.push({ role: "link", col: 3, header: "제3차 사회보장기본계획과의 연계성" });
  columns.push({ role: "indicator", col: 5, header: "성과지표명 (단위)" });
  const targetCol = new Map<number, number>();
  targetYears.forEach((year, i) => {
    targetCol.set(year, 6 + i);
    columns.push({ role: "target", col: 6 + i, year, header: `'${year % 100}년 목표` });
  });
  const budgetCol = new Map<number, number>();
  budgetYears.forEach((year, i) => {
    budgetCol.set(year, 6 + targetYears.length + i);
    columns.push({ role: "budget", col: 6 + targetYears.length + i, year, header: `'${year % 100}년 예산` });
  });
  const departmentCol = 6 + targetYears.length + budgetYears.length;
  if ((spec.projects ?? []).some((p) => p.department)) columns.push({ role: "department", col: departmentCol, header: "담당부서" });

  // Strategies and tasks: declared ones first, then those the projects name.
  const strategyIds: string[] = [];
  const strategyNames = new Map<string, string | undefined>();
  const strategyIndicators = new Map<string, IndicatorSpec[]>();
  const taskIds: string[] = [];
  const taskNames = new Map<string, string | undefined>();
  const taskIndicators = new Map<string, IndicatorSpec[]>();
  const addStrategy = (id: string) => {
    if (!strategyIds.includes(id)) strategyIds.push(id);
  };
  const addTask = (id: string) => {
    addStrategy(parentStrategyOfTask(id));
    if (!taskIds.includes(id)) taskIds.push(id);
  };
  for (const s of spec.strategies ?? []) {
    addStrategy(s.id);
    strategyNames.set(s.id, s.name);
    strategyIndicators.set(s.id, s.indicators ?? []);
  }
  for (const t of spec.tasks ?? []) {
    addTask(t.id);
    taskNames.set(t.id, t.name);
    taskIndicators.set(t.id, t.indicators ?? []);
  }
  const projectSpecs = spec.projects ?? [];
  for (const p of projectSpecs) {
    if (p.task) addTask(p.task);
    else if (p.strategy) addStrategy(p.strategy);
  }
  const strategyIdOf = (p: ProjectSpec): string | null => (p.task ? parentStrategyOfTask(p.task) : p.strategy ?? null);

  let row = 2;
  const strategies: Strategy[] = [];
  const tasks: Task[] = [];
  const projects: Project[] = [];

  const makeIndicators = (ownerId: string, specs: IndicatorSpec[], firstRow: number): { indicators: Indicator[]; rows: number } => {
    const indicators: Indicator[] = [];
    let r = firstRow - 1;
    specs.forEach((ind, i) => {
      if (ind.line === undefined || ind.line === 0 || i === 0) r++;
      const line = ind.line;
      const targets: Target[] = targetYears.map((year) => {
        const raw: CellValue = ind.targets?.[year] ?? null;
        const target: Target = { ref: ref(r, targetCol.get(year) as number), raw: cellText(raw), year, value: parseTarget(raw) };
        if (line !== undefined) target.line = line;
        if (ind.formulas?.[year]) {
          target.formula = ind.formulas[year];
          // A formula with no value is one saved without its result, as the reader reads it (no cached value).
          if (raw === null) target.uncomputed = true;
        }
        return target;
      });
      const nameCell: Indicator["nameCell"] = { ref: ref(r, 5), raw: ind.name };
      if (line !== undefined) nameCell.line = line;
      indicators.push({
        id: `${ownerId}/i${i + 1}`,
        ownerId,
        name: ind.name,
        nameCell,
        unitInName: ind.unitInName !== undefined ? ind.unitInName : unitFromName(ind.name),
        targets,
      });
    });
    return { indicators, rows: Math.max(1, r - firstRow + 1) };
  };

  const usedIds: string[] = [];
  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; usedIds.includes(id); n++) id = `${base}#${n}`;
    usedIds.push(id);
    return id;
  };

  const placeProjects = (list: ProjectSpec[]) => {
    const positions = new Map<string, number>();
    for (const p of list) {
      const scope = p.task ?? strategyIdOf(p) ?? "P";
      const position = (positions.get(scope) ?? 0) + 1;
      positions.set(scope, position);
      const numberPath = p.numberText !== undefined ? parseNumberPath(p.numberText) ?? undefined : undefined;
      const number = p.number !== undefined ? p.number : numberPath ? numberPath.levels[numberPath.levels.length - 1] : position;
      const id = uniqueId(p.id ?? `${scope}-${number ?? `r${row + 1}`}`);
      const firstRow = row;
      const { indicators, rows } = makeIndicators(id, p.indicators ?? [], firstRow);
      const flags = {} as Record<FlagName, Flag | null>;
      for (const flag of FLAG_NAMES) {
        const raw = p.flags && flag in p.flags ? p.flags[flag] : "×";
        const formula = p.flagFormulas?.[flag];
        flags[flag] =
          raw === null || raw === undefined || without.has(flag)
            ? null
            : { ref: ref(firstRow, FLAG_COLS[flag]), raw: raw.trim(), ...classifyFlag(raw), ...(formula ? { formula } : {}) };
      }
      const marker = splitKeyMarker(p.name);
      if (sixth) flags.key = keyFromName(ref(firstRow, 1), marker.key);
      const budgets: Budget[] = budgetYears.map((year) => makeBudget(ref(firstRow, budgetCol.get(year) as number), year, p.budgets?.[year] ?? null, p.formulas?.[year]));
      const lastRow = firstRow + rows - 1 + (p.extraRows ?? 0);
      projects.push({
        id,
        strategyId: strategyIdOf(p),
        taskId: p.task ?? null,
        number,
        numberCell: number === null && !p.numberText ? null : { ref: ref(firstRow, 0), raw: p.numberText ?? String(number) },
        ...(numberPath ? { numberPath } : {}),
        name: sixth ? marker.name : p.name,
        nameCell: { ref: ref(firstRow, 1), raw: p.name },
        department: p.department ? { ref: ref(firstRow, departmentCol), raw: p.department } : null,
        remark: null,
        flags,
        ...(sixth ? { nationalPlanLink: makeLink(ref(firstRow, 3), p.link === undefined ? "①" : p.link) } : {}),
        indicators,
        budgets,
        firstRow,
        lastRow,
      });
      row = lastRow + 1;
    }
  };

  for (const sid of strategyIds) {
    const { part, number } = strategyOf(sid);
    const name = strategyNames.get(sid) ?? `전략 ${sid}`;
    const raw = `${part === 1 ? "사회보장전략" : "지역발전전략"} ${number}. ${name}`;
    const { indicators, rows } = makeIndicators(sid, strategyIndicators.get(sid) ?? [], row);
    strategies.push({ id: sid, part, number, name, cell: { ref: ref(row, 0), raw }, indicators });
    row += rows;
    placeProjects(projectSpecs.filter((p) => !p.task && p.strategy === sid));
    for (const tid of taskIds.filter((t) => parentStrategyOfTask(t) === sid)) {
      const taskName = taskNames.get(tid) ?? `과업 ${tid}`;
      const taskNumber = lastNumber(tid);
      const task = makeIndicators(tid, taskIndicators.get(tid) ?? [], row);
      tasks.push({ id: tid, strategyId: sid, number: taskNumber, name: taskName, cell: { ref: ref(row, 0), raw: `대표과업 ${taskNumber}. ${taskName}` }, indicators: task.indicators });
      row += task.rows;
      placeProjects(projectSpecs.filter((p) => p.task === tid));
    }
  }
  placeProjects(projectSpecs.filter((p) => !p.task && !p.strategy));

  const totals: TotalRow[] = (spec.totals ?? []).map((t) => {
    const kind = t.kind ?? (t.scopeId ? "subtotal" : "total");
    const scopeId = t.scopeId ?? null;
    const members = t.members
      ? t.members.map((m) => (projects.find((p) => p.id === m) ?? projects.find((p) => p.name === m))?.id ?? m)
      : projects.filter((p) => scopeId === null || p.strategyId === scopeId || p.taskId === scopeId).map((p) => p.id);
    const totalRow = row++;
    return {
      kind,
      label: { ref: ref(totalRow, 0), raw: t.label ?? (kind === "subtotal" ? "소계" : "합계") },
      row: totalRow,
      scopeId,
      budgets: budgetYears.map((year) => makeBudget(ref(totalRow, budgetCol.get(year) as number), year, t.budgets?.[year] ?? null, t.formulas?.[year])),
      memberProjectIds: members,
    };
  });

  let schedule: Schedule | null = null;
  if (spec.schedule) {
    const s = spec.schedule;
    const scheduleSheet = s.sheet ?? "관리체계";
    const steps = s.steps ?? (sixth ? [] : STEPS);
    const at = (row: number, col: number): CellRef => ({ sheet: scheduleSheet, row, col });
    const cell = (row: number, col: number, raw: string) => (raw === "" ? null : { ref: at(row, col), raw });
    schedule = {
      sheet: scheduleSheet,
      steps: steps.map((raw, i) => ({ ref: at(0, 2 + i), raw })),
      revisions: (s.revisions ?? []).map((r, i) => ({
        year: r.year,
        label: { ref: { sheet: scheduleSheet, row: 1 + i, col: 1 }, raw: `'${r.year % 100}` },
        dates: r.dates.map((raw, j) => ({
          ref: { sheet: scheduleSheet, row: 1 + i, col: 2 + j },
          raw: raw ?? "",
          date: raw ? parseScheduleDate(raw) : null,
        })),
      })),
      responsible: s.responsible ? { ref: at(0, 1), raw: s.responsible } : null,
    };
    if (s.departments) {
      // The list sits below the header rows of the schedule sheet, from row 10.
      const departments: DepartmentEntry[] = s.departments.map(([office, bureau, division, name], i) => ({
        office: cell(10 + i, 0, office),
        bureau: cell(10 + i, 1, bureau),
        division: cell(10 + i, 2, division),
        project: { ref: at(10 + i, 3), raw: name },
      }));
      const { byProject, unmatched } = matchDepartmentList(departments, projects, [...tasks, ...strategies]);
      schedule.departments = departments;
      schedule.departmentsByProject = byProject;
      schedule.unmatchedEntries = unmatched;
    }
  }
  if (schedule?.departmentsByProject) {
    for (const p of projects) if (!p.department) p.department = schedule.departmentsByProject[p.id] ?? null;
  }

  const sheets = spec.sheets ?? [sheet, ...(schedule && schedule.sheet !== sheet ? [schedule.sheet] : [])];
  return {
    sheet,
    sheets,
    period,
    periodEvidence: { byYears: period, byHeaders: period, headerRef: null, mixed: false, ...spec.periodEvidence },
    years: allYears,
    budgetUnit: { unit: spec.budgetUnit ?? "백만원", ref: null, raw: "" },
    headerRows: { first: 0, last: 1 },
    columns,
    targetYears,
    budgetYears,
    planYears,
    strategies,
    tasks,
    projects,
    totals,
    schedule,
    errorCells: (spec.errorCells ?? []).map((e) => ({ ref: ref(e.row, e.col), error: e.error })),
    unplacedRows: [...(spec.unplacedRows ?? []).map((row) => ({ sheet, row })), ...(spec.unplacedAboveHeader ?? []).map((row) => ({ sheet, row, aboveHeader: true as const }))],
    revisionLog: buildRevisionLog(spec.revisionLog ?? null),
    revisionStore: spec.revisionStore ?? null,
  };
}

function buildRevisionLog(spec: PlanSpec["revisionLog"]): RevisionLogSheet | null {
  if (!spec) return null;
  const sheet = GENERATED_SHEETS.revisionLog;
  const columns = Object.fromEntries(LOG_COLUMNS.map((c, i) => [c, "rows" in spec ? i : null])) as RevisionLogSheet["columns"];
  if (!("rows" in spec)) return { sheet, headerRow: null, lang: "ko", columns, rows: [] };
  return { sheet, headerRow: 0, lang: "ko", columns, rows: spec.rows.map((cells, i) => ({ row: i + 1, cells })) };
}

function keyFromName(nameRef: CellRef, key: boolean): Flag {
  return { ref: nameRef, raw: key ? "(중점추진)" : "", state: key ? "yes" : "no", exact: true, from: "name" };
}

function makeLink(linkRef: CellRef, raw: string | null): Project["nationalPlanLink"] {
  return raw === null || raw === "" ? null : { raw, ref: linkRef, ...parseNationalPlanLink(raw) };
}

function makeBudget(ref: CellRef, year: number, raw: CellValue, formula: string | undefined): Budget {
  return { year, ref, raw, value: parseBudget(raw), formula: formula ?? null };
}

/** Targets for consecutive years from 2022: targets("94.5%", "94.6%") → {2022: "94.5%", 2023: "94.6%"}. */
export function years(...values: CellValue[]): Record<number, CellValue> {
  const out: Record<number, CellValue> = {};
  values.forEach((value, i) => {
    if (value !== null && value !== "") out[2022 + i] = value;
  });
  return out;
}

/** A plan with one project ("사업", row 2) and one indicator: the shape most target tests need. */
export function indicatorPlan(name: string, targets: Record<number, CellValue>, project: Partial<ProjectSpec> = {}): PlanSpec {
  return { projects: [{ name: "사업", ...project, indicators: [{ name, targets }] }] };
}
