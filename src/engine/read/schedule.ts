/**
 * 관리체계 (management schedule): the five steps of each yearly revision and their dates, found by the
 * step names wherever the table sits (its own sheet, or below the plan table). Dates are matched to
 * steps by order, not by column, since the year label often shares the first step's column.
 */
import type { CellRef } from "../grid";
import { cellText } from "../grid";
import type { CellText, DepartmentEntry, Project, Schedule, ScheduleDate, ScheduleRevision, SeveralProjectsLine } from "../plan";
import { normalizeName } from "../identity";
import { readMarker } from "./rowKinds";
import { splitKeyMarker } from "./values";
import { compact, DASH_CLASS, FULLWIDTH_DIGIT_CLASS, reparsedAsSeen, UNSEEN_OR_JAMO } from "../text";
import type { SheetView } from "./sheetView";
import { ANY_STEP, ANY_STEP_SPACED, STEP_HINT, STEP_WORDS } from "./stepWords";

function stepIndex(text: string): number {
  // A step name is a few words: skip long cells, and cells without a step's characters, before any work.
  if (text.length > 40 || !STEP_HINT.test(text)) return -1;
  // A text without zero-width spaces or jamo compacts to itself less its spacing: one test of it as written rules out
  // most (the 50,000-row plan's names have a step's characters), where compact made and remembered each new text.
  if (!UNSEEN_OR_JAMO.test(text) && !ANY_STEP_SPACED.test(text)) return -1;
  const t = compact(text);
  if (t.length > 20 || !ANY_STEP.test(t)) return -1;
  return STEP_WORDS.findIndex((pattern) => pattern.test(t));
}

/** '23, '23년, 2023, 2023년 → 2023; so too as it looks ('２３, ２０２３년: fullwidth, as a Korean IME types them). */
export function revisionYear(text: string): number | null {
  const m = reparsedAsSeen(text.trim(), revisionYearMatch, null);
  if (!m) return null;
  return m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
}

const REVISION_YEAR = /^['’‘]?\s*(\d{2}|20\d{2})\s*년?(?:도)?$/;
const revisionYearMatch = (text: string) => REVISION_YEAR.exec(text);

/** "'22. 11.", "2022.11", "22년 11월", "2022-11-05" → {year, month, day?}; so too as it looks ("２０２２. １１.", "2022–11"). */
export function readScheduleDate(text: string): ScheduleDate["date"] {
  const m = reparsedAsSeen(text.trim(), scheduleDateMatch, null);
  if (!m) return null;
  const year = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return m[3] ? { year, month, day: Number(m[3]) } : { year, month };
}

const SCHEDULE_DATE = /^['’‘]?\s*(\d{2}|\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]?\s*(?:(\d{1,2})\s*[.일]?)?(?:T.*)?$/;
const scheduleDateMatch = (text: string) => SCHEDULE_DATE.exec(text);

export function readSchedule(
  views: SheetView[],
  planView: SheetView,
  planTableStart: number,
): { sheet: string; firstRow: number; schedule: Schedule } | null {
  const ordered = [planView, ...views.filter((v) => v !== planView)];
  for (const view of ordered) {
    const start = view === planView ? planTableStart : 0;
    for (let row = start; row < view.rowCount; row++) {
      const steps = stepsIn(view, row);
      if (steps.length >= 3) {
        const schedule = readFrom(view, row, steps);
        const sixth = readSixthForm(view, start);
        return { sheet: view.sheet.name, firstRow: Math.min(blockTop(view, row, start), sixth?.firstRow ?? Infinity), schedule: sixth ? withSixth(schedule, sixth.fields) : schedule };
      }
    }
  }
  // The 6기 form: no dated steps, but the people, the 관리 방안 and the department list.
  for (const view of ordered) {
    const sixth = readSixthForm(view, view === planView ? planTableStart : 0);
    if (sixth) {
      const schedule = withSixth({ sheet: view.sheet.name, steps: [], revisions: [], responsible: sixth.responsible }, sixth.fields);
      return { sheet: view.sheet.name, firstRow: sixth.firstRow, schedule };
    }
  }
  return null;
}

type SixthFields = Pick<Schedule, "publicLead" | "privateParticipants" | "review" | "departments">;

/** The dated schedule with the 6기 items after its own (field by field: an object spread here cost more than reading them). */
function withSixth(schedule: Schedule, fields: SixthFields): Schedule {
  const { sheet, steps, revisions, responsible } = schedule;
  const { publicLead, privateParticipants, review, departments } = fields;
  return { sheet, steps, revisions, responsible, publicLead, privateParticipants, review, departments };
}

const LABELS = {
  responsible: /^(총괄)?책임자$/,
  publicLead: /^공공실무책임자/,
  cycle: /^점검주기/,
  method: /^점검방법/,
  feedback: /^환류(절차|방안)?/,
};
const LABEL_ENTRIES = Object.entries(LABELS) as [keyof typeof LABELS, RegExp][];
const PARTICIPANT_KINDS = /^(학계|현장|위원회|기타)$/;
/** The first characters of the labels, kinds and list headers below; a text starting otherwise can only be a 사업(과업)명 header. */
const SIXTH_START = new Set(Array.from("총책공점환학현위기실국과담세", (c) => c.charCodeAt(0)));

/**
 * The 6기 관리체계 items on a sheet from `start`: labels found by their words, values in the next non-empty
 * cell to the right (or below); the list 실 | 국 | 과 | 세부사업(과업) 명 under its header row. Null when the
 * sheet has neither a 공공 실무책임자, a 점검 item nor the list.
 */
function readSixthForm(view: SheetView, start: number): { firstRow: number; responsible: CellText | null; fields: SixthFields } | null {
  const sheet = view.sheet.name;
  const ref = (row: number, col: number): CellRef => ({ sheet, row, col });
  const found: Partial<Record<keyof typeof LABELS, CellText | null>> = {};
  let firstRow = Infinity;
  let participantsRow = -1;
  let listHeader: { row: number; office: number; bureau: number; division: number; project: number } | null = null;
  const limit = Math.min(view.rowCount, start + 400);
  for (let row = start; row < limit; row++) {
    const roles: Record<string, number> = {};
    let kinds = 0;
    // The cells holding a value, in order (present has left out the covered ones, which read as empty).
    const line = view.sheet.values[row];
    const present = view.present;
    for (let i = view.starts[row], end = view.starts[row + 1]; i < end; i++) {
      const col = present[i];
      const raw = cellText(line[col]);
      // By char code: raw[0] of a Korean text would be a new one-character string each time.
      if (raw === "" || raw.length > 40 || (!SIXTH_START.has(raw.charCodeAt(0)) && !raw.includes("업"))) continue;
      const t = compact(raw);
      for (let k = 0; k < LABEL_ENTRIES.length; k++) {
        const key = LABEL_ENTRIES[k][0];
        const pattern = LABEL_ENTRIES[k][1];
        if (found[key] === undefined && pattern.test(t)) {
          found[key] = valueBeside(view, row, col, ref);
          firstRow = Math.min(firstRow, row);
        }
      }
      if (PARTICIPANT_KINDS.test(t)) kinds++;
      if (t === "실") roles.office = col;
      else if (t === "국") roles.bureau = col;
      else if (t === "과" || t === "담당과") roles.division = col;
      else if (/^세부(사업|과업)|사업\(?과업\)?명/.test(t)) roles.project = col;
    }
    if (kinds >= 2 && participantsRow < 0) participantsRow = row;
    if (!listHeader && roles.project !== undefined && (roles.division !== undefined || roles.bureau !== undefined)) {
      listHeader = { row, office: roles.office ?? -1, bureau: roles.bureau ?? -1, division: roles.division ?? -1, project: roles.project };
      firstRow = Math.min(firstRow, row);
    }
  }
  if (!listHeader && found.publicLead === undefined && found.cycle === undefined) return null;

  const privateParticipants: { label: CellText; count: CellText | null }[] = [];
  if (participantsRow >= 0) {
    for (let col = 0; col < view.colCount; col++) {
      const raw = cellText(view.own(participantsRow, col));
      if (!PARTICIPANT_KINDS.test(compact(raw))) continue;
      const below = cellText(view.own(participantsRow + 1, col));
      const right = cellText(view.own(participantsRow, col + 1));
      const count = below !== "" ? { ref: ref(participantsRow + 1, col), raw: below } : right !== "" && !PARTICIPANT_KINDS.test(compact(right)) ? { ref: ref(participantsRow, col + 1), raw: right } : null;
      privateParticipants.push({ label: { ref: ref(participantsRow, col), raw }, count });
    }
  }

  const departments: DepartmentEntry[] = [];
  if (listHeader) {
    const h = listHeader;
    const cell = (row: number, col: number): CellText | null => {
      if (col < 0) return null;
      const raw = cellText(view.shown(row, col));
      return raw === "" ? null : { ref: ref(view.masterCell(row, col).row, view.masterCell(row, col).col), raw };
    };
    for (let row = h.row + 1; row < view.rowCount; row++) {
      const project = cellText(view.own(row, h.project));
      if (project === "") {
        if (view.isRowEmpty(row)) break;
        continue;
      }
      for (const line of project.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "")) {
        departments.push({ office: cell(row, h.office), bureau: cell(row, h.bureau), division: cell(row, h.division), project: { ref: ref(row, h.project), raw: line } });
      }
    }
  }
  return {
    firstRow,
    responsible: found.responsible ?? null,
    fields: {
      publicLead: found.publicLead ?? null,
      privateParticipants,
      review: { cycle: found.cycle ?? null, method: found.method ?? null, feedback: found.feedback ?? null },
      departments,
    },
  };
}

/** The value of a label cell: the next non-empty cell to its right, else the cell below. */
function valueBeside(view: SheetView, row: number, col: number, ref: (row: number, col: number) => CellRef): CellText | null {
  const span = view.mergeAt(row, col);
  for (let c = (span?.right ?? col) + 1; c < view.colCount; c++) {
    const raw = cellText(view.own(row, c));
    if (raw !== "") return { ref: ref(row, c), raw };
  }
  const below = cellText(view.own((span?.bottom ?? row) + 1, col));
  return below === "" ? null : { ref: ref((span?.bottom ?? row) + 1, col), raw: below };
}

const NO_STEPS: { col: number; raw: string }[] = [];

function stepsIn(view: SheetView, row: number): { col: number; raw: string }[] {
  // Asked of every row below the plan table: a row with fewer than three texts having a step's characters
  // (most rows; counted by the view as it listed the row's cells) names fewer than three steps, and is ruled out
  // before any text is trimmed or matched.
  if (view.stepHints[row] < 3) return NO_STEPS;
  // present leaves out covered cells, so the row's own values are read straight from the line.
  const line = view.sheet.values[row];
  const present = view.present;
  const start = view.starts[row];
  const end = view.starts[row + 1];
  const found: { col: number; raw: string }[] = [];
  let seen = 0; // one bit per step index: asked of every row below the plan table, where a Set per row showed up
  for (let i = start; i < end; i++) {
    const col = present[i];
    const value = line[col];
    // Only text names a step (a number, TRUE/FALSE or an error code never does): the other cells cost one look.
    if (typeof value !== "string") continue;
    const raw = value.trim();
    const index = raw === "" ? -1 : stepIndex(raw);
    if (index >= 0 && (seen & (1 << index)) === 0) {
      seen |= 1 << index;
      found.push({ col, raw });
    }
  }
  return found;
}

/** The schedule's title or 관리 주체 rows above the steps row belong to it too. */
function blockTop(view: SheetView, stepsRow: number, floor: number): number {
  let top = stepsRow;
  for (let row = stepsRow - 1; row >= Math.max(floor, stepsRow - 12); row--) {
    for (let i = view.starts[row], end = view.starts[row + 1]; i < end; i++) {
      const t = compact(cellText(view.own(row, view.present[i])));
      if (/관리체계|관리주체|책임자|수립절차/.test(t)) top = row;
    }
  }
  return top;
}

function readFrom(view: SheetView, stepsRow: number, stepCells: { col: number; raw: string }[]): Schedule {
  const sheet = view.sheet.name;
  const ref = (row: number, col: number): CellRef => ({ sheet, row, col });
  const steps: CellText[] = stepCells.map((s) => ({ ref: ref(stepsRow, s.col), raw: s.raw }));
  const firstStepCol = stepCells[0].col;

  const revisions: ScheduleRevision[] = [];
  for (let row = stepsRow + 1; row < view.rowCount; row++) {
    let labelCol = -1;
    let year: number | null = null;
    for (let col = 0; col <= firstStepCol && col < view.colCount; col++) {
      const text = cellText(view.own(row, col));
      year = text === "" ? null : revisionYear(text);
      if (year !== null) {
        labelCol = col;
        break;
      }
    }
    if (year === null) {
      if (revisions.length > 0) break;
      continue;
    }
    const dates: ScheduleDate[] = [];
    for (let col = labelCol + 1; col < view.colCount && dates.length < steps.length; col++) {
      const raw = cellText(view.own(row, col));
      if (raw === "") continue;
      dates.push({ ref: ref(row, col), raw, date: readScheduleDate(raw) });
    }
    revisions.push({ year, label: { ref: ref(row, labelCol), raw: cellText(view.own(row, labelCol)) }, dates });
  }

  let responsible: CellText | null = null;
  for (let row = 0; row < stepsRow && !responsible; row++) {
    for (let col = 0; col < view.colCount - 1 && !responsible; col++) {
      const text = cellText(view.own(row, col));
      if (text === "" || compact(text) !== "책임자") continue;
      for (let next = col + 1; next < view.colCount; next++) {
        const raw = cellText(view.own(row, next));
        if (raw !== "") {
          responsible = { ref: ref(row, next), raw };
          break;
        }
      }
    }
  }
  return { sheet, steps, revisions, responsible };
}

/** A line's department: the 과 if given, else 국, else 실. */
export function entryDepartment(entry: DepartmentEntry): CellText | null {
  return entry.division ?? entry.bureau ?? entry.office;
}

/** The 6기 list matched to the plan's projects (matchDepartmentList). */
export interface DepartmentListMatch {
  /** Project id → its department (entryDepartment of the line naming it, as matchDepartmentList chooses). */
  byProject: Record<string, CellText>;
  /** The lines whose name is no project's. */
  unmatched: DepartmentEntry[];
  /** Project id → the first line that could give it its department but names several projects: the project has none. */
  several: Record<string, SeveralProjectsLine>;
}

/** A list line naming several projects once their tails are left out (declared with the plan model, which keeps them). */
export type { SeveralProjectsLine };

/**
 * The 6기 list 실 | 국 | 과 | 세부사업(과업) matched to the plan by name: each project's department, and the lines
 * naming nothing of the plan. A line may write the project with or without its "(중점추진)" marker, its number in
 * any of the usual forms ("Ⅰ-1-2 …", "[Ⅰ-1-2] …", "1-2. …") or a parenthesised tail ("…(중점)", "…(Ⅰ-1-2)"); and
 * it may name a 대표과업 or a strategy ("세부사업(과업)", as the table labels it or not): such a line names
 * something of the plan but gives no project a department.
 * A line written as a project's whole name gives that project its department; else a line written as a 대표과업's or
 * a strategy's name, or labelled as one ("대표과업 2. …"), is theirs and gives none; else the one project it names
 * once a tail is left out (its own, or the project's: "돌봄" for "돌봄(신규)"). A line naming several projects so
 * ("돌봄" for "돌봄(노인)" and "돌봄(아동)") cannot say whose department it gives: it gives none (`several` says which
 * line could have), and names no unknown project.
 */
export function matchDepartmentList(
  entries: readonly DepartmentEntry[],
  projects: readonly Pick<Project, "id" | "name">[],
  others: readonly { name: string }[] = [],
): DepartmentListMatch {
  const byProject: Record<string, CellText> = {};
  const several: Record<string, SeveralProjectsLine> = {};
  // A 5기 plan's list is empty: no project's name need be normalised to find nothing.
  if (entries.length === 0) return { byProject, unmatched: [], several };
  const lines = entries.map((entry) => listKeys(entry.project.raw));
  const projectKeys = projects.map((project) => normalizeName(project.name));
  const named = new Set<string>(projectKeys);
  // A project's name without its own tail ("돌봄(신규)" listed as "돌봄") → the names (keys) of the projects it is
  // ("돌봄(노인)", "돌봄(아동)": two, and the line cannot say whose).
  const byBare = new Map<string, string[]>();
  for (let i = 0; i < projects.length; i++) {
    const bare = bareKey(projects[i].name, projectKeys[i]);
    if (bare === null) continue;
    const owners = byBare.get(bare);
    if (owners === undefined) byBare.set(bare, [projectKeys[i]]);
    else if (!owners.includes(projectKeys[i])) owners.push(projectKeys[i]);
  }
  // The 대표과업s' and strategies' names as written: a line so written is theirs, not a project's without its tail.
  const otherNames = new Set<string>();
  for (const other of others) otherNames.add(normalizeName(splitKeyMarker(stripLeadingNumber(other.name)).name));
  // A project's key → the department of the first line naming it, by strength: the line as written, a variant of
  // the line (its name without a tail, label or number), the line as the project's name without its tail.
  const exact = new Map<string, CellText>();
  const variant = new Map<string, CellText>();
  const bareOnly = new Map<string, CellText>();
  // A project's key → the first line naming it among several (their keys), when it gets no department.
  const ambiguous = new Map<string, { entry: DepartmentEntry; keys: string[] }>();
  entries.forEach((entry, i) => {
    const department = entryDepartment(entry);
    const { keys: lineKeys, labelled } = lines[i];
    if (!department || lineKeys.length === 0) return;
    if (named.has(lineKeys[0])) {
      if (!exact.has(lineKeys[0])) exact.set(lineKeys[0], department);
      return;
    }
    if (labelled || otherNames.has(lineKeys[0])) return;
    // The projects the line names once a tail is left out: one takes the department, several are ambiguous.
    const candidates: string[] = [];
    let byVariant = false;
    for (let k = 1; k < lineKeys.length; k++) {
      if (!named.has(lineKeys[k]) || candidates.includes(lineKeys[k])) continue;
      candidates.push(lineKeys[k]);
      byVariant = true;
    }
    const owners = byBare.get(lineKeys[0]);
    if (owners) for (const owner of owners) if (!candidates.includes(owner)) candidates.push(owner);
    if (candidates.length === 0) return;
    if (candidates.length > 1) {
      for (const key of candidates) if (!ambiguous.has(key)) ambiguous.set(key, { entry, keys: candidates });
      return;
    }
    const map = byVariant ? variant : bareOnly;
    if (!map.has(candidates[0])) map.set(candidates[0], department);
  });
  let nameOf: Map<string, string> | null = null;
  for (let i = 0; i < projects.length; i++) {
    const key = projectKeys[i];
    const department = exact.get(key) ?? variant.get(key) ?? bareOnly.get(key);
    if (department) byProject[projects[i].id] = department;
    else if (ambiguous.size > 0 && ambiguous.has(key)) {
      if (nameOf === null) {
        nameOf = new Map();
        for (let j = 0; j < projects.length; j++) if (!nameOf.has(projectKeys[j])) nameOf.set(projectKeys[j], projects[j].name);
      }
      const line = ambiguous.get(key) as { entry: DepartmentEntry; keys: string[] };
      several[projects[i].id] = { entry: line.entry, names: line.keys.map((k) => nameOf?.get(k) ?? k) };
    }
  }
  for (const other of others) for (const key of listKeys(other.name).keys) named.add(key);
  // A line with no name left (a number alone) names nothing to look for.
  const unmatched = entries.filter((_, i) => {
    const keys = lines[i].keys;
    return keys.length > 0 && !byBare.has(keys[0]) && !keys.some((key) => named.has(key));
  });
  return { byProject, unmatched, several };
}

/**
 * The keys a line's name may match a name of the plan by, the name as written first: without a leading number
 * or "(중점추진)", then without a "대표과업 2." / "발전전략 1." label, then without a parenthesised tail (empty
 * when nothing is left); `labelled` when such a label says the line is a 대표과업's or a strategy's.
 */
function listKeys(text: string): { keys: string[]; labelled: boolean } {
  const name = splitKeyMarker(stripLeadingNumber(text)).name;
  const key = normalizeName(name);
  const out: string[] = key === "" ? [] : [key];
  // Only a label the table itself reads as one: a project named "사회보장 전략 …" keeps its whole name first.
  const marker = readMarker(name);
  const label = marker && (marker.kind === "task" || marker.kind === "strategy") && marker.name ? stripLeadingNumber(marker.name) : null;
  const labelKey = label !== null ? normalizeName(label) : "";
  addKey(out, labelKey);
  addKey(out, bareKey(name, key));
  if (label !== null) addKey(out, bareKey(label, labelKey));
  return { keys: out, labelled: label !== null };
}

function addKey(keys: string[], key: string | null): void {
  if (key !== null && key !== "" && !keys.includes(key)) keys.push(key);
}

/** Closing brackets a name's tail ends with ("…(중점)", "…[신규]", "…（Ⅰ-1-2）"). */
const TAIL_CLOSE = new Set(Array.from(")）]］】〉>", (c) => c.charCodeAt(0)));
const TAIL = /\s*[(（[［【〈<][^()（）[\]［］【】〈〉<>]*[)）\]］】〉>]\s*$/;
/**
 * A number as written or as a Korean IME types it in fullwidth mode: digits ASCII or fullwidth, the part Ⅰ, Ⅱ or
 * Latin I, II (fullwidth too: Ｉ, ＩＩ), levels apart by '-', every dash that looks like it (text.ts's DASH_CLASS:
 * −, –, －, ‐ …) or a point. Built once: asked of every line of the list.
 */
const DIGIT = `[0-9${FULLWIDTH_DIGIT_CLASS}]`;
const PART = "(?:II|Ⅱ|I|Ⅰ|ＩＩ|Ｉ)";
const LEVEL = `\\s*[-.．${DASH_CLASS}]\\s*`;
/** A path after its part, "-1-2". */
const LEVELS = `${LEVEL}${DIGIT}{1,3}(?:${LEVEL}${DIGIT}{1,3})*`;
/** A name ending " Ⅰ-1-2": its number written after it. */
const TRAILING_NUMBER = new RegExp(`\\s+${PART}${LEVELS}\\s*$`);

/** The key of `name` (normalizeName: `key`) without its parenthesised tail or trailing number; null when it has none. */
function bareKey(name: string, key: string): string | null {
  if (key === "") return null;
  // By char code: most names end in neither, and are answered without a match.
  const last = key.charCodeAt(key.length - 1);
  let bare: string;
  // A tail is cut from the key itself (normalizeName keeps brackets): no second normalisation.
  if (TAIL_CLOSE.has(last)) bare = key.replace(TAIL, "");
  else if (((last >= 0x30 && last <= 0x39) || (last >= 0xff10 && last <= 0xff19)) && hasPartNumeral(name)) {
    const trimmed = name.trimEnd();
    const cut = trimmed.replace(TRAILING_NUMBER, "");
    if (cut === trimmed) return null;
    bare = normalizeName(cut);
  } else return null;
  return bare === "" || bare === key ? null : bare;
}

/** A number path as written: "Ⅰ-1-2", "Ⅰ–1–2", "Ⅰ−1−2", "Ⅰ－1－2", "Ⅰ.1.2". */
const LEADING_NUMBER = [
  // "Ⅰ-2-5 사업명", "3. 사업명", "1-2) 사업명": a plain number needs the space after it ("1인가구" keeps its 1).
  new RegExp(`^\\s*(?:${PART}${LEVEL})?${DIGIT}{1,3}(?:${LEVEL}${DIGIT}{1,3})*\\s*[.．)）]?\\s+`),
  // "Ⅰ-2-5.사업명", "Ⅱ-1-2사업명", "[Ⅰ-2-5] 사업명": a path with its part, or a bracketed number, needs none.
  new RegExp(`^\\s*[(（\\[［【]?\\s*${PART}${LEVELS}\\s*[.．)）\\]］】]?\\s*(?=[^0-9${FULLWIDTH_DIGIT_CLASS}])`),
  new RegExp(`^\\s*[(（\\[［【]\\s*${DIGIT}{1,3}(?:${LEVEL}${DIGIT}{1,3})*\\s*[)）\\]］】]\\s*`),
  // ① … ⑳
  /^\s*[\u2460-\u2473]\s*/,
];

/** A name holding Ⅰ, Ⅱ or I (Ｉ fullwidth): only such a name can end in a number path. */
function hasPartNumeral(text: string): boolean {
  return text.includes("Ⅰ") || text.includes("Ⅱ") || text.includes("I") || text.includes("Ｉ");
}

/** What a leading number starts with: a digit, Ⅰ, Ⅱ, I, a bracket or ①–⑳ (after spacing), fullwidth or not. */
function mayStartWithNumber(text: string): boolean {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 0x20) i++;
  const c = text.charCodeAt(i);
  if (c >= 0xff08) return c === 0xff08 || (c >= 0xff10 && c <= 0xff19) || c === 0xff29 || c === 0xff3b;
  return (c >= 0x30 && c <= 0x39) || c === 0x49 || c === 0x2160 || c === 0x2161 || c === 0x28 || c === 0x5b || c === 0x3010 || (c >= 0x2460 && c <= 0x2473);
}

/** "Ⅰ-2-5 사업명", "3. 사업명", "[Ⅰ-2-5] 사업명", "① 사업명" → "사업명". */
function stripLeadingNumber(text: string): string {
  // Most names start with none: answered without a match.
  if (!mayStartWithNumber(text)) return text;
  for (const pattern of LEADING_NUMBER) {
    const m = pattern.exec(text);
    if (m) return text.slice(m[0].length);
  }
  return text;
}
