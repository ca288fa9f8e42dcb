/**
 * A year without budget ('-' or empty) inside a project's running years, i.e. between its first and
 * its last budgeted year: either the year was forgotten or the project pauses, which the reviewer
 * must see. Years before the first and after the last budgeted year are budgets/ends-early's.
 */
import type { Hit } from "../../finding";
import { cellText } from "../../grid";
import { defineRule, hitMaker, inYearOrder } from "../kit";
import { isUncomputed } from "../vocabulary/places";
import { projectName } from "../vocabulary/names";
import { budgetOwners } from "./common";

const makeHit = hitMaker(["missingYear"]);

export const budgetsGap = defineRule({
  id: "budgets/gap",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const owners = budgetOwners(plan);
    // By index (kit.ts: a rule's loops run once per plan).
    for (let i = 0; i < owners.length; i++) {
      const owner = owners[i];
      const project = owner.project;
      // The shared pass tells the few projects with a gap, and only their cells are made again (a total row is
      // budgets/total's).
      if (project === null || !owner.anyGap) continue;
      const budgets = inYearOrder(owner.budgets);
      const numbered = budgets.filter((b) => b.value.kind === "number");
      if (numbered.length < 2) continue;
      const first = numbered[0].year;
      const last = numbered[numbered.length - 1].year;
      for (const budget of budgets) {
        if (budget.year <= first || budget.year >= last) continue;
        if ((budget.value.kind !== "none" && budget.value.kind !== "empty") || isUncomputed(budget)) continue;
        hits.push(
          makeHit(
            "missingYear",
            budget.ref,
            { name: projectName(project), year: budget.year, value: cellText(budget.raw), firstYear: first, lastYear: last },
            { projectId: project.id },
          ),
        );
      }
    }
    return hits;
  },
});
