/**
 * 부서 취합 (consolidation) as data: what the coordinator's master takes from the department workbooks,
 * what is new, and what is never applied without a person deciding (conflicts).
 */
import type { CellRef } from "../grid";
import type { Plan } from "../plan";
import type { RevisionEntry, RevisionField, RevisionValue } from "../revisions/diff";
import type { PlanSnapshot, ProjectSnapshot } from "../revisions/snapshot";
import type { UnattributedEdit } from "./unattributed";

/**
 * Why something was not applied. Stable ids: the faces render them through src/i18n/departments.ts.
 * - otherDepartment: a workbook changes (or adds) a project of another department.
 * - disagreement: workbooks of one department hold different values for one master cell.
 * - missingProject: a master project of department D is missing from a D workbook (removal is never automatic).
 * - unreadable: the workbook could not be read as a plan.
 * - noDepartment: the workbook names no department (no 담당부서 on its rows or in a 관리체계 list, no 안내
 *   sheet of split, none chosen by the coordinator): whose is it?
 * - notDepartmentFile: the workbook is not one department's: it holds other departments' projects (the
 *   whole plan, another department's file) or none of its own. Nothing of it is applied.
 * - unsupportedChange: a change that is not one master cell (moved, renumbered, an indicator added or
 *   removed, a line cleared in a multi-line cell, a column the master lacks).
 */
export type ConflictKind =
  | "otherDepartment"
  | "disagreement"
  | "missingProject"
  | "unreadable"
  | "noDepartment"
  | "notDepartmentFile"
  | "unsupportedChange";

export const CONFLICT_KINDS: readonly ConflictKind[] = [
  "otherDepartment",
  "disagreement",
  "missingProject",
  "unreadable",
  "noDepartment",
  "notDepartmentFile",
  "unsupportedChange",
];

/**
 * Where a workbook's department was named, when its rows (담당부서 column, 6기 관리체계 list) do not:
 * the 안내 sheet split wrote into it, or the coordinator's own choice (which wins over everything).
 */
export interface NamedDepartment {
  name: string;
  source: "guide" | "chosen";
}

/** A department workbook: its plan as read, or why it could not be read (a ReadFailure). */
export type DepartmentInput =
  | {
      file: string;
      plan: Plan;
      named?: NamedDepartment;
      /**
       * The department's projects as split wrote them into the file (its store, key "split"): what the
       * department changed is what differs from these, not from the master as it stands now. Absent for a
       * file split made before it kept them, or one made by hand: then the master is the only comparison.
       */
      split?: PlanSnapshot;
    }
  | { file: string; failure: { reason: string; data?: Record<string, string | number> } };

/** A value a consolidation writes into a master cell. */
export type CellWriteValue = string | number | null;

export interface AppliedChange {
  /** The first workbook it came from; `files` lists every workbook that made the same change. */
  file: string;
  files: string[];
  /** The master project's id and name (its old name for a rename). */
  projectId: string;
  name: string;
  field: RevisionField;
  year: number | null;
  before: RevisionValue;
  after: RevisionValue;
  /** The indicator a target or indicator change is about (as the department names it). */
  indicator?: string;
  department: string;
  /** The master cell written (a merged area's top-left cell). */
  ref: CellRef;
  /** Set when the cell holds several values on separate lines and this change is one line of it. */
  line?: number;
  /** What the cell holds afterwards: for a multi-line cell, the whole cell with every applied line. */
  value: CellWriteValue;
  /** The revision-log entry (projectId: the master's). */
  entry: RevisionEntry;
}

export interface AddedProject {
  file: string;
  files: string[];
  /** The project's id in the department workbook. */
  projectId: string;
  name: string;
  department: string | null;
  strategyId: string | null;
  strategyName: string | null;
  taskId: string | null;
  taskName: string | null;
  number: number | null;
  /** The master project after whose rows it belongs (last of its strategy/task); null when there is none. */
  afterProjectId: string | null;
  /** Zero-based master row after which its rows would be inserted; null when its strategy/task is not in the master. */
  afterRow: number | null;
  /** Everything the department wrote for it: indicators, targets, budgets, flags. */
  project: ProjectSnapshot;
}

export interface Conflict {
  kind: ConflictKind;
  /** The master project's id (the department's for a project the master lacks); null for a whole-file conflict. */
  projectId: string | null;
  name: string | null;
  files: string[];
  field: RevisionField | null;
  year: number | null;
  /** One value per file, in `files` order: what each workbook holds (the reason for an unreadable file). */
  values: RevisionValue[];
  /** The master's value, where there is one. */
  before?: RevisionValue;
  indicator?: string;
  /** The master cell concerned. */
  ref?: CellRef;
  line?: number;
  /** The project's department (master, else the row's) and the workbook's. */
  department?: string | null;
  workbookDepartment?: string | null;
  /**
   * unsupportedChange: which kind of change; unreadable: the read failure; notDepartmentFile: why —
   * "several" (names no department and holds several departments' projects), "others" (holds other
   * departments' projects), "noOwn" (holds none of its department's projects); disagreement:
   * "masterChanged" — the department changed a cell the master changed too since the split, to another value.
   */
  detail?: string;
  data?: Record<string, string | number>;
  /** masterChanged: the cell's value when the department's file was split from the master. */
  split?: RevisionValue;
}

/** What consolidation made of one workbook. */
export interface DepartmentFileSummary {
  file: string;
  readable: boolean;
  department: string | null;
  /** Project rows in the workbook. */
  projects: number;
  /** Of those, matched to a master project of the workbook's department. */
  matched: number;
  /** Matched to a master project of another department (or naming another department), without changes. */
  foreignUnchanged: number;
}

export interface ConsolidationResult {
  applied: AppliedChange[];
  added: AddedProject[];
  conflicts: Conflict[];
  files: DepartmentFileSummary[];
  /** Departments of the master no workbook came from. */
  departmentsWithoutWorkbook: string[];
  /** Edits no project's cell holds (unattributed.ts), never applied; filled where the workbooks' grids are known. */
  unattributed?: UnattributedEdit[];
}
