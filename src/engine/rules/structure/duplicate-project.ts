/**
 * The same project (same name once spacing is ignored) standing in two places: it is counted twice in
 * any total and in the plan's project count (the seed's 일자리 네트워크 구축, in 사회보장전략 4 and in
 * 지역발전전략 2, hence 51 rows for 50 projects) → warning at the second place. Where the two rows
 * disagree on a flag (○ in one, × in the other) the plan contradicts itself → error per flag; where
 * their budgets differ → warning.
 */
import type { Hit, Rule } from "../../finding";
import { groupByIdentity } from "../../identity";
import { FLAG_NAMES } from "../../plan";
import { FLAG_LABELS, budgetNumber, cellA1, flagRef, makeHit, oneLine, scopeLabel, sheetRow, yearList } from "../util";

export const structureDuplicateProject: Rule = {
  id: "structure/duplicate-project",
  defaultSeverity: "warning",
  messageIds: ["duplicate", "flagDiffers", "budgetDiffers"],
  check(plan) {
    const hits: Hit[] = [];
    for (const group of groupByIdentity(plan.projects)) {
      if (group.length < 2) continue;
      const first = group[0];
      for (const project of group.slice(1)) {
        const name = oneLine(project.name);
        const rows = { row: sheetRow(project.firstRow), otherRow: sheetRow(first.firstRow) };
        hits.push(
          makeHit(
            "duplicate",
            project.nameCell.ref,
            {
              name,
              ...rows,
              scope: scopeLabel(plan, project) || plan.sheet,
              otherScope: scopeLabel(plan, first) || plan.sheet,
              otherCell: cellA1(first.nameCell.ref),
              count: group.length,
            },
            { projectId: project.id },
          ),
        );
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
        const years = plan.budgetYears.filter((year) => {
          const x = budgetNumber(first.budgets.find((b) => b.year === year) ?? null);
          const y = budgetNumber(project.budgets.find((b) => b.year === year) ?? null);
          return (x ?? 0) !== (y ?? 0);
        });
        if (years.length > 0) {
          const cell = project.budgets.find((b) => b.year === years[0]);
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
};
