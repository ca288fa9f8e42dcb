/**
 * A target or budget cell holding a formula saved without its result (a file written by a program other than
 * Excel, or saved with calculation off): the value cannot be read, and reading it as empty would report a
 * missing target or, in consolidation, empty the master's cell. Said once, on the cell.
 */
import type { Hit } from "../../finding";
import { cellA1, defineRule, hitMaker } from "../kit";
import { allIndicators } from "../vocabulary/indicators";
import { isUncomputed } from "../vocabulary/places";
import { budgetOwners } from "../budgets/common";

const makeHit = hitMaker(["target", "budget"]);

export const structureUncomputedFormula = defineRule({
  id: "structure/uncomputed-formula",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    const indicators = allIndicators(plan);
    for (let i = 0; i < indicators.length; i++) {
      const owned = indicators[i];
      if (!owned.anyUncomputed) continue;
      for (const target of owned.indicator.targets) {
        if (!isUncomputed(target)) continue;
        const data = { cell: cellA1(target.ref), formula: target.formula as string, indicator: owned.name, year: target.year };
        hits.push(makeHit("target", target.ref, data, owned.extra));
      }
    }
    // The projects' budgets only (total rows are not asked here), in plan order.
    const owners = budgetOwners(plan);
    for (let i = 0; i < owners.length; i++) {
      const owner = owners[i];
      if (!owner.anyUncomputed || owner.project === null) continue;
      for (const budget of owner.budgets) {
        if (!isUncomputed(budget)) continue;
        const data = { cell: cellA1(budget.ref), formula: budget.formula as string, name: owner.name, year: budget.year };
        hits.push(makeHit("budget", budget.ref, data, owner.extra));
      }
    }
    return hits;
  },
});
