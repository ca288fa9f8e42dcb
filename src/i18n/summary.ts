/**
 * Korean and English texts of the summary sheets (요약_전략별, 요약_지표), the revision log (수정이력)
 * and the diff: every text in both languages with the same {placeholders} (src/i18n/summary.test.ts).
 */
import { format, type Lang, type Texts } from "./format";

export const summaryTexts = {
  // ---- 요약_전략별
  "summary.strategy.title": { ko: "전략별 요약 — {sheet} ({time})", en: "Summary by strategy — {sheet} ({time})" },
  "summary.col.level": { ko: "구분", en: "Level" },
  "summary.col.id": { ko: "번호", en: "No." },
  "summary.col.name": { ko: "명칭", en: "Name" },
  "summary.col.projects": { ko: "사업 수", en: "Projects" },
  "summary.col.key": { ko: "중점", en: "Key" },
  "summary.col.partnership": { ko: "민관협력", en: "Public–private" },
  "summary.col.isNew": { ko: "신규", en: "New" },
  "summary.col.budget": { ko: "{year} 예산(백만원)", en: "Budget {year} (₩ million)" },
  "summary.col.planTotal": { ko: "계획기간 합계 {from}–{to}", en: "Plan period {from}–{to}" },
  "summary.col.share": { ko: "비율", en: "Share" },
  "summary.level.part1": { ko: "사회보장전략 {number}", en: "Social security strategy {number}" },
  "summary.level.part2": { ko: "지역발전전략 {number}", en: "Development strategy {number}" },
  "summary.level.task": { ko: "대표과업 {number}", en: "Task {number}" },
  "summary.level.unassigned": { ko: "전략 미지정", en: "No strategy" },
  "summary.total": { ko: "합계", en: "Total" },
  "summary.correction": { ko: "중복 차감: {name} ({places})", en: "Counted once: {name} ({places})" },
  "summary.note.duplicates": {
    ko: "합계는 두 곳 이상에 있는 사업을 한 번만 셉니다({count}개: {list}). 합계 = 전략 행의 합 − 중복 차감 행. 중점·민관협력·신규는 어느 한 곳에서라도 ○이면 셉니다.",
    en: "The total counts a project standing in several places once ({count}: {list}). Total = sum of the strategy rows − the 'counted once' rows. Key, public–private and new count if any place says ○.",
  },
  "summary.note.budgetsDiffer": {
    ko: "{name}: 위치마다 예산이 달라 합계에는 첫 위치({place})의 예산을 넣었습니다.",
    en: "{name}: its budgets differ between places; the total takes its first place ({place}).",
  },
  "summary.note.values": {
    ko: "값은 검증 엔진이 계산했습니다. 계획기간 합계·비율·합계 행은 Excel 수식으로도 다시 계산됩니다. 이 시트는 다시 만들 때 통째로 바뀝니다.",
    en: "Values are computed by the validator; plan-period totals, shares and the total row are also Excel formulas. This sheet is replaced whole when regenerated.",
  },
  "summary.chart.title": { ko: "전략별·연도별 예산 (백만원)", en: "Budget by strategy and year (₩ million)" },
  "summary.chart.data": { ko: "차트 자료: 전략별 예산(백만원)", en: "Chart data: budget by strategy (₩ million)" },
  "summary.chart.strategy": { ko: "전략", en: "Strategy" },
  "summary.chart.year": { ko: "{year}년", en: "{year}" },

  // ---- 요약_지표
  "summary.indicator.title": { ko: "지표별 요약 — {sheet} ({time})", en: "Summary by indicator — {sheet} ({time})" },
  "summary.col.indicatorLevel": { ko: "수준", en: "Level" },
  "summary.col.strategy": { ko: "전략", en: "Strategy" },
  "summary.col.task": { ko: "대표과업", en: "Task" },
  "summary.col.projectNumber": { ko: "번호", en: "No." },
  "summary.col.project": { ko: "사업", en: "Project" },
  "summary.col.indicator": { ko: "성과지표", en: "Indicator" },
  "summary.col.unit": { ko: "단위", en: "Unit" },
  "summary.col.target": { ko: "{year} 목표", en: "Target {year}" },
  "summary.col.change": { ko: "변화 {from}→{to}", en: "Change {from}→{to}" },
  "summary.col.status": { ko: "검증", en: "Validation" },
  "summary.indicatorLevel.strategy": { ko: "전략", en: "Strategy" },
  "summary.indicatorLevel.task": { ko: "대표과업", en: "Task" },
  "summary.indicatorLevel.project": { ko: "사업", en: "Project" },
  "summary.status.ok": { ko: "이상 없음", en: "OK" },
  "summary.status.error": { ko: "오류 (지적 {count}건)", en: "Error (findings: {count})" },
  "summary.status.warning": { ko: "경고 (지적 {count}건)", en: "Warning (findings: {count})" },
  "summary.status.info": { ko: "정보 (지적 {count}건)", en: "Info (findings: {count})" },
  "summary.col.kind": { ko: "지표 유형", en: "Indicator type" },
  "summary.kind.input": { ko: "투입", en: "Input" },
  "summary.kind.output": { ko: "산출", en: "Output" },
  "summary.kind.outcome": { ko: "성과", en: "Outcome" },
  "summary.mix.title": { ko: "전략별 지표 유형 (지표명의 낱말로 분류)", en: "Indicator types by strategy (classified by the words of each name)" },
  "summary.mix.total": { ko: "계", en: "Total" },
  "summary.mix.inputShare": { ko: "투입 비율", en: "Input share" },
  "summary.mix.none": { ko: "전략 미지정", en: "No strategy" },
  "summary.mix.note": {
    ko: "계획은 산출·성과 지표를 권장하며, 투입 지표(예산·집행률·종사자 수)는 신규사업이나 시설 건립 사업에만 씁니다.",
    en: "The plan asks for output or outcome indicators; input indicators (budget, execution rate, staff numbers) only for new or construction projects.",
  },

  // ---- 수정이력
  "log.kind.신설": { ko: "신설", en: "added" },
  "log.kind.제외": { ko: "제외", en: "excluded" },
  "log.kind.폐지": { ko: "폐지", en: "abolished" },
  "log.kind.변경": { ko: "변경", en: "changed" },
  "log.kind.명칭변경": { ko: "명칭변경", en: "renamed" },
  "log.field.project": { ko: "사업", en: "project" },
  // Not "사업명": a cell reading exactly that makes the plan reader take a log row for a table header.
  "log.field.name": { ko: "명칭", en: "name" },
  "log.field.strategy": { ko: "전략·대표과업", en: "strategy/task" },
  "log.field.number": { ko: "사업번호", en: "number" },
  "log.field.department": { ko: "담당부서", en: "department" },
  "log.field.flag.key": { ko: "중점추진사업 여부", en: "key project" },
  "log.field.flag.partnership": { ko: "민관협력사업 여부", en: "public–private partnership" },
  "log.field.flag.isNew": { ko: "신규사업 여부", en: "new in this plan" },
  "log.field.indicator": { ko: "성과지표", en: "indicator" },
  "log.field.target": { ko: "목표: {indicator}", en: "target: {indicator}" },
  "log.field.budget": { ko: "예산(백만원)", en: "budget (₩ million)" },
  "log.field.result.actual": { ko: "실적: {indicator}", en: "actual: {indicator}" },
  "log.field.result.reason": { ko: "미달성 사유: {indicator}", en: "reason not met: {indicator}" },
  "log.field.result.spent": { ko: "집행액", en: "spent" },
  // The row that opens a record against a baseline of another period (제5기 → 제6기).
  "log.field.period": { ko: "계획 기간", en: "plan period" },
  "log.wholePlan": { ko: "계획 전체", en: "whole plan" },
  "log.period": { ko: "제{period}기 ({first}–{last})", en: "period {period} ({first}–{last})" },
  "log.periodNote": {
    ko: "기간이 다른 기준선과 비교: 목표와 예산은 두 계획에 모두 있는 {compared}만 비교했고 {notCompared}은 비교하지 않음. 신규사업 여부는 기마다 뜻이 달라 비교하지 않음.",
    en: "compared with a baseline of another period: targets and budgets only in the years both plans have ({compared}), not in {notCompared}; the new-project flag not at all, as it means new in each period.",
  },
  "log.periodNoteNoYears": {
    ko: "기간이 다른 기준선과 비교: 두 계획에 같은 연도가 없어 목표와 예산({notCompared})은 비교하지 않음. 신규사업 여부는 기마다 뜻이 달라 비교하지 않음.",
    en: "compared with a baseline of another period: targets and budgets not at all, as the plans share no year ({notCompared}); the new-project flag not at all, as it means new in each period.",
  },
  "log.edited": {
    ko: "수정이력 {row}행이 기록된 뒤 바뀌었습니다(검증값 불일치). 이력은 고치거나 지우지 말고 새 수정을 기록하세요.",
    en: "Revision log row {row} was changed after it was recorded (checksum mismatch). Do not edit or delete the log; record a new revision instead.",
  },

  // ---- baseline and revision, for the pane and the command line
  "baseline.saved": { ko: "기준선을 저장했습니다 ({time}, 사업 {projects}개).", en: "Baseline saved ({time}, projects: {projects})." },
  "revision.noBaseline": {
    ko: "저장된 기준선이 없습니다. 먼저 「기준선 저장」을 누르세요.",
    en: "No baseline saved yet. Use 'Save baseline' first.",
  },
  "revision.noChanges": { ko: "기준선 이후 바뀐 것이 없습니다.", en: "Nothing changed since the baseline." },
  "revision.recorded": { ko: "수정이력 {count}건을 기록하고 기준선을 옮겼습니다.", en: "Recorded {count} revision rows and moved the baseline forward." },
  "diff.added": { ko: "신설 {project}", en: "added {project}" },
  "diff.removed": { ko: "제외·폐지 {project}", en: "removed {project}" },
  "diff.renamed": { ko: "명칭변경 {project}: {before} → {after}", en: "renamed {project}: {before} → {after}" },
  "diff.changed": { ko: "변경 {project} · {field}: {before} → {after}", en: "changed {project} · {field}: {before} → {after}" },
  "diff.changedYear": { ko: "변경 {project} · {field} {year}: {before} → {after}", en: "changed {project} · {field} {year}: {before} → {after}" },
  "diff.empty": { ko: "(없음)", en: "(none)" },
  "diff.noChanges": { ko: "바뀐 것이 없습니다.", en: "No changes." },
} satisfies Record<string, Texts>;

export type SummaryTextKey = keyof typeof summaryTexts;

export function summaryText(key: SummaryTextKey, lang: Lang, data?: Record<string, string | number>): string {
  return format(summaryTexts[key][lang], data);
}
