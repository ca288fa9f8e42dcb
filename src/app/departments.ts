/**
 * 부서별 입력 양식 만들기 and 입력 규칙 적용, written once for the pane and the CLI.
 *
 * - createDepartmentWorkbooks: the master's bytes → one workbook per 담당부서 ({name, bytes}), for the
 *   pane's downloads and `plan-check split FILE -o DIR` (which writes DIR/<name>). The engine decides what
 *   each holds (src/engine/consolidate/split.ts), this module words it, and the WorkbookFiles the face
 *   hands in write it (src/xlsx/workbookFiles.ts).
 * - applyInputRules: the ○/× and budget rules in place on the open plan, through the port's
 *   setDataValidation (Office.js inside Excel, ExcelJS for files and the preview).
 */
import { readPlan, type Plan } from "../engine";
import { departmentsOf, formCells, planDepartmentSplit, type DepartmentSplit } from "../engine/consolidate/split";
import { inputRules, type InputRule } from "../engine/consolidate/inputRules";
import type { Lang } from "../i18n";
import { departmentText, inputRuleTexts } from "../i18n/departments";
import { clearHighlights } from "./inPlace";
import { snapshotPlan, type PlanSnapshot } from "../engine/revisions/snapshot";
import type { CellRule, DepartmentForm, GuideLine, WorkbookFiles, WorkbookPort } from "./port";
import { localIsoTime, STORE_SPLIT, type Baseline } from "./revisionLog";

/** The name of the 안내 sheet put first in each department's workbook. */
export const GUIDE_SHEET = "안내";

/** The plan has no 담당부서 column, or no project names a department. */
export class NoDepartmentsError extends Error {
  constructor() {
    super("The plan has no 담당부서 column (or no value in it).");
    this.name = "NoDepartmentsError";
  }
}

export interface DepartmentFile {
  /** File name: "<담당부서>.xlsx". */
  name: string;
  department: string;
  projectIds: string[];
  bytes: Uint8Array;
}

export interface DepartmentWorkbooksResult {
  plan: Plan;
  files: DepartmentFile[];
  /** Projects without a 담당부서: in no file. */
  unassigned: { id: string; name: string }[];
}

export interface SplitOptions {
  /** Language of the 안내 sheet and the rule messages (default Korean). */
  lang?: Lang;
  /** 제출 기한 written on the 안내 sheet (default a blank to fill in: "____년 __월 __일"). */
  deadline?: string;
  /** 제출처: who collects the workbooks (e.g. "주민생활복지과 복지기획팀"); left out when absent. */
  coordinator?: string;
  /** The plan's title on the 안내 sheet (default: the plan sheet's name). */
  planTitle?: string;
  /** "만든 날" on the 안내 sheet (default now). */
  now?: Date;
}

/**
 * One input workbook per department. Throws PlanReadError when the master has no readable plan and
 * NoDepartmentsError when it names no department.
 */
export async function createDepartmentWorkbooks(
  workbooks: WorkbookFiles,
  masterBytes: Uint8Array,
  options: SplitOptions = {},
): Promise<DepartmentWorkbooksResult> {
  // Highlights of an earlier 계획 검증 are the coordinator's, kept with their originals in the master's
  // store, which the department copies do not carry: put the original formats back first.
  const master = await workbooks.open(masterBytes);
  const source = (await clearHighlights(master)) > 0 ? await master.toBuffer() : masterBytes;
  const writer = await workbooks.openForms(source);
  const plan = readPlan(writer.grid);
  const split = planDepartmentSplit(plan, writer.grid);
  if (split.departments.length === 0) throw new NoDepartmentsError();
  const files: DepartmentFile[] = [];
  for (const department of split.departments) {
    const bytes = await writer.write(departmentForm(plan, department, options));
    files.push({ name: department.fileName, department: department.department, projectIds: department.projectIds, bytes });
  }
  const byId = new Map(plan.projects.map((p) => [p.id, p]));
  return { plan, files, unassigned: split.unassigned.map((id) => ({ id, name: byId.get(id)?.name ?? id })) };
}

/** A department's form as the adapter writes it: the engine's split, its rules and 안내 sheet worded in `lang`. */
export function departmentForm(plan: Plan, department: DepartmentSplit, options: SplitOptions = {}): DepartmentForm {
  const { rules, editable } = formCells(department);
  return {
    sheet: plan.sheet,
    deleteRows: department.deleteRows,
    deleteRowsBySheet: department.deleteRowsBySheet,
    rules: worded(rules, options.lang ?? "ko"),
    editable,
    guide: { name: GUIDE_SHEET, lines: guideLines(plan, department, options) },
    store: { [STORE_SPLIT]: JSON.stringify(splitRecord(plan, department, options.now ?? new Date())) },
  };
}

/** One snapshot of the master for all its departments' forms. */
const snapshots = new WeakMap<Plan, PlanSnapshot>();

/** The department's projects as the master has them now: what consolidation tells the department's changes by. */
function splitRecord(plan: Plan, department: DepartmentSplit, now: Date): Baseline {
  const mine = new Set(department.projectIds);
  let snapshot = snapshots.get(plan);
  if (!snapshot) snapshots.set(plan, (snapshot = snapshotPlan(plan)));
  return { savedAt: localIsoTime(now), snapshot: { ...snapshot, projects: snapshot.projects.filter((_, i) => mine.has(plan.projects[i].id)) } };
}

/** The 안내 sheet: what to fill in, by when, for whom. */
function guideLines(plan: Plan, department: DepartmentSplit, options: SplitOptions): GuideLine[] {
  const lang = options.lang ?? "ko";
  const t = (key: Parameters<typeof departmentText>[0], data?: Record<string, string | number>) => departmentText(key, lang, data);
  const lines: GuideLine[] = [
    { text: t("guide.title", { department: department.department }), bold: true, size: 14 },
    { text: "" },
    { text: t("guide.about", { plan: options.planTitle ?? plan.sheet, department: department.department, projects: department.projectIds.length, sheet: projectSheets(plan, department).join(lang === "ko" ? "」, 「" : "”, “") }) },
    { text: t("guide.what") },
    { text: t("guide.flags") },
    { text: t("guide.budgets") },
    { text: t("guide.targets") },
    { text: t("guide.names") },
    { text: t("guide.new") },
    { text: "" },
    { text: t("guide.deadline", { deadline: options.deadline?.trim() || t("guide.deadline.blank") }), bold: true },
  ];
  if (options.coordinator?.trim()) lines.push({ text: t("guide.coordinator", { coordinator: options.coordinator.trim() }), bold: true });
  lines.push({ text: t("guide.made", { date: localDate(options.now ?? new Date()) }) });
  return lines;
}

/** The sheets holding the department's projects, in the plan's order (a plan over several sheets may put them on a later one only). */
function projectSheets(plan: Plan, department: DepartmentSplit): string[] {
  const mine = new Set(department.projectIds);
  const sheets = plan.projects.filter((p) => mine.has(p.id)).map((p) => p.nameCell.ref.sheet);
  return sheets.length > 0 ? [...new Set(sheets)] : [plan.sheet];
}

/** The day as the person making the forms sees it: YYYY-MM-DD in local time. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The engine's input rules with their texts in `lang`. */
function worded(rules: readonly InputRule[], lang: Lang): CellRule[] {
  return rules.map((rule) => ({ ...rule, texts: inputRuleTexts(rule.kind, lang) }));
}

/** One line per file (and one for unassigned projects), for the CLI and the pane's list. */
export function describeDepartmentWorkbooks(result: DepartmentWorkbooksResult, lang: Lang): string[] {
  const lines = result.files.map((f) => departmentText("split.file", lang, { file: f.name, department: f.department, projects: f.projectIds.length }));
  if (result.unassigned.length > 0) {
    lines.push(
      departmentText("split.unassigned", lang, {
        count: result.unassigned.length,
        projects: result.unassigned.map((p) => `${p.id} ${p.name}`).join(", "),
      }),
    );
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// 입력 규칙 적용

export interface InputRulesResult {
  flags: number;
  budgets: number;
  rules: InputRule[];
}

/** 입력 규칙 적용: ○/× lists on every project's flag cells, "≥ 0" on its budget cells. Values are never touched. */
export async function applyInputRules(port: WorkbookPort, lang: Lang = "ko"): Promise<InputRulesResult> {
  const plan = readPlan(await port.readGrid());
  const rules = inputRules(plan);
  await port.setDataValidation(worded(rules, lang));
  return {
    flags: rules.filter((r) => r.kind === "flag").length,
    budgets: rules.filter((r) => r.kind === "budget").length,
    rules,
  };
}

/** The departments the plan names, in order, with how many projects each has. */
export function planDepartments(plan: Plan): { department: string; projects: number }[] {
  return departmentsOf(plan).map((d) => ({ department: d.name, projects: d.projects.length }));
}
