/**
 * Gathering the departments' results into the master, with the guarantees plans have (the same acceptance
 * code, consolidate/departmentFile.ts): a file is a department's only when it names one (the coordinator's
 * choice, its rows' 담당부서, the 안내 sheet split wrote) and holds that department's rows — a copy of the
 * whole form, another department's file or a file naming no department is a conflict of its own and nothing
 * of it is taken (unless it is the only file picked: then it is the year's results as a whole); a picked file
 * holding no results of the year is named (noResults). A row of a project the master gives to another department is a conflict; two files that
 * disagree on a value are a conflict; a conflict is never applied — the master keeps what it had.
 */
import { departmentKey } from "../consolidate/split";
import { fileDepartmentKey, notDepartmentFile, type NotDepartmentFile } from "../consolidate/departmentFile";
import type { NamedDepartment } from "../consolidate/types";
import type { Plan, Project } from "../plan";
import { isUncomputed } from "../rules/vocabulary/places";
import { compact } from "../text";
import { toA1 } from "../a1";
import { resultsSheetName } from "./read";
import { resultsReport } from "./report";
import type { ResultCell, YearResults } from "./types";

export interface ResultsConflict {
  /**
   * The plans' conflict kinds: a value of another department's project, files that disagree, a file that is no
   * department's; and an Excel error (#REF!), or a formula saved without its value (formulaNoValue: `values` holds
   * the formula), where a 실적 or 집행액 was expected; and a picked file in which no results of the year were found
   * (noResults: `data.year` the year looked for); and a value the master's 시행결과 form holds as a formula, which a
   * department's value would replace (masterFormula: `data.cell` the form's cell, `data.formula` its formula).
   */
  kind: "otherDepartment" | "disagree" | "noDepartment" | "notDepartmentFile" | "errorValue" | "formulaNoValue" | "noResults" | "masterFormula";
  /** null for a whole file (noDepartment, notDepartmentFile, noResults). */
  projectId: string | null;
  project: string;
  /** The indicator's name, or "" for a 집행액 (and a whole file). */
  indicator: string;
  files: string[];
  values: string[];
  /** notDepartmentFile: why ("several", "others", "noOwn"), and the counts and names the line says. */
  detail?: NotDepartmentFile["why"];
  data?: Record<string, string | number>;
}

export interface GatheredResults {
  sets: YearResults[];
  conflicts: ResultsConflict[];
  /** Per file, the department it was taken as (null when it names none, or was taken as the year's whole results). */
  departments: { file: string; department: string | null }[];
}

export interface GatherOptions {
  /** Per file, the department the user chose for it or the one its 안내 sheet names. */
  named?: ReadonlyMap<string, NamedDepartment>;
  /**
   * Every file the user picked, in order, with the year looked for: a picked file none of `sets` comes from held
   * no results of the year (named, never passed over), and one file alone is the year's results as a whole only
   * when it is the only file picked.
   */
  picked?: { files: readonly string[]; year: number };
}

/** Excel's error values as a cell shows them. */
const EXCEL_ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** The department key a master project's 담당부서 names; null when blank. */
const departmentOf = (p: Project | undefined): string | null => (p?.department && p.department.raw.trim() !== "" ? departmentKey(p.department.raw) : null);

export function gatherResults(plan: Plan, sets: readonly YearResults[], options: GatherOptions = {}): GatheredResults {
  const projects = new Map(plan.projects.map((p) => [p.id, p]));
  const names = new Map(plan.projects.filter((p) => departmentOf(p) !== null).map((p) => [departmentOf(p) as string, (p.department as { raw: string }).raw.trim()]));
  const conflicts: ResultsConflict[] = [];
  const departments: GatheredResults["departments"] = [];
  // A row whose 실적 or 집행액 is an Excel error (#REF!) or a formula saved without its value is a broken cell, not a
  // value: the row is not taken (written into the form it would stand there as text, or empty, over what the master
  // had), and the file and value (or formula) are named.
  const withoutErrors = (set: YearResults, file: string): YearResults => {
    const broken = (cell: ResultCell | null, projectId: string, indicatorId: string | null) => {
      if (!cell) return false;
      const kind = EXCEL_ERROR.test(cell.raw) ? "errorValue" : isUncomputed(cell) ? "formulaNoValue" : null;
      if (!kind) return false;
      const project = projects.get(projectId);
      const indicator = indicatorId ? project?.indicators.find((i) => i.id === indicatorId) : undefined;
      const value = kind === "formulaNoValue" ? (cell.formula as string) : cell.raw;
      conflicts.push({ kind, projectId, project: project?.name ?? "", indicator: indicator?.name ?? "", files: [file], values: [value] });
      return true;
    };
    return {
      ...set,
      indicators: set.indicators.filter((r) => !broken(r.actual, r.projectId, r.indicatorId)),
      budgets: set.budgets.filter((b) => !broken(b.spent, b.projectId, null)),
    };
  };
  const own = sets.filter((s) => !s.file);
  const files = [...new Set(sets.filter((s) => s.file).map((s) => s.file as string))];
  const picked = new Set([...(options.picked?.files ?? []), ...files]);
  if (options.picked) {
    const found = new Set(files);
    for (const file of new Set(options.picked.files)) {
      if (!found.has(file)) conflicts.push({ kind: "noResults", projectId: null, project: "", indicator: "", files: [file], values: [], data: { year: options.picked.year } });
    }
  }
  const filed = files.flatMap((file) => {
    const fileSets = sets.filter((s) => s.file === file);
    // One row per project the file answers for: the master's department for it, and the one its rows name.
    const rowOf = new Map<string, string | null>();
    for (const set of fileSets) {
      for (const r of set.indicators) if (!rowOf.get(r.projectId)) rowOf.set(r.projectId, r.department?.trim() ? departmentKey(r.department) : null);
      for (const b of set.budgets) if (!rowOf.has(b.projectId)) rowOf.set(b.projectId, null);
    }
    const named = options.named?.get(file);
    const key = fileDepartmentKey(rowOf.values(), named, departmentKey);
    const name = key === null ? null : (names.get(key) ?? (named && departmentKey(named.name) === key ? named.name.trim() : key));
    const refusal = notDepartmentFile(
      [...rowOf].map(([projectId, row]) => ({ master: departmentOf(projects.get(projectId)), row })),
      key,
      (k) => names.get(k) ?? k,
    );
    // A lone file that is no one department's (it names none, or holds several departments' rows: the whole
    // form the officer filled in, a district's own results workbook) is the year's results as a whole. Among
    // several files every file must be a department's — counted on the files picked, not on those that held results.
    if (picked.size === 1 && named?.source !== "chosen" && (refusal ? refusal.why !== "noOwn" : key === null)) {
      departments.push({ file, department: null });
      return fileSets.map((set) => withoutErrors(set, file));
    }
    departments.push({ file, department: name });
    if (refusal || key === null) {
      const whole = { projectId: null, project: "", indicator: "", files: [file], values: [] };
      conflicts.push(
        refusal
          ? { kind: "notDepartmentFile", ...whole, detail: refusal.why, data: { department: name ?? "", own: refusal.own, foreign: refusal.foreign, departments: refusal.departments.join(", ") } }
          : { kind: "noDepartment", ...whole },
      );
      return [];
    }
    const mine = (projectId: string) => departmentOf(projects.get(projectId)) === key && (rowOf.get(projectId) ?? key) === key;
    return fileSets.map((set) => {
      for (const r of set.indicators.filter((r) => !mine(r.projectId))) {
        const project = projects.get(r.projectId);
        const indicator = project?.indicators.find((i) => i.id === r.indicatorId);
        conflicts.push({ kind: "otherDepartment", projectId: r.projectId, project: project?.name ?? "", indicator: indicator?.name ?? "", files: [file], values: [r.actual?.raw ?? ""] });
      }
      return withoutErrors({ ...set, indicators: set.indicators.filter((r) => mine(r.projectId)), budgets: set.budgets.filter((b) => mine(b.projectId)) }, file);
    });
  });

  // Two files giving one indicator (or one project's 집행액) different values: neither is applied.
  const disagreeing = new Set<string>();
  // Per indicator (or project's 집행액): whose it is, and every file's value for it.
  const seen = new Map<string, { projectId: string; indicatorId: string | null; values: { value: string; file: string }[] }>();
  const note = (key: string, projectId: string, indicatorId: string | null, value: string, file: string) => {
    const entry = seen.get(key) ?? { projectId, indicatorId, values: [] };
    entry.values.push({ value, file });
    seen.set(key, entry);
  };
  for (const set of filed) {
    for (const r of set.indicators) if (r.actual) note(r.indicatorId, r.projectId, r.indicatorId, r.actual.raw, set.file as string);
    for (const b of set.budgets) if (b.spent) note(`${b.projectId}#spent`, b.projectId, null, b.spent.raw, set.file as string);
  }
  for (const [key, { projectId, indicatorId, values }] of seen) {
    if (new Set(values.map((v) => compact(v.value))).size < 2) continue;
    disagreeing.add(key);
    const project = projects.get(projectId);
    const indicator = indicatorId ? project?.indicators.find((i) => i.id === indicatorId) : undefined;
    conflicts.push({ kind: "disagree", projectId, project: project?.name ?? "", indicator: indicator?.name ?? "", files: values.map((v) => v.file), values: values.map((v) => v.value) });
  }
  // A value the master's own 시행결과 form holds as a formula: gathering writes the form again, so a department's
  // value would replace the formula. Not taken (named where it differs), the formula kept.
  const formulas = new Map<string, { projectId: string; indicatorId: string | null; field: "actual" | "reason" | "spent"; cell: ResultCell }>();
  for (const set of own) {
    if (set.source !== "sheet" || set.sheet !== resultsSheetName(set.year)) continue;
    // A formula computing empty text is one too (blankFormulas): the form keeps it.
    for (const r of set.indicators) {
      const actual = r.actual?.formula ? r.actual : r.blankFormulas?.actual;
      const reason = r.reason?.formula ? r.reason : r.blankFormulas?.reason;
      if (actual) formulas.set(r.indicatorId, { projectId: r.projectId, indicatorId: r.indicatorId, field: "actual", cell: actual });
      else if (reason) formulas.set(r.indicatorId, { projectId: r.projectId, indicatorId: r.indicatorId, field: "reason", cell: reason });
    }
    for (const b of set.budgets) {
      const spent = b.spent?.formula ? b.spent : b.blankFormulas?.spent;
      if (spent) formulas.set(`${b.projectId}#spent`, { projectId: b.projectId, indicatorId: null, field: "spent", cell: spent });
    }
  }
  if (formulas.size > 0) {
    const given = new Map<string, { value: string; file: string }[]>();
    const give = (key: string, cell: ResultCell | null | undefined, file: string) => {
      if (formulas.has(key) && !disagreeing.has(key)) given.set(key, [...(given.get(key) ?? []), { value: cell?.raw ?? "", file }]);
    };
    for (const set of filed) {
      for (const r of set.indicators) give(r.indicatorId, r[formulas.get(r.indicatorId)?.field === "reason" ? "reason" : "actual"], set.file as string);
      for (const b of set.budgets) give(`${b.projectId}#spent`, b.spent, set.file as string);
    }
    for (const [key, values] of given) {
      const { projectId, indicatorId, cell } = formulas.get(key)!;
      disagreeing.add(key);
      const differing = values.filter((v) => compact(v.value) !== compact(cell.raw));
      if (differing.length === 0) continue;
      const project = projects.get(projectId);
      const indicator = indicatorId ? project?.indicators.find((i) => i.id === indicatorId) : undefined;
      conflicts.push({
        kind: "masterFormula",
        projectId,
        project: project?.name ?? "",
        indicator: indicator?.name ?? "",
        files: differing.map((v) => v.file),
        values: differing.map((v) => v.value),
        data: { cell: `${cell.ref.sheet}!${toA1(cell.ref.row, cell.ref.col)}`, formula: cell.formula as string },
      });
    }
  }
  const kept = filed.map((set) => ({
    ...set,
    indicators: set.indicators.filter((r) => !disagreeing.has(r.indicatorId)),
    budgets: set.budgets.filter((b) => !disagreeing.has(`${b.projectId}#spent`)),
  }));
  // The departments' answers first: a department's own row replaces what the master had.
  return { sets: [...kept, ...own], conflicts, departments };
}

/** A value gathering changed in the master's results: the 실적 or 미달성 사유 of an indicator, or a project's 집행액. */
export interface GatheredChange {
  projectId: string;
  /** null for a 집행액. */
  indicatorId: string | null;
  field: "actual" | "reason" | "spent";
  /** The master's value before (null: none) and the one taken, as written. */
  before: string | null;
  after: string | null;
  /** Every file that gave the value taken. */
  files: string[];
}

/**
 * What the gathered sets change against the master's own results: per indicator and project, the value
 * that answers (resultsReport's choice) before and after, where a department's file answers after.
 */
export function gatheredChanges(plan: Plan, year: number, sets: readonly YearResults[]): GatheredChange[] {
  const filed = sets.filter((s) => s.file);
  if (filed.length === 0) return [];
  const before = resultsReport({ ...plan, results: sets.filter((s) => !s.file) }, year);
  const after = resultsReport({ ...plan, results: [...sets] }, year);
  const fileOf = new Map<object, string>();
  for (const set of filed) for (const r of [...set.indicators, ...set.budgets]) fileOf.set(r, set.file as string);
  const same = (a: string | null, b: string | null) => compact(a ?? "") === compact(b ?? "");
  const changes: GatheredChange[] = [];
  after.indicators.forEach((o, i) => {
    const result = o.result;
    if (!result || !fileOf.has(result)) return;
    const old = before.indicators[i].result;
    for (const field of ["actual", "reason"] as const) {
      const value = result[field]?.raw ?? null;
      const was = old?.[field]?.raw ?? null;
      if (same(value, was)) continue;
      const files = filed.filter((s) => s.indicators.some((r) => r.indicatorId === result.indicatorId && same(r[field]?.raw ?? null, value))).map((s) => s.file as string);
      changes.push({ projectId: o.project.id, indicatorId: result.indicatorId, field, before: was, after: value, files: [...new Set(files)] });
    }
  });
  after.budgets.forEach((b, i) => {
    const result = b.result;
    if (!result || !fileOf.has(result)) return;
    const value = result.spent?.raw ?? null;
    const was = before.budgets[i].result?.spent?.raw ?? null;
    if (same(value, was)) return;
    const files = filed.filter((s) => s.budgets.some((x) => x.projectId === result.projectId && same(x.spent?.raw ?? null, value))).map((s) => s.file as string);
    changes.push({ projectId: b.project.id, indicatorId: null, field: "spent", before: was, after: value, files: [...new Set(files)] });
  });
  return changes;
}
