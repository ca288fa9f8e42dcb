/**
 * 부서 취합: the master plan and the department workbooks' plans → what to write into the master
 * (applied), what is new (added, for the coordinator to accept) and what needs a person (conflicts).
 *
 * What changed in a department workbook is what the revision log calls a change: diffPlans
 * (src/engine/revisions/diff.ts) on the master's and the workbook's snapshots of each matched project.
 * This module only matches projects, decides whose they are, and finds the master cell of each change.
 *
 * 1. A workbook's department is the one the coordinator chose for it, else the 담당부서 its project rows
 *    name (the most named one; a 6기 관리체계 list names them too), else the one its 안내 sheet (written by
 *    split) names. None at all → conflict "noDepartment". It must then be that department's file: one
 *    holding two or more projects of other departments (the whole plan, another department's file), or
 *    none of its own while holding others', is refused whole ("notDepartmentFile") — a stale copy of the
 *    plan must never overwrite what a department sent. One stray row of another department's project (a
 *    copied row) is tolerated and reported on its own (3).
 * 2. Projects are matched to the master by identity (normalised name), in the same strategy/task first;
 *    what is left over of the department's own projects is paired as a rename the way the revision log
 *    pairs them (diffPlans: content ≥ 75 % the same); still left: new (added) or missing (conflict).
 * 3. A change to a project that is not the workbook's department's — the master says another department,
 *    or the row names another one — is never applied: conflict "otherDepartment". A new row naming
 *    another department is one too.
 * 4. Each change of an own project becomes one master cell (one line of it, for a multi-line cell):
 *    a flag, a budget, a target, an indicator name, the project name (rename). Anything else — moved,
 *    renumbered, an indicator added or removed — is "unsupportedChange". Years and flag columns the
 *    workbook does not have are not compared (a missing column is no deletion). A master cell holding a
 *    formula is never written (the value would replace the formula): "unsupportedChange", masterFormula,
 *    its ref the cell. The plan keeps the formulas of budgets, targets and flags; for any other cell (a
 *    project or indicator name) the caller tells them (ConsolidationOptions.masterFormula, from the grid).
 * 5. Per master cell, every workbook of the project's department that holds the project must agree:
 *    the same change from all of them is applied once; different values — or one workbook changing it
 *    while another keeps the master's value — is "disagreement", and nothing is applied. A workbook with
 *    a split record (7) that did not change the cell since its split has no say on it.
 * 6. A master project of department D missing from a D workbook → "missingProject" (removal is a
 *    revision the coordinator makes by hand, 제외/폐지).
 * 7. A file split wrote keeps its projects as they were at the split (DepartmentInput.split): then a
 *    cell is the department's change only when it differs from that value, so an older copy never
 *    reverts what the master took since; a cell both the department and the master changed, to
 *    different values, is "disagreement" (detail masterChanged). Without it the master is the reference.
 */
import type { CellRef } from "../grid";
import { normalizeName, projectIdentity } from "../identity";
import type { ColumnRole, FlagName, Indicator, Plan, Project } from "../plan";
import { classifyFlag } from "../read/values";
import { diffPlans, norm, pairIndicators, samePlace, type RevisionEntry, type RevisionValue } from "../revisions/diff";
import { snapshotPlan, type IndicatorSnapshot, type PlanSnapshot, type ProjectSnapshot } from "../revisions/snapshot";
import { isUncomputed } from "../rules/vocabulary/places";
import { fileDepartmentKey, notDepartmentFile } from "./departmentFile";
import { refKey } from "./inputRules";
import { departmentKey, departmentsOf } from "./split";
import type {
  AddedProject,
  AppliedChange,
  CellWriteValue,
  Conflict,
  ConflictKind,
  ConsolidationResult,
  DepartmentFileSummary,
  DepartmentInput,
} from "./types";

/** Separates an indicator's pair index from its name inside the snapshots handed to diffPlans. */
const TAG = "\u241f";

interface Proposal {
  file: string;
  fileIndex: number;
  master: Project;
  ref: CellRef;
  line?: number;
  value: CellWriteValue;
  entry: RevisionEntry;
  seq: number;
}

interface Slot {
  key: string;
  master: Project;
  ref: CellRef;
  line?: number;
  /** The master indicator the cell belongs to (a target or indicator name); -1 for a project's own cell. */
  indicator: number;
  /** By file, in the order the files came. */
  proposals: Map<string, Proposal>;
  seq: number;
}

interface PendingConflict extends Conflict {
  order: number;
  seq: number;
}

interface AddedCandidate {
  file: string;
  project: Project;
  snapshot: ProjectSnapshot;
  plan: Plan;
  seq: number;
}

/** The master plan, indexed once for every department file. */
interface Master {
  plan: Plan;
  snapshot: PlanSnapshot;
  snap: Map<string, ProjectSnapshot>;
  index: Map<string, number>;
  byKey: Map<string, Project[]>;
  departments: ReturnType<typeof departmentsOf>;
  departmentName: Map<string, string>;
  lines: Map<string, string[]>;
  /** Whether the master cell holds a formula (the grid's; the plan's own where the caller knows no grid). */
  hasFormula: (ref: CellRef) => boolean;
}

export interface ConsolidationOptions {
  /**
   * Whether a master cell holds a formula, as the master's grid says: every cell a change would be written to is
   * asked, so that no value replaces a formula the plan does not keep (a project's or an indicator's name).
   */
  masterFormula?: (ref: CellRef) => boolean;
}

/** What the department files have said so far; `seq` keeps the order things were found in. */
interface Tally {
  seq: number;
  slots: Map<string, Slot>;
  /** Master project id → files of its department holding it. */
  contains: Map<string, string[]>;
  /** Per file and master project (sayKey), for a file with a split record: the cells it changed since the split. */
  said: Map<string, SinceSplit>;
  conflicts: PendingConflict[];
  added: AddedCandidate[];
  /** Master project id → files of its department lacking it. */
  missing: Map<string, string[]>;
  summaries: DepartmentFileSummary[];
  seenDepartments: Set<string>;
}

type Applied = AppliedChange & { order: number; seq: number };

export function planConsolidation(master: Plan, inputs: readonly DepartmentInput[], options: ConsolidationOptions = {}): ConsolidationResult {
  const m = indexMaster(master, options.masterFormula ?? (() => false));
  const tally: Tally = { seq: 0, slots: new Map(), contains: new Map(), said: new Map(), conflicts: [], added: [], missing: new Map(), summaries: [], seenDepartments: new Set() };
  inputs.forEach((input, fileIndex) => readDepartmentFile(m, tally, input, fileIndex));
  const applied = agreePerCell(m, tally);
  writeLinesWhole(m, applied);
  reportMissing(m, tally);
  return {
    applied: applied.sort((a, b) => a.order - b.order || a.seq - b.seq).map(({ order: _order, seq: _seq, ...change }) => change),
    added: mergeAdded(tally.added, master, m.snapshot),
    conflicts: mergeConflicts(tally.conflicts),
    files: tally.summaries,
    departmentsWithoutWorkbook: m.departments.filter((d) => !tally.seenDepartments.has(d.key)).map((d) => d.name),
  };
}

function indexMaster(plan: Plan, hasFormula: (ref: CellRef) => boolean): Master {
  const snapshot = snapshotPlan(plan);
  const byKey = new Map<string, Project[]>();
  for (const p of plan.projects) {
    const key = projectIdentity(p);
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  const departments = departmentsOf(plan);
  return {
    plan,
    snapshot,
    snap: new Map(plan.projects.map((p, i) => [p.id, snapshot.projects[i]])),
    index: new Map(plan.projects.map((p, i) => [p.id, i])),
    byKey,
    departments,
    departmentName: new Map(departments.map((d) => [d.key, d.name])),
    lines: multiLineCells(plan),
    hasFormula,
  };
}

/** The department key a project's own 담당부서 cell names; null when blank. */
const projectDepartment = (p: Project): string | null => (p.department && p.department.raw.trim() !== "" ? departmentKey(p.department.raw) : null);

function conflict(tally: Tally, c: Conflict, order: number): void {
  tally.conflicts.push({ ...c, order, seq: tally.seq++ });
}

/** Steps 1 to 4 for one department file, and what step 6 needs: the master projects it lacks. */
function readDepartmentFile(m: Master, tally: Tally, input: DepartmentInput, fileIndex: number): void {
  const file = input.file;
  if (!("plan" in input)) {
    conflict(
      tally,
      {
        kind: "unreadable",
        projectId: null,
        name: null,
        files: [file],
        field: null,
        year: null,
        values: [input.failure.reason],
        detail: input.failure.reason,
        data: { ...(input.failure.data ?? {}) },
      },
      -1,
    );
    tally.summaries.push({ file, readable: false, department: null, projects: 0, matched: 0, foreignUnchanged: 0 });
    return;
  }
  const plan = input.plan;
  const snapshot = snapshotPlan(plan);
  const deptSnap = new Map(plan.projects.map((p, i) => [p.id, snapshot.projects[i]]));
  const summary: DepartmentFileSummary = { file, readable: true, department: null, projects: plan.projects.length, matched: 0, foreignUnchanged: 0 };
  tally.summaries.push(summary);

  const { pairs, used } = matchByIdentity(m, plan, deptSnap);

  // 1. The workbook's department, and whether the workbook is that department's at all.
  const wbKey = fileDepartmentKey(plan.projects.map(projectDepartment), input.named, departmentKey);
  const wbName = wbKey === null ? null : (m.departmentName.get(wbKey) ?? rowDepartmentName(plan, wbKey) ?? input.named?.name.trim() ?? wbKey);
  const rows = plan.projects.map((d) => {
    const master = pairs.get(d.id);
    return { master: master ? projectDepartment(master) : undefined, row: projectDepartment(d) };
  });
  const refusal = notDepartmentFile(rows, wbKey, (key) => m.departmentName.get(key) ?? rowDepartmentName(plan, key) ?? key);
  if (refusal) {
    summary.department = wbName;
    const data = { department: wbName ?? "", own: refusal.own, foreign: refusal.foreign, departments: refusal.departments.join(", ") };
    conflict(
      tally,
      { kind: "notDepartmentFile", projectId: null, name: null, files: [file], field: null, year: null, values: [], workbookDepartment: wbName, detail: refusal.why, data },
      -1,
    );
    return;
  }
  if (wbKey === null || wbName === null) {
    conflict(tally, { kind: "noDepartment", projectId: null, name: null, files: [file], field: null, year: null, values: [] }, -1);
    return;
  }
  tally.seenDepartments.add(wbKey);
  summary.department = wbName;

  pairRenames(m, plan, snapshot, deptSnap, wbKey, pairs, used);

  const split = input.split ? splitIndex(input.split) : null;
  const workbook: Workbook = { file, fileIndex, plan, snapshot, deptSnap, wbKey, wbName, summary, split };
  for (const d of plan.projects) {
    const master = pairs.get(d.id);
    if (master) proposeChanges(m, tally, workbook, d, master);
    else newRow(tally, workbook, d);
  }

  for (const master of m.plan.projects) {
    if (used.has(master.id) || projectDepartment(master) !== wbKey) continue;
    tally.missing.set(master.id, [...(tally.missing.get(master.id) ?? []), file]);
  }
}

/** One readable department file, its department known. */
interface Workbook {
  file: string;
  fileIndex: number;
  plan: Plan;
  snapshot: PlanSnapshot;
  deptSnap: Map<string, ProjectSnapshot>;
  /** The workbook's department: its key, and its name as the master writes it. */
  wbKey: string;
  wbName: string;
  summary: DepartmentFileSummary;
  /** The file's projects as split wrote them (7), by identity and by id; null for a file without that record. */
  split: { snapshot: PlanSnapshot; byKey: Map<string, ProjectSnapshot>; byId: Map<string, ProjectSnapshot> } | null;
}

function splitIndex(snapshot: PlanSnapshot): NonNullable<Workbook["split"]> {
  const byKey = new Map<string, ProjectSnapshot>();
  const byId = new Map<string, ProjectSnapshot>();
  for (const p of snapshot.projects) {
    if (!byKey.has(p.key)) byKey.set(p.key, p);
    if (!byId.has(p.id)) byId.set(p.id, p);
  }
  return { snapshot, byKey, byId };
}

/** Which cell of a project an entry is about: its field, year, and the department's indicator (by index). */
const cellKey = (entry: Pick<RevisionEntry, "field" | "year">, deptIndicator: number): string => `${entry.field}|${entry.year ?? ""}|${deptIndicator}`;

/** What a file with a split record changed of one project since the split (7), to tell where it has a say (5). */
interface SinceSplit {
  /** By cellKey: the change since the split (before: the split's value, after: the file's). */
  changed: Map<string, RevisionEntry>;
  /** Master indicator index → the file's indicator paired with it. */
  deptIndicator: Map<number, number>;
}

const sayKey = (file: string, masterId: string): string => `${file}\u0000${masterId}`;

/**
 * 7. What the department changed since the split, by cellKey, with the value at the split (entry.before);
 * null when the file has no split record or the project is not in it (new, or renamed beyond recognition).
 */
function changedSinceSplit(w: Workbook, d: Project, master: Project): Map<string, RevisionEntry> | null {
  if (!w.split) return null;
  const ds = w.deptSnap.get(d.id)!;
  const base = w.split.byKey.get(ds.key) ?? w.split.byId.get(d.id) ?? w.split.byKey.get(projectIdentity(master));
  if (!base) return null;
  const { entries } = projectEntries(w.split.snapshot, base, w.snapshot, ds, null, d);
  return new Map(entries.map(({ entry, deptIndicator }) => [cellKey(entry, deptIndicator), entry]));
}

/** 2a. Projects matched by identity, in the same place first. */
function matchByIdentity(m: Master, plan: Plan, deptSnap: Map<string, ProjectSnapshot>): { pairs: Map<string, Project>; used: Set<string> } {
  const pairs = new Map<string, Project>(); // department project id → master project
  const used = new Set<string>();
  for (const samePlaceOnly of [true, false]) {
    for (const d of plan.projects) {
      if (pairs.has(d.id)) continue;
      const candidates = m.byKey.get(projectIdentity(d)) ?? [];
      const found = candidates.find((c) => !used.has(c.id) && (!samePlaceOnly || samePlace(m.snap.get(c.id)!, deptSnap.get(d.id)!)));
      if (found) {
        pairs.set(d.id, found);
        used.add(found.id);
      }
    }
  }
  return { pairs, used };
}

/** 2b. Renames among the department's own leftovers, as the revision log pairs them. */
function pairRenames(
  m: Master,
  plan: Plan,
  snapshot: PlanSnapshot,
  deptSnap: Map<string, ProjectSnapshot>,
  wbKey: string,
  pairs: Map<string, Project>,
  used: Set<string>,
): void {
  const masterLeft = m.plan.projects.filter((p) => !used.has(p.id) && projectDepartment(p) === wbKey);
  const deptLeft = plan.projects.filter((d) => !pairs.has(d.id));
  if (masterLeft.length === 0 || deptLeft.length === 0) return;
  const entries = diffPlans(subSnapshot(m.snapshot, masterLeft.map((p) => m.snap.get(p.id)!)), subSnapshot(snapshot, deptLeft.map((d) => deptSnap.get(d.id)!)));
  for (const entry of entries) {
    if (entry.type !== "renamed") continue;
    const found = masterLeft.find((c) => !used.has(c.id) && normalizeName(c.name) === normalizeName(entry.name));
    if (!found) continue;
    pairs.set(entry.projectId, found);
    used.add(found.id);
  }
}

/** A row matching no master project: new (added) when it is the workbook's department's, else a conflict (3). */
function newRow(tally: Tally, w: Workbook, d: Project): void {
  const dept: string = projectDepartment(d) ?? w.wbKey;
  if (dept === w.wbKey) {
    tally.added.push({ file: w.file, project: d, snapshot: w.deptSnap.get(d.id)!, plan: w.plan, seq: tally.seq++ });
    return;
  }
  conflict(
    tally,
    {
      kind: "otherDepartment",
      projectId: d.id,
      name: d.name,
      files: [w.file],
      field: "project",
      year: null,
      values: [d.name],
      before: null,
      department: d.department?.raw ?? null,
      workbookDepartment: w.wbName,
    },
    Number.MAX_SAFE_INTEGER,
  );
}

/** 3 and 4: a matched project's changes, each a proposal for one master cell, or a conflict. */
function proposeChanges(m: Master, tally: Tally, w: Workbook, d: Project, master: Project): void {
  const { file, plan } = w;
  const hasColumn = (role: ColumnRole) => plan.columns.some((c) => c.role === role);
  const foreign = projectDepartment(master) !== w.wbKey || (projectDepartment(d) !== null && projectDepartment(d) !== w.wbKey);
  const { entries, unpairedIndicators, indicatorPairs, pairs } = projectEntries(m.snapshot, m.snap.get(master.id)!, w.snapshot, w.deptSnap.get(d.id)!, master, d);
  const sinceSplit = changedSinceSplit(w, d, master);
  const relevant = entries.filter(({ entry: e, deptIndicator }) => {
    // The department did not touch it since the split: the master's value (changed since, or not) stands.
    if (sinceSplit && !sinceSplit.has(cellKey(e, deptIndicator))) return false;
    if (e.field === "department") return e.after !== null && e.after !== "" && departmentKey(String(e.after)) !== departmentKey(String(e.before ?? ""));
    if (e.field.startsWith("flag.")) return hasColumn(e.field as ColumnRole);
    if (e.field === "budget") return e.year !== null && plan.budgetYears.includes(e.year);
    if (e.field === "target") return e.year !== null && plan.targetYears.includes(e.year);
    return true;
  });
  const order = m.index.get(master.id) as number;
  const base = { projectId: master.id, name: master.name, department: master.department?.raw ?? null, workbookDepartment: w.wbName };

  if (foreign) {
    if (relevant.length === 0 && unpairedIndicators === 0) {
      w.summary.foreignUnchanged += 1;
      return;
    }
    for (const { entry } of relevant) {
      conflict(tally, { kind: "otherDepartment", ...base, files: [file], field: entry.field, year: entry.year, values: [entry.after], before: entry.before, ...indicatorOf(entry) }, order);
    }
    if (unpairedIndicators > 0) {
      conflict(tally, { kind: "otherDepartment", ...base, files: [file], field: "indicator", year: null, values: [d.indicators.length], before: master.indicators.length }, order);
    }
    return;
  }

  w.summary.matched += 1;
  tally.contains.set(master.id, [...(tally.contains.get(master.id) ?? []), file]);
  if (sinceSplit) tally.said.set(sayKey(file, master.id), { changed: sinceSplit, deptIndicator: new Map(pairs) });
  if (unpairedIndicators > 0) {
    conflict(
      tally,
      { kind: "unsupportedChange", ...base, files: [file], field: "indicator", year: null, values: [d.indicators.length], before: master.indicators.length, detail: "indicatorCount" },
      order,
    );
  }
  for (const { entry, pair, deptIndicator, masterIndicator } of relevant) {
    /** A change that cannot be written as it is: named, with why (detail) and, where known, the master's cell. */
    const refuse = (detail: string, values: RevisionValue[] = [entry.after], ref?: CellRef) =>
      conflict(
        tally,
        { kind: "unsupportedChange", ...base, files: [file], field: entry.field, year: entry.year, values, before: entry.before, detail, ...indicatorOf(entry), ...(ref ? { ref } : {}) },
        order,
      );
    // Both changed the cell since the split, to different values: whose is right is for a person to say.
    const atSplit = sinceSplit?.get(cellKey(entry, deptIndicator));
    if (atSplit && !sameValue(atSplit.before, entry.before)) {
      conflict(
        tally,
        {
          kind: "disagreement",
          ...base,
          files: [file],
          field: entry.field,
          year: entry.year,
          values: [entry.after],
          before: entry.before,
          split: atSplit.before,
          detail: "masterChanged",
          ...indicatorOf(entry),
        },
        order,
      );
      continue;
    }
    // A formula saved without its result reads as empty: that is no value to apply (never empty the master's). Told
    // as the rules tell it (isUncomputed), so that consolidation and structure/uncomputed-formula agree on every cell.
    const source =
      entry.field === "budget"
        ? d.budgets.find((b) => b.year === entry.year)
        : entry.field === "target"
          ? indicatorPairs[pair]?.[1].targets.find((t) => t.year === entry.year)
          : undefined;
    if (source && isUncomputed(source)) {
      refuse("formulaNoValue", [source.formula as string]); // isUncomputed: a formula there
      continue;
    }
    // A budget told in 백만원 across units (see diffPlans) is no number to write as it is into the master's cell.
    if (entry.field === "budget" && plan.budgetUnit.unit !== m.plan.budgetUnit.unit) {
      refuse("budgetUnit");
      continue;
    }
    // An Excel error (#REF!, #N/A) is a broken cell, not a value: written over the master it would stand there as text.
    const sourceRef = source?.ref ?? (entry.field.startsWith("flag.") ? d.flags[entry.field.slice("flag.".length) as FlagName]?.ref : undefined);
    if (sourceRef && plan.errorCells.some((e) => refKey(e.ref) === refKey(sourceRef))) {
      refuse("errorValue");
      continue;
    }
    const cell = cellOf(entry, pair, master, d, indicatorPairs);
    // A value written over the master's formula would replace it for good: whatever cell it is, never written.
    const write: CellWrite = "unsupported" in cell || !m.hasFormula(cell.ref) ? cell : { unsupported: "masterFormula", ref: cell.ref };
    const logEntry: RevisionEntry = { ...entry, projectId: master.id, ...place(m.snap.get(master.id)!) };
    if ("unsupported" in write) {
      refuse(write.unsupported, [entry.after], write.ref);
      continue;
    }
    const key = `${refKey(write.ref)}|${write.line ?? ""}`;
    let slot = tally.slots.get(key);
    if (!slot) {
      slot = { key, master, ref: write.ref, line: write.line, indicator: masterIndicator, proposals: new Map(), seq: tally.seq++ };
      tally.slots.set(key, slot);
    }
    if (!slot.proposals.has(file)) {
      slot.proposals.set(file, { file, fileIndex: w.fileIndex, master, ref: write.ref, line: write.line, value: write.value, entry: logEntry, seq: tally.seq++ });
    }
  }
}

/** 5. Agreement per master cell: applied when every holder of the project proposes the same value, else a conflict. */
function agreePerCell(m: Master, tally: Tally): Applied[] {
  const applied: Applied[] = [];
  for (const slot of tally.slots.values()) {
    const proposals = [...slot.proposals.values()];
    const first = proposals[0];
    // Per file, against its own split record: one that did not change the cell since has no say on it.
    const since = (f: string): { said: boolean; value?: RevisionValue } => {
      const record = tally.said.get(sayKey(f, slot.master.id));
      if (!record || slot.proposals.has(f)) return { said: true };
      const deptIndicator = slot.indicator === -1 ? -1 : record.deptIndicator.get(slot.indicator);
      if (deptIndicator === undefined) return { said: true };
      const change = record.changed.get(cellKey(first.entry, deptIndicator));
      return change ? { said: true, value: change.after } : { said: false };
    };
    const holders = (tally.contains.get(slot.master.id) ?? []).map((f) => ({ f, ...since(f) })).filter((h) => h.said);
    const agreed = holders.every((h) => slot.proposals.has(h.f)) && proposals.every((p) => sameWrite(p.value, first.value, first.entry.field));
    const order = m.index.get(slot.master.id) as number;
    if (agreed) {
      const entry = first.entry;
      applied.push({
        file: first.file,
        files: proposals.map((p) => p.file),
        projectId: slot.master.id,
        name: slot.master.name,
        field: entry.field,
        year: entry.year,
        before: entry.before,
        after: entry.after,
        ...indicatorOf(entry),
        department: slot.master.department?.raw ?? "",
        ref: slot.ref,
        ...(slot.line !== undefined ? { line: slot.line } : {}),
        value: first.value,
        entry,
        order,
        seq: slot.seq,
      });
    } else {
      conflict(
        tally,
        {
          kind: "disagreement",
          projectId: slot.master.id,
          name: slot.master.name,
          files: holders.map((h) => h.f),
          field: first.entry.field,
          year: first.entry.year,
          values: holders.map((h) => slot.proposals.get(h.f)?.entry.after ?? (h.value !== undefined ? h.value : first.entry.before)),
          before: first.entry.before,
          ...indicatorOf(first.entry),
          ref: slot.ref,
          ...(slot.line !== undefined ? { line: slot.line } : {}),
          department: slot.master.department?.raw ?? null,
        },
        order,
      );
    }
  }
  return applied;
}

/** A multi-line cell is written whole: the master's lines with every applied line replaced. */
function writeLinesWhole(m: Master, applied: Applied[]): void {
  const lineChanges = new Map<string, Applied[]>();
  for (const change of applied) {
    if (change.line === undefined) continue;
    const key = refKey(change.ref);
    lineChanges.set(key, [...(lineChanges.get(key) ?? []), change]);
  }
  for (const [key, changes] of lineChanges) {
    const lines = [...(m.lines.get(key) ?? [])];
    for (const change of changes) lines[change.line as number] = String(change.value ?? "");
    const whole = Array.from(lines, (l) => l ?? "").join("\n");
    for (const change of changes) change.value = whole;
  }
}

/** 6. A master project missing from its department's workbook is a conflict, never a removal. */
function reportMissing(m: Master, tally: Tally): void {
  for (const [projectId, files] of tally.missing) {
    const project = m.plan.projects[m.index.get(projectId) as number];
    conflict(
      tally,
      {
        kind: "missingProject",
        projectId,
        name: project.name,
        files,
        field: "project",
        year: null,
        values: files.map(() => null),
        before: project.name,
        department: project.department?.raw ?? null,
      },
      m.index.get(projectId) as number,
    );
  }
}

// ---------------------------------------------------------------------------------------------

function subSnapshot(snapshot: PlanSnapshot, projects: ProjectSnapshot[]): PlanSnapshot {
  return { ...snapshot, projects };
}


function place(p: ProjectSnapshot): Pick<RevisionEntry, "strategyId" | "strategyName" | "taskId" | "number"> {
  return { strategyId: p.strategyId, strategyName: p.strategyName, taskId: p.taskId, number: p.number };
}

function rowDepartmentName(plan: Plan, key: string): string | null {
  const project = plan.projects.find((p) => p.department && departmentKey(p.department.raw) === key);
  return project?.department?.raw.trim() ?? null;
}

function indicatorOf(entry: Pick<RevisionEntry, "indicator">): { indicator?: string } {
  return entry.indicator !== undefined ? { indicator: entry.indicator } : {};
}

const untag = (text: string): string => {
  const at = text.indexOf(TAG);
  return at === -1 ? text : text.slice(at + 1);
};
const tagIndex = (text: string | undefined): number => {
  if (text === undefined) return -1;
  const at = text.indexOf(TAG);
  return at === -1 ? -1 : Number(text.slice(0, at));
};

/**
 * Indicators paired as the revision log pairs them (pairIndicators): [master index, department index]
 * pairs in department order and how many were left unpaired.
 */
function indicatorPairs(olds: readonly IndicatorSnapshot[], news: readonly IndicatorSnapshot[]): { pairs: [number, number][]; unpaired: number } {
  const { oldOf } = pairIndicators(olds, news);
  const pairs: [number, number][] = [];
  oldOf.forEach((o, n) => {
    if (o !== -1) pairs.push([o, n]);
  });
  return { pairs, unpaired: olds.length + news.length - 2 * pairs.length };
}

/**
 * diffPlans on one matched project. Indicators are handed over in pair order with their pair index in
 * front of the name, so that each target or indicator entry says which indicator it is about even when
 * two indicators share a name; the index is taken off the entries again.
 */
function projectEntries(
  masterSnapshot: PlanSnapshot,
  m: ProjectSnapshot,
  deptSnapshot: PlanSnapshot,
  d: ProjectSnapshot,
  mp: Project | null,
  dp: Project,
): {
  entries: { entry: RevisionEntry; pair: number; deptIndicator: number; masterIndicator: number }[];
  unpairedIndicators: number;
  indicatorPairs: [Indicator, Indicator][];
  /** [master index, department index] of each indicator pair. */
  pairs: [number, number][];
} {
  const { pairs, unpaired } = indicatorPairs(m.indicators, d.indicators);
  const tagged = (p: ProjectSnapshot, side: 0 | 1): ProjectSnapshot => ({
    ...p,
    indicators: pairs.map((pair, k) => {
      const indicator = p.indicators[pair[side]];
      return { name: `${k}${TAG}${indicator.name}`, targets: indicator.targets };
    }),
  });
  const raw = diffPlans(subSnapshot(masterSnapshot, [tagged(m, 0)]), subSnapshot(deptSnapshot, [tagged(d, 1)]));
  const entries = raw.map((entry) => {
    if (entry.field !== "indicator" && entry.field !== "target") return { entry, pair: -1, deptIndicator: -1, masterIndicator: -1 };
    const clean: RevisionEntry = { ...entry };
    if (entry.indicator !== undefined) clean.indicator = untag(entry.indicator);
    if (entry.field === "indicator") {
      clean.before = typeof entry.before === "string" ? untag(entry.before) : entry.before;
      clean.after = typeof entry.after === "string" ? untag(entry.after) : entry.after;
    }
    const pair = tagIndex(entry.indicator);
    return { entry: clean, pair, deptIndicator: pairs[pair]?.[1] ?? -1, masterIndicator: pairs[pair]?.[0] ?? -1 };
  });
  return {
    entries,
    unpairedIndicators: unpaired,
    indicatorPairs: mp ? pairs.map(([o, n]) => [mp.indicators[o], dp.indicators[n]]) : [],
    pairs,
  };
}

/** Where a change goes, or why it cannot be written (`ref`: the master cell, for a masterFormula). */
type CellWrite = { ref: CellRef; line?: number; value: CellWriteValue } | { unsupported: string; ref?: CellRef };

function textOrNull(text: string | null | undefined): string | null {
  const t = (text ?? "").trim();
  return t === "" ? null : t;
}

/** The master cell a change goes to, and what the department wrote there. */
function cellOf(entry: RevisionEntry, pairIndex: number, m: Project, d: Project, indicatorPairs: [Indicator, Indicator][]): CellWrite {
  switch (entry.field) {
    case "name":
      return { ref: m.nameCell.ref, value: d.nameCell.raw };
    case "flag.key":
    case "flag.partnership":
    case "flag.isNew": {
      const flag = entry.field.slice(5) as FlagName;
      const cell = m.flags[flag];
      if (!cell) return { unsupported: "column" };
      if (cell.formula) return { unsupported: "masterFormula", ref: cell.ref };
      return { ref: cell.ref, value: textOrNull(d.flags[flag]?.raw) };
    }
    case "budget": {
      const cell = m.budgets.find((b) => b.year === entry.year);
      if (!cell) return { unsupported: "column" };
      // A value written over the master's formula would replace it for good (an undo writes back values only).
      if (cell.formula) return { unsupported: "masterFormula", ref: cell.ref };
      const budget = d.budgets.find((b) => b.year === entry.year);
      if (!budget) return { ref: cell.ref, value: null };
      switch (budget.value.kind) {
        case "number":
          return { ref: cell.ref, value: budget.value.value };
        case "empty":
          return { ref: cell.ref, value: null };
        default:
          return { ref: cell.ref, value: textOrNull(typeof budget.raw === "object" && budget.raw !== null ? budget.raw.error : String(budget.raw)) };
      }
    }
    case "target":
    case "indicator": {
      const pair = indicatorPairs[pairIndex];
      if (!pair) return { unsupported: "indicator" };
      const [mi, di] = pair;
      if (entry.field === "indicator") {
        if (!mi.nameCell || entry.after === null) return { unsupported: "indicator" };
        const value = di.nameCell?.raw ?? di.name;
        return mi.nameCell.line !== undefined ? { ref: mi.nameCell.ref, line: mi.nameCell.line, value } : { ref: mi.nameCell.ref, value };
      }
      const target = mi.targets.find((t) => t.year === entry.year);
      if (!target) return { unsupported: "column" };
      if (target.formula) return { unsupported: "masterFormula", ref: target.ref };
      const value = textOrNull(di.targets.find((t) => t.year === entry.year)?.raw);
      if (target.line !== undefined) {
        if (value === null) return { unsupported: "clearedLine" };
        return { ref: target.ref, line: target.line, value };
      }
      return { ref: target.ref, value };
    }
    default:
      return { unsupported: entry.field };
  }
}

/** Two snapshot values of one cell are the same: numbers by value, text trimmed. */
function sameValue(a: RevisionValue, b: RevisionValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  const text = (v: RevisionValue) => (v === null || v === undefined ? "" : String(v).trim());
  return text(a) === text(b);
}

/** Two workbooks' values for one cell agree: flags by meaning, numbers by value, text trimmed. */
function sameWrite(a: CellWriteValue, b: CellWriteValue, field: string): boolean {
  if (field.startsWith("flag.") && typeof a === "string" && typeof b === "string") {
    const x = classifyFlag(a);
    const y = classifyFlag(b);
    if (x.state !== "unknown" && y.state !== "unknown") return x.state === y.state;
  }
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  return a === b;
}

/** The lines of every multi-line cell of the plan (indicator names and targets written one per line). */
function multiLineCells(plan: Plan): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  const put = (ref: CellRef, line: number | undefined, raw: string) => {
    if (line === undefined) return;
    const key = refKey(ref);
    const lines = cells.get(key) ?? [];
    lines[line] = raw;
    cells.set(key, lines);
  };
  const owners: { indicators: Indicator[] }[] = [...plan.strategies, ...plan.tasks, ...plan.projects];
  for (const owner of owners) {
    for (const indicator of owner.indicators) {
      if (indicator.nameCell) put(indicator.nameCell.ref, indicator.nameCell.line, indicator.nameCell.raw);
      for (const target of indicator.targets) put(target.ref, target.line, target.raw);
    }
  }
  return cells;
}

const KIND_ORDER: Record<ConflictKind, number> = {
  unreadable: 0,
  noDepartment: 1,
  notDepartmentFile: 1,
  otherDepartment: 2,
  disagreement: 3,
  unsupportedChange: 4,
  missingProject: 5,
};

/** The same conflict from several files becomes one, listing every file and its value. */
function mergeConflicts(pending: PendingConflict[]): Conflict[] {
  const merged = new Map<string, PendingConflict>();
  const out: PendingConflict[] = [];
  for (const c of pending) {
    const mergeable = c.kind === "otherDepartment" || c.kind === "unsupportedChange";
    const key = mergeable ? JSON.stringify([c.kind, c.projectId, c.field, c.year, c.indicator ?? null, c.detail ?? null]) : null;
    const existing = key === null ? undefined : merged.get(key);
    if (existing) {
      existing.files.push(...c.files);
      existing.values.push(...c.values);
      continue;
    }
    const copy = { ...c, files: [...c.files], values: [...c.values] };
    if (key !== null) merged.set(key, copy);
    out.push(copy);
  }
  return out
    .sort((a, b) => a.order - b.order || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.seq - b.seq)
    .map(({ order: _order, seq: _seq, ...c }) => c);
}

/** New projects, once each (the same content from several files lists them all), with where they would go. */
function mergeAdded(candidates: AddedCandidate[], master: Plan, masterSnapshot: PlanSnapshot): AddedProject[] {
  const out: AddedProject[] = [];
  const byContent = new Map<string, AddedProject>();
  for (const candidate of candidates) {
    const s = candidate.snapshot;
    const content = JSON.stringify({ ...s, id: null });
    const existing = byContent.get(content);
    if (existing) {
      if (!existing.files.includes(candidate.file)) existing.files.push(candidate.file);
      continue;
    }
    const after = insertionPoint(s, master, masterSnapshot);
    const project: AddedProject = {
      file: candidate.file,
      files: [candidate.file],
      projectId: s.id,
      name: s.name,
      department: candidate.project.department?.raw ?? null,
      strategyId: s.strategyId,
      strategyName: s.strategyName,
      taskId: s.taskId,
      taskName: s.taskName,
      number: s.number,
      afterProjectId: after.projectId,
      afterRow: after.row,
      project: s,
    };
    byContent.set(content, project);
    out.push(project);
  }
  return out;
}

/** After the last master project of the same strategy/task; else after the task's (or strategy's) own rows. */
function insertionPoint(s: ProjectSnapshot, master: Plan, masterSnapshot: PlanSnapshot): { projectId: string | null; row: number | null } {
  let last: Project | null = null;
  masterSnapshot.projects.forEach((m, i) => {
    if (samePlace(m, s)) last = master.projects[i];
  });
  if (last) return { projectId: (last as Project).id, row: (last as Project).lastRow };
  const strategy = master.strategies.find((st) => (s.strategyName !== null ? norm(st.name) === norm(s.strategyName) : st.id === s.strategyId));
  if (!strategy) return { projectId: null, row: null };
  const task = s.taskId === null && s.taskName === null ? null : master.tasks.find((t) => t.strategyId === strategy.id && (s.taskName !== null ? norm(t.name) === norm(s.taskName) : t.id === s.taskId));
  if ((s.taskId !== null || s.taskName !== null) && !task) return { projectId: null, row: null };
  const owner = task ?? strategy;
  let row = owner.cell.ref.row;
  for (const indicator of owner.indicators) {
    if (indicator.nameCell) row = Math.max(row, indicator.nameCell.ref.row);
    for (const target of indicator.targets) row = Math.max(row, target.ref.row);
  }
  return { projectId: null, row };
}
