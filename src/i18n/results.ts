/**
 * Korean and English texts of the 시행결과 feature: the form, its in-cell rules, the summary, carry-forward
 * and the command line's lines. Every text in both languages with the same {placeholders} (results.test.ts).
 */
import { format, type Lang, type Texts } from "./format";

export const resultsTexts = {
  "form.title": { ko: "{year}년 지역사회보장계획 시행결과 ({sheet})", en: "{year} results of the Community Social Security Plan ({sheet})" },
  "form.titleDepartment": { ko: "{year}년 시행결과 — {department}", en: "{year} results — {department}" },
  "form.col.id": { ko: "사업 ID", en: "사업 ID" },
  "form.col.number": { ko: "사업번호", en: "사업번호 (No.)" },
  "form.col.name": { ko: "사업명", en: "사업명 (project)" },
  "form.col.department": { ko: "담당부서", en: "담당부서 (department)" },
  "form.col.indicator": { ko: "성과지표명", en: "성과지표명 (indicator)" },
  "form.col.target": { ko: "{year} 목표", en: "{year} 목표 (target)" },
  "form.col.actual": { ko: "{year} 실적", en: "{year} 실적 (actual)" },
  "form.col.achievement": { ko: "달성률(%)", en: "달성률(%) (achievement)" },
  "form.col.reason": { ko: "미달성 사유", en: "미달성 사유 (reason)" },
  "form.col.budget": { ko: "{year} 예산(백만원)", en: "{year} 예산(백만원) (budget)" },
  "form.col.spent": { ko: "집행액(백만원)", en: "집행액(백만원) (spent)" },
  "form.col.executionRate": { ko: "집행률(%)", en: "집행률(%) (execution)" },
  "form.col.met": { ko: "달성 여부", en: "달성 여부 (met)" },
  "form.noTarget": { ko: "목표 없음", en: "no target" },
  "form.note": {
    ko: "실적은 목표와 같은 단위의 숫자로(예: 목표 150명 → 160), 단계 목표는 단계로(착공, 준공) 적으세요. 달성률·집행률은 자동 계산됩니다. 목표에 못 미치면 미달성 사유를 적으세요.",
    en: "Write each actual as a number in the target's unit (target 150명 → 160), stage targets as a stage (착공, 준공). 달성률 and 집행률 are computed. Where a target is missed, give the reason.",
  },
  "rule.actual.promptTitle": { ko: "실적", en: "Actual" },
  "rule.actual.prompt": { ko: "목표 {target}: 같은 단위의 숫자를 적으세요. 목표에 못 미치면 미달성 사유도 적으세요.", en: "Target {target}: a number in the same unit. If it falls short, give the reason too." },
  "rule.actual.errorTitle": { ko: "실적 확인", en: "Check the actual" },
  "rule.actual.error": { ko: "0 이상의 숫자를 적으세요. 목표에 못 미치면 미달성 사유 칸에 사유를 먼저 적으세요.", en: "Write a number ≥ 0. If it misses the target, write the reason in the 미달성 사유 cell first." },
  "rule.stage.prompt": { ko: "목표 단계 {target}: 이른 단계를 고르세요(설계 → 착공 → 공사 진행 → 준공). 목표 단계에 못 미치면 미달성 사유도 적으세요.", en: "Target stage {target}: pick the stage reached (설계 → 착공 → 공사 진행 → 준공). If it falls short, give the reason too." },
  "rule.stage.error": { ko: "목록에 없는 단계입니다. 그대로 두려면 '예'를 누르세요. 목표 단계에 못 미치면 미달성 사유 칸에 사유를 적으세요.", en: "A stage not in the list. Choose Yes to keep it. If it falls short of the target stage, write the reason in the 미달성 사유 cell." },
  "rule.spent.promptTitle": { ko: "집행액", en: "Amount spent" },
  "rule.spent.prompt": { ko: "백만원 단위 숫자(예산 {budget})", en: "In million won (budget {budget})" },
  "rule.spent.errorTitle": { ko: "집행액 확인", en: "Check the amount" },
  "rule.spent.error": { ko: "0 이상의 숫자(백만원)를 적으세요.", en: "Write a number ≥ 0 (million won)." },
  "summary.title": { ko: "{year}년 시행결과 요약 ({sheet})", en: "{year} results summary ({sheet})" },
  "summary.col.scope": { ko: "전략 / 대표과업", en: "Strategy / task" },
  "summary.col.indicators": { ko: "지표 수", en: "Indicators" },
  "summary.col.met": { ko: "달성", en: "Met" },
  "summary.col.missed": { ko: "미달성", en: "Missed" },
  "summary.col.notReported": { ko: "미보고", en: "Not reported" },
  "summary.col.noTarget": { ko: "목표 없음", en: "No target" },
  "summary.col.meanAchievement": { ko: "평균 달성률(%)", en: "Mean achievement (%)" },
  "summary.col.budget": { ko: "예산(백만원)", en: "Budget (million won)" },
  "summary.col.spent": { ko: "집행액(백만원)", en: "Spent (million won)" },
  "summary.col.executionRate": { ko: "집행률(%)", en: "Execution (%)" },
  "summary.total": { ko: "합계", en: "Total" },
  "summary.missedTitle": { ko: "미달성 지표와 사유", en: "Indicators missed, with their reasons" },
  "summary.col.project": { ko: "사업", en: "Project" },
  "summary.col.indicator": { ko: "성과지표", en: "Indicator" },
  "summary.col.target": { ko: "목표", en: "Target" },
  "summary.col.actual": { ko: "실적", en: "Actual" },
  "summary.col.achievement": { ko: "달성률(%)", en: "Achievement (%)" },
  "summary.col.reason": { ko: "미달성 사유", en: "Reason" },
  "summary.noReason": { ko: "(사유 없음)", en: "(no reason given)" },
  "summary.carryTitle": { ko: "다음 연차별 시행계획 수정 검토 대상 (변경 내용 후보)", en: "Candidates for the next yearly plan's revision (변경 내용)" },
  "summary.col.why": { ko: "검토 이유", en: "Why" },
  "summary.carry.missed": { ko: "미달성: 목표 조정 또는 추진 방법 보완 검토", en: "Missed: review the target or the way the project is run" },
  "summary.carry.over": { ko: "초과 달성({achievement}%): 목표 상향 검토", en: "Far above target ({achievement}%): review raising the target" },
  "summary.chart.title": { ko: "전략별 지표 달성 현황", en: "Indicators met by strategy" },
  "cli.formWritten": { ko: "{file}: {year}년 시행결과 양식을 썼습니다(지표 {indicators}개, 사업 {projects}개).", en: "{file}: wrote the {year} results form (indicators: {indicators}, projects: {projects})." },
  "cli.needYear": { ko: "plan-check {command}: --year 연도를 지정하세요(예: --year 2024).", en: "plan-check {command}: give --year (e.g. --year 2024)." },
  "cli.badYear": { ko: "plan-check {command}: {year}년은 이 계획의 목표 연도({years})가 아닙니다.", en: "plan-check {command}: {year} is not one of the plan's target years ({years})." },
  "cli.noResults": { ko: "{file}: {year}년 시행결과를 찾지 못했습니다(시행결과_{year} 시트, 목표 옆 '실적' 열, 또는 사업명·성과지표명·실적 열이 있는 시트).", en: "{file}: no {year} results found (a 시행결과_{year} sheet, '실적' columns beside the targets, or a sheet with 사업명, 성과지표명 and 실적 columns)." },
  "cli.counts": { ko: "{year}년: 달성 {met} · 미달성 {missed} · 미보고 {notReported} (목표 없음 {noTarget})", en: "{year}: met {met} · missed {missed} · not reported {notReported} (no target {noTarget})" },
  "cli.indicatorLine": { ko: "{address} {project} › {indicator}: 목표 {target}, 실적 {actual}{achievement} — {status}", en: "{address} {project} › {indicator}: target {target}, actual {actual}{achievement} — {status}" },
  "cli.conflict.otherDepartment": {
    ko: "충돌(반영 안 함): {files}에 다른 부서 사업 '{project}'의 '{indicator}' 값({values})이 있습니다.",
    en: "Conflict (not applied): {files} holds a value ({values}) for '{indicator}' of '{project}', another department's project.",
  },
  "cli.conflict.disagree": {
    ko: "충돌(반영 안 함): '{project}'의 '{indicator}' 값이 파일마다 다릅니다({files}: {values}).",
    en: "Conflict (not applied): the files disagree on '{indicator}' of '{project}' ({files}: {values}).",
  },
  "cli.conflict.errorValue": {
    ko: "충돌(반영 안 함): {files}의 '{project}' '{indicator}' 값 {values}은(는) 값이 아닌 Excel 오류입니다. 셀을 고쳐 다시 받으세요.",
    en: "Conflict (not applied): {files} holds an Excel error ({values}), not a value, for '{indicator}' of '{project}'; have the cell fixed and sent again.",
  },
  "cli.conflict.formulaNoValue": {
    ko: "충돌(반영 안 함): {files}의 '{project}' '{indicator}' 칸은 수식({values})만 있고 계산된 값이 저장되어 있지 않습니다. Excel에서 열어 저장한 파일을 다시 받으세요.",
    en: "Conflict (not applied): {files} holds a formula ({values}) saved without its value for '{indicator}' of '{project}'; have the file opened and saved in Excel and sent again.",
  },
  "cli.conflict.masterFormula": {
    ko: "충돌(반영 안 함): '{project}'의 '{indicator}' 칸({cell})은 수식({formula})이라 {files}의 값({values})으로 덮어쓰지 않았습니다. 그 값으로 바꾸려면 이 칸을 직접 고치세요.",
    en: "Conflict (not applied): '{indicator}' of '{project}' is a formula ({formula}) in {cell}, which the value of {files} ({values}) would replace; change that cell by hand to take it.",
  },
  "cli.conflict.noResults": {
    ko: "가져온 값 없음: {files}에서 {year}년 시행결과를 찾지 못했습니다. 시행결과_{year} 시트, 또는 사업명·성과지표명·실적 열이 있는 시트인지 확인하세요.",
    en: "Nothing taken: no {year} results were found in {files}. Check that it holds a 시행결과_{year} sheet, or a sheet with 사업명, 성과지표명 and 실적 columns.",
  },
  "status.met": { ko: "달성", en: "met" },
  "status.missed": { ko: "미달성", en: "missed" },
  "status.notReported": { ko: "미보고", en: "not reported" },
  "status.noTarget": { ko: "목표 없음", en: "no target" },
  "status.unitMismatch": { ko: "단위 다름", en: "unit differs" },
  "status.unreadable": { ko: "읽을 수 없음", en: "unreadable" },
} satisfies Record<string, Texts>;

export type ResultsTextKey = keyof typeof resultsTexts;

export function resultsText(key: ResultsTextKey, lang: Lang, data?: Record<string, string | number>): string {
  return format(resultsTexts[key][lang], data);
}
