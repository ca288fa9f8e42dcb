/**
 * Findings grouped the way a reviewer reads the plan: strategy → project, in plan order. Findings on a
 * strategy's or task's own rows sit under the strategy with no project; the rest (schedule, workbook)
 * in a last group without strategy.
 */
import { SEVERITIES, type Finding, type Severity } from "../engine/finding";
import type { Plan, Project, Strategy } from "../engine/plan";

export interface ProjectGroup {
  project: Pick<Project, "id" | "name" | "number"> & { department: string | null } | null;
  findings: Finding[];
}

export interface StrategyGroup {
  strategy: Pick<Strategy, "id" | "name" | "part" | "number"> | null;
  projects: ProjectGroup[];
}

export function groupFindings(plan: Plan, findings: readonly Finding[]): StrategyGroup[] {
  const projectById = new Map(plan.projects.map((p) => [p.id, p]));
  const strategyOfRow = (sheet: string, row: number): Strategy | null => {
    if (sheet !== plan.sheet) return null;
    let found: Strategy | null = null;
    for (const strategy of plan.strategies) if (strategy.cell.ref.row <= row) found = strategy;
    return found;
  };
  const groups = new Map<string, StrategyGroup>();
  const order: string[] = [...plan.strategies.map((s) => s.id), ""];
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
    const strategy = project
      ? (plan.strategies.find((s) => s.id === project.strategyId) ?? null)
      : strategyOfRow(finding.ref.sheet, finding.ref.row);
    const group = groupFor(strategy);
    const key = project?.id ?? null;
    let projectGroup = group.projects.find((p) => (p.project?.id ?? null) === key);
    if (!projectGroup) {
      projectGroup = {
        project: project ? { id: project.id, name: project.name, number: project.number, department: project.department?.raw ?? null } : null,
        findings: [],
      };
      group.projects.push(projectGroup);
    }
    projectGroup.findings.push(finding);
  }
  const projectOrder = new Map(plan.projects.map((p, i) => [p.id, i]));
  for (const group of groups.values()) {
    group.projects.sort((a, b) => (a.project ? (projectOrder.get(a.project.id) ?? 0) : -1) - (b.project ? (projectOrder.get(b.project.id) ?? 0) : -1));
  }
  return order.filter((key) => groups.has(key)).map((key) => groups.get(key) as StrategyGroup);
}

/** One project's (or strategy rows', or the rest's) findings of one severity. */
export interface Place {
  /** Stable within a validation: severity, strategy and project ids. */
  key: string;
  strategy: StrategyGroup["strategy"];
  project: ProjectGroup["project"];
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  places: Place[];
  count: number;
}

/**
 * The order a reader wants: errors, then warnings, then information, each in plan order (strategy →
 * project). Findings `keep` turns down are left out; severities with none are left out.
 */
export function groupBySeverity(groups: readonly StrategyGroup[], keep: (finding: Finding) => boolean = () => true): SeverityGroup[] {
  return SEVERITIES.map((severity) => {
    const places: Place[] = [];
    for (const group of groups) {
      for (const project of group.projects) {
        const findings = project.findings.filter((f) => f.severity === severity && keep(f));
        if (findings.length === 0) continue;
        places.push({ key: `${severity}:${group.strategy?.id ?? "-"}:${project.project?.id ?? "-"}`, strategy: group.strategy, project: project.project, findings });
      }
    }
    return { severity, places, count: places.reduce((n, p) => n + p.findings.length, 0) };
  }).filter((s) => s.count > 0);
}

/** Every finding in that order, flat. */
export function inReadingOrder(plan: Plan, findings: readonly Finding[]): Finding[] {
  return groupBySeverity(groupFindings(plan, findings)).flatMap((s) => s.places.flatMap((p) => p.findings));
}
