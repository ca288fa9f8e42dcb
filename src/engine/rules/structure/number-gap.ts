/**
 * A gap in a scope's numbering (1, 2, 4: where is 3?): a project was removed without renumbering, or
 * a row was lost. Only numbers between the scope's lowest and highest count, so a running 연번 over the
 * whole table (9, 10, 11 … in the second strategy) is not a gap.
 */
import type { Hit } from "../../finding";
import { defineRule, hitMaker } from "../kit";
import { numberRef, numberedByScope, scopeLabel } from "../vocabulary/places";

const makeHit = hitMaker(["gap"]);

export const structureNumberGap = defineRule({
  id: "structure/number-gap",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    // The numbered projects by scope, shared with structure/duplicate-number.
    numberedByScope(plan).forEach((projects) => {
      let min = Infinity;
      let max = -Infinity;
      let whole = true;
      for (let i = 0; i < projects.length; i++) {
        const n = projects[i].number as number;
        if (n < min) min = n;
        if (n > max) max = n;
        if (!Number.isInteger(n)) whole = false;
      }
      // Most scopes are a few projects numbered 1, 2, 3 …: their numbers as bits tell there is no gap without a Set
      // and a list for each (a large plan has over 10,000 scopes).
      if (whole && max - min < 31) {
        let bits = 0;
        for (let i = 0; i < projects.length; i++) bits |= 1 << ((projects[i].number as number) - min);
        if (bits === 2 ** (max - min + 1) - 1) return;
      }
      const numbers = new Set<number>();
      for (let i = 0; i < projects.length; i++) numbers.add(projects[i].number as number);
      const missing: number[] = [];
      for (let n = min + 1; n < max; n++) if (!numbers.has(n)) missing.push(n);
      if (missing.length === 0) return;
      const after = projects.find((p) => (p.number as number) > missing[0]) ?? projects[projects.length - 1];
      hits.push(
        makeHit(
          "gap",
          numberRef(after),
          { missing: missing.join(", "), count: missing.length, scope: scopeLabel(plan, after) || plan.sheet, max },
          { projectId: after.id },
        ),
      );
    });
    return hits.sort((a, b) => a.ref.row - b.ref.row);
  },
});
