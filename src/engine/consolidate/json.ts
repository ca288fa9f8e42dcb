/** The JSON form of a consolidation (`plan-check consolidate --format json`): these keys, an optional one only where it says. */
import { toA1 } from "../a1";
import type { RevisionField, RevisionValue } from "../revisions/diff";
import type { ConflictKind, ConsolidationResult } from "./types";

export interface ConsolidationJson {
  applied: { file: string; projectId: string; name: string; field: RevisionField; year: number | null; before: RevisionValue; after: RevisionValue }[];
  added: {
    file: string;
    projectId: string;
    name: string;
    department: string | null;
    strategyId: string | null;
    taskId: string | null;
    afterProjectId: string | null;
  }[];
  conflicts: {
    kind: ConflictKind;
    projectId: string | null;
    name: string | null;
    files: string[];
    field: RevisionField | null;
    year: number | null;
    values: RevisionValue[];
    /**
     * Why, where the conflict says: on a disagreement with a master changed since the split "masterChanged", with the
     * master's value (before) and the split's; on an unsupportedChange the kind of change (errorValue, masterFormula,
     * budgetUnit, formulaNoValue …); on an unreadable or notDepartmentFile file the reason.
     */
    detail?: string;
    before?: RevisionValue;
    split?: RevisionValue;
    /** The master's cell concerned, where the conflict names one (a masterFormula refusal): sheet and A1 address. */
    sheet?: string;
    address?: string;
  }[];
  /** Edits consolidation could not attribute to a project's cell: listed, never applied. */
  unattributed: { file: string; sheet: string; address: string; value: string }[];
}

export function consolidationJson(result: ConsolidationResult): ConsolidationJson {
  return {
    applied: result.applied.map(({ file, projectId, name, field, year, before, after }) => ({ file, projectId, name, field, year, before, after })),
    added: result.added.map(({ file, projectId, name, department, strategyId, taskId, afterProjectId }) => ({
      file,
      projectId,
      name,
      department,
      strategyId,
      taskId,
      afterProjectId,
    })),
    conflicts: result.conflicts.map(({ kind, projectId, name, files, field, year, values, detail, before, split, ref }) => ({
      kind,
      projectId,
      name,
      files,
      field,
      year,
      values,
      ...(detail === "masterChanged" ? { detail, before: before ?? null, split: split ?? null } : detail !== undefined ? { detail } : {}),
      ...(detail === "masterFormula" && ref ? { sheet: ref.sheet, address: toA1(ref.row, ref.col) } : {}),
    })),
    unattributed: (result.unattributed ?? []).map(({ file, ref, value }) => ({ file, sheet: ref.sheet, address: toA1(ref.row, ref.col), value })),
  };
}
