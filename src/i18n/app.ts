/**
 * Korean and English texts for the command line and for reading failures (shared with the task pane).
 * Every text exists in both languages with the same {placeholders}; src/i18n/catalogue.test.ts checks it.
 */
import { format, type Lang, type Texts } from "./format";

const USAGE_KO = `사용법: plan-check <명령> …

  plan-check validate 파일... [--format text|json] [--lang ko|en]
      지역사회보장계획 통합 문서(.xlsx)를 검증합니다. 파일을 여러 개 줄 수 있습니다.
      --format  text(기본): 시트·사업별로 묶은 결과 / json: 파일마다 보고서 하나씩 담은 배열
      종료 코드: 0 오류 없음 · 1 오류 있음 · 2 읽을 수 없는 파일이 있거나 사용법이 잘못됨
  plan-check summarize 파일 -o 출력.xlsx [--force] [--lang ko|en]
      요약_전략별·요약_지표 시트를 더한 사본을 씁니다(원래 시트는 그대로).
  plan-check diff 이전.xlsx 이후.xlsx [--format text|json] [--lang ko|en]
      두 판의 달라진 점(신설·제외·명칭변경·변경)을 사업 단위로 보여 줍니다. 종료 코드: 0 같음 · 1 다름 · 2 읽지 못함
  plan-check split 파일 -o 폴더 [--force] [--lang ko|en]
      담당부서별 입력 양식(폴더/<담당부서>.xlsx)을 만듭니다: ○/× 목록, 예산 숫자 규칙, 시트 보호, 안내 시트.
  plan-check consolidate 총괄표.xlsx 부서파일... -o 출력.xlsx [--department 부서파일=부서]... [--force] [--format text|json] [--lang ko|en]
      부서 파일의 자기 사업 변경을 총괄표 사본에 반영하고 수정이력에 남깁니다. 충돌은 반영하지 않고 알립니다.
      부서 파일은 부서를 밝혀야 합니다(담당부서 열, 관리체계, split이 쓴 안내 시트, 또는 --department).
      계획 전체나 다른 부서의 사업이 든 파일은 반영하지 않습니다.
      종료 코드: 0 충돌 없음 · 1 충돌 있음 · 2 총괄표를 읽지 못함
  plan-check results-form 파일 --year 연도 -o 출력.xlsx [--lang ko|en]
      그해 시행결과 양식(시행결과_연도: 목표, 실적, 달성률, 미달성 사유, 예산, 집행액, 집행률)을 새 통합 문서로 씁니다.
  plan-check results 파일 [결과파일...] --year 연도 [--format text|json] [--department 결과파일=부서]... [--lang ko|en]
      그해 실적을 목표와 견주어 달성·미달성·미보고와 집행률을 보이고 시행결과 규칙으로 검사합니다.
      여러 결과파일은 부서 파일로 취합합니다: 부서를 밝히고 그 부서 사업만 든 파일만 반영합니다.
      종료 코드: 0 오류 없음 · 1 오류 있음 · 2 읽지 못함(또는 시행결과 없음)

  --force   이미 있는 출력 파일을 바꿉니다(입력 파일은 어떤 경우에도 덮어쓰지 않음)
  --lang    ko(기본) 또는 en
  --help    이 도움말`;

const USAGE_EN = `Usage: plan-check <command> …

  plan-check validate FILE... [--format text|json] [--lang ko|en]
      Check Community Social Security Plan workbooks (.xlsx); several files may be given.
      --format  text (default): findings grouped by sheet and project / json: an array, one report per file
      Exit status: 0 no errors · 1 errors found · 2 a file could not be read, or bad usage
  plan-check summarize FILE -o OUT.xlsx [--force] [--lang ko|en]
      Write a copy with the 요약_전략별 and 요약_지표 summary sheets (the plan's own sheets untouched).
  plan-check diff OLD.xlsx NEW.xlsx [--format text|json] [--lang ko|en]
      What changed between two versions, project by project (added, removed, renamed, changed).
      Exit status: 0 the same · 1 different · 2 a file could not be read
  plan-check split FILE -o DIR [--force] [--lang ko|en]
      One input workbook per 담당부서 (DIR/<담당부서>.xlsx): ○/× lists, budget number rules, protection, an 안내 sheet.
  plan-check consolidate MASTER DEPT... -o OUT.xlsx [--department DEPT=NAME]... [--force] [--format text|json] [--lang ko|en]
      Apply each department's changes to its own projects to a copy of MASTER and log them; report conflicts, never apply them.
      A department file must name its department (담당부서 column, 관리체계, the 안내 sheet split wrote, or --department);
      the whole plan or a file holding other departments' projects is never applied.
      Exit status: 0 no conflicts · 1 conflicts · 2 the master could not be read
  plan-check results-form PLAN --year YEAR -o OUT.xlsx [--lang ko|en]
      Write a new workbook with the year's results form (시행결과_YEAR: target, actual, achievement, reason, budget, spent, execution).
  plan-check results PLAN [RESULTS...] --year YEAR [--format text|json] [--department RESULTS=DEPT]... [--lang ko|en]
      Compare the year's actuals with the targets (met / missed / not reported, budget execution) and run the results rules.
      Several RESULTS files are gathered as departments' files: only a file naming its department and holding its rows is taken.
      Exit status: 0 no errors · 1 errors · 2 unreadable (or no results found)

  --force   replace an output file that exists (an input is never overwritten)
  --lang    ko (default) or en
  --help    this help`;

export const appTexts = {
  // ---- command line
  "cli.usage": { ko: USAGE_KO, en: USAGE_EN },
  "cli.noCommand": { ko: "plan-check: 명령을 지정하세요.", en: "plan-check: no command given." },
  "cli.unknownCommand": {
    ko: "plan-check: 알 수 없는 명령 「{command}」",
    en: "plan-check: unknown command '{command}'",
  },
  "cli.unknownOption": {
    ko: "plan-check: 알 수 없는 옵션 {option}",
    en: "plan-check: unknown option {option}",
  },
  "cli.missingValue": {
    ko: "plan-check: {option} 뒤에 값이 필요합니다 ({choices}).",
    en: "plan-check: {option} needs a value ({choices}).",
  },
  "cli.badValue": {
    ko: "plan-check: {option} 값 「{value}」을(를) 알 수 없습니다 ({choices}).",
    en: "plan-check: unknown value '{value}' for {option} ({choices}).",
  },
  "cli.noFiles": {
    ko: "plan-check: 검증할 .xlsx 파일을 하나 이상 지정하세요.",
    en: "plan-check: give at least one .xlsx file to validate.",
  },
  "cli.oneFile": {
    ko: "plan-check {command}: 파일을 하나만 지정하세요.",
    en: "plan-check {command}: give exactly one file.",
  },
  "cli.twoFiles": {
    ko: "plan-check {command}: 비교할 파일 두 개(이전, 이후)를 지정하세요.",
    en: "plan-check {command}: give two files to compare (old, new).",
  },
  "cli.needOutput": {
    ko: "plan-check {command}: 결과를 쓸 파일을 -o 출력.xlsx로 지정하세요.",
    en: "plan-check {command}: say where to write the result with -o OUT.xlsx.",
  },
  "cli.needOutputDir": {
    ko: "plan-check {command}: 양식을 쓸 폴더를 -o 폴더로 지정하세요.",
    en: "plan-check {command}: say which folder to write to with -o DIR.",
  },
  "cli.departmentNotGiven": {
    ko: "plan-check {command}: --department의 「{file}」은(는) 부서 파일로 지정한 파일이 아닙니다 (부서파일=부서, 파일은 명령에 쓴 그대로).",
    en: "plan-check {command}: '{file}' in --department is not one of the department files given (DEPT=NAME, the file as typed).",
  },
  "cli.masterAndDepartments": {
    ko: "plan-check {command}: 총괄표 파일과 부서 파일을 하나 이상 지정하세요.",
    en: "plan-check {command}: give the master workbook and at least one department workbook.",
  },
  "cli.outputIsInput": {
    ko: "plan-check: {file}을(를) 덮어쓰지 않습니다. 결과는 다른 파일(-o)로 쓰세요.",
    en: "plan-check: will not overwrite {file}; write the result to another file (-o).",
  },
  "cli.outputExists": {
    ko: "plan-check: {file}이(가) 이미 있어 덮어쓰지 않았습니다. 다른 이름(-o)을 주거나, 바꿔도 되면 --force를 더하세요.",
    en: "plan-check: {file} already exists and was not overwritten; give another name (-o), or add --force to replace it.",
  },
  "cli.outputNotFile": {
    ko: "plan-check: {file}은(는) 보통 파일이 아니어서(폴더 등) 결과를 쓸 수 없습니다.",
    en: "plan-check: {file} is not a regular file (a folder, a device), so the result cannot be written there.",
  },
  "cli.writeFailed": {
    ko: "plan-check: {file}에 쓰지 못했습니다: {cause}. 원래 파일은 그대로입니다.",
    en: "plan-check: could not write {file}: {cause}. Any file already there is unchanged.",
  },
  "cli.writeCause.access": { ko: "쓰기 권한이 없습니다", en: "permission denied" },
  "cli.writeCause.readOnly": { ko: "읽기 전용 저장소입니다", en: "the storage is read-only" },
  "cli.writeCause.noSpace": { ko: "저장 공간이 부족합니다", en: "no space left" },
  "cli.writeCause.nameTooLong": { ko: "파일 이름이 너무 깁니다", en: "the file name is too long" },
  "cli.writeCause.noFolder": { ko: "폴더를 만들 수 없습니다(같은 이름의 파일이 있거나 경로가 잘못됨)", en: "the folder cannot be made (a file of that name is in the way, or the path is wrong)" },
  "cli.writeCause.other": { ko: "시스템 오류 {code}", en: "system error {code}" },
  "cli.sheetNotOwned": {
    ko: "plan-check: {file}에 추가 기능이 만들지 않은 「{sheet}」 시트가 있어 아무것도 쓰지 않았습니다. 그 시트의 이름을 바꾸거나 옮긴 뒤 다시 하세요.",
    en: "plan-check: {file} has a sheet named 「{sheet}」 that the add-in did not create, so nothing was written. Rename or move that sheet and try again.",
  },
  "cli.cannotKeep": {
    ko: "plan-check: {file}의 {cell}에 값을 넣으면 다른 부분(공유·배열 수식 등)이 바뀌므로 아무것도 쓰지 않았습니다. Excel에서 그 수식을 풀고 다시 하세요.",
    en: "plan-check: writing into {cell} of {file} would change other parts (a shared or array formula), so nothing was written. Undo that formula in Excel and try again.",
  },
  "cli.splitWritten": {
    ko: "멈추기 전에 쓴 파일 {count}개: {files}",
    en: "Files written before stopping ({count}): {files}",
  },
  "cli.splitRenamed": {
    ko: "「{department}」은(는) 그대로 파일 이름으로 쓸 수 없어(길이, 예약어, 쓸 수 없는 문자, 같은 이름) {file}(으)로 썼습니다.",
    en: "「{department}」 cannot be used as a file name as it is (length, a reserved name, characters, a clash): written as {file}.",
  },
  "cli.summarized": {
    ko: "{file}에 요약 시트를 썼습니다: 요약_전략별 {strategies}행, 요약_지표 {indicators}행.",
    en: "Wrote the summary sheets to {file}: 요약_전략별 rows: {strategies}, 요약_지표 rows: {indicators}.",
  },
  "cli.chartsInExcel": {
    ko: "전략별 예산 차트는 Excel 안(추가 기능의 요약 만들기)에서 그려집니다. 이 파일에는 차트 자리에 안내 문구가 있습니다.",
    en: "The budget chart is drawn inside Excel (the add-in's summary button); this file has a note where it goes.",
  },
  "cli.noChanges": { ko: "바뀐 것이 없습니다.", en: "No changes." },
  "cli.changeCount": { ko: "바뀐 것 {count}건", en: "Changes: {count}" },
  "cli.diffPeriods": {
    ko: "두 계획의 기간이 다릅니다: {before} → {after}. 사업·성과지표·담당부서와 중점추진·민관협력 구분은 비교하고(신규사업 여부는 기마다 뜻이 달라 비교하지 않음), 목표와 예산은 두 계획에 모두 있는 연도({years})만 비교합니다.",
    en: "The two plans are of different periods: {before} → {after}. Projects, indicators, departments and the key and partnership flags are compared (not the new-project flag, whose meaning changes with the period); targets and budgets only in the years both plans have ({years}).",
  },
  "cli.diffPeriodsNoYears": {
    ko: "두 계획의 기간이 다릅니다: {before} → {after}. 사업·성과지표·담당부서와 중점추진·민관협력 구분은 비교하고(신규사업 여부는 기마다 뜻이 달라 비교하지 않음), 목표와 예산은 두 계획에 같은 연도가 없어 비교하지 않습니다.",
    en: "The two plans are of different periods: {before} → {after}. Projects, indicators, departments and the key and partnership flags are compared (not the new-project flag, whose meaning changes with the period); targets and budgets are not, as the plans share no year.",
  },
  "cli.crashed": {
    ko: "plan-check: 예기치 않은 오류로 멈췄습니다: {detail}",
    en: "plan-check: stopped on an unexpected error: {detail}",
  },

  // ---- reports
  "report.planCounts": {
    ko: "전략 {strategies} · 대표과업 {tasks} · 사업 {projects}개({projectRows}행) · 중점 {keyProjects} · 성과지표 {indicators}",
    en: "strategies {strategies} · tasks {tasks} · projects {projects} (rows {projectRows}) · key {keyProjects} · indicators {indicators}",
  },
  "report.planPeriod": {
    ko: "제{period}기 ({first}–{last})",
    en: "period {period} ({first}–{last})",
  },
  "report.planPeriodNoYears": {
    ko: "제{period}기",
    en: "period {period}",
  },
  "report.severityCounts": {
    ko: "오류 {error} · 경고 {warning} · 정보 {info}",
    en: "errors {error} · warnings {warning} · info {info}",
  },
  "report.total": {
    ko: "합계: 파일 {files}개 · 읽지 못함 {unreadable} · 오류 {error} · 경고 {warning} · 정보 {info}",
    en: "total: files {files} · unreadable {unreadable} · errors {error} · warnings {warning} · info {info}",
  },
  "report.noFindings": { ko: "찾은 문제가 없습니다.", en: "No problems found." },
  "report.fix": { ko: "고침: {address} {from} → {to}", en: "fix: {address} {from} → {to}" },
  "severity.error": { ko: "오류", en: "error" },
  "severity.warning": { ko: "경고", en: "warning" },
  "severity.info": { ko: "정보", en: "info" },

  // ---- reading failures: one line each, naming the file and what was looked for
  "read.notWorkbook": {
    ko: "{file}: Excel 통합 문서가 아닙니다. 찾던 것: .xlsx 파일(xl/workbook.xml이 든 zip)",
    en: "{file}: not an Excel workbook — looked for an .xlsx file (a zip holding xl/workbook.xml)",
  },
  "read.notWorkbook.empty": {
    ko: "{file}: 빈 파일입니다. 찾던 것: .xlsx 통합 문서",
    en: "{file}: the file is empty — looked for an .xlsx workbook",
  },
  "read.notWorkbook.xls": {
    ko: "{file}: 예전 Excel 97–2003(.xls) 파일로 보입니다. 찾던 것: .xlsx 통합 문서 — Excel에서 열어 .xlsx로 다시 저장하세요",
    en: "{file}: looks like an old Excel 97–2003 .xls file — looked for an .xlsx workbook; open it in Excel and save it as .xlsx",
  },
  "read.notWorkbook.format": {
    ko: "{file}: {format} 파일로 보입니다. 찾던 것: .xlsx 통합 문서 — .xlsx로 다시 저장하세요",
    en: "{file}: looks like a {format} file — looked for an .xlsx workbook; save it as .xlsx",
  },
  "read.notWorkbook.directory": {
    ko: "{file}: 폴더입니다. 찾던 것: .xlsx 파일",
    en: "{file}: is a folder — looked for an .xlsx file",
  },
  "read.damaged": {
    ko: "{file}: 통합 문서가 손상되어 읽을 수 없습니다(잘렸거나 깨진 .xlsx). 찾던 것: 온전한 .xlsx — Excel에서 열어 복구한 뒤 다시 저장하세요",
    en: "{file}: the workbook is damaged (truncated or corrupt .xlsx) — looked for an intact .xlsx; open and repair it in Excel, then save again",
  },
  "read.passwordProtected": {
    ko: "{file}: 암호로 보호된 통합 문서입니다. 찾던 것: 암호 없는 .xlsx — Excel에서 암호를 해제하고 다시 저장하세요",
    en: "{file}: the workbook is password-protected — looked for an unencrypted .xlsx; remove the password in Excel and save again",
  },
  "read.noPlanTable": {
    ko: "{file}: 계획 표를 찾지 못했습니다. 찾던 것: 사업번호(연번)·사업명·성과지표·예산(백만원) 머리글이 있는 표",
    en: "{file}: no plan table found — looked for a header row with 사업번호 (or 연번), 사업명, 성과지표 and 예산(백만원) columns",
  },
  "read.fileNotFound": {
    ko: "{file}: 파일이 없습니다. 찾던 것: 이 경로의 .xlsx 파일",
    en: "{file}: file not found — looked for an .xlsx file at this path",
  },
  "read.fileNotFound.access": {
    ko: "{file}: 파일을 열 수 없습니다({code}). 찾던 것: 읽을 수 있는 .xlsx 파일",
    en: "{file}: cannot open the file ({code}) — looked for a readable .xlsx file",
  },
  "read.tooLarge.bytes": {
    ko: "{file}: 통합 문서가 너무 큽니다(압축을 푼 크기가 {max}를 넘습니다). 찾던 것: 지역사회보장계획 크기의 .xlsx — 계획과 관계없는 시트나 그림을 빼고 다시 저장하세요",
    en: "{file}: the workbook is too large (over {max} uncompressed) — looked for a plan-sized .xlsx; remove sheets or pictures unrelated to the plan and save again",
  },
  "read.tooLarge.cells": {
    ko: "{file}: 값이 든 셀이 너무 많습니다({max}개 초과). 찾던 것: 지역사회보장계획 크기의 .xlsx — 계획과 관계없는 시트를 빼고 다시 저장하세요",
    en: "{file}: too many cells hold values (over {max}) — looked for a plan-sized .xlsx; remove sheets unrelated to the plan and save again",
  },
  "read.tooLarge.memory": {
    ko: "{file}: 이 통합 문서를 읽다가 메모리 한도를 넘었습니다. 찾던 것: 지역사회보장계획 크기의 .xlsx — 다른 파일의 결과는 그대로 보고합니다",
    en: "{file}: reading this workbook went past the memory limit — looked for a plan-sized .xlsx; the other files are still reported",
  },
  "read.notRegularFile": {
    ko: "{file}: 보통 파일이 아닙니다(파이프·장치 등). 찾던 것: 디스크에 저장된 .xlsx 파일",
    en: "{file}: not a regular file (a pipe, device or the like) — looked for an .xlsx file saved on disk",
  },
  "read.unexpected": {
    ko: "{file}: 읽는 중 예기치 않은 오류가 났습니다: {detail}",
    en: "{file}: unexpected error while reading: {detail}",
  },
} as const satisfies Record<string, Texts>;

export type AppTextId = keyof typeof appTexts;

/** An app text in the chosen language with its placeholders filled. */
export function appText(id: AppTextId, lang: Lang, data: Record<string, string | number> = {}): string {
  return format(appTexts[id][lang], data);
}

const FORMAT_NAMES: Record<string, string> = {
  xlsb: "Excel 바이너리(.xlsb)",
  ods: "OpenDocument(.ods)",
  docx: "Word(.docx)",
  pptx: "PowerPoint(.pptx)",
  zip: "zip",
};
const FORMAT_NAMES_EN: Record<string, string> = {
  xlsb: "binary Excel (.xlsb)",
  ods: "OpenDocument (.ods)",
  docx: "Word (.docx)",
  pptx: "PowerPoint (.pptx)",
  zip: "plain zip",
};

/** The text id for a reading failure: the reason, refined by what the file looked like. */
export function readFailureTextId(failure: { reason: string; data?: Record<string, string | number> }): AppTextId {
  const data = failure.data ?? {};
  switch (failure.reason) {
    case "notWorkbook": {
      const looksLike = String(data.looksLike ?? "");
      if (looksLike === "xls") return "read.notWorkbook.xls";
      if (looksLike === "empty") return "read.notWorkbook.empty";
      if (looksLike === "directory") return "read.notWorkbook.directory";
      if (looksLike in FORMAT_NAMES && looksLike !== "zip") return "read.notWorkbook.format";
      return "read.notWorkbook";
    }
    case "damaged":
      return "read.damaged";
    case "passwordProtected":
      return "read.passwordProtected";
    case "noPlanTable":
      return "read.noPlanTable";
    case "fileNotFound":
      return data.code ? "read.fileNotFound.access" : "read.fileNotFound";
    case "tooLarge":
      return data.limit === "cells" ? "read.tooLarge.cells" : data.limit === "memory" ? "read.tooLarge.memory" : "read.tooLarge.bytes";
    case "notRegularFile":
      return "read.notRegularFile";
    default:
      return "read.unexpected";
  }
}

/** One line saying which file could not be read and what was looked for. */
export function readFailureText(
  failure: { reason: string; data?: Record<string, string | number> },
  file: string,
  lang: Lang,
): string {
  const data = failure.data ?? {};
  const looksLike = String(data.looksLike ?? "");
  const formatName = (lang === "ko" ? FORMAT_NAMES : FORMAT_NAMES_EN)[looksLike] ?? looksLike;
  const detail = String(data.detail ?? failure.reason);
  return appText(readFailureTextId(failure), lang, {
    code: "",
    max: "",
    ...data,
    file,
    format: formatName,
    detail: detail.replace(/\s*\n\s*/g, " "),
  });
}
