/**
 * The same project (same name once spacing is ignored) standing in two places: it is counted twice in
 * any total and in the plan's project count (the seed's 일자리 네트워크 구축, in 사회보장전략 4 and in
 * 지역발전전략 2, hence 51 rows for 50 projects) → warning at the second place. Where the two rows
 * disagree on a flag (○ in one, × in the other) the plan contradicts itself → error per flag; where
 * their budgets differ → warning. Under 6기 a Part II 세부과업 must not repeat a Part I project (the 6기
 * 수립 안내): there the second place is an error of its own.
 */
import type { Hit } from "../../finding";
import { projectGroups } from "../../identity";
import { FLAG_NAMES, type Budget, type Project } from "../../plan";
import { cellA1, defineRule, hitMaker, sheetRow, yearList } from "../kit";
import { budgetNumber } from "../vocabulary/budgets";
import { FLAG_LABELS } from "../vocabulary/flags";
import { flagRef, scopeLabel } from "../vocabulary/places";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["duplicate", "repeatsPartOne", "flagDiffers", "budgetDiffers"]);

export const structureDuplicateProject = defineRule({
  id: "structure/duplicate-project",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    // The strategies' parts matter only under 6기 (a Part II place repeating a Part I project).
    const partOf = plan.period === 6 ? new Map(plan.strategies.map((s) => [s.id, s.part])) : null;
    const part = (p: Project) => (p.strategyId ? partOf?.get(p.strategyId) : undefined);
    // The groups of two or more: most plans have one or none. By index (kit.ts: a rule's loops run once per plan).
    const groups = projectGroups(plan.projects).repeated;
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i];
      const first = group[0];
      const otherScope = scopeLabel(plan, first) || plan.sheet;
      const otherCell = cellA1(first.nameCell.ref);
      let budgetsOfFirst: readonly Budget[] | undefined;
      for (const project of group.slice(1)) {
        const name = projectName(project);
        const rows = { row: sheetRow(project.firstRow), otherRow: sheetRow(first.firstRow) };
        const repeatsPartOne = plan.period === 6 && [part(first), part(project)].sort().join() === "1,2";
        hits.push(
          makeHit(
            repeatsPartOne ? "repeatsPartOne" : "duplicate",
            project.nameCell.ref,
            {
              name,
              ...rows,
              scope: scopeLabel(plan, project) || plan.sheet,
              otherScope,
              otherCell,
              count: group.length,
            },
            { projectId: project.id, ...(repeatsPartOne ? { severity: "error" as const } : {}) },
          ),
        );
        // The repeat itself is the error; whichever place goes, its flags and budgets go with it.
        if (repeatsPartOne) continue;
        for (const flag of FLAG_NAMES) {
          const a = first.flags[flag];
          const b = project.flags[flag];
          if (!a || !b) continue;
          const decided = (s: string) => s === "yes" || s === "no";
          if (!decided(a.state) || !decided(b.state) || a.state === b.state) continue;
          const ref = flagRef(plan, project, flag) ?? project.nameCell.ref;
          hits.push(
            makeHit(
              "flagDiffers",
              ref,
              { name, flag: FLAG_LABELS[flag], value: b.raw, otherValue: a.raw, ...rows },
              { projectId: project.id, severity: "error" },
            ),
          );
        }
        // Each list read once: a read project makes its budget cells at each ask.
        const firstBudgets = (budgetsOfFirst ??= first.budgets);
        const budgets = project.budgets;
        const years = plan.budgetYears.filter((year) => {
          const x = budgetNumber(firstBudgets.find((b) => b.year === year) ?? null);
          const y = budgetNumber(budgets.find((b) => b.year === year) ?? null);
          return (x ?? 0) !== (y ?? 0);
        });
        if (years.length > 0) {
          const cell = budgets.find((b) => b.year === years[0]);
          hits.push(
            makeHit(
              "budgetDiffers",
              cell?.ref ?? project.nameCell.ref,
              { name, years: yearList(years), count: years.length, ...rows },
              { projectId: project.id },
            ),
          );
        }
      }
    }
    return hits;
  },
});
