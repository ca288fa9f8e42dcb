/** Korean and English texts of the task pane, the ribbon command, the browser preview and the generated sheets. */
import { format, type Lang, type Texts } from "./format";

export const uiTexts = {
  "severity.error": { ko: "오류", en: "Error" },
  "severity.warning": { ko: "경고", en: "Warning" },
  "severity.info": { ko: "정보", en: "Info" },

  "results.title": {
    ko: "검증결과 — {sheet} ({time}): 오류 {error} · 경고 {warning} · 정보 {info}",
    en: "Validation results — {sheet} ({time}): Errors: {error} · Warnings: {warning} · Notes: {info}",
  },
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
    en: "Sheet {sheet} · Projects: {projects} · Indicators: {indicators} · Findings: {total}",
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
  "findings.noProject": { ko: "전략 행", en: "Strategy rows" },
  "findings.taskRows": { ko: "대표과업 행", en: "Task rows" },
  "findings.partI": { ko: "사회보장전략", en: "Social security strategy" },
  "findings.partII": { ko: "지역발전전략", en: "Development strategy" },
  "findings.count": { ko: "{count}건", en: "{count}" },
  "findings.cell": { ko: "셀 {address}", en: "Cell {address}" },
  "findings.department": { ko: "담당 {department}", en: "Dept. {department}" },
  "findings.fix": { ko: "고치기", en: "Fix" },
  "findings.severityGroup": { ko: "{severity} {count}건", en: "{severity} ({count})" },

  "line.label": { ko: "검증 요약", en: "Summary" },
  "line.counts": { ko: "오류 {error} · 경고 {warning} · 정보 {info}", en: "Errors: {error} · Warnings: {warning} · Notes: {info}" },
  "line.period": { ko: "제{period}기 ({first}–{last})", en: "Period {period} ({first}–{last})" },
  "line.periodNoYears": { ko: "제{period}기", en: "Period {period}" },
  "line.mixedPeriod": { ko: "제5기·제6기 양식이 섞여 있어 연도로 제{period}기로 읽었습니다", en: "mixes the 5th- and 6th-period forms: read as period {period} from its years" },
  "line.next": { ko: "다음 문제", en: "Next problem" },
  "line.details": { ko: "건수·필터", en: "Counts & filters" },
  "line.filtered": { ko: "필터 적용 중: {total}건 중 {shown}건", en: "Filtered: {shown} of {total}" },
  "line.filteredDepartment": { ko: "{department}만 보는 중: {total}건 중 {shown}건", en: "{department} only: {shown} of {total}" },
  "findings.fixPreview": { ko: "수정안 '{from}' → '{to}'", en: "Fix '{from}' → '{to}'" },

  "fix.title": { ko: "수정 적용", en: "Apply fixes" },
  "fix.bodyOne": {
    ko: "셀 1개의 값을 바꿉니다. 수정은 기록되어 [적용한 수정]에서 되돌릴 수 있습니다.",
    en: "One cell's value will change. The fix is recorded and can be undone under Applied fixes.",
  },
  "fix.bodyMany": {
    ko: "셀 {count}개의 값을 바꿉니다. 각 수정은 기록되어 [적용한 수정]에서 되돌릴 수 있습니다.",
    en: "Cells to change: {count}. Each fix is recorded and can be undone under Applied fixes.",
  },
  "fix.more": { ko: "외 {count}개", en: "and {count} more" },
  "fix.apply": { ko: "적용", en: "Apply" },
  "fix.cancel": { ko: "취소", en: "Cancel" },
  "fix.done": { ko: "{applied}개 셀을 고쳤습니다.", en: "Cells fixed: {applied}." },
  "fix.doneSkipped": {
    ko: "{applied}개 셀을 고쳤습니다. {skipped}개는 검증 뒤 값이 바뀌어 건너뛰었습니다.",
    en: "Cells fixed: {applied}. Skipped, their value changed since validation: {skipped}.",
  },

  "applied.title": { ko: "적용한 수정 ({count})", en: "Applied fixes ({count})" },
  "applied.none": { ko: "아직 적용한 수정이 없습니다.", en: "No fixes applied yet." },
  "applied.item": { ko: "{address}: '{from}' → '{to}'", en: "{address}: '{from}' → '{to}'" },
  "applied.undo": { ko: "되돌리기", en: "Undo" },
  "applied.undoDone": { ko: "{address}을(를) '{from}'(으)로 되돌렸습니다.", en: "Put {address} back to '{from}'." },
  "applied.undoFailed": {
    ko: "{address}: 수정 뒤 셀 값이 바뀌어 되돌리지 않았습니다.",
    en: "{address}: the cell changed after the fix, so it was not undone.",
  },

  "status.cleared": { ko: "강조 {count}개를 지웠습니다.", en: "Highlights cleared: {count}." },
  "status.nothingToClear": { ko: "지울 강조가 없습니다.", en: "There are no highlights to clear." },
  "status.resultsWritten": { ko: "'{sheet}' 시트를 만들었습니다.", en: "Created the '{sheet}' sheet." },
  "status.failed": { ko: "작업을 마치지 못했습니다: {detail}", en: "Could not finish: {detail}" },
  "status.dismiss": { ko: "닫기", en: "Dismiss" },

  "failure.sheetNotOwned": {
    ko: "'{sheet}' 시트가 이미 있지만 추가 기능이 만든 시트가 아니어서 그대로 두었습니다. 그 시트의 이름을 바꾸거나 옮긴 뒤 다시 해 보세요.",
    en: "The workbook already has a sheet named '{sheet}' that the add-in did not create, so it was left unchanged. Rename or move that sheet, then try again.",
  },
  "failure.sheetChanged": {
    ko: "'{sheet}' 시트의 {cell}이(가) 읽은 뒤 바뀌어 아무것도 쓰지 않았습니다. 다시 실행해 주세요.",
    en: "Cell {cell} of the '{sheet}' sheet changed after it was read, so nothing was written. Please run it again.",
  },
  "failure.storeTooLarge": {
    ko: "추가 기능의 숨은 저장 시트('{sheet}': 기준선, 부서 분할 기록, 적용한 수정)가 {megabytes}MB로, 나누어 써도 Excel이 받아들이지 않아 저장하지 못했습니다. 기준선은 전과 같지 않을 수 있으니 데스크톱 Excel에서 다시 저장해 보세요.",
    en: "The add-in's hidden store sheet ('{sheet}': the baseline, department split records, applied fixes) is {megabytes} MB; Excel refused it even written in parts, so it was not saved. The baseline may not be what it was: save it again in desktop Excel.",
  },
  "failure.noDepartments": {
    ko: "계획에 담당부서 열이 없거나 비어 있습니다. 사업마다 담당부서를 적은 뒤 다시 해 보세요.",
    en: "The plan has no 담당부서 (department) column, or nothing in it. Fill in each project's department, then try again.",
  },
  "failure.noCompressedFile": {
    ko: "이 Excel은 열린 통합 문서의 파일을 추가 기능에 넘겨주지 않습니다(CompressedFile 미지원). 웹용 Excel이나 최신 데스크톱 Excel에서 하거나, 미리보기에서 파일을 열어 하세요.",
    en: "This Excel does not hand the open workbook's file to add-ins (no CompressedFile support). Use Excel on the web or a current desktop Excel, or open the file in the preview.",
  },
  "failure.noWorkbookBytes": {
    ko: "여기서는 열린 통합 문서의 파일을 읽을 수 없습니다. Excel 안에서 작업창을 열거나 미리보기에서 파일을 여세요.",
    en: "The open workbook's file cannot be read here. Open the task pane inside Excel, or open the file in the preview.",
  },

  "failure.running": {
    ko: "이 통합 문서를 다른 곳(리본의 [계획 검증] 또는 작업창)에서 이미 검증하고 있습니다. 끝난 뒤 다시 해 보세요.",
    en: "This workbook is already being validated (by the ribbon's Validate plan or the task pane). Try again when it has finished.",
  },
  "failure.office.code": { ko: "Excel 오류 코드: {code}", en: "Excel error code: {code}" },
  // ---- sections of the pane
  "failure.office.editMode": {
    ko: "셀을 편집하는 중이라 Excel이 작업을 받지 않았습니다. 셀 편집을 마친 뒤(Enter 또는 Esc) 다시 해 보세요.",
    en: "Excel did not take the request while a cell is being edited. Finish editing (Enter or Esc), then try again.",
  },
  "failure.office.protected": {
    ko: "시트나 통합 문서가 보호되어 있어 쓸 수 없습니다. 보호를 해제한 뒤 다시 해 보세요.",
    en: "The sheet or workbook is protected and cannot be written. Unprotect it, then try again.",
  },
  "failure.office.notFound": {
    ko: "작업하던 시트나 셀이 없어졌습니다(이름이 바뀌었거나 지워짐). 다시 검증한 뒤 해 보세요.",
    en: "A sheet or cell the action needed is gone (renamed or deleted). Validate again, then retry.",
  },
  "failure.office.tooLarge": {
    ko: "한 번에 주고받을 내용이 너무 커서 Excel이 작업을 마치지 못했습니다. 필터로 범위를 줄여 다시 해 보세요.",
    en: "Excel could not finish: the request was too large. Narrow it down with the filters, then try again.",
  },
  "failure.office.alreadyExists": {
    ko: "같은 이름의 시트나 이름이 이미 있어 Excel이 작업을 받지 않았습니다. 같은 이름의 시트 이름을 바꾼 뒤 다시 해 보세요.",
    en: "Excel refused: a sheet or name of the same name already exists. Rename that sheet, then try again.",
  },
  "failure.office.rangeConflict": {
    ko: "병합된 셀, 필터 또는 피벗 테이블과 겹쳐 Excel이 작업을 마치지 못했습니다. 필터를 해제하고 병합을 확인한 뒤 다시 해 보세요.",
    en: "Excel could not finish: the cells overlap merged cells, a filter or a pivot table. Clear the filter and check the merges, then try again.",
  },
  "failure.office.busy": {
    ko: "Excel이 다른 작업 중이거나 연결이 잠시 끊겨 작업을 받지 않았습니다. 잠시 뒤 다시 해 보세요.",
    en: "Excel was busy or the connection dropped, and it did not take the request. Try again in a moment.",
  },
  "failure.office.unsupported": {
    ko: "이 Excel에서는 이 작업을 할 수 없습니다. Excel을 최신 버전으로 업데이트하거나 웹용 Excel에서 해 보세요.",
    en: "This Excel cannot do this action. Update Excel, or try in Excel on the web.",
  },
  "failure.office.general": {
    ko: "Excel 내부 오류로 작업을 마치지 못했습니다. 통합 문서를 저장하고 닫았다가 다시 연 뒤 해 보세요.",
    en: "Excel met an internal error and did not finish. Save the workbook, close and reopen it, then try again.",
  },
  "failure.office.other": {
    ko: "Excel이 작업을 마치지 못했습니다. 잠시 뒤 다시 해 보세요.",
    en: "Excel could not finish the action. Try again in a moment.",
  },

  "tabs.label": { ko: "작업 구분", en: "Sections" },
  "tabs.validate": { ko: "검증", en: "Validate" },
  "tabs.revisions": { ko: "요약·이력", en: "Summary & log" },
  "tabs.departments": { ko: "부서", en: "Departments" },
  "tabs.results": { ko: "시행결과", en: "Results" },
  "tabs.loading": { ko: "불러오는 중…", en: "Loading…" },
  "resultsTab.year": { ko: "연도", en: "Year" },
  "resultsTab.yearOption": { ko: "{year}년", en: "{year}" },
  "resultsTab.noYears": { ko: "계획에 목표가 있는 연도가 없습니다.", en: "The plan has no year with targets." },
  "resultsTab.counts": {
    ko: "{year}년: 달성 {met} · 미달성 {missed} · 미보고 {notReported} (목표 없음 {noTarget})",
    en: "{year}: met {met} · missed {missed} · not reported {notReported} (no target {noTarget})",
  },
  "resultsTab.form.title": { ko: "시행결과 양식", en: "Results form" },
  "resultsTab.form.description": {
    ko: "이 통합 문서에 그 해의 시행결과 시트를 만듭니다: 성과지표마다 목표, 실적, 달성률(자동 계산), 미달성 사유, 사업마다 예산, 집행액, 집행률. 다시 만들어도 이미 적은 값은 남습니다.",
    en: "Makes the year's results sheet in this workbook: per indicator the target, actual, achievement (computed) and reason; per project the budget, spent and execution rate. Making it again keeps every value already written.",
  },
  "resultsTab.form.run": { ko: "양식 만들기", en: "Make form" },
  "resultsTab.form.done": {
    ko: "'{sheet}' 시트를 만들었습니다 (사업 {projects}개, 성과지표 {indicators}개).",
    en: "Made the '{sheet}' sheet (projects: {projects}, indicators: {indicators}).",
  },
  "resultsTab.gather.title": { ko: "부서 파일 취합", en: "Gather departments' files" },
  "resultsTab.gather.description": {
    ko: "부서가 채운 시행결과 파일을 골라 이 통합 문서의 양식에 모읍니다. 파일은 자기 부서 사업만 답하고, 서로 다른 값은 충돌로 보여 줄 뿐 반영하지 않습니다.",
    en: "Pick the results files the departments filled in; their values are gathered into this workbook's form. A file answers for its own department's projects only; values that disagree are listed as conflicts, never applied.",
  },
  "resultsTab.gather.input": { ko: "부서 시행결과 파일", en: "Departments' results files" },
  "resultsTab.gather.pick": { ko: "파일 선택", en: "Pick files" },
  "resultsTab.gather.run": { ko: "취합 ({count}개)", en: "Gather ({count})" },
  "resultsTab.gather.files": { ko: "고른 파일", en: "Picked files" },
  "resultsTab.gather.file": { ko: "{file}: {department}", en: "{file}: {department}" },
  "resultsTab.gather.fileNoDepartment": { ko: "{file}: 담당부서 없음 (모든 사업)", en: "{file}: no department (every project)" },
  "resultsTab.gather.fileNoResults": { ko: "{file}: {year}년 시행결과 없음 (가져온 값 없음)", en: "{file}: no {year} results (nothing taken)" },
  "resultsTab.gather.noResultsIn": {
    ko: "{files}에서 {year}년 시행결과를 찾지 못해 가져온 값이 없습니다({count}개 파일). 시행결과_{year} 시트, 또는 사업명·성과지표명·실적 열이 있는 시트인지 확인하세요.",
    en: "No {year} results were found in {files} (files: {count}), so nothing was taken from them. Check that each holds a 시행결과_{year} sheet, or a sheet with 사업명, 성과지표명 and 실적 columns.",
  },
  "resultsTab.gather.conflicts": { ko: "반영하지 않은 값", en: "Values not taken" },
  "resultsTab.gather.done": { ko: "파일 {files}개를 '{sheet}' 시트에 모았습니다.", en: "Gathered into the '{sheet}' sheet; files: {files}." },
  "resultsTab.gather.doneConflicts": {
    ko: "파일 {files}개를 '{sheet}' 시트에 모았습니다. 충돌 {conflicts}건은 반영하지 않았습니다.",
    en: "Gathered into the '{sheet}' sheet; files: {files}; conflicts not applied: {conflicts}.",
  },
  "resultsTab.check.title": { ko: "시행결과 확인", en: "Check results" },
  "resultsTab.check.description": {
    ko: "그 해의 실적을 목표와 견주어 빠진 실적, 단위, 달성률, 미달성 사유, 집행액을 검사하고 해당 셀을 표시합니다.",
    en: "Checks the year's actuals against the targets (missing actuals, units, achievement, reasons, spending) and highlights the cells.",
  },
  "resultsTab.check.run": { ko: "시행결과 확인", en: "Check results" },
  "resultsTab.check.line": { ko: "시행결과 요약", en: "Results summary" },
  "resultsTab.check.findings": { ko: "시행결과 검사 (전략 › 사업)", en: "Results findings (strategy › project)" },
  "resultsTab.check.noResults": {
    ko: "{year}년 시행결과가 이 통합 문서에 없습니다. 양식을 만들어 채우거나 부서 파일을 취합하세요.",
    en: "This workbook holds no {year} results. Make the form and fill it in, or gather the departments' files.",
  },
  "resultsTab.summary.title": { ko: "요약_시행결과", en: "Results summary sheet" },
  "resultsTab.summary.description": {
    ko: "전략·대표과업별 달성·미달성·미보고, 미달성 지표와 사유, 다음 연차 계획에 넘길 지표를 요약_시행결과 시트로 만듭니다.",
    en: "Makes the 요약_시행결과 sheet: met, missed and not reported per strategy and task, the missed indicators with their reasons, and those to carry into next year's plan.",
  },
  "resultsTab.summary.run": { ko: "요약_시행결과 만들기", en: "Make results summary" },
  "resultsTab.summary.done": { ko: "{sheets} 시트를 만들었습니다. {counts}", en: "Made the {sheets} sheets. {counts}" },

  "summary.title": { ko: "요약 시트", en: "Summary sheets" },
  "summary.description": {
    ko: "전략·대표과업별 사업 수와 예산은 요약_전략별 시트에, 성과지표별 목표는 요약_지표 시트에 정리합니다. 다시 만들면 두 시트를 통째로 바꿉니다.",
    en: "Projects and budgets by strategy and task go to the 요약_전략별 sheet, each indicator's targets to 요약_지표. Creating them again replaces both sheets.",
  },
  "summary.create": { ko: "요약 만들기", en: "Create summary" },
  "summary.done": {
    ko: "{sheets} 시트를 만들었습니다. 전략 {strategies}행, 대표과업 {tasks}행, 성과지표 {indicators}행.",
    en: "Created the {sheets} sheets: strategy rows: {strategies}, task rows: {tasks}, indicators: {indicators}.",
  },

  "baseline.title": { ko: "기준선", en: "Baseline" },
  "baseline.description": {
    ko: "지금의 계획을 기준선으로 통합 문서 안에 저장합니다. 수정이력은 기준선과 비교해 바뀐 것을 기록합니다.",
    en: "Saves the plan as it is now as the baseline, inside the workbook. The revision log records what changed since the baseline.",
  },
  "baseline.save": { ko: "기준선 저장", en: "Save baseline" },
  "baseline.savedAt": { ko: "저장된 기준선: {time} (사업 {projects}개)", en: "Baseline saved {time} (projects: {projects})" },
  "baseline.none": { ko: "저장된 기준선이 없습니다.", en: "No baseline saved yet." },
  "baseline.unknown": { ko: "기준선을 아직 확인하지 않았습니다.", en: "The baseline has not been checked yet." },
  "baseline.done": { ko: "기준선을 저장했습니다 ({time}).", en: "Saved the baseline ({time})." },

  "revision.title": { ko: "수정이력 기록", en: "Record revision" },
  "revision.description": {
    ko: "기준선 뒤에 바뀐 것을 수정이력 시트에 한 줄씩 덧붙이고 기준선을 새로 저장합니다. 수정이력은 덧붙이기만 합니다.",
    en: "Appends one row per change since the baseline to the 수정이력 sheet, then saves the baseline again. The log is only ever appended to.",
  },
  "revision.check": { ko: "변경 내용 확인", en: "Check changes" },
  "revision.notChecked": {
    ko: "[변경 내용 확인]을 누르면 기준선 뒤에 바뀐 것을 보여 줍니다.",
    en: "Select Check changes to list what changed since the baseline.",
  },
  "revision.needBaseline": {
    ko: "저장된 기준선이 없어 바뀐 것을 비교할 수 없습니다. 지금의 계획을 기준선으로 저장하세요.",
    en: "No baseline is saved, so there is nothing to compare with. Save the plan as it is now as the baseline.",
  },
  "revision.selected": { ko: "{total}건 중 {count}건을 기록합니다. 빼려는 변경은 선택을 해제하세요.", en: "{count} of {total} will be recorded. Clear the ones to leave out." },
  "revision.noChanges": { ko: "기준선 뒤에 바뀐 것이 없습니다.", en: "Nothing has changed since the baseline." },
  "revision.periodsDiffer": {
    ko: "기준선은 제{baselinePeriod}기({baselineFirst}–{baselineLast}), 지금 계획은 제{planPeriod}기({planFirst}–{planLast}) 계획으로 기간이 다릅니다. 목표와 예산은 두 계획에 모두 있는 {compared}만 비교했고, {notCompared}은 비교하지 않았습니다. 사업·명칭·위치·담당부서·중점추진 여부·성과지표는 비교했고, 신규사업 여부는 기마다 뜻이 달라 비교하지 않았습니다.",
    en: "The baseline is a period {baselinePeriod} plan ({baselineFirst}–{baselineLast}) and the plan now is period {planPeriod} ({planFirst}–{planLast}): their periods differ. Targets and budgets were compared only in the years both plans have ({compared}), not in {notCompared}. Projects, names, places, departments, key-project flags and indicators were compared; the new-project flag was not, as it means new in each period.",
  },
  "revision.periodsDifferNoYears": {
    ko: "기준선은 제{baselinePeriod}기({baselineFirst}–{baselineLast}), 지금 계획은 제{planPeriod}기({planFirst}–{planLast}) 계획으로 기간이 다릅니다. 두 계획에 같은 연도가 없어 목표와 예산({notCompared})은 비교하지 않았습니다. 사업·명칭·위치·담당부서·중점추진 여부·성과지표는 비교했고, 신규사업 여부는 기마다 뜻이 달라 비교하지 않았습니다.",
    en: "The baseline is a period {baselinePeriod} plan ({baselineFirst}–{baselineLast}) and the plan now is period {planPeriod} ({planFirst}–{planLast}): their periods differ. Targets and budgets were not compared, as the plans share no year ({notCompared}). Projects, names, places, departments, key-project flags and indicators were compared; the new-project flag was not, as it means new in each period.",
  },
  "revision.acrossPeriods": {
    ko: "제{baselinePeriod}기 기준선과 비교한 위 변경을 기록합니다. 맨 앞에 계획 기간이 바뀌었다는 행(제{baselinePeriod}기 → 제{planPeriod}기)이 비교하지 않은 연도와 함께 기록되고, 기준선은 제{planPeriod}기 계획이 됩니다.",
    en: "Record the changes above against the period {baselinePeriod} baseline. A first row says the plan's period changed (period {baselinePeriod} → {planPeriod}) and which years were not compared; the baseline becomes the period {planPeriod} plan.",
  },
  "revision.newPeriodBaseline": { ko: "기록하지 않고 새 기준선 저장", en: "Save a new baseline without recording" },
  "revision.recordHintPeriods": {
    ko: "기간이 다른 기준선과 비교한 변경은 위의 확인란을 선택하고 사유를 적어야 기록할 수 있습니다. 새 기의 계획을 처음부터 관리하려면 [기록하지 않고 새 기준선 저장]을 누르세요.",
    en: "Against a baseline of another period, recording needs the box above ticked and a reason. To start the new period afresh, select Save a new baseline without recording.",
  },
  "revision.recordedPeriodsDiffer": {
    ko: "기준선과 지금 계획의 기간이 달라 기록하지 않았습니다. 비교한 내용을 확인하고 기록할지 고르세요.",
    en: "Nothing was recorded: the baseline is of another period than the plan. Check what was compared and choose whether to record it.",
  },
  "revision.entries": { ko: "기록할 변경 {count}건", en: "Changes to record: {count}" },
  "revision.removalType": { ko: "없어진 사업 {count}개의 구분", en: "How the {count} removed projects are recorded" },
  "revision.removal.exclude": { ko: "제외 — 계획에서 빼되 사업은 이어감", en: "제외 (excluded) — out of the plan, the project goes on" },
  "revision.removal.abolish": { ko: "폐지 — 사업을 끝냄", en: "폐지 (abolished) — the project ends" },
  "revision.reason": { ko: "사유", en: "Reason" },
  "revision.reasonHint": { ko: "이번에 기록하는 모든 행의 사유 칸에 적힙니다.", en: "Written in the reason column of every row recorded now." },
  "revision.author": { ko: "작성자", en: "Author" },
  "revision.year": { ko: "수정연도", en: "Revision year" },
  "revision.yearHint": { ko: "수정이 반영되는 계획 연도", en: "The plan year the revision is for" },
  "revision.record": { ko: "수정이력 기록", en: "Record revision" },
  "revision.recordHint": {
    ko: "변경이 1건 이상 있고 사유를 적으면 기록할 수 있습니다.",
    en: "Recording needs at least one change and a reason.",
  },
  "revision.recorded": {
    ko: "'{sheet}' 시트에 {rows}행을 기록하고 기준선을 새로 저장했습니다.",
    en: "Rows appended to the '{sheet}' sheet: {rows}; the baseline is saved again.",
  },
  "revision.recordedNoChanges": {
    ko: "바뀐 것이 없어 기록하지 않았습니다. 기준선은 새로 저장했습니다.",
    en: "Nothing had changed, so nothing was recorded. The baseline was saved again.",
  },
  "revision.recordedNoBaseline": {
    ko: "기준선이 없어 기록하지 않았습니다. 먼저 [기준선 저장]을 누르세요.",
    en: "Nothing was recorded: there is no baseline. Save a baseline first.",
  },

  "rules.title": { ko: "입력 규칙", en: "Input rules" },
  "rules.description": {
    ko: "사업마다 ○/× 칸에는 목록을, 예산 칸에는 '0 이상의 숫자' 규칙을 겁니다. 셀 값은 바꾸지 않습니다.",
    en: "Puts a ○/× list on each project's flag cells and a 'number ≥ 0' rule on its budget cells. No cell value is changed.",
  },
  "rules.apply": { ko: "입력 규칙 적용", en: "Apply input rules" },
  "rules.done": {
    ko: "○/× 칸 {flags}개와 예산 칸 {budgets}개에 입력 규칙을 적용했습니다.",
    en: "Applied input rules to {flags} flag cells and {budgets} budget cells.",
  },

  "split.title": { ko: "부서별 입력 양식", en: "Department workbooks" },
  "split.description": {
    ko: "담당부서마다 자기 사업만 남긴 통합 문서를 만듭니다. 내려받아 부서에 보내고, 돌려받으면 [부서 취합]으로 합칩니다.",
    en: "Makes one workbook per 담당부서 holding only its projects. Download them for the departments, then consolidate what comes back.",
  },
  "split.create": { ko: "부서별 양식 만들기", en: "Create department workbooks" },
  "split.done": { ko: "부서 {count}곳의 입력 양식을 만들었습니다.", en: "Department workbooks created: {count}." },
  "split.files": { ko: "내려받을 파일 ({count})", en: "Files to download ({count})" },
  "split.file": { ko: "사업 {projects}개", en: "projects: {projects}" },
  "split.open": { ko: "{file} Excel에서 열기 (사업 {projects}개)", en: "Open {file} in Excel (projects: {projects})" },
  "split.opened": {
    ko: "{file}을(를) Excel의 새 통합 문서로 열었습니다. 그 통합 문서를 저장해 부서에 보내세요.",
    en: "Opened {file} as a new workbook in Excel. Save that workbook and send it to the department.",
  },
  "split.download": { ko: "{file} 내려받기 (사업 {projects}개)", en: "Download {file} (projects: {projects})" },
  "split.unassigned": {
    ko: "담당부서가 없는 사업 {count}개는 어느 파일에도 없습니다: {projects}",
    en: "Projects without a department, in no file ({count}): {projects}",
  },

  "byDept.title": { ko: "부서별 검증 결과", en: "Findings by department" },
  "byDept.needValidation": {
    ko: "[검증] 탭에서 계획을 검증하면 부서마다 지적 건수를 보고 그 부서의 결과만 볼 수 있습니다.",
    en: "Validate the plan (Validate tab) to see each department's findings and show only theirs.",
  },
  "byDept.none": { ko: "계획에 담당부서가 없습니다.", en: "The plan names no departments." },
  "byDept.item": { ko: "사업 {projects}개 · 지적 {findings}건", en: "projects: {projects} · findings: {findings}" },
  "byDept.unassigned": {
    ko: "담당부서 없는 사업 {count}개 (지적 {findings}건): {projects}",
    en: "Projects without a department: {count} (findings: {findings}): {projects}",
  },
  "byDept.show": { ko: "결과 보기", en: "Show findings" },
  "byDept.go": { ko: "첫 행으로", en: "Go to row" },

  "merge.title": { ko: "부서 취합", en: "Consolidate departments" },
  "merge.description": {
    ko: "부서에서 돌려받은 입력 양식을 골라 이 통합 문서에 합칩니다. 바뀐 값은 해당 셀에만 쓰고 수정이력에 남깁니다. 충돌은 적용하지 않고 아래에 알립니다.",
    en: "Choose the workbooks the departments sent back to merge them into this one. Changed values go into exactly their cells and into the revision log. Conflicts are never applied: they are listed below.",
  },
  "merge.input": { ko: "부서 입력 양식 (.xlsx, 여러 개 선택 가능)", en: "Department workbooks (.xlsx, several allowed)" },
  "merge.pick": { ko: "부서 파일 선택…", en: "Choose department files…" },
  "merge.run": { ko: "취합 ({count}개 파일)", en: "Consolidate (files: {count})" },
  "merge.progress": { ko: "취합 진행 상황", en: "Consolidation progress" },
  "merge.progressValue": { ko: "파일 {total}개 중 {index}개를 읽었습니다.", en: "Files read: {index} of {total}." },
  "merge.file.waiting": { ko: "대기", en: "waiting" },
  "merge.file.reading": { ko: "읽는 중…", en: "reading…" },
  "merge.file.read": { ko: "읽음", en: "read" },
  "merge.files": { ko: "파일별 상태", en: "Status by file" },
  "merge.applied": { ko: "적용한 변경 ({count})", en: "Applied changes ({count})" },
  "merge.added": { ko: "새 사업 — 검토 후 직접 추가 ({count})", en: "New projects — review, then add by hand ({count})" },
  "merge.conflicts": { ko: "충돌 — 적용하지 않음 ({count})", en: "Conflicts — not applied ({count})" },
  "merge.conflict": { ko: "충돌", en: "Conflict" },
  "merge.none": { ko: "없음", en: "None" },
  "merge.done": {
    ko: "파일 {files}개를 취합했습니다: 적용 {applied}건, 새 사업 {added}건, 충돌 {conflicts}건.",
    en: "Consolidated. Files: {files} · Applied: {applied} · New projects: {added} · Conflicts: {conflicts}.",
  },
  "merge.logged": { ko: "수정이력에 {rows}행을 덧붙였습니다.", en: "Rows appended to the revision log: {rows}." },
  "merge.withoutWorkbook": { ko: "파일이 오지 않은 부서: {departments}", en: "No file came from: {departments}" },
  "merge.baselineHint": {
    ko: "기준선 이후 아직 기록하지 않은 변경이 있어 기준선은 그대로 두었습니다. [요약·이력] 탭에서 수정이력을 기록하면 취합한 변경이 한 번 더 적힙니다.",
    en: "The baseline has changes not yet recorded, so it was left as it was: recording a revision in the Summary & log tab will list the consolidated changes again.",
  },
  "merge.noBaseline": {
    ko: "저장된 기준선이 없습니다. 취합한 변경은 수정이력에 적혔습니다. 다음 수정부터 기록하려면 [요약·이력] 탭에서 기준선을 저장하세요.",
    en: "No baseline is saved. The consolidated changes are in the revision log; to record later revisions, save a baseline in the Summary & log tab.",
  },
  "merge.unattributed": { ko: "사업 칸 밖의 편집 — 적용하지 않음 ({count})", en: "Edits outside any project's cells — not applied ({count})" },
  "merge.undo": { ko: "취합 되돌리기", en: "Undo consolidation" },
  "merge.choose": { ko: "담당부서를 밝히지 않은 파일", en: "Files that name no department" },
  "merge.chooseFor": { ko: "{file}의 부서", en: "Department of {file}" },
  "merge.choosePlaceholder": { ko: "부서 선택", en: "Choose a department" },
  "merge.retry": { ko: "고른 부서로 다시 취합 ({count}개 파일)", en: "Consolidate again with the chosen departments (files: {count})" },
  "merge.undone": {
    ko: "취합을 되돌렸습니다: 셀 {cells}개를 취합 전 값으로 돌리고, 수정이력에 되돌림 {rows}행을 덧붙였습니다(기록된 행은 그대로).",
    en: "Consolidation undone. Cells back to their values before it: {cells} · reversing rows appended to the revision log: {rows} (recorded rows untouched).",
  },
  "merge.changedSince": {
    ko: "취합한 뒤에 바뀐 셀이 있어 되돌리지 않았습니다(아무것도 쓰지 않음): {cells}",
    en: "Cells changed since the consolidation, so nothing was undone (nothing written): {cells}",
  },
  "merge.baselineMoved": {
    ko: "기준선도 취합한 값으로 옮겼습니다.",
    en: "The baseline moved forward with the consolidated values.",
  },

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
  "preview.consolidated": { ko: "점선: 부서 취합으로 바뀐 셀 {count}개", en: "Dashed: cells changed by consolidation ({count})" },
  "preview.grid": { ko: "{sheet} 시트", en: "Sheet {sheet}" },
  "preview.workbook": { ko: "통합 문서", en: "Workbook" },
  "preview.pane": { ko: "작업창", en: "Task pane" },
  "preview.openFailed": { ko: "파일을 열지 못했습니다: {detail}", en: "Could not open the file: {detail}" },
} satisfies Record<string, Texts>;

export type UiTextKey = keyof typeof uiTexts;

export function uiText(key: UiTextKey, lang: Lang, data?: Record<string, string | number>): string {
  return format(uiTexts[key][lang], data);
}

/** Each rule's name: with its messages in ./rules.ts. */
export { ruleTitle } from "./rules";
