/**
 * Korean and English texts of the department workbooks (부서별 입력 양식), the input rules (입력 규칙) and
 * consolidation (부서 취합): conflict kinds, report lines, the 안내 sheet and the in-cell rule messages.
 *
 * Excel limits: a data-validation title is at most 32 characters, its message at most 255.
 */
import type { ConflictKind } from "../engine/consolidate/types";
import { format, type Lang, type Texts } from "./format";

export const departmentTexts = {
  // ---- conflict kinds (stable ids in src/engine/consolidate/types.ts)
  "conflict.otherDepartment": { ko: "다른 부서의 사업", en: "Another department's project" },
  "conflict.disagreement": { ko: "제출본 간 불일치", en: "Submissions disagree" },
  "conflict.missingProject": { ko: "사업 누락", en: "Project missing" },
  "conflict.unreadable": { ko: "읽을 수 없는 파일", en: "Unreadable file" },
  "conflict.noDepartment": { ko: "담당부서 없음", en: "No department" },
  "conflict.notDepartmentFile": { ko: "부서 파일 아님", en: "Not a department's file" },
  "conflict.unsupportedChange": { ko: "반영할 수 없는 변경", en: "Change that cannot be applied" },

  // ---- one line per conflict
  "line.otherDepartment": {
    ko: "[{kind}] {project} · {field}: {before} → {values} ({files}) — {department} 사업이라 반영하지 않았습니다",
    en: "[{kind}] {project} · {field}: {before} → {values} ({files}) — a project of {department}, not applied",
  },
  "line.disagreement": {
    ko: "[{kind}] {project} · {field}: 총괄표 {before}, {values} — 반영하지 않았습니다",
    en: "[{kind}] {project} · {field}: master {before}, {values} — not applied",
  },
  "line.disagreement.masterChanged": {
    ko: "[{kind}] {project} · {field}: 총괄표 {before}(부서 파일을 나눈 뒤 {split}에서 바뀜), {values} — 양쪽이 다르게 고쳐 반영하지 않았습니다",
    en: "[{kind}] {project} · {field}: master {before} (changed from {split} since the file was split), {values} — both changed it, not applied",
  },
  "line.disagreement.masterChangedSinceRead": {
    ko: "[{kind}] {project} · {field}: 총괄표 {cell} 셀이 취합하는 동안 {split}에서 {before}(으)로 바뀌어 {values}을(를) 반영하지 않았습니다 — 그 셀을 확인하고 다시 취합하세요",
    en: "[{kind}] {project} · {field}: the master's cell {cell} changed from {split} to {before} while consolidating, {values} not applied — check that cell and consolidate again",
  },
  "line.missingProject": {
    ko: "[{kind}] {project} ({department}): {files}에 없습니다 — 제외·폐지라면 총괄표에서 직접 처리하세요",
    en: "[{kind}] {project} ({department}): not in {files} — if it is excluded or abolished, do so in the master yourself",
  },
  "line.unreadable": { ko: "[{kind}] {detail}", en: "[{kind}] {detail}" },
  "line.noDepartment": {
    ko: "[{kind}] {files}: 어느 부서 파일인지 밝히지 않아(담당부서 열·안내 시트 없음) 반영하지 않았습니다 — 담당부서 열을 채우거나 파일의 부서를 지정하세요",
    en: "[{kind}] {files}: the file names no department (no 담당부서 column, no 안내 sheet), nothing applied — fill in the 담당부서 column or choose the file's department",
  },
  "line.notDepartmentFile.several": {
    ko: "[{kind}] {files}: 담당부서를 밝히지 않았고 여러 부서({departments})의 사업 {foreign}개가 들어 있어 한 부서의 파일이 아닙니다(계획 전체 사본?) — 아무것도 반영하지 않았습니다",
    en: "[{kind}] {files}: it names no department and holds projects of several departments ({departments}; {foreign} in all), so it is no one department's file (a copy of the whole plan?) — nothing applied",
  },
  "line.notDepartmentFile": {
    ko: "[{kind}] {files}: {department} 파일로 보이지만 다른 부서({departments})의 사업 {foreign}개가 들어 있습니다(자기 사업 {own}개) — 계획 전체나 다른 부서의 파일은 반영하지 않습니다. 아무것도 반영하지 않았습니다",
    en: "[{kind}] {files}: taken as {department}'s, but it holds projects of other departments ({departments}; {foreign} in all) beside its own ({own}) — the whole plan or another department's file is never applied; nothing applied",
  },
  "line.notDepartmentFile.noOwn": {
    ko: "[{kind}] {files}: {department}의 사업이 하나도 없고 다른 부서({departments})의 사업 {foreign}개만 있습니다 — 아무것도 반영하지 않았습니다",
    en: "[{kind}] {files}: it holds none of {department}'s projects, only {foreign} of other departments ({departments}) — nothing applied",
  },
  "line.unsupportedChange": {
    ko: "[{kind}] {project} · {field}: {before} → {values} ({files}) — {detail}; 총괄표에서 직접 고치세요",
    en: "[{kind}] {project} · {field}: {before} → {values} ({files}) — {detail}; edit the master yourself",
  },
  "detail.indicatorCount": { ko: "성과지표 수가 다름", en: "a different number of indicators" },
  "detail.clearedLine": { ko: "여러 줄 셀의 한 줄을 비움", en: "one line of a multi-line cell cleared" },
  "detail.column": { ko: "총괄표에 없는 열", en: "a column the master does not have" },
  "detail.indicator": { ko: "성과지표를 찾을 수 없음", en: "the indicator could not be matched" },
  "detail.errorValue": { ko: "값이 아닌 Excel 오류(#REF!, #N/A 등)", en: "an Excel error (#REF!, #N/A …), not a value" },
  "detail.formulaNoValue": { ko: "값이 저장되지 않은 수식(Excel에서 열어 저장하면 값이 생김)", en: "a formula saved without its value (open and save it in Excel)" },
  "detail.masterFormula": {
    ko: "총괄표의 이 셀은 수식이라 값으로 덮어쓰지 않음(수식이 사라지므로 총괄표에서 직접 고치세요)",
    en: "the master's cell holds a formula, which a value would replace (change it in the master by hand)",
  },
  "detail.masterFormula.cell": {
    ko: "총괄표의 {cell} 셀은 수식이라 값으로 덮어쓰지 않음(수식이 사라지므로 총괄표에서 직접 고치세요)",
    en: "the master's cell {cell} holds a formula, which a value would replace (change it in the master by hand)",
  },
  "detail.budgetUnit": {
    ko: "예산 단위가 총괄표와 다름(천원·백만원): 총괄표에서 직접 고치세요",
    en: "the budget unit differs from the master's (천원 / 백만원): change it in the master by hand",
  },
  "detail.other": { ko: "위치·번호 변경", en: "moved or renumbered" },

  // ---- the report
  "report.summary": {
    ko: "부서 취합: 파일 {files}개 · 반영 {applied}건 · 신설 후보 {added}건 · 충돌 {conflicts}건",
    en: "Department consolidation — Files: {files} · Applied: {applied} · New projects: {added} · Conflicts: {conflicts}",
  },
  "report.file": {
    ko: "{file}: {department} · 사업 {projects}개 (총괄표와 일치 {matched}개) · 오류 {errors} · 경고 {warnings}",
    en: "{file}: {department} · Projects: {projects} (matched in the master: {matched}) · Errors: {errors} · Warnings: {warnings}",
  },
  "report.fileUnreadable": { ko: "{file}: 읽을 수 없음", en: "{file}: unreadable" },
  "report.applied.title": { ko: "반영한 변경", en: "Applied changes" },
  "report.applied": {
    ko: "{project} · {field}: {before} → {after} ({files})",
    en: "{project} · {field}: {before} → {after} ({files})",
  },
  "report.added.title": {
    ko: "신설 후보 — 총괄표에 넣지 않았습니다. 검토한 뒤 해당 전략·대표과업 아래에 직접 추가하세요",
    en: "New projects — not inserted into the master. Review them and add them under their strategy/task yourself",
  },
  "report.added": {
    ko: "{project} ({department}) · {place} · 들어갈 자리: {after} ({files})",
    en: "{project} ({department}) · {place} · goes after: {after} ({files})",
  },
  "report.added.nowhere": { ko: "총괄표에 없는 전략·대표과업", en: "a strategy/task the master does not have" },
  "report.conflicts.title": { ko: "충돌 — 반영하지 않았습니다", en: "Conflicts — not applied" },
  "report.none": { ko: "(없음)", en: "(none)" },
  "report.empty": { ko: "(빈 칸)", en: "(empty)" },
  "report.unattributed.title": {
    ko: "어느 사업의 칸도 아닌 곳의 편집 — 반영하지 않았습니다. 필요하면 총괄표에서 직접 고치세요",
    en: "Edits outside any project's cells — not applied. Make them in the master yourself if needed",
  },
  "report.unattributed": { ko: "{file} · {cell}: {before} → {value}", en: "{file} · {cell}: {before} → {value}" },
  "report.withoutWorkbook": {
    ko: "파일이 오지 않은 부서: {departments}",
    en: "Departments without a workbook: {departments}",
  },
  "report.written": { ko: "취합한 총괄표: {file}", en: "Consolidated master: {file}" },
  "progress.file": { ko: "{index}/{total} {file} 읽는 중…", en: "Reading {index}/{total} {file}…" },
  "log.reason": { ko: "부서 취합: {file}", en: "Department consolidation: {file}" },
  "log.author": { ko: "부서 취합", en: "Department consolidation" },
  "log.undoReason": { ko: "부서 취합 되돌리기: {file}", en: "Department consolidation undone: {file}" },
  "log.resultsReason": { ko: "시행결과 취합: {file}", en: "Results gathered: {file}" },
  "log.resultsUndoReason": { ko: "시행결과 취합 되돌리기: {file}", en: "Results gathering undone: {file}" },

  // ---- split
  "split.file": { ko: "{file}: {department} 사업 {projects}개", en: "{file}: {department} · Projects: {projects}" },
  "split.unassigned": {
    ko: "담당부서가 비어 있는 사업 {count}개는 어느 양식에도 넣지 않았습니다: {projects}",
    en: "Projects without a 담당부서, in no department's workbook ({count}): {projects}",
  },
  "consolidate.noDepartments": {
    ko: "총괄표에 담당부서 열(또는 값)이 없어 어느 사업이 어느 부서 것인지 알 수 없으므로 취합하지 않았습니다.",
    en: "The master has no 담당부서 column (or no value in it), so no project can be told to be a department's: nothing was consolidated.",
  },
  "split.noDepartments": {
    ko: "총괄표에 담당부서 열(또는 값)이 없어 부서별 양식을 만들 수 없습니다.",
    en: "The plan has no 담당부서 column (or no value in it), so no department workbook can be made.",
  },

  // ---- in-cell rules (Excel: title ≤ 32 characters, message ≤ 255)
  "rule.flag.title": { ko: "○ 또는 ×", en: "○ or ×" },
  "rule.flag.prompt": {
    ko: "목록에서 ○(예) 또는 ×(아니오)를 고르세요.",
    en: "Pick ○ (yes) or × (no) from the list.",
  },
  "rule.flag.errorTitle": { ko: "○ 또는 ×만 입력", en: "○ or × only" },
  "rule.flag.error": {
    ko: "이 칸에는 ○(예) 또는 ×(아니오)만 넣을 수 있습니다. 목록에서 고르세요.",
    en: "This cell takes ○ (yes) or × (no) only. Pick one from the list.",
  },
  "rule.budget.title": { ko: "예산(백만원)", en: "Budget (₩ million)" },
  "rule.budget.prompt": {
    ko: "0 이상의 숫자로 입력하세요. 단위는 백만원이며 쉼표나 '원'은 쓰지 않습니다. 예산이 없는 해는 '-'로 둡니다.",
    en: "Enter a number of 0 or more, in millions of won, without commas or units. Leave '-' for a year without budget.",
  },
  "rule.budget.errorTitle": { ko: "숫자로 입력", en: "Enter a number" },
  "rule.budget.error": {
    ko: "예산은 0 이상의 숫자(백만원)로 입력합니다. 예산이 없는 해의 '-'처럼 그대로 두려면 [예]를 누르세요.",
    en: "A budget is a number of 0 or more (₩ million). To keep a value such as '-' for a year without budget, choose Yes.",
  },

  // ---- the 안내 (instructions) sheet
  "guide.sheet": { ko: "안내", en: "안내" },
  "guide.title": { ko: "{department} 입력 양식 안내", en: "Input workbook of {department}: instructions" },
  "guide.about": {
    ko: "이 파일은 「{plan}」에서 {department} 담당 사업 {projects}개만 뽑은 입력 양식입니다. 시트 「{sheet}」에 입력하세요.",
    en: "This workbook holds the projects of {department} (projects: {projects}) taken from “{plan}”. Fill in the sheet “{sheet}”.",
  },
  "guide.what": {
    ko: "입력할 곳: 중점추진사업·민관협력사업·5기 신규사업 여부, 성과지표명, 연도별 목표, 연도별 예산. 그 밖의 셀은 잠겨 있습니다.",
    en: "What to fill in: the key / partnership / new-project flags, indicator names, yearly targets and yearly budgets. Every other cell is locked.",
  },
  "guide.flags": {
    ko: "여부 칸은 목록에서 ○(예) 또는 ×(아니오)만 고릅니다.",
    en: "Flag cells take ○ (yes) or × (no) only: pick from the list.",
  },
  "guide.budgets": {
    ko: "예산은 백만원 단위의 숫자로 씁니다(쉼표·'원' 없이). 예산이 없는 해는 '-'로 둡니다.",
    en: "Budgets are numbers in millions of won (no commas, no units). Leave '-' for a year without budget.",
  },
  "guide.targets": {
    ko: "목표는 단위와 함께 씁니다(예: 94.5%, 680명, 5회). 목표가 없는 해는 '-'로 둡니다.",
    en: "Targets carry their unit (e.g. 94.5%, 680명, 5회). Leave '-' for a year without target.",
  },
  "guide.names": {
    ko: "사업명·사업번호·담당부서는 바꾸지 마세요. 취합할 때 사업명으로 총괄표의 사업을 찾습니다.",
    en: "Do not change project names, numbers or the department: consolidation finds each project in the master by its name.",
  },
  "guide.new": {
    ko: "새 사업(신설)이 있으면 [검토] > [시트 보호 해제](암호 없음) 후 해당 전략·대표과업 아래에 행을 넣어 적으세요. 취합 담당자가 검토해 반영합니다.",
    en: "For a new project, use Review > Unprotect Sheet (no password) and add a row under its strategy/task; the coordinator reviews it.",
  },
  "guide.deadline": { ko: "제출 기한: {deadline}", en: "Deadline: {deadline}" },
  "guide.deadline.blank": { ko: "____년 __월 __일", en: "____" },
  "guide.coordinator": { ko: "제출처: {coordinator}", en: "Send to: {coordinator}" },
  "guide.made": { ko: "만든 날: {date}", en: "Made on: {date}" },
} satisfies Record<string, Texts>;

export type DepartmentTextKey = keyof typeof departmentTexts;

export function departmentText(key: DepartmentTextKey, lang: Lang, data?: Record<string, string | number>): string {
  return format(departmentTexts[key][lang], data);
}

export function conflictKindText(kind: ConflictKind, lang: Lang): string {
  return departmentText(`conflict.${kind}`, lang);
}

/** The texts of an in-cell input rule (Excel limits: title ≤ 32 characters, message ≤ 255). */
export function inputRuleTexts(kind: "flag" | "budget", lang: Lang): { promptTitle: string; prompt: string; errorTitle: string; error: string } {
  return {
    promptTitle: departmentText(`rule.${kind}.title`, lang),
    prompt: departmentText(`rule.${kind}.prompt`, lang),
    errorTitle: departmentText(`rule.${kind}.errorTitle`, lang),
    error: departmentText(`rule.${kind}.error`, lang),
  };
}
