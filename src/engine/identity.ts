/**
 * What makes two project rows "the same project": the name with spacing, line breaks and punctuation
 * spacing removed (the seed wraps names mid-word: "일자리 네트워크 구 축"). Used for double-standing
 * projects, distinct counts, revisions and consolidation.
 */
import { groupedBy } from "./groups";
import type { Project } from "./plan";
import { compact } from "./text";

/**
 * ASCII, Hangul syllables and CJK ideographs only: such a text is already NFC (each of them is, and none combines
 * with another), its spacing is ASCII and it holds no middle dot to fold.
 */
const NFC_PLAIN = /^[\x00-\x7f\uac00-\ud7a3\u4e00-\u9fff]*$/;
/** The same without A–Z: already lower case (no other character of those ranges has a case), no lower-casing needed. */
const NFC_PLAIN_LOWER = /^[\x00-\x40\x5b-\x7f\uac00-\ud7a3\u4e00-\u9fff]*$/;
const SPACING = /\s+/g;

/**
 * Not remembered: a plan's names are nearly all distinct, so a memo only grows (and a large plan emptied it over
 * and over). The plain names every plan is made of skip the NFC pass, which cost ten times the rest.
 */
export function normalizeName(name: string): string {
  // toLowerCase of a Hangul name is a call into the runtime and a copy: skipping it took 40% off a plain name.
  if (NFC_PLAIN_LOWER.test(name)) return name.replace(SPACING, "");
  if (NFC_PLAIN.test(name)) return name.replace(SPACING, "").toLowerCase();
  return compact(name.normalize("NFC")).replace(/[·ㆍ・]/g, "·").toLowerCase();
}

export function projectIdentity(project: Pick<Project, "name">): string {
  return normalizeName(project.name);
}

/** A plan's projects grouped by identity (projectGroups). */
export interface ProjectGroups {
  /** How many groups: the distinct projects. */
  readonly count: number;
  /** Each project's group, by the project's index in the list; groups are numbered in order of their first project. */
  readonly groupOf: Int32Array;
  /** The groups of two or more projects (one project standing in several places), in group order, each in plan order. */
  readonly repeated: readonly (readonly Project[])[];
}

/**
 * A plan's projects grouped by identity, worked out once per list: the counts, flags/key-count and
 * structure/duplicate-project all ask, and normalising 50,000 names costs tens of milliseconds each time.
 * A plan is not changed once read; a list that grew is grouped again. Kept as a group number per project and a list
 * for each repeated project only: a list per group was 50,000 lists of one on a plan of distinct projects, kept
 * with the plan.
 */
export function projectGroups(projects: readonly Project[]): ProjectGroups {
  let kept = groupsOf.get(projects);
  if (kept === undefined || kept.groupOf.length !== projects.length) {
    kept = groupProjects(projects);
    groupsOf.set(projects, kept);
  }
  return kept;
}

const groupsOf = new WeakMap<readonly Project[], ProjectGroups>();

/**
 * How many distinct projects (groups) have a project `picked` (by its index) says yes to: a group is counted at its
 * first such project, and `picked` is not asked of its other projects. By index (groups.ts: run once per plan).
 */
export function countGroupsWhere(groups: ProjectGroups, picked: (index: number) => boolean): number {
  const counted = new Uint8Array(groups.count);
  let count = 0;
  for (let i = 0; i < groups.groupOf.length; i++) {
    const group = groups.groupOf[i];
    if (counted[group] === 0 && picked(i)) {
      counted[group] = 1;
      count++;
    }
  }
  return count;
}

function groupProjects(projects: readonly Project[]): ProjectGroups {
  const groupOf = new Int32Array(projects.length);
  const groupByName = new Map<string, number>();
  // Each group's first project (its index): a group's list is made only when a second project joins it.
  const firsts: number[] = [];
  let members: Map<number, Project[]> | null = null;
  // By index (groups.ts: run once per plan).
  for (let i = 0; i < projects.length; i++) {
    const identity = projectIdentity(projects[i]);
    let group = groupByName.get(identity);
    if (group === undefined) {
      group = firsts.length;
      firsts.push(i);
      groupByName.set(identity, group);
    } else {
      const list = (members ??= new Map()).get(group);
      if (list) list.push(projects[i]);
      else members.set(group, [projects[firsts[group]], projects[i]]);
    }
    groupOf[i] = group;
  }
  const repeated = members === null ? [] : [...members].sort((a, b) => a[0] - b[0]).map((entry) => entry[1]);
  return { count: firsts.length, groupOf, repeated };
}

/** Projects grouped by identity, in plan order; a group of two or more stands in several places. */
export function groupByIdentity<P extends Pick<Project, "name">>(projects: readonly P[]): P[][] {
  return [...groupedBy(projects, projectIdentity).values()];
}
