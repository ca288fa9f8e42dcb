/**
 * Each rule's text in one place: its name (the pane's filters, the 검증결과 sheet) and its messages, Korean and
 * English, keyed by rule id. Typed by the rule registry: the compiler refuses a rule without its entry, a message
 * id a rule does not have, and a rule's message without text. Written for welfare-planning staff: short,
 * concrete, naming the value found and what is expected. Placeholders ({name}) are filled from the finding's
 * data; both languages use the same placeholders.
 */
import type { MessageIdOf, RuleId } from "../engine/rules";
import type { Lang, Texts } from "./format";

export interface RuleTexts<MessageId extends string = string> {
  title: Texts;
  messages: Readonly<Record<MessageId, Texts>>;
}

export type RuleCatalogue = { readonly [Id in RuleId]: RuleTexts<MessageIdOf<Id>> };

export const ruleTexts: RuleCatalogue = {
  "budgets/dash-zero": {
    title: { ko: "비예산 '-' 표시", en: "Dash for no budget" },
    messages: {
      dash: {
        ko: "'{name}'의 {year}년 예산이 '-'입니다. 6기 서식에서 비예산 사업의 예산은 '0'으로 적습니다.",
        en: "'{name}': the {year} budget reads '-'; in the 6th-period form a non-budget project's budget is written '0'.",
      },
    },
  },
  "budgets/decimals": {
    title: { ko: "예산 소수 자릿수", en: "Budget decimals" },
    messages: {
      decimals: {
        ko: "'{name}'의 {year}년 예산({value})이 소수 둘째 자리 이상입니다. 6기 서식은 백만원 단위 소수 첫째 자리까지 적습니다(반올림하면 {rounded}).",
        en: "'{name}': the {year} budget ({value}) has more than one decimal; the 6th-period form writes ₩ million to one decimal (rounded: {rounded}).",
      },
    },
  },
  "budgets/ends-early": {
    title: { ko: "예산 조기 종료", en: "Budget ends early" },
    messages: {
      endsBeforeTargets: {
        ko: "'{name}' 예산이 {year}년까지만 있는데 성과지표 목표는 {targetYear}년까지 있습니다. 이후 연도 예산을 확인하세요.",
        en: "'{name}' is budgeted only up to {year}, but its targets run to {targetYear}. Check the later years' budget.",
      },
      endsWithTargets: {
        ko: "'{name}' 예산이 {year}년에 끝납니다. 성과지표 목표도 그해에 끝나 사업 종료로 보입니다.",
        en: "'{name}': the budget ends in {year}, as do its targets; the project appears to end then.",
      },
    },
  },
  "budgets/gap": {
    title: { ko: "예산 빈 해", en: "Budget gap" },
    messages: {
      missingYear: {
        ko: "'{name}'의 {year}년 예산이 비어 있습니다. {firstYear}–{lastYear}년 사이 다른 해에는 예산이 있습니다.",
        en: "'{name}' has no budget for {year}, though it is budgeted in other years between {firstYear} and {lastYear}.",
      },
    },
  },
  "budgets/negative": {
    title: { ko: "음수 예산", en: "Negative budget" },
    messages: {
      negative: {
        ko: "'{name}'의 {year}년 예산이 음수({value})입니다.",
        en: "'{name}': the {year} budget is negative ({value}).",
      },
    },
  },
  "budgets/none": {
    title: { ko: "예산 없음", en: "No budget" },
    messages: {
      noBudgetKey: {
        ko: "중점추진사업 '{name}'에 예산이 한 해도 없습니다.",
        en: "Key project '{name}' has no budget in any year.",
      },
      noBudget: {
        ko: "'{name}'에 예산이 한 해도 없습니다.",
        en: "'{name}' has no budget in any year.",
      },
    },
  },
  "budgets/not-a-number": {
    title: { ko: "숫자 아닌 예산", en: "Budget not a number" },
    messages: {
      invalid: {
        ko: "'{name}'의 {year}년 예산 '{value}'은(는) 숫자가 아닙니다. 백만원 단위 숫자나 '-'를 적으세요.",
        en: "'{name}': the {year} budget '{value}' is not a number. Write a number in million won (백만원) or '-'.",
      },
    },
  },
  "budgets/swing": {
    title: { ko: "예산 급변", en: "Budget swing" },
    messages: {
      drop: {
        ko: "'{name}' 예산이 {previousYear}년 {from}에서 {year}년 {to}(으)로 크게 줄었습니다({percent}%). 사유를 확인하세요.",
        en: "'{name}': the budget falls from {from} in {previousYear} to {to} in {year} ({percent}%). Check why.",
      },
      rise: {
        ko: "'{name}' 예산이 {previousYear}년 {from}에서 {year}년 {to}(으)로 크게 늘었습니다(+{percent}%). 사유를 확인하세요.",
        en: "'{name}': the budget rises from {from} in {previousYear} to {to} in {year} (+{percent}%). Check why.",
      },
    },
  },
  "budgets/text-number": {
    title: { ko: "텍스트 숫자", en: "Number stored as text" },
    messages: {
      textNumber: {
        ko: "'{name}'의 {year}년 예산 '{value}'이(가) 텍스트로 들어 있어 엑셀 합계(SUM)에서 빠집니다. 숫자 {number}(으)로 바꾸세요.",
        en: "'{name}': the {year} budget '{value}' is stored as text, which Excel's SUM skips. Replace it with the number {number}.",
      },
      textNumberFormula: {
        ko: "'{name}'의 {year}년 예산은 수식 {formula}의 결과가 텍스트 '{value}'(이)라 엑셀 합계(SUM)에서 빠집니다. 수식이 숫자 {number}을(를) 내도록 고치세요(값을 덮어쓰면 수식이 사라집니다).",
        en: "'{name}': the {year} budget is the formula {formula}, whose result is the text '{value}', which Excel's SUM skips. Make the formula give the number {number} (typing the value over it would lose the formula).",
      },
    },
  },
  "budgets/total": {
    title: { ko: "예산 합계", en: "Budget total" },
    messages: {
      mismatch: {
        ko: "{label}의 {year}년 예산 {actual}이(가) 해당 사업 예산의 합 {expected}과(와) 다릅니다(차이 {difference}).",
        en: "{label}, {year}: {actual} does not equal the sum of its projects' budgets, {expected} (difference {difference}).",
      },
      empty: {
        ko: "{label}의 {year}년 예산이 비어 있습니다. 해당 사업 예산의 합은 {expected}입니다.",
        en: "{label}, {year}: the cell is empty, but its projects' budgets add up to {expected}.",
      },
      formulaOmits: {
        ko: "{label}의 {year}년 수식 {formula}에 {cells}({names})이(가) 빠져 있습니다.",
        en: "{label}, {year}: the formula {formula} leaves out {cells} ({names}).",
      },
    },
  },
  "flags/key-count": {
    title: { ko: "중점사업 수", en: "Key project count" },
    messages: {
      keyProjects: {
        ko: "중점추진사업은 {count}개입니다(○ 표시 {rows}행, 전체 사업 {projects}개, 두 곳에 있는 사업은 한 번만 셈).",
        en: "Key projects: {count} (○ on rows: {rows}; projects in all: {projects}; a project standing in two places counts once).",
      },
      keyProjectsByName: {
        ko: "중점추진사업은 {count}개입니다('(중점추진)' 표시 {rows}행, 전체 사업 {projects}개, 두 곳에 있는 사업은 한 번만 셈).",
        en: "Key projects: {count} ('(중점추진)' before the name on rows: {rows}; projects in all: {projects}; a project standing in two places counts once).",
      },
    },
  },
  "flags/look-alike": {
    title: { ko: "○/× 닮은 글자", en: "○/× look-alike" },
    messages: {
      lookAlike: {
        ko: "'{name}'의 {flag} 여부에 '{value}'이(가) 있습니다. ○ 또는 ×만 쓸 수 있으니 '{expected}'(으)로 바꾸세요.",
        en: "'{name}': the {flag} flag reads '{value}'; only ○ or × count. Replace it with '{expected}'.",
      },
      lookAlikeFormula: {
        ko: "'{name}'의 {flag} 여부는 수식 {formula}의 결과가 '{value}'입니다. ○ 또는 ×만 쓸 수 있으니 수식이 '{expected}'을(를) 내도록 고치세요(값을 덮어쓰면 수식이 사라집니다).",
        en: "'{name}': the {flag} flag is the formula {formula}, whose result is '{value}'; only ○ or × count. Make the formula give '{expected}' (typing the value over it would lose the formula).",
      },
    },
  },
  "flags/not-applicable": {
    title: { ko: "해당 없음 표시", en: "Not-applicable flags" },
    messages: {
      dash: {
        ko: "'{name}'의 {flag} 여부가 '{value}'입니다. 같은 전략의 다른 사업처럼 ○ 또는 ×로 적으세요.",
        en: "'{name}': the {flag} flag is '{value}'. Write ○ or ×, as the other projects of its strategy do.",
      },
      dashConvention: {
        ko: "{scope}의 사업 {count}개가 모두 {flag} 여부에 '-'를 씁니다({firstRow}–{lastRow}행). '해당 없음' 표시로 보고 넘어갑니다.",
        en: "Every project of {scope} (projects: {count}) writes '-' for the {flag} flag (rows {firstRow}–{lastRow}); read as 'not applicable'.",
      },
    },
  },
  "flags/value": {
    title: { ko: "표시 값", en: "Flag value" },
    messages: {
      empty: {
        ko: "'{name}'의 {flag} 여부가 비어 있습니다. ○ 또는 ×를 적으세요.",
        en: "'{name}': the {flag} flag is empty. Write ○ or ×.",
      },
      unknown: {
        ko: "'{name}'의 {flag} 여부에 '{value}'이(가) 있습니다. ○ 또는 ×만 쓸 수 있습니다.",
        en: "'{name}': the {flag} flag reads '{value}'; only ○ or × are allowed.",
      },
      noColumn: {
        ko: "표에 {flag} 여부 열이 없습니다. 사업마다 ○ 또는 ×를 적는 열이 있어야 합니다.",
        en: "The table has no {flag} column; every project needs ○ or × there.",
      },
    },
  },
  "indicators/input": {
    title: { ko: "투입 지표", en: "Input indicator" },
    messages: {
      inputIndicator: {
        ko: "'{name}'의 성과지표 '{indicator}'은(는) 투입 지표(예산·집행률·종사자 수)입니다. 신규사업이나 시설 건립 사업이 아니면 산출·성과 지표를 쓰도록 권장합니다.",
        en: "'{name}': the indicator '{indicator}' measures input (budget, execution rate, staff numbers). Unless the project is new or a construction project, the plan asks for output or outcome indicators.",
      },
    },
  },
  "indicators/levels": {
    title: { ko: "전략·대표과업 지표", en: "Strategy and task indicators" },
    messages: {
      strategy: {
        ko: "'{name}'에 목표가 있는 전략 성과지표가 없습니다(지표 {count}개). 전략마다 성과지표와 연도별 목표를 두어야 합니다.",
        en: "'{name}' has no strategy-level indicator with targets (indicators: {count}). Every strategy needs an indicator with yearly targets.",
      },
      task: {
        ko: "'{name}'에 목표가 있는 대표과업 성과지표가 없습니다(지표 {count}개). 대표과업마다 성과지표와 연도별 목표를 두어야 합니다.",
        en: "'{name}' has no task-level indicator with targets (indicators: {count}). Every 대표과업 needs an indicator with yearly targets.",
      },
    },
  },
  "link/national-plan": {
    title: { ko: "기본계획 연계성", en: "National plan link" },
    messages: {
      empty: {
        ko: "'{name}'의 제3차 사회보장기본계획과의 연계성이 비어 있습니다. ①·②·③ 중 하나 이상을 적어야 합니다.",
        en: "'{name}': the link to the 3rd national social security plan (연계성) is empty; write one or more of ①, ②, ③.",
      },
      invalid: {
        ko: "'{name}'의 연계성 '{value}'에 ①·②·③이 아닌 값({invalid})이 있습니다.",
        en: "'{name}': the 연계성 '{value}' holds something other than ①, ②, ③ ({invalid}).",
      },
    },
  },
  "log/edited-row": {
    title: { ko: "수정이력 손댄 행", en: "Revision log row edited" },
    messages: {
      edited: {
        ko: "수정이력 {row}행이 기록된 뒤 바뀌었습니다(검증값 불일치). 이력은 고치거나 지우지 말고 새 수정을 기록하세요.",
        en: "Revision log row {row} was changed after it was recorded (checksum mismatch). Do not edit or delete the log; record a new revision instead.",
      },
      noHeader: {
        ko: "수정이력 시트에서 머리글(검증값 열)을 찾지 못해 이력을 검증할 수 없습니다.",
        en: "The revision log has no header row (no checksum column), so it cannot be verified.",
      },
    },
  },
  "log/tampered": {
    title: { ko: "수정이력 훼손", en: "Revision log tampered" },
    messages: {
      storeEdited: {
        ko: "추가 기능이 통합 문서 안에 둔 수정이력 기록(숨은 저장소)이나 기준선이 추가 기능 밖에서 바뀌었습니다. 수정이력을 믿을 수 없으니 원본과 대조하세요.",
        en: "The add-in's hidden record of the revision log (its store) or the baseline was changed outside the add-in; the log cannot be trusted: compare it with the original.",
      },
      missingSheet: {
        ko: "수정이력 시트가 없습니다(삭제되었거나 이름이 바뀜). 기록된 이력 {recorded}행이 사라졌습니다.",
        en: "The 수정이력 sheet is gone (deleted or renamed); the rows recorded in it are missing (rows: {recorded}).",
      },
      rowsMissing: {
        ko: "수정이력에 기록된 {recorded}행 가운데 마지막 {missing}행이 사라졌습니다. 이력은 지우지 말고 새 수정을 기록하세요.",
        en: "The last rows recorded in the revision log are gone (gone: {missing} of {recorded}). Do not delete log rows; record a new revision instead.",
      },
      rowsAdded: {
        ko: "수정이력에 추가 기능이 기록하지 않은 행이 {added}개 더 있습니다(기록된 것은 {recorded}행). 이력은 수정이력 기록으로만 남기세요.",
        en: "The revision log has rows the add-in did not record (not recorded: {added}; recorded: {recorded}). Add to the log only through 수정이력 기록.",
      },
      rechained: {
        ko: "수정이력의 마지막 검증값({row}행)이 기록된 것과 다릅니다. 이력을 고친 뒤 검증값을 다시 계산한 것으로 보입니다.",
        en: "The revision log's last checksum (row {row}) is not the one recorded: the log looks edited and its checksums recomputed.",
      },
    },
  },
  "results/achievement": {
    title: { ko: "달성률 계산", en: "Achievement rate" },
    messages: {
      wrongAchievement: {
        ko: "'{indicator}'의 달성률이 {written}로 적혀 있는데 실적 {actual}, 목표 {target}(으)로 계산하면 {expected}%입니다(지표의 방향 반영).",
        en: "'{indicator}': the achievement rate reads {written}, but actual {actual} against target {target} gives {expected}% (the indicator's direction respected).",
      },
    },
  },
  "results/budget": {
    title: { ko: "집행액·집행률", en: "Spending against budget" },
    messages: {
      overspent: {
        ko: "'{name}'의 {year}년 집행액 {spent}이(가) 예산 {budget}보다 많습니다(집행률 100% 초과).",
        en: "'{name}': the {year} amount spent, {spent}, exceeds the budget {budget} (execution over 100%).",
      },
      rateOver: {
        ko: "'{name}'의 {year}년 집행률이 {rate}로 100%를 넘습니다.",
        en: "'{name}': the {year} execution rate {rate} is over 100%.",
      },
      wrongRate: {
        ko: "'{name}'의 집행률이 {written}로 적혀 있는데 집행액 ÷ 예산은 {expected}%입니다.",
        en: "'{name}': the execution rate reads {written}, but spent ÷ budget is {expected}%.",
      },
      spentWithoutActual: {
        ko: "'{name}'에 {year}년 집행액 {spent}이(가) 있는데 성과지표 실적이 하나도 없습니다.",
        en: "'{name}' spent {spent} in {year} but reports no actual for any of its indicators.",
      },
    },
  },
  "results/missing": {
    title: { ko: "실적 없음", en: "Missing result" },
    messages: {
      noActual: {
        ko: "'{indicator}'의 {year}년 실적이 비어 있습니다(목표 {target}).",
        en: "'{indicator}': no {year} actual (target {target}).",
      },
      notInResults: {
        ko: "'{indicator}'의 {year}년 목표가 있는데 '{sheet}' 시트에 이 지표의 실적 행이 없습니다.",
        en: "'{indicator}' has a {year} target but no row in the '{sheet}' sheet.",
      },
    },
  },
  "results/over-achieved": {
    title: { ko: "목표 크게 초과", en: "Far above target" },
    messages: {
      farAbove: {
        ko: "'{indicator}'의 달성률이 {achievement}%입니다(실적 {actual}, 목표 {target}). 목표가 낮게 잡혔는지 다음 연차별 시행계획에서 검토하세요.",
        en: "'{indicator}' achieved {achievement}% (actual {actual}, target {target}); the target may be set too low: review it in the next yearly plan.",
      },
    },
  },
  "results/reason": {
    title: { ko: "미달성 사유 없음", en: "No reason for a missed target" },
    messages: {
      noReason: {
        ko: "'{indicator}'의 {year}년 실적 {actual}이(가) 목표 {target}에 못 미치는데 미달성 사유가 없습니다.",
        en: "'{indicator}': the {year} actual {actual} misses the target {target}, and no reason is given.",
      },
    },
  },
  "results/uncomputed-formula": {
    title: { ko: "값 없는 실적 수식", en: "Result formula without a value" },
    messages: {
      actual: {
        ko: "'{indicator}'의 {year}년 실적('{sheet}' 시트 {cell})은 수식({formula})만 있고 계산된 값이 저장되어 있지 않아 읽을 수 없습니다. Excel에서 열어 다시 저장하면 값이 함께 저장됩니다(그래도 비어 있으면 실적을 값으로 적으세요).",
        en: "The {year} actual of '{indicator}' ('{sheet}' sheet, {cell}) is a formula ({formula}) saved without its value, so it cannot be read. Open and save the file in Excel to store the value (if it is still empty, write the actual as a value).",
      },
      spent: {
        ko: "'{name}'의 {year}년 집행액('{sheet}' 시트 {cell})은 수식({formula})만 있고 계산된 값이 저장되어 있지 않아 읽을 수 없습니다. Excel에서 열어 다시 저장하면 값이 함께 저장됩니다(그래도 비어 있으면 집행액을 값으로 적으세요).",
        en: "The {year} amount spent of '{name}' ('{sheet}' sheet, {cell}) is a formula ({formula}) saved without its value, so it cannot be read. Open and save the file in Excel to store the value (if it is still empty, write the amount as a value).",
      },
    },
  },
  "results/unit": {
    title: { ko: "실적 단위", en: "Result unit" },
    messages: {
      unitDiffers: {
        ko: "'{indicator}'의 실적 {actual}은(는) 단위가 '{actualUnit}'인데 목표 {target}은(는) '{targetUnit}'입니다. 같은 단위로 적어야 달성 여부를 셀 수 있습니다.",
        en: "'{indicator}': the actual {actual} is in '{actualUnit}', the target {target} in '{targetUnit}'; write both in one unit to count achievement.",
      },
    },
  },
  "results/unmatched": {
    title: { ko: "맞는 사업 없는 실적 행", en: "Unmatched result row" },
    messages: {
      unknownRow: {
        ko: "'{sheet}' 시트의 이 행('{project}' / '{indicator}')은 계획의 어느 사업·성과지표와도 맞지 않아 반영되지 않습니다. 사업명과 성과지표명을 계획과 같게 적으세요.",
        en: "This row of '{sheet}' ('{project}' / '{indicator}') matches no project or indicator of the plan and is not counted. Write the names as the plan does.",
      },
    },
  },
  "results/unreadable": {
    title: { ko: "읽을 수 없는 실적", en: "Unreadable result" },
    messages: {
      actual: {
        ko: "'{indicator}'의 실적 '{value}'을(를) 읽을 수 없습니다(목표 {target}). 숫자와 단위(예: 95%, 120명) 또는 단계(착공, 준공)로 적으세요.",
        en: "'{indicator}': the actual '{value}' cannot be read (target {target}). Write a number with its unit (95%, 120명) or a stage (착공, 준공).",
      },
      spent: {
        ko: "'{name}'의 집행액 '{value}'은(는) 숫자가 아닙니다(백만원 단위 숫자로 적으세요).",
        en: "'{name}': the amount spent '{value}' is not a number (write it in million won).",
      },
    },
  },
  "schedule/date": {
    title: { ko: "일정 날짜", en: "Schedule date" },
    messages: {
      unreadable: {
        ko: "{year}년 수정·보완의 '{step}' 시기 '{value}'을(를) 날짜로 읽을 수 없습니다. '22. 11.처럼 적으세요.",
        en: "{year} revision: the date of '{step}', '{value}', cannot be read. Write it as '22. 11.",
      },
      missing: {
        ko: "{year}년 수정·보완의 '{step}' 시기가 비어 있습니다.",
        en: "{year} revision: '{step}' has no date.",
      },
    },
  },
  "schedule/department-list": {
    title: { ko: "관리체계 부서 목록", en: "Department list" },
    messages: {
      unknownProject: {
        ko: "관리체계 목록의 '{project}'에 해당하는 사업이 계획표에 없습니다. 사업명이 바뀌었거나 빠진 사업인지 확인하세요.",
        en: "The 관리체계 list names '{project}', but the plan table has no such project. Check whether it was renamed or dropped.",
      },
      unlistedProject: {
        ko: "'{name}'의 담당부서가 관리체계 목록(실·국·과)에 없습니다. 계획표에 담당부서 열이 없어 부서를 알 수 없습니다.",
        en: "'{name}' has no department in the 관리체계 list (실 | 국 | 과), and the plan table has no 담당부서 column: its department is unknown.",
      },
      severalProjectsLine: {
        ko: "'{name}'의 담당부서를 알 수 없습니다. 관리체계 목록 '{sheet}' 시트 {cell}의 '{line}'이(가) 이 사업일 수 있지만 여러 사업({projects})을 가리켜 어느 사업의 부서인지 정할 수 없습니다. 목록에 사업명을 온전히 적으세요.",
        en: "'{name}' has no known department: the 관리체계 list line '{line}' ('{sheet}' sheet, {cell}) may be its, but it names several projects ({projects}), so whose department it gives cannot be told. Write each project's whole name on the list.",
      },
    },
  },
  "schedule/late-submission": {
    title: { ko: "제출 기한", en: "Late submission" },
    messages: {
      late: {
        ko: "{year}년 연차별 시행계획의 '{step}' 일정({date})이 기한({deadline})보다 늦습니다. 시·군·구는 전년도 11월 30일까지 시·도에 제출해야 합니다.",
        en: "The {year} annual plan's '{step}' ({date}) is after the deadline ({deadline}): a 시·군·구 submits it to the 시·도 by 30 November of the year before.",
      },
    },
  },
  "schedule/order": {
    title: { ko: "일정 순서", en: "Schedule order" },
    messages: {
      outOfOrder: {
        ko: "{year}년 수정·보완의 '{step}'({date})이(가) 앞 단계 '{previousStep}'({previousDate})보다 이릅니다.",
        en: "{year} revision: '{step}' ({date}) is dated before the earlier step '{previousStep}' ({previousDate}).",
      },
    },
  },
  "schedule/same-month": {
    title: { ko: "같은 달 일정", en: "Same-month schedule" },
    messages: {
      sameMonth: {
        ko: "{year}년 수정·보완의 {count}단계가 모두 {date}입니다. 날짜로는 순서를 확인할 수 없고, 협의체 심의와 의회 보고가 계획 수립과 같은 달입니다.",
        en: "{year} revision: every step is dated {date} (steps: {count}). Their order cannot be checked from the dates, and the council review and the report to the assembly fall in the same month as the plan itself.",
      },
    },
  },
  "schedule/submit-to": {
    title: { ko: "제출처", en: "Submitted to" },
    messages: {
      ministry: {
        ko: "관리체계의 마지막 단계가 '{step}'입니다. 법령상 시·군·구 계획은 시·도에 제출하고, 시·도가 보건복지부에 제출합니다.",
        en: "The schedule's last step reads '{step}': by law a 시·군·구 submits its plan to the 시·도, which submits to the ministry.",
      },
    },
  },
  "structure/duplicate-number": {
    title: { ko: "중복 사업번호", en: "Duplicate number" },
    messages: {
      duplicate: {
        ko: "사업번호 {number}이(가) {scope}에서 두 번 쓰였습니다: '{name}', 그리고 {otherRow}행의 '{otherName}'.",
        en: "Project number {number} is used twice in {scope}: '{name}' and '{otherName}' on row {otherRow}.",
      },
    },
  },
  "structure/duplicate-project": {
    title: { ko: "중복 사업", en: "Duplicate project" },
    messages: {
      duplicate: {
        ko: "'{name}'이(가) {otherRow}행({otherScope})과 {row}행({scope}) 두 곳에 있습니다. 어떤 합계에서든 두 번 셉니다.",
        en: "'{name}' stands in two places, row {otherRow} ({otherScope}) and row {row} ({scope}): it is counted twice in any total.",
      },
      repeatsPartOne: {
        ko: "지역사회보장 균형발전 전략체계(Ⅱ)의 세부과업 '{name}'({row}행)이 사회보장 전략(Ⅰ)의 사업({otherRow}행, {otherScope})을 되풀이합니다. 6기 서식에서 세부과업은 Ⅰ부의 사업과 겹치면 안 됩니다.",
        en: "Part II task project '{name}' (row {row}) repeats the Part I project on row {otherRow} ({otherScope}); in the 6th-period form a Part II 세부과업 must not repeat a Part I project.",
      },
      flagDiffers: {
        ko: "두 곳에 있는 '{name}'의 {flag} 여부가 다릅니다: {otherRow}행은 '{otherValue}', {row}행은 '{value}'.",
        en: "'{name}' stands in two places with different {flag} flags: '{otherValue}' on row {otherRow}, '{value}' on row {row}.",
      },
      budgetDiffers: {
        ko: "두 곳에 있는 '{name}'의 예산이 {years}년에 다릅니다({otherRow}행과 {row}행).",
        en: "'{name}' stands in two places with different budgets in {years} (rows {otherRow} and {row}).",
      },
    },
  },
  "structure/error-cell": {
    title: { ko: "오류 값 셀", en: "Error cell" },
    messages: {
      excelError: {
        ko: "{cell} 셀에 엑셀 오류 {error}이(가) 있습니다. 수식이나 참조를 고치세요.",
        en: "Cell {cell} holds the Excel error {error}. Fix its formula or reference.",
      },
    },
  },
  "structure/fixed-names": {
    title: { ko: "서식 고정 명칭", en: "Fixed names" },
    messages: {
      strategyName: {
        ko: "균형발전 전략 {number}의 이름 '{name}'이(가) 서식이 정한 '{expected}'와 다릅니다.",
        en: "Part II strategy {number} is named '{name}'; the form fixes it as '{expected}'.",
      },
      taskName: {
        ko: "대표과업 '{name}'이(가) 서식이 정한 '{expected}'와 다릅니다.",
        en: "The 대표과업 '{name}' differs from the form's fixed '{expected}'.",
      },
      missingTask: {
        ko: "'{name}'에 서식이 정한 대표과업 '{expected}'이(가) 없습니다.",
        en: "'{name}' lacks the form's fixed 대표과업 '{expected}'.",
      },
    },
  },
  "structure/form-counts": {
    title: { ko: "전략·사업 수", en: "Strategy and project counts" },
    messages: {
      tooManyStrategies: {
        ko: "사회보장 전략이 {count}개입니다. 6기 안내는 {max}개 이내를 권장합니다.",
        en: "{count} social security strategies; the 6th-period guide recommends at most {max}.",
      },
      fewProjects: {
        ko: "'{name}'의 세부사업이 {count}개입니다. 6기 안내는 전략마다 {min}–8개를 권장합니다.",
        en: "Projects under '{name}': {count}; the 6th-period guide recommends {min}–8 per strategy.",
      },
      manyProjects: {
        ko: "'{name}'의 세부사업이 {count}개입니다. 6기 안내는 전략마다 5–{max}개를 권장합니다.",
        en: "Projects under '{name}': {count}; the 6th-period guide recommends 5–{max} per strategy.",
      },
      keyProjects: {
        ko: "'{name}'의 (중점추진) 사업이 {count}개입니다. 6기 안내는 전략마다 {expected}개를 권장합니다.",
        en: "'{name}' has {count} (중점추진) key projects; the 6th-period guide recommends {expected} per strategy.",
      },
      fewTasks: {
        ko: "'{name}'의 대표과업이 {count}개입니다. 전략마다 {min}개 이상 두어야 합니다.",
        en: "'{name}' has {count} 대표과업; each strategy needs at least {min}.",
      },
      fewSubtasks: {
        ko: "'{name}'의 세부과업이 {count}개입니다. 대표과업마다 {min}개 이상 두어야 합니다.",
        en: "'{name}' has {count} 세부과업; each 대표과업 needs at least {min}.",
      },
    },
  },
  "structure/no-indicator": {
    title: { ko: "성과지표 없음", en: "No indicator" },
    messages: {
      noIndicator: {
        ko: "'{name}'에 성과지표가 없습니다. 사업마다 성과지표가 하나 이상 있어야 합니다.",
        en: "'{name}' has no performance indicator; every project needs at least one.",
      },
    },
  },
  "structure/number-prefix": {
    title: { ko: "사업번호 위치", en: "Number prefix" },
    messages: {
      prefix: {
        ko: "사업번호 {number}('{name}')이(가) 놓인 자리({scope})와 맞지 않습니다. 자리대로라면 {expected}입니다. 옮긴 사업인지 확인하세요.",
        en: "Number {number} ('{name}') does not match where it stands ({scope}); there it would be {expected}. Check whether the project was moved.",
      },
    },
  },
  "structure/number-gap": {
    title: { ko: "사업번호 건너뜀", en: "Number gap" },
    messages: {
      gap: {
        ko: "{scope}의 사업번호에 {missing}번이 빠져 있습니다.",
        en: "Project numbers in {scope} skip {missing}.",
      },
    },
  },
  "structure/uncomputed-formula": {
    title: { ko: "값 없는 수식", en: "Formula without a value" },
    messages: {
      target: {
        ko: "{indicator}의 {year}년 목표 {cell}은(는) 수식({formula})만 있고 계산된 값이 저장되어 있지 않아 읽을 수 없습니다. Excel에서 열어 다시 저장하면 값이 함께 저장됩니다.",
        en: "The {year} target of {indicator} in {cell} is a formula ({formula}) saved without its result, so it cannot be read. Open and save the file in Excel to store the value.",
      },
      budget: {
        ko: "{name}의 {year}년 예산 {cell}은(는) 수식({formula})만 있고 계산된 값이 저장되어 있지 않아 읽을 수 없습니다. Excel에서 열어 다시 저장하면 값이 함께 저장됩니다.",
        en: "The {year} budget of {name} in {cell} is a formula ({formula}) saved without its result, so it cannot be read. Open and save the file in Excel to store the value.",
      },
    },
  },
  "structure/unplaced-row": {
    title: { ko: "소속 없는 행", en: "Unplaced row" },
    messages: {
      unplaced: {
        ko: "{row}행은 사업·전략·과업·합계 어느 것으로도 읽히지 않아 검증하지 못했습니다. 내용을 확인하세요.",
        en: "Row {row} reads as neither a project, a strategy, a task nor a total, so it was not checked. Please look at it.",
      },
      aboveHeader: {
        ko: "{row}행은 사업·전략·과업으로 보이지만 이 시트의 머리글 위에 있어 읽지 않았습니다. 머리글을 표 맨 위에 두세요.",
        en: "Row {row} looks like a project, strategy or task but stands above this sheet's header, so it was not read. Put the header at the top of the table.",
      },
    },
  },
  "targets/baseline": {
    title: { ko: "기준값 없음", en: "No baseline" },
    messages: {
      target: {
        ko: "계속사업 '{name}'의 성과지표 '{indicator}'에 {year}년 기준값이 없습니다('{value}'). '/'는 신규사업에만 씁니다.",
        en: "Continuing project '{name}': the indicator '{indicator}' has no {year} baseline ('{value}'); '/' is for new projects only.",
      },
      budget: {
        ko: "계속사업 '{name}'에 {year}년 예산이 없습니다('{value}'). 비예산이면 '0'을 적고, '/'는 신규사업에만 씁니다.",
        en: "Continuing project '{name}' has no {year} budget ('{value}'); write '0' for a non-budget project, '/' is for new projects only.",
      },
    },
  },
  "targets/direction": {
    title: { ko: "목표 방향", en: "Target direction" },
    messages: {
      fallAgainstTrend: {
        ko: "'{indicator}' 목표가 {previousYear}년 {previous}에서 {year}년 {value}(으)로 내려갑니다. 다른 해에는 오르는 지표입니다.",
        en: "'{indicator}': the target falls from {previous} in {previousYear} to {value} in {year}, while it rises in the other years.",
      },
      riseAgainstTrend: {
        ko: "'{indicator}' 목표가 {previousYear}년 {previous}에서 {year}년 {value}(으)로 올라갑니다. 다른 해에는 내려가는 지표입니다.",
        en: "'{indicator}': the target rises from {previous} in {previousYear} to {value} in {year}, while it falls in the other years.",
      },
      baselineDrop: {
        ko: "'{indicator}' 목표가 기준선({baselineYear}년) {baseline}에서 {year}년 {value}(으)로 낮아진 뒤 다시 오르지 않습니다.",
        en: "'{indicator}': the target drops from the {baselineYear} baseline of {baseline} to {value} in {year} and does not recover.",
      },
    },
  },
  "targets/flat": {
    title: { ko: "변화 없는 목표", en: "Flat target" },
    messages: {
      flat: {
        ko: "'{indicator}' 목표가 계획 {years}개 연도 모두 {value}입니다. 성과(Outcome) 중심 지표인지 확인하세요.",
        en: "'{indicator}': the target is {value} in all {years} plan years. Check that it is an outcome indicator.",
      },
    },
  },
  "targets/invalid": {
    title: { ko: "잘못된 목표", en: "Invalid target" },
    messages: {
      unreadable: {
        ko: "'{indicator}'의 {year}년 목표 '{value}'을(를) 읽을 수 없습니다. 94.5%, 680명처럼 숫자와 단위로, 목표가 없으면 '-'로 적으세요.",
        en: "'{indicator}': the {year} target '{value}' cannot be read. Write a number with its unit (94.5%, 680명), or '-' for no target.",
      },
    },
  },
  "structure/mixed-period": {
    title: { ko: "기수 혼재", en: "Mixed periods" },
    messages: {
      mixed: {
        ko: "이 통합 문서는 제5기와 제6기의 양식이 섞여 있습니다. 연도({first}–{last})에 따라 제{period}기로 읽었습니다. 제{other}기 계획이라면 연도와 머리글을 그 양식에 맞추세요.",
        en: "This workbook mixes the 5th- and 6th-period forms. It was read as period {period} from its years ({first}–{last}); if it is a period-{other} plan, make its years and headers follow that form.",
      },
    },
  },
  "budgets/unit": {
    title: { ko: "예산 단위(천원)", en: "Budget unit" },
    messages: {
      thousandWon: {
        ko: "예산 단위가 천원입니다('{raw}'). 계획 양식은 백만원을 씁니다. 값은 적힌 그대로 읽었으므로 합산과 요약은 천 배로 나옵니다. 백만원으로 바꾸세요.",
        en: "Budgets are in 천원 ('{raw}'); the plan form uses 백만원. Values are read as written, so sums and summaries come out a thousand times larger: convert them to 백만원.",
      },
    },
  },
  "targets/missing": {
    title: { ko: "목표 없음", en: "Missing target" },
    messages: {
      noTargets: {
        ko: "'{indicator}'에 목표가 한 해도 없습니다.",
        en: "'{indicator}' has no target in any year.",
      },
      emptyYear: {
        ko: "'{indicator}'의 {year}년 목표가 비어 있습니다. 다른 해에는 목표가 있습니다. 목표가 없는 해라면 '-'로 적으세요.",
        en: "'{indicator}': the {year} target is empty while other years have one. Write '-' if there is no target that year.",
      },
      slashYear: {
        ko: "'{indicator}'의 {year}년 목표가 '/'입니다. '/'(해당 없음)는 기준연도에만 쓸 수 있고, 계획 연도에는 목표를 적어야 합니다.",
        en: "'{indicator}': the {year} target is '/'. '/' (no such year) is for the baseline year only; a plan year needs a target.",
      },
      dashYear: {
        ko: "'{indicator}'의 {years}년 목표가 '-'(목표 없음)입니다.",
        en: "'{indicator}': no target ('-') in {years}.",
      },
    },
  },
  "targets/range": {
    title: { ko: "목표 범위", en: "Target range" },
    messages: {
      negative: {
        ko: "'{indicator}'의 {year}년 목표 {value}이(가) 음수입니다.",
        en: "'{indicator}': the {year} target {value} is negative.",
      },
      rateOver100: {
        ko: "'{indicator}'은(는) 비율 지표인데 {year}년 목표 {value}이(가) 100%를 넘습니다(최대 {max}).",
        en: "'{indicator}' is a rate, yet its {year} target {value} exceeds 100% (up to {max}).",
      },
      percentOver1000: {
        ko: "'{indicator}'의 {year}년 목표 {value}은(는) {limit}%를 넘어 믿기 어렵습니다. 단위를 확인하세요.",
        en: "'{indicator}': the {year} target {value} exceeds {limit}%, which is implausible. Check the unit.",
      },
    },
  },
  "targets/unit": {
    title: { ko: "목표 단위", en: "Target unit" },
    messages: {
      mixedUnits: {
        ko: "'{indicator}'의 {year}년 목표 {value}의 단위 '{unit}'이(가) 다른 해의 단위 '{expected}'와(과) 다릅니다.",
        en: "'{indicator}': the {year} target {value} is in '{unit}', the other years in '{expected}'.",
      },
      nameUnitMismatch: {
        ko: "'{indicator}'의 지표명은 단위가 '{nameUnit}'인데 목표는 '{unit}'({value})로 적혀 있습니다.",
        en: "'{indicator}': the name gives the unit '{nameUnit}', but the targets are in '{unit}' ({value}).",
      },
      scoreAsPercent: {
        ko: "'{indicator}' 목표가 {value}처럼 10% 미만입니다. 만족도 점수(예: 5점 척도)를 %로 적은 것으로 보입니다. 단위를 확인하세요.",
        en: "'{indicator}': targets such as {value} are below 10%; this looks like a satisfaction score (e.g. out of 5) written as a percentage. Check the unit.",
      },
      missingUnit: {
        ko: "'{indicator}'의 {year}년 목표 '{value}'에 단위가 없습니다(다른 해는 {expected}).",
        en: "'{indicator}': the {year} target '{value}' has no unit (the other years are in {expected}).",
      },
    },
  },
};

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function textsOf(ruleId: string): RuleTexts | undefined {
  return has(ruleTexts, ruleId) ? (ruleTexts as Readonly<Record<string, RuleTexts>>)[ruleId] : undefined;
}

/** The messages by rule id and message id, as maps made once: a report looks one up for every finding. */
const messagesByRule = new Map(
  Object.entries(ruleTexts as Readonly<Record<string, RuleTexts>>).map(([ruleId, texts]) => [ruleId, new Map(Object.entries(texts.messages))]),
);

/** A rule message's text; undefined for a rule or message the catalogue does not know. */
export function ruleMessage(ruleId: string, messageId: string): Texts | undefined {
  return messagesByRule.get(ruleId)?.get(messageId);
}

/** A rule's name in the chosen language; the id itself for a rule the catalogue does not know. */
export function ruleTitle(ruleId: string, lang: Lang): string {
  return textsOf(ruleId)?.title[lang] ?? ruleId;
}
