/**
 * Targets that are not there. An indicator with no target in any year (the seed's 학교 밖 청소년 급식지원
 * 지원율) → warning. A plan year ('23–'26) left empty while other years have targets → warning, one per
 * year. '-' written in a plan year says "no target that year" on purpose → one info per indicator.
 * '/' (the 6기 form's "no such year") is accepted in the baseline year only: in a plan year it is a
 * missing target like an empty cell.
 * After a sequence completes (착공 → 공사 진행 → 준공 및 개관; 1건(준공); a progress rate reaching 100%)
 * nothing more is expected: later years may be empty or '-' without a word.
 */
import type { Hit } from "../../finding";
import { planYearsWithTargets } from "../../counts";
import { defineRule, hitMaker, yearList } from "../kit";
import { allIndicators, hasValue, indicatorRef, targetIn } from "../vocabulary/indicators";
import { columnOf, isUncomputed } from "../vocabulary/places";
import { completionYear } from "../vocabulary/series";

const makeHit = hitMaker(["noTargets", "emptyYear", "slashYear", "dashYear"]);

export const targetsMissing = defineRule({
  id: "targets/missing",
  defaultSeverity: "warning",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    if (plan.targetYears.length === 0) return hits;
    const years = planYearsWithTargets(plan);
    const all = allIndicators(plan);
    for (let i = 0; i < all.length; i++) {
      const owned = all[i];
      const indicator = owned.indicator;
      // A formula saved without its result is structure/uncomputed-formula's: not a missing target.
      if (!owned.anyValue && owned.anyUncomputed) continue;
      if (!owned.anyValue) {
        hits.push(makeHit("noTargets", indicatorRef(plan, owned), { indicator: owned.name }, owned.extra));
        continue;
      }
      // Most indicators are complete: the shared pass tells, in its one walk over the targets.
      if (owned.everyPlanYearSays) continue;
      // The completion year only matters for a year that would be reported: worked out then, at most once.
      let done: number | null | undefined;
      let dashes: number[] | null = null;
      let firstDash: Hit["ref"] | null = null;
      // Read once: a read indicator makes its target cells at each ask.
      const targets = indicator.targets;
      for (let y = 0; y < years.length; y++) {
        const year = years[y];
        const target = targetIn(targets, year);
        if (target && (hasValue(target.value) || isUncomputed(target))) continue;
        if (done === undefined) done = completionYear(indicator, targets);
        if (done !== null && year > done) continue;
        const slash = target?.value.kind === "none" && target.value.mark === "/";
        if (!target || target.value.kind === "empty" || slash) {
          // A target's ref is made on each read: the first target's row is read only for a year without a cell.
          const ref = target?.ref ?? { sheet: owned.ownerSheet, row: targets[0]?.ref.row ?? owned.ownerRow, col: columnOf(plan, "target", year) ?? 0 };
          hits.push(makeHit(slash ? "slashYear" : "emptyYear", ref, { indicator: owned.name, year }, owned.extra));
        } else if (target.value.kind === "none") {
          (dashes ??= []).push(year);
          firstDash ??= target.ref;
        }
      }
      if (firstDash && dashes) {
        hits.push(makeHit("dashYear", firstDash, { indicator: owned.name, years: yearList(dashes), count: dashes.length }, { projectId: owned.extra.projectId, severity: "info" }));
      }
    }
    return hits;
  },
});
