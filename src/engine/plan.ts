/**
 * The plan model: what the reader makes of a plan workbook. Every leaf keeps the cell it came from
 * (zero-based CellRef) and its raw text, beside a parsed form. Rules read this and nothing else.
 */
import type { CellRef, CellValue } from "./grid";
import type { RevisionLogSheet, RevisionStore } from "./read/revisionLog";

/** Part I 사회보장전략 (social security strategy) or Part II 지역(사회보장)발전전략 (development strategy). */
export type StrategyPart = 1 | 2;

/** A value inside a cell; `line` is set when the cell holds several values on separate lines. */
export interface CellText {
  ref: CellRef;
  raw: string;
  line?: number;
}

/**
 * A yearly target as written: 94.5%, 680명, 73천원, 1건(준공) → number with unit; 착공 / 준공 및 개관 →
 * milestone; '-' → none ("no target that year"); an empty cell → empty; anything else → invalid.
 */
export type TargetValue =
  | { kind: "number"; value: number; unit: string; note?: string }
  | { kind: "milestone"; label: string }
  | { kind: "none"; mark?: "/" }
  | { kind: "empty" }
  | { kind: "invalid" };

export interface Target extends CellText {
  year: number;
  value: TargetValue;
  /** The cell's formula, when it has one (a formula saved without its result reads as empty). */
  formula?: string;
  /**
   * Set on a formula cell saved without its result (no cached value: a file written by a program other than
   * Excel, or saved with calculation off): raw is "", but unknown rather than empty. A formula that computes
   * empty text (=IF(…,"",…)) has a result, "", and is an empty target.
   */
  uncomputed?: true;
}

export interface Indicator {
  /** Stable within the plan: `${ownerId}/i${index}`. */
  id: string;
  /** The project, task or strategy this indicator measures. */
  ownerId: string;
  name: string;
  nameCell: CellText | null;
  /** Unit written in the name, e.g. "(명)", "(%)", "(단위: %)" → "명", "%". */
  unitInName: string | null;
  /** One per year column the workbook has, in year order (missing years are simply absent). */
  targets: Target[];
}

/**
 * A yearly budget in 백만원: numbers, text numbers with commas ("2,478", fromText), '-' (none),
 * '/' (none with mark "/": the 6기 form's "no such year", e.g. a new project's '26), empty, or something
 * that is not a number (invalid). The raw cell stays on the Budget, so '-' and '0' can be told apart.
 */
export type BudgetValue =
  | { kind: "number"; value: number; fromText: boolean }
  | { kind: "none"; mark?: "/" }
  | { kind: "empty" }
  | { kind: "invalid" };

export interface Budget {
  year: number;
  ref: CellRef;
  raw: CellValue;
  value: BudgetValue;
  /** The cell's formula ("=SUM(L5:L12)") when it has one. */
  formula: string | null;
}

/** ○ yes, × no, '-' not applicable, empty, or something else. `exact` is false for look-alikes (O, x, ◯ …). */
export type FlagState = "yes" | "no" | "notApplicable" | "empty" | "unknown";

export interface Flag {
  ref: CellRef;
  raw: string;
  state: FlagState;
  exact: boolean;
  /** "name" when the flag was read from the project's name ("(중점추진) 사업명", the 6기 form): ref is the name cell. */
  from?: "name";
  /** The cell's formula (=IF(A1>0,"O","X")), when it has one: raw is its result, and no fix is written over it. */
  formula?: string;
}

export type FlagName = "key" | "partnership" | "isNew";
export const FLAG_NAMES: readonly FlagName[] = ["key", "partnership", "isNew"];

export interface Strategy {
  /** "I-1" … "I-4", "II-1" … */
  id: string;
  part: StrategyPart;
  number: number;
  name: string;
  cell: CellText;
  indicators: Indicator[];
}

/** 대표과업 (representative task) of a Part II strategy. */
export interface Task {
  /** "II-1-2" */
  id: string;
  strategyId: string;
  number: number;
  name: string;
  cell: CellText;
  indicators: Indicator[];
}

/** A hierarchical number as the 6기 form writes it: "Ⅱ-1-2-1" → part 2, levels [1, 2, 1] (strategy, task, number). */
export interface NumberPath {
  part: StrategyPart;
  levels: number[];
  raw: string;
}

/** 제3차 사회보장기본계획과의 연계성: "①, ③" or "1,3" → values [1, 3]; pieces that are not ①–③ go to invalid. */
export interface NationalPlanLink {
  raw: string;
  ref: CellRef;
  values: number[];
  invalid: string[];
}

export interface Project {
  /** Where the project stands: "I-1-3", "II-2-1-2" (strategy, task, number); "#2" appended on a clash. */
  id: string;
  strategyId: string | null;
  taskId: string | null;
  /** The last level of the number ("Ⅰ-2-5" → 5). */
  number: number | null;
  numberCell: CellText | null;
  /** Set when the number was written as a path (Ⅰ-2-5, Ⅱ-1-2-1). */
  numberPath?: NumberPath;
  /** The name without a leading "(중점추진)" marker; nameCell.raw keeps the cell's text. */
  name: string;
  nameCell: CellText;
  department: CellText | null;
  remark: CellText | null;
  flags: Record<FlagName, Flag | null>;
  /** The 6기 연계성 cell, where the plan has that column (null: column present, cell empty). */
  nationalPlanLink?: NationalPlanLink | null;
  indicators: Indicator[];
  budgets: Budget[];
  /** Zero-based sheet rows the project spans (continuation rows and merged blocks included). */
  firstRow: number;
  lastRow: number;
}

/** A 소계 (subtotal) or 합계/총계 (total) row and the project rows it should add up. */
export interface TotalRow {
  kind: "subtotal" | "total";
  label: CellText;
  row: number;
  /** The strategy (or task) a subtotal closes; null for a grand total. */
  scopeId: string | null;
  budgets: Budget[];
  /** Projects whose budgets this row should equal the sum of. */
  memberProjectIds: string[];
}

export interface ScheduleDate extends CellText {
  /** '22. 11. → {year: 2022, month: 11}; null when unreadable. */
  date: { year: number; month: number; day?: number } | null;
}

export interface ScheduleRevision {
  /** The plan year the revision is for ('23 → 2023). */
  year: number;
  label: CellText;
  dates: ScheduleDate[];
}

/** One line of the 6기 관리체계 list 실 | 국 | 과 | 세부사업(과업) 명. */
export interface DepartmentEntry {
  office: CellText | null;
  bureau: CellText | null;
  division: CellText | null;
  project: CellText;
}

/**
 * 관리체계: who is responsible and the dated five steps of each yearly revision (5기); the 6기 form has
 * no dated grid (steps and revisions empty) but the people, the 관리 방안 and the department list.
 */
export interface Schedule {
  sheet: string;
  steps: CellText[];
  revisions: ScheduleRevision[];
  responsible: CellText | null;
  /** 공공 실무책임자 (부서 및 직위) — 6기. */
  publicLead?: CellText | null;
  /** 민간 참여자 by kind (학계/현장/위원회/기타) — 6기. */
  privateParticipants?: { label: CellText; count: CellText | null }[];
  /** 관리 방안: 점검 주기, 점검 방법, 환류 절차 — 6기. */
  review?: { cycle: CellText | null; method: CellText | null; feedback: CellText | null };
  /** The 실 | 국 | 과 | 세부사업 list — 6기. */
  departments?: DepartmentEntry[];
  /** Project id → its department from that list (the 과, else 국, else 실). */
  departmentsByProject?: Record<string, CellText>;
  /** The lines of that list whose name is no project's (matchDepartmentList), whether or not the table has a 담당부서 column. */
  unmatchedEntries?: DepartmentEntry[];
  /**
   * Project id → the first line that could give it its department but names several projects (so it has none), kept
   * beside departmentsByProject by the same matching: the rules need not match the list again.
   */
  severalProjectLines?: Record<string, SeveralProjectsLine>;
}

/** A list line naming several projects once their tails are left out ("돌봄" for 돌봄(노인) and 돌봄(아동)). */
export interface SeveralProjectsLine {
  entry: DepartmentEntry;
  /** The names of the projects it may be (one per name, in plan order). */
  names: string[];
}

export type ColumnRole =
  | "number"
  | "name"
  | "flag.key"
  | "flag.partnership"
  | "flag.isNew"
  | "link"
  | "indicator"
  | "target"
  | "budget"
  | "department"
  | "remark"
  | "strategy"
  | "task";

export interface PlanColumn {
  role: ColumnRole;
  col: number;
  /** For target and budget columns. */
  year?: number;
  header: string;
}

/** 5: 제5기 (2023–2026, baseline '22); 6: 제6기 (2027–2030, baseline '26). */
export type PlanPeriod = 5 | 6;

/** Why the period was chosen, and a conflict between the years and the header words (reported, not guessed). */
export interface PeriodEvidence {
  byYears: PlanPeriod | null;
  byHeaders: PlanPeriod | null;
  /** The header cell that named the period ("6기 (○,×)", "5기 신규사업 여부", 연계성). */
  headerRef: CellRef | null;
  mixed: boolean;
}

/**
 * The budget unit a "(단위: …)" line or the budget header names. Values are kept as written, never
 * converted: a fix must write back in the workbook's own unit. A 천원 plan is reported instead.
 */
export interface BudgetUnit {
  unit: "백만원" | "천원";
  ref: CellRef | null;
  raw: string;
}

export interface Plan {
  /** The first sheet the plan table was read from. */
  sheet: string;
  /** Every sheet the plan was read from (the table's sheets, in order, then the 관리체계's if elsewhere). */
  sheets: string[];
  period: PlanPeriod;
  periodEvidence: PeriodEvidence;
  /** All target and budget years read, ascending; years[0] is the baseline year. */
  years: number[];
  budgetUnit: BudgetUnit;
  /** Zero-based rows of the (first) header block. */
  headerRows: { first: number; last: number };
  columns: PlanColumn[];
  /** Every year with a target column, ascending (e.g. 2022–2026). */
  targetYears: number[];
  /** Every year with a budget column, ascending. */
  budgetYears: number[];
  /** The plan period proper ('23–'26): years after the baseline year carried from the previous plan. */
  planYears: number[];
  strategies: Strategy[];
  tasks: Task[];
  projects: Project[];
  totals: TotalRow[];
  schedule: Schedule | null;
  /** Cells in the plan table or schedule holding an Excel error (#REF!, #DIV/0! …). */
  errorCells: { ref: CellRef; error: string }[];
  /**
   * Rows inside the table that the reader could not place (neither project, strategy, total nor note), with their
   * sheet; `aboveHeader`: a strategy, 대표과업 or project row above the header of a later sheet of the plan, not read.
   */
  unplacedRows: { sheet: string; row: number; aboveHeader?: true }[];
  /** The add-in's append-only 수정이력 sheet, where the workbook has one. */
  revisionLog: RevisionLogSheet | null;
  /** 시행결과 the workbook carries (a results sheet, or 실적 columns beside the targets), one per year and place. */
  results?: YearResults[];
  /** The store's log state and baseline, when the grid holds the store sheet (undefined: not looked for). */
  revisionStore?: RevisionStore | null;
}

// ---------------------------------------------------------------------------------------------
// 시행결과 (a year's results) as read from a workbook: per indicator the 실적 (actual), the 달성률 as written
// and the 미달성 사유; per project the 집행액 (spent) and 집행률. Every value keeps its cell, like the plan's
// own. Part of the model (Plan.results), so declared here; src/engine/results/types.ts hands them on.

export interface ResultCell {
  ref: CellRef;
  raw: string;
  /** Set when the value is one line of a cell holding several (as the plan's targets may be). */
  line?: number;
  formula?: string | null;
  /** Set on a formula cell saved without its result (raw "": unknown, not empty), as on a Target. */
  uncomputed?: true;
}

export interface IndicatorResult {
  /** The plan indicator's id ("I-1-2/i0"). */
  indicatorId: string;
  projectId: string;
  /** 실적, parsed as a target is (a number with unit, a milestone, '-' …). */
  actual: (ResultCell & { value: TargetValue }) | null;
  /** 달성률 as written, in percent (95% and 95 both read 95); null value when it is not a number. */
  achievement: (ResultCell & { value: number | null }) | null;
  /** 미달성 사유. */
  reason: ResultCell | null;
  /** The row the result was read from (where a missing value would be written). */
  row: number;
  /** Column of the 실적 on that row (where a missing 실적 is pointed at). */
  actualCol: number;
  /** The 담당부서 the row names, where the sheet has that column (a department's file). */
  department?: string;
  /**
   * The 실적 and 사유 cells holding a formula that computes empty text: no value (actual and reason read them as
   * empty), but the user's formulas, kept when the form is written again and never written over by gathering.
   */
  blankFormulas?: { actual?: ResultCell; reason?: ResultCell };
}

export interface BudgetResult {
  projectId: string;
  /** 집행액 in 백만원. */
  spent: (ResultCell & { value: BudgetValue }) | null;
  /** 집행률 as written, in percent. */
  executionRate: (ResultCell & { value: number | null }) | null;
  row: number;
  spentCol: number;
  /** The 집행액 cell holding a formula that computes empty text (see IndicatorResult.blankFormulas). */
  blankFormulas?: { spent?: ResultCell };
}

/** Where the results were found: a sheet of their own keyed by 사업 and 성과지표, or columns beside the plan's targets. */
export type ResultsSource = "sheet" | "columns";

export interface YearResults {
  year: number;
  source: ResultsSource;
  sheet: string;
  /** The workbook the results came from, when not the plan's own (a department's or a district's file). */
  file?: string;
  indicators: IndicatorResult[];
  budgets: BudgetResult[];
  /** Rows of a results sheet that name no project or indicator of the plan: reported, never dropped. */
  unmatched: { ref: CellRef; project: string; indicator: string }[];
}
