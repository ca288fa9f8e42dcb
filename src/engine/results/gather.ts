/**
 * Gathering the departments' results into the master, with the guarantees plans have: a department's file
 * answers for its own projects only (its department is the one its rows name most; a row of a project the
 * master gives to another department is a conflict), two files that disagree on a value are a conflict,
 * and a conflict is never applied — the master keeps what it had.
 */
import type { Plan } from "../plan";
import { compact } from "../text";
import type { YearResults } from "./types";

export interface ResultsConflict {
  kind: "otherDepartment" | "disagree";
  projectId: string;
  project: string;
  /** The indicator's name, or "" for a 집행액. */
  indicator: string;
  files: string[];
  values: string[];
}

export interface GatheredResults {
  sets: YearResults[];
  conflicts: ResultsConflict[];
  /** Per file, the department its rows name (null when they name none). */
  departments: { file: string; department: string | null }[];
}

function fileDepartment(set: YearResults): string | null {
  const counts = new Map<string, number>();
  for (const r of set.indicators) if (r.department) counts.set(r.department.trim(), (counts.get(r.department.trim()) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > (counts.get(best) as number)) best = name;
  return best;
}

export function gatherResults(plan: Plan, sets: readonly YearResults[]): GatheredResults {
  const projects = new Map(plan.projects.map((p) => [p.id, p]));
  const conflicts: ResultsConflict[] = [];
  const departments: GatheredResults["departments"] = [];
  const own = sets.filter((s) => !s.file);
  const filed = sets.filter((s) => s.file).map((set) => {
    const department = fileDepartment(set);
    departments.push({ file: set.file as string, department });
    const mine = (projectId: string) => {
      const master = projects.get(projectId)?.department?.raw.trim() ?? "";
      return department === null || master === "" || master === department;
    };
    for (const r of set.indicators.filter((r) => !mine(r.projectId))) {
      const project = projects.get(r.projectId);
      const indicator = project?.indicators.find((i) => i.id === r.indicatorId);
      conflicts.push({ kind: "otherDepartment", projectId: r.projectId, project: project?.name ?? "", indicator: indicator?.name ?? "", files: [set.file as string], values: [r.actual?.raw ?? ""] });
    }
    return { ...set, indicators: set.indicators.filter((r) => mine(r.projectId)), budgets: set.budgets.filter((b) => mine(b.projectId)) };
  });

  // Two files giving one indicator (or one project's 집행액) different values: neither is applied.
  const disagreeing = new Set<string>();
  const seen = new Map<string, { value: string; file: string }[]>();
  for (const set of filed) {
    for (const r of set.indicators) if (r.actual) seen.set(r.indicatorId, [...(seen.get(r.indicatorId) ?? []), { value: r.actual.raw, file: set.file as string }]);
    for (const b of set.budgets) if (b.spent) seen.set(`${b.projectId}#spent`, [...(seen.get(`${b.projectId}#spent`) ?? []), { value: b.spent.raw, file: set.file as string }]);
  }
  for (const [key, values] of seen) {
    if (new Set(values.map((v) => compact(v.value))).size < 2) continue;
    disagreeing.add(key);
    const [projectId, rest] = key.includes("#spent") ? [key.replace("#spent", ""), ""] : [key.split("/")[0], key];
    const project = projects.get(projectId);
    const indicator = rest ? project?.indicators.find((i) => i.id === rest) : undefined;
    conflicts.push({ kind: "disagree", projectId, project: project?.name ?? "", indicator: indicator?.name ?? "", files: values.map((v) => v.file), values: values.map((v) => v.value) });
  }
  const kept = filed.map((set) => ({
    ...set,
    indicators: set.indicators.filter((r) => !disagreeing.has(r.indicatorId)),
    budgets: set.budgets.filter((b) => !disagreeing.has(`${b.projectId}#spent`)),
  }));
  // The departments' answers first: a department's own row replaces what the master had.
  return { sets: [...kept, ...own], conflicts, departments };
}
