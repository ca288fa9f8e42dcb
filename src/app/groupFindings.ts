/**
 * Findings grouped the way a reviewer reads the plan: strategy → project, in the sheet's order. Findings on a
 * strategy's own rows sit under the strategy with no project, those on a 대표과업's own rows (its row, its
 * indicators, its subtotal) under that task; the rest (rows above a sheet's first strategy, the schedule,
 * other sheets) in a last group without strategy, one place per sheet.
 *
 * Within each severity the places follow the sheet (sheet, then row, then column of their first finding) and
 * so do the findings within a place: 다음 문제 walks the sheet top to bottom — a 6기 대표과업's row between the
 * projects of the task before and its own, not before all the projects of its strategy.
 */
import { SEVERITIES, type Finding, type Severity } from "../engine/finding";
import type { Plan, Project, Strategy, Task } from "../engine/plan";
import { rowOwners, type RowOwners } from "../engine/rowOwners";

export interface ProjectGroup {
  project: Pick<Project, "id" | "name" | "number"> & { department: string | null } | null;
  /** The 대표과업 whose own rows these findings stand on (project null); null otherwise. */
  task: Pick<Task, "id" | "name" | "number"> | null;
  /** For findings outside every strategy (no strategy, no project): the sheet they stand on. */
  sheet: string | null;
  /** In the sheet's order. */
  findings: Finding[];
  /** Where each finding stands, in the same order: sheet, row and column as one number (see positionOf). */
  at: number[];
}

export interface StrategyGroup {
  strategy: Pick<Strategy, "id" | "name" | "part" | "number"> | null;
  /** In the sheet's order (of each place's first finding). */
  projects: ProjectGroup[];
}

/** Excel's limits: 1,048,576 rows and 16,384 columns; sheet · 2^34 + row · 2^14 + col is exact below 2^53. */
const ROWS = 2 ** 20;
const COLUMNS = 2 ** 14;

/**
 * One number per cell that orders cells by sheet, row and column. Sheets in the plan's order (its table's
 * sheets, then the 관리체계's), then any other by name.
 */
function positionOf(plan: Plan, findings: readonly Finding[]): (finding: Finding) => number {
  const rank = new Map<string, number>(plan.sheets.map((name, i) => [name, i]));
  if (!rank.has(plan.sheet)) rank.set(plan.sheet, -1);
  const others = new Set<string>();
  for (const finding of findings) if (!rank.has(finding.ref.sheet)) others.add(finding.ref.sheet);
  let next = plan.sheets.length;
  for (const name of [...others].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) rank.set(name, next++);
  return (finding) => (((rank.get(finding.ref.sheet) as number) + 1) * ROWS + finding.ref.row) * COLUMNS + finding.ref.col;
}

/**
 * Who owns a row of a plan sheet that no project names: a 대표과업 (its row, its indicators') under its strategy,
 * a strategy (its row, its indicators'), a 소계's task or strategy; any other row the last strategy at or above
 * it on its own sheet (a strategy on another sheet is not above it).
 */
function rowOwner(owners: RowOwners, sheet: string, row: number): { strategy: Strategy; task: Task | null } | null {
  const task = owners.task(sheet, row);
  const taskStrategy = task && owners.strategyById.get(task.strategyId);
  if (taskStrategy) return { strategy: taskStrategy, task };
  const strategy = owners.strategy(sheet, row);
  if (strategy) return { strategy, task: null };
  const total = owners.total(sheet, row);
  if (total) {
    const scope = owners.taskById.get(total.scopeId as string);
    const closed = owners.strategyById.get(scope ? scope.strategyId : (total.scopeId as string));
    if (closed) return { strategy: closed, task: scope ?? null };
  }
  const above = owners.strategyAbove(sheet, row);
  return above ? { strategy: above, task: null } : null;
}

export function groupFindings(plan: Plan, findings: readonly Finding[]): StrategyGroup[] {
  const owners = rowOwners(plan);
  const { projectById, strategyById } = owners;
  const position = positionOf(plan, findings);
  const groups = new Map<string, StrategyGroup>();
  const places = new Map<string, ProjectGroup>();
  const groupFor = (strategy: Strategy | null): StrategyGroup => {
    const key = strategy?.id ?? "";
    let group = groups.get(key);
    if (!group) {
      group = {
        strategy: strategy && { id: strategy.id, name: strategy.name, part: strategy.part, number: strategy.number },
        projects: [],
      };
      groups.set(key, group);
    }
    return group;
  };
  for (const finding of findings) {
    const project = finding.projectId ? projectById.get(finding.projectId) : undefined;
    let strategy: Strategy | null;
    let task: Task | null = null;
    if (project) {
      strategy = project.strategyId === null ? null : (strategyById.get(project.strategyId) ?? null);
    } else {
      const owner = rowOwner(owners, finding.ref.sheet, finding.ref.row);
      strategy = owner?.strategy ?? null;
      task = owner?.task ?? null;
    }
    const sheet = !project && !strategy ? finding.ref.sheet : null;
    // Projects, tasks and strategies each have their own id space: the prefixes keep them apart.
    const placeKey = project ? `p\u0000${project.id}` : task ? `t\u0000${task.id}` : strategy ? `s\u0000${strategy.id}` : `o\u0000${sheet}`;
    let place = places.get(placeKey);
    if (!place) {
      place = {
        project: project ? { id: project.id, name: project.name, number: project.number, department: project.department?.raw ?? null } : null,
        task: task && { id: task.id, name: task.name, number: task.number },
        sheet,
        findings: [],
        at: [],
      };
      places.set(placeKey, place);
      const group = groupFor(strategy);
      group.projects.push(place);
    }
    place.findings.push(finding);
    place.at.push(position(finding));
  }
  for (const group of groups.values()) {
    for (const place of group.projects) inSheetOrder(place);
    group.projects.sort((a, b) => a.at[0] - b.at[0]); // stable: ties keep the order of their first finding
  }
  const order: string[] = [...plan.strategies.map((s) => s.id), ""];
  return order.filter((key) => groups.has(key)).map((key) => groups.get(key) as StrategyGroup);
}

/** Sorts a place's findings (and their positions) by position; already in order, as a validation gives them, it only checks. */
function inSheetOrder(place: ProjectGroup): void {
  const { at } = place;
  let sorted = true;
  for (let i = 1; i < at.length && sorted; i++) sorted = at[i - 1] <= at[i];
  if (sorted) return;
  const order = at.map((_, i) => i).sort((a, b) => at[a] - at[b] || a - b);
  place.findings = order.map((i) => place.findings[i]);
  place.at = order.map((i) => at[i]);
}

/** One project's (or a strategy's or 대표과업's rows', or a sheet outside the strategies') findings of one severity. */
export interface Place {
  /** Stable within a validation: severity, strategy, and the task, project or sheet; fit for an element id. */
  key: string;
  strategy: StrategyGroup["strategy"];
  project: ProjectGroup["project"];
  task: ProjectGroup["task"];
  sheet: ProjectGroup["sheet"];
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  places: Place[];
  count: number;
}

/**
 * The order a reader wants: errors, then warnings, then information, each in the sheet's order (the places by
 * their first finding of that severity). Findings `keep` turns down are left out; severities with none are left out.
 */
export function groupBySeverity(groups: readonly StrategyGroup[], keep: (finding: Finding) => boolean = () => true): SeverityGroup[] {
  return SEVERITIES.map((severity) => {
    const places: { place: Place; at: number }[] = [];
    for (const group of groups) {
      for (let p = 0; p < group.projects.length; p++) {
        const project = group.projects[p];
        const findings: Finding[] = [];
        let at = 0;
        for (let i = 0; i < project.findings.length; i++) {
          const finding = project.findings[i];
          if (finding.severity !== severity || !keep(finding)) continue;
          if (findings.length === 0) at = project.at[i];
          findings.push(finding);
        }
        if (findings.length === 0) continue;
        places.push({ place: { key: placeKey(severity, group, p), strategy: group.strategy, project: project.project, task: project.task, sheet: project.sheet, findings }, at });
      }
    }
    places.sort((a, b) => a.at - b.at); // stable: ties keep the plan's order
    return { severity, places: places.map((p) => p.place), count: places.reduce((n, p) => n + p.place.findings.length, 0) };
  }).filter((s) => s.count > 0);
}

function placeKey(severity: Severity, group: StrategyGroup, index: number): string {
  const project = group.projects[index];
  const strategy = group.strategy?.id ?? "-";
  if (project.project) return `${severity}:${strategy}:${project.project.id}`;
  if (project.task) return `${severity}:${strategy}:task-${project.task.id}`;
  // A sheet outside the strategies by its place in the group (a sheet's name may hold spaces; an id may not).
  return project.sheet === null ? `${severity}:${strategy}:-` : `${severity}:-:-:${index}`;
}

/** Every finding in that order, flat. */
export function inReadingOrder(plan: Plan, findings: readonly Finding[]): Finding[] {
  return groupBySeverity(groupFindings(plan, findings)).flatMap((s) => s.places.flatMap((p) => p.findings));
}
