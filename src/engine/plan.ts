/**
 * The plan model: what the reader makes of a plan workbook. Every leaf keeps the cell it came from
 * (zero-based CellRef) and its raw text, beside a parsed form. Rules read this and nothing else.
 */
import type { CellRef, CellValue } from "./grid";
import type { RevisionLogSheet } from "./revisions/log";

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
  | { kind: "none" }
  | { kind: "empty" }
  | { kind: "invalid" };

export interface Target extends CellText {
  year: number;
  value: TargetValue;
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
 * empty, or something that is not a number (invalid).
 */
export type BudgetValue =
  | { kind: "number"; value: number; fromText: boolean }
  | { kind: "none" }
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

export interface Project {
  /** Where the project stands: "I-1-3", "II-2-1-2" (strategy, task, number); "#2" appended on a clash. */
  id: string;
  strategyId: string | null;
  taskId: string | null;
  number: number | null;
  numberCell: CellText | null;
  name: string;
  nameCell: CellText;
  department: CellText | null;
  remark: CellText | null;
  flags: Record<FlagName, Flag | null>;
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

/** 관리체계: who is responsible and the dated five steps of each yearly revision. */
export interface Schedule {
  sheet: string;
  steps: CellText[];
  revisions: ScheduleRevision[];
  responsible: CellText | null;
}

export type ColumnRole =
  | "number"
  | "name"
  | "flag.key"
  | "flag.partnership"
  | "flag.isNew"
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

export interface Plan {
  sheet: string;
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
  /** Rows inside the table that the reader could not place (neither project, strategy, total nor note). */
  unplacedRows: number[];
  /** The add-in's append-only 수정이력 sheet, where the workbook has one. */
  revisionLog: RevisionLogSheet | null;
}
