/**
 * '-' in a flag column. Some workbooks use '-' where a flag does not apply to a whole strategy or
 * 대표과업 (the seed's 지역발전전략1 writes '-' in the 중점 column for all five of its projects): when every
 * project of the strategy (or of the task, with at least two projects) writes '-' in that column, the
 * convention is accepted and noted once (info). A lone '-' among ○/× projects is an error: the flag
 * must say ○ or ×.
 */
import type { Hit } from "../../finding";
import { groupedBy } from "../../groups";
import type { Flag, FlagName, Project } from "../../plan";
import { FLAG_NAMES } from "../../plan";
import { defineRule, hitMaker, sheetRow, sortHits } from "../kit";
import { FLAG_AT, FLAG_LABELS, FLAG_STATE_MASK, FLAG_STATE_NOT_APPLICABLE, flagCodes } from "../vocabulary/flags";
import { flagRef, scopeLabel, strategyLabel } from "../vocabulary/places";
import { projectName } from "../vocabulary/names";

const makeHit = hitMaker(["dash", "dashConvention"]);

/** Fewest projects that make a convention: one project alone is a lone '-'. */
export const DASH_CONVENTION_MIN_PROJECTS = 2;

export const flagsNotApplicable = defineRule({
  id: "flags/not-applicable",
  defaultSeverity: "error",
  messageIds: makeHit.messageIds,
  check(plan) {
    const hits: Hit[] = [];
    // Flags no project marks '-' are left out at once: most plans use the dash in few columns, if any. The run's
    // flag codes tell, without a flag cell made per project and ask.
    const codes = flagCodes(plan);
    const dashed = dashedFlags(codes);
    if (dashed.length === 0) return hits;
    // Projects grouped once, by strategy and by task within it (in first-seen order), not per flag and strategy.
    // Lists of the groups, not their maps: walked once per dashed flag, by index (kit.ts: a rule's loops run once per plan).
    // A strategy's tasks are grouped only when it has a dash its whole strategy does not share (few have any dash).
    const strategies = [...groupedBy(plan.projects, (p) => p.strategyId)];
    const tasksOf: Project[][][] = [];
    const tasksOfStrategy = (i: number) =>
      (tasksOf[i] ??= [...groupedBy(strategies[i][1].filter((p) => p.taskId !== null), (p) => p.taskId as string).values()]);
    const projects = plan.projects;
    for (const flag of dashed) {
      const at = FLAG_AT[flag];
      // The projects marking '-' in this column, from the codes.
      const dashes = new Set<Project>();
      for (let i = 0; i < projects.length; i++) if ((codes[i * FLAG_NAMES.length + at] & FLAG_STATE_MASK) === FLAG_STATE_NOT_APPLICABLE) dashes.add(projects[i]);
      const accepted = new Set<string>();
      const convention = (group: Project[], scope: string) => {
        if (group.length < DASH_CONVENTION_MIN_PROJECTS || !group.every((p) => dashes.has(p))) return false;
        const first = group[0];
        const ref = flagRef(plan, first, flag);
        if (ref) {
          hits.push(
            makeHit(
              "dashConvention",
              ref,
              {
                flag: FLAG_LABELS[flag],
                scope,
                count: group.length,
                firstRow: sheetRow(first.firstRow),
                lastRow: sheetRow(group[group.length - 1].lastRow),
              },
              { severity: "info" },
            ),
          );
        }
        for (const p of group) accepted.add(p.id);
        return true;
      };

      for (let i = 0; i < strategies.length; i++) {
        const [strategyId, group] = strategies[i];
        if (!anyDash(group, dashes)) continue;
        if (convention(group, strategyLabel(plan, strategyId) || plan.sheet)) continue;
        for (const taskGroup of tasksOfStrategy(i)) convention(taskGroup, scopeLabel(plan, taskGroup[0]));
      }

      for (let i = 0; i < projects.length; i++) {
        const project = projects[i];
        if (!dashes.has(project) || accepted.has(project.id)) continue;
        const cell = project.flags[flag] as Flag;
        hits.push(makeHit("dash", cell.ref, { flag: FLAG_LABELS[flag], value: cell.raw, name: projectName(project) }, { projectId: project.id }));
      }
    }
    return sortHits(hits);
  },
});

/** The flags some project marks '-', in FLAG_NAMES order: one pass over the codes for all three. */
function dashedFlags(codes: Uint8Array): FlagName[] {
  let found = 0;
  for (let at = 0; at < codes.length; at++) if ((codes[at] & FLAG_STATE_MASK) === FLAG_STATE_NOT_APPLICABLE) found |= 1 << at % FLAG_NAMES.length;
  return FLAG_NAMES.filter((_, f) => (found & (1 << f)) !== 0);
}

function anyDash(projects: readonly Project[], dashes: ReadonlySet<Project>): boolean {
  for (let i = 0; i < projects.length; i++) if (dashes.has(projects[i])) return true;
  return false;
}
