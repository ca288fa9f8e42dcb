/** Korean and English texts of the task pane, the ribbon command, the browser preview and the generated sheets. */
import { format, type Lang, type Texts } from "./format";

export const uiTexts = {
  "severity.error": { ko: "오류", en: "Error" },
  "severity.warning": { ko: "경고", en: "Warning" },
  "severity.info": { ko: "정보", en: "Info" },

  "results.title": { ko: "검증결과 — {sheet} ({time})", en: "Validation results — {sheet} ({time})" },
  "results.severity": { ko: "구분", en: "Severity" },
  "results.cell": { ko: "셀", en: "Cell" },
  "results.project": { ko: "사업", en: "Project" },
  "results.message": { ko: "내용", en: "Finding" },
  "results.fix": { ko: "수정안", en: "Fix" },
  "results.rule": { ko: "규칙", en: "Rule" },

  // ---- task pane
  "pane.title": { ko: "계획 검증", en: "Plan Validation" },
  "pane.subtitle": { ko: "지역사회보장계획 점검", en: "Community Social Security Plan check" },
  "pane.intro": {
    ko: "[계획 검증]을 누르면 열린 통합 문서의 계획 표를 검사하고 문제가 있는 셀을 색으로 표시합니다. 셀 값은 바꾸지 않습니다.",
    en: "Select Validate plan to check the plan table of the open workbook and colour the cells with problems. No cell value is changed.",
  },
  "pane.workbook": { ko: "이 통합 문서", en: "This workbook" },

  "toolbar.label": { ko: "검증 도구", en: "Validation tools" },
  "toolbar.validate": { ko: "계획 검증", en: "Validate plan" },
  "toolbar.revalidate": { ko: "다시 검증", en: "Validate again" },
  "toolbar.clear": { ko: "강조 지우기", en: "Clear highlights" },
  "toolbar.results": { ko: "검증결과 시트 만들기", en: "Create results sheet" },
  "toolbar.fixAll": { ko: "모두 고치기 ({count})", en: "Fix all ({count})" },

  "progress.label": { ko: "검증 진행 상황", en: "Validation progress" },
  "progress.read": { ko: "통합 문서를 읽는 중…", en: "Reading the workbook…" },
  "progress.validate": { ko: "계획을 검사하는 중…", en: "Checking the plan…" },
  "progress.highlight": { ko: "문제 셀을 표시하는 중…", en: "Highlighting cells…" },
  "progress.done": { ko: "검증을 마쳤습니다.", en: "Validation finished." },
  "progress.busy": { ko: "처리 중…", en: "Working…" },

  "counts.label": { ko: "심각도별 건수", en: "Findings by severity" },
  "counts.item": { ko: "{severity} {count}건", en: "{severity}: {count}" },
  "counts.plan": {
    ko: "{sheet} 시트 · 사업 {projects}개 · 성과지표 {indicators}개 · 지적 {total}건",
    en: "Sheet {sheet} · {projects} projects · {indicators} indicators · {total} findings",
  },

  "filters.label": { ko: "결과 거르기", en: "Filter findings" },
  "filters.severity": { ko: "심각도", en: "Severity" },
  "filters.rule": { ko: "규칙", en: "Rule" },
  "filters.department": { ko: "부서", en: "Department" },
  "filters.allRules": { ko: "모든 규칙", en: "All rules" },
  "filters.allDepartments": { ko: "모든 부서", en: "All departments" },
  "filters.shown": { ko: "{total}건 중 {shown}건 표시", en: "Showing {shown} of {total}" },
  "filters.reset": { ko: "필터 초기화", en: "Reset filters" },

  "findings.label": { ko: "검증 결과 (전략 › 사업)", en: "Findings (strategy › project)" },
  "findings.none": { ko: "찾은 문제가 없습니다.", en: "No problems found." },
  "findings.noneFiltered": { ko: "필터에 맞는 결과가 없습니다.", en: "No findings match the filters." },
  "findings.noStrategy": { ko: "전략 밖 (관리체계·통합 문서)", en: "Outside the strategies (schedule, workbook)" },
  "findings.noProject": { ko: "전략·대표과업 행", en: "Strategy and task rows" },
  "findings.partI": { ko: "사회보장전략", en: "Social security strategy" },
  "findings.partII": { ko: "지역발전전략", en: "Development strategy" },
  "findings.count": { ko: "{count}건", en: "{count}" },
  "findings.cell": { ko: "셀 {address}", en: "Cell {address}" },
  "findings.department": { ko: "담당 {department}", en: "Dept. {department}" },
  "findings.fix": { ko: "고치기", en: "Fix" },
  "findings.fixLabel": { ko: "{address}의 '{from}'을(를) '{to}'(으)로 고치기", en: "Fix {address}: '{from}' → '{to}'" },
  "findings.fixPreview": { ko: "수정안 '{from}' → '{to}'", en: "Fix '{from}' → '{to}'" },

  "fix.title": { ko: "수정 적용", en: "Apply fixes" },
  "fix.bodyOne": {
    ko: "셀 1개의 값을 바꿉니다. 수정은 기록되어 [적용한 수정]에서 되돌릴 수 있습니다.",
    en: "One cell's value will change. The fix is recorded and can be undone under Applied fixes.",
  },
  "fix.bodyMany": {
    ko: "셀 {count}개의 값을 바꿉니다. 각 수정은 기록되어 [적용한 수정]에서 되돌릴 수 있습니다.",
    en: "{count} cells will change. Each fix is recorded and can be undone under Applied fixes.",
  },
  "fix.more": { ko: "외 {count}개", en: "and {count} more" },
  "fix.apply": { ko: "적용", en: "Apply" },
  "fix.cancel": { ko: "취소", en: "Cancel" },
  "fix.done": { ko: "{applied}개 셀을 고쳤습니다.", en: "Fixed {applied} cells." },
  "fix.doneSkipped": {
    ko: "{applied}개 셀을 고쳤습니다. {skipped}개는 검증 뒤 값이 바뀌어 건너뛰었습니다.",
    en: "Fixed {applied} cells. Skipped {skipped} whose value changed since validation.",
  },

  "applied.title": { ko: "적용한 수정 ({count})", en: "Applied fixes ({count})" },
  "applied.none": { ko: "아직 적용한 수정이 없습니다.", en: "No fixes applied yet." },
  "applied.item": { ko: "{address}: '{from}' → '{to}'", en: "{address}: '{from}' → '{to}'" },
  "applied.undo": { ko: "되돌리기", en: "Undo" },
  "applied.undoLabel": { ko: "{address} 수정 되돌리기", en: "Undo the fix at {address}" },
  "applied.undone": { ko: "되돌림", en: "Undone" },
  "applied.undoDone": { ko: "{address}을(를) '{from}'(으)로 되돌렸습니다.", en: "Put {address} back to '{from}'." },
  "applied.undoFailed": {
    ko: "{address}: 수정 뒤 셀 값이 바뀌어 되돌리지 않았습니다.",
    en: "{address}: the cell changed after the fix, so it was not undone.",
  },

  "status.cleared": { ko: "강조 {count}개를 지웠습니다.", en: "Cleared {count} highlights." },
  "status.nothingToClear": { ko: "지울 강조가 없습니다.", en: "There are no highlights to clear." },
  "status.resultsWritten": { ko: "'{sheet}' 시트를 만들었습니다.", en: "Created the '{sheet}' sheet." },
  "status.failed": { ko: "작업을 마치지 못했습니다: {detail}", en: "Could not finish: {detail}" },
  "status.dismiss": { ko: "닫기", en: "Dismiss" },

  "lang.label": { ko: "언어", en: "Language" },
  "lang.ko": { ko: "한국어", en: "한국어 (Korean)" },
  "lang.en": { ko: "English (영어)", en: "English" },

  // ---- ribbon command
  "command.failed": { ko: "계획 검증을 마치지 못했습니다: {detail}", en: "Plan validation did not finish: {detail}" },

  // ---- browser preview (no Excel)
  "preview.title": { ko: "계획 검증 미리보기", en: "Plan Validation preview" },
  "preview.note": {
    ko: "Excel 없이 브라우저에서 추가 기능 작업창을 시험합니다. 파일은 이 컴퓨터 밖으로 나가지 않습니다.",
    en: "Try the add-in's task pane in a browser, without Excel. The file never leaves this computer.",
  },
  "preview.openFile": { ko: "파일 열기…", en: "Open file…" },
  "preview.openSample": { ko: "예시 계획 열기", en: "Open sample plan" },
  "preview.download": { ko: "통합 문서 저장", en: "Save workbook" },
  "preview.loading": { ko: "통합 문서를 여는 중…", en: "Opening the workbook…" },
  "preview.empty": {
    ko: "검사할 통합 문서(.xlsx)를 열거나 [예시 계획 열기]를 누르세요.",
    en: "Open a workbook (.xlsx) to check, or select Open sample plan.",
  },
  "preview.sheets": { ko: "시트", en: "Sheets" },
  "preview.grid": { ko: "{sheet} 시트", en: "Sheet {sheet}" },
  "preview.workbook": { ko: "통합 문서", en: "Workbook" },
  "preview.pane": { ko: "작업창", en: "Task pane" },
  "preview.openFailed": { ko: "파일을 열지 못했습니다: {detail}", en: "Could not open the file: {detail}" },
} satisfies Record<string, Texts>;

export type UiTextKey = keyof typeof uiTexts;

export function uiText(key: UiTextKey, lang: Lang, data?: Record<string, string | number>): string {
  return format(uiTexts[key][lang], data);
}

/** Short names of the rules for the pane's rule filter; a rule not listed shows its id. */
export const ruleTitles: Record<string, Texts> = {
  "budgets/ends-early": { ko: "예산 조기 종료", en: "Budget ends early" },
  "budgets/gap": { ko: "예산 빈 해", en: "Budget gap" },
  "budgets/negative": { ko: "음수 예산", en: "Negative budget" },
  "budgets/none": { ko: "예산 없음", en: "No budget" },
  "budgets/not-a-number": { ko: "숫자 아닌 예산", en: "Budget not a number" },
  "budgets/swing": { ko: "예산 급변", en: "Budget swing" },
  "budgets/text-number": { ko: "텍스트 숫자", en: "Number stored as text" },
  "budgets/total": { ko: "예산 합계", en: "Budget total" },
  "flags/key-count": { ko: "중점사업 수", en: "Key project count" },
  "flags/look-alike": { ko: "○/× 닮은 글자", en: "○/× look-alike" },
  "flags/not-applicable": { ko: "해당 없음 표시", en: "Not-applicable flags" },
  "flags/value": { ko: "표시 값", en: "Flag value" },
  "schedule/date": { ko: "일정 날짜", en: "Schedule date" },
  "schedule/order": { ko: "일정 순서", en: "Schedule order" },
  "schedule/same-month": { ko: "같은 달 일정", en: "Same-month schedule" },
  "structure/duplicate-number": { ko: "중복 사업번호", en: "Duplicate number" },
  "structure/duplicate-project": { ko: "중복 사업", en: "Duplicate project" },
  "structure/error-cell": { ko: "오류 값 셀", en: "Error cell" },
  "structure/no-indicator": { ko: "성과지표 없음", en: "No indicator" },
  "structure/number-gap": { ko: "사업번호 건너뜀", en: "Number gap" },
  "structure/unplaced-row": { ko: "소속 없는 행", en: "Unplaced row" },
  "targets/direction": { ko: "목표 방향", en: "Target direction" },
  "targets/flat": { ko: "변화 없는 목표", en: "Flat target" },
  "targets/invalid": { ko: "잘못된 목표", en: "Invalid target" },
  "targets/missing": { ko: "목표 없음", en: "Missing target" },
  "targets/range": { ko: "목표 범위", en: "Target range" },
  "targets/unit": { ko: "목표 단위", en: "Target unit" },
};

export function ruleTitle(ruleId: string, lang: Lang): string {
  return ruleTitles[ruleId]?.[lang] ?? ruleId;
}
