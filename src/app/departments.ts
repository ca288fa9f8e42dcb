/**
 * 부서별 입력 양식 만들기 and 입력 규칙 적용, written once for the pane and the CLI.
 *
 * - createDepartmentWorkbooks: the master's bytes → one workbook per 담당부서 ({name, bytes}), for the
 *   pane's downloads and `plan-check split FILE -o DIR` (which writes DIR/<name>).
 * - applyInputRules: the ○/× and budget rules in place on the open plan, through the port's
 *   setDataValidation (Office.js inside Excel, ExcelJS for files and the preview).
 */
import { readPlan, type Plan } from "../engine";
import { departmentsOf } from "../engine/consolidate/split";
import { inputRules, type InputRule } from "../engine/consolidate/inputRules";
import type { Lang } from "../i18n";
import { departmentText, inputRuleTexts } from "../i18n/departments";
import { splitWorkbook, type SplitOptions } from "../xlsx/departments";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { clearHighlights } from "./inPlace";
import type { WorkbookPort } from "./port";

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

export type { SplitOptions };

/**
 * One input workbook per department. Throws PlanReadError when the master has no readable plan and
 * NoDepartmentsError when it names no department.
 */
export async function createDepartmentWorkbooks(masterBytes: Uint8Array, options: SplitOptions = {}): Promise<DepartmentWorkbooksResult> {
  // Highlights of an earlier 계획 검증 are the coordinator's, kept with their originals in the master's
  // store, which the department copies do not carry: put the original formats back first.
  const master = await ExcelJsWorkbookPort.fromBuffer(masterBytes);
  const source = (await clearHighlights(master)) > 0 ? await master.toBuffer() : masterBytes;
  const { plan, workbooks, unassigned } = await splitWorkbook(source, options);
  if (workbooks.length === 0) throw new NoDepartmentsError();
  const byId = new Map(plan.projects.map((p) => [p.id, p]));
  return {
    plan,
    files: workbooks.map((w) => ({ name: w.fileName, department: w.department, projectIds: w.projectIds, bytes: w.bytes })),
    unassigned: unassigned.map((id) => ({ id, name: byId.get(id)?.name ?? id })),
  };
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
  await port.setDataValidation(rules.map((rule) => ({ ...rule, texts: inputRuleTexts(rule.kind, lang) })));
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
