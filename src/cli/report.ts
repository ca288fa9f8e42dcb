/**
 * The CLI's reports as pure functions: per-file outcomes → text (grouped by sheet, strategy, task and
 * project) or JSON (the contract other tools read). No I/O here; main.ts writes what these return.
 */
import type { ReadFailure, ValidationResult } from "../app/validateWorkbook";
import { planSpan, rowOwners, SEVERITIES, toA1 } from "../engine";
import type { CellRef, Finding, Fix, FindingData, Plan, PlanCounts, Project, Severity, Strategy, Task, TotalRow } from "../engine";
import { findingTemplate, renderFinding, type Lang } from "../i18n";
import { appText, readFailureText } from "../i18n/app";
import { TextBatch } from "./chunks";
import { isPlainJson, jsonString, nestedJsonText, stripControls } from "./terminal";

/** What happened to one file given on the command line. */
export type FileOutcome = { file: string; result: ValidationResult } | { file: string; failure: ReadFailure };

export function isFailure(outcome: FileOutcome | OutcomeSummary | RenderedOutcome | StreamedOutcome): outcome is { file: string; failure: ReadFailure } {
  return "failure" in outcome;
}

// ---------------------------------------------------------------------------------------------
// JSON

export interface JsonFix {
  sheet: string;
  address: string;
  from: string | number;
  to: string | number;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  address: string;
  projectId: string | null;
  messageId: string;
  message: string;
  data: FindingData;
  fix: JsonFix | null;
}

export interface JsonReport {
  file: string;
  /** period (5 or 6), years (the target and budget years read) and sheets (every sheet read) added for issue 8. */
  plan: { sheet: string; period: 5 | 6; years: number[]; sheets: string[] } & PlanCounts;
  findings: JsonFinding[];
  counts: Record<Severity, number>;
}

export interface JsonFailure {
  file: string;
  error: { reason: string; message: string; data: Record<string, string | number> };
}

export function jsonFinding(finding: Finding, lang: Lang): JsonFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    sheet: finding.ref.sheet,
    address: toA1(finding.ref.row, finding.ref.col),
    projectId: finding.projectId ?? null,
    messageId: finding.messageId,
    message: renderFinding(finding, lang),
    data: finding.data,
    fix: finding.fix ? jsonFix(finding.fix) : null,
  };
}

/**
 * Findings per piece of the report: bounded, so a plan with 100,000 findings is never one string, and small
 * enough that a piece (about 20,000 characters, two bytes each once Hangul is in it) stays out of V8's
 * large-object space: at 128 findings every piece was a large object and the 50,000-row report took about
 * 1.6× the CPU, most of it allocating them and collecting garbage.
 */
const FINDINGS_PER_PIECE = 32;

/**
 * Findings as they stand in a file's "findings" array, each on its lines after "[" or ",": byte for byte what
 * JSON.stringify(whole, null, 2) prints for jsonFinding's objects three levels deep, escapes included.
 * The keys and the text between them are fixed, made once per rule, message and data key, and only the
 * values are tested for escapes. For the 86,331 findings of the 50,000-row plan, objects pretty-printed by
 * JSON.stringify, its whole text tested for the controls it leaves raw and the rope it returns encoded took
 * about 0.6 s of CPU; the pieces pushed on a list and joined, about 0.37 s. The pieces are added with `+`
 * instead (V8 links them and the write lays them out flat once): 4–9% less (sums of 8 rounds, the two
 * alternated in one process, both orders). Encoding the pieces into the output's bytes in JavaScript, with the
 * fixed texts encoded once, was slower than either (about 1.5× the joined list). Never called with no findings.
 */
function findingsJsonText(findings: readonly Finding[], start: number, end: number, lang: Lang): string {
  let text = findingJson(findings[start], lang);
  for (let i = start + 1; i < end; i++) text += "," + findingJson(findings[i], lang);
  return text;
}

function findingJson(finding: Finding, lang: Lang): string {
  const { ref, fix } = finding;
  return (
    findingHead(finding) +
    toA1(ref.row, ref.col) +
    (finding.projectId == null ? '",\n        "projectId": null' : '",\n        "projectId": ' + jsonString(finding.projectId)) +
    knownText(messageLines, finding.messageId, messageLinesText) +
    messageJson(finding, lang) +
    ',\n        "data": ' +
    dataJson(finding.data) +
    ',\n        "fix": ' +
    (fix ? fixJsonText(fix) : "null") +
    "\n      }"
  );
}

/** A finding's data, four levels deep; a value neither string nor number sends the whole through JSON.stringify. */
function dataJson(data: FindingData): string {
  let text = "";
  for (const key in data) {
    if (!Object.prototype.hasOwnProperty.call(data, key)) continue;
    const value: unknown = data[key];
    text += text === "" ? knownText(firstDataKeys, key, firstKeyText) : knownText(nextDataKeys, key, nextKeyText);
    if (typeof value === "string") text += jsonString(value);
    else if (typeof value === "number") text += Number.isFinite(value) ? String(value) : "null";
    else return nestedJsonText(data, 4);
  }
  return text === "" ? "{}" : text + "\n        }";
}

/** Texts made once for each of a few hundred values (rule and message ids, sheet names, data keys) and used for thousands of findings. */
const findingHeads = new Map<string, { severity: Severity; sheet: string; text: string }>();
const messageLines = new Map<string, string>();
const firstDataKeys = new Map<string, string>();
const nextDataKeys = new Map<string, string>();

function knownText(known: Map<string, string>, value: string, make: (value: string) => string): string {
  let text = known.get(value);
  if (text === undefined) {
    text = make(value);
    if (known.size > 2_000) known.clear(); // sheet names and data keys come from files: kept bounded
    known.set(value, text);
  }
  return text;
}

const messageLinesText = (id: string) => `,\n        "messageId": ${jsonString(id)},\n        "message": `;
const firstKeyText = (key: string) => `{\n          ${jsonString(key)}: `;
const nextKeyText = (key: string) => `,\n          ${jsonString(key)}: `;

/** A finding's lines up to its address's opening quote; a rule's findings mostly share severity and sheet. */
function findingHead(finding: Finding): string {
  const { ruleId, severity } = finding;
  const sheet = finding.ref.sheet;
  let head = findingHeads.get(ruleId);
  if (head === undefined || head.severity !== severity || head.sheet !== sheet) {
    const text = `\n      {\n        "ruleId": ${jsonString(ruleId)},\n        "severity": ${jsonString(severity)},\n        "sheet": ${jsonString(sheet)},\n        "address": "`;
    head = { severity, sheet, text };
    if (findingHeads.size > 2_000) findingHeads.clear();
    findingHeads.set(ruleId, head);
  }
  return head.text;
}

/**
 * The finding's message as a JSON string: renderFinding's text between quotes, escaped as jsonString
 * would. Its template's text and values go in as pieces when none of them holds anything to escape (a
 * text escaped piece by piece could split a surrogate pair), else the whole sentence goes through jsonString.
 */
function messageJson(finding: Finding, lang: Lang): string {
  const parts = findingTemplate(finding, lang);
  if (parts === undefined || !plainTemplate(parts)) return jsonString(renderFinding(finding, lang));
  const data = finding.data;
  let text = '"' + parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      const value = String(data[key]);
      if (!isPlainJson(value)) return jsonString(renderFinding(finding, lang));
      text += value;
    } else text += `{${key}}`;
    text += parts[i + 1];
  }
  return text + '"';
}

/** Whether a template's own text needs no escape (tested once per template; held no longer than the template). */
const plainTemplates = new WeakMap<readonly string[], boolean>();

function plainTemplate(parts: readonly string[]): boolean {
  let plain = plainTemplates.get(parts);
  if (plain === undefined) {
    plain = parts.every((part, i) => i % 2 === 1 || isPlainJson(part));
    plainTemplates.set(parts, plain);
  }
  return plain;
}

function fixJsonText(fix: Fix): string {
  const from = jsonValue(fix.from);
  const to = jsonValue(fix.to);
  if (from === undefined || to === undefined) return nestedJsonText(jsonFix(fix), 4);
  return (
    `{\n          "sheet": ${jsonString(fix.ref.sheet)},\n          "address": ${jsonString(toA1(fix.ref.row, fix.ref.col))},` +
    `\n          "from": ${from},\n          "to": ${to}\n        }`
  );
}

/** A string or number as JSON.stringify prints it (controls escaped); undefined for any other value. */
function jsonValue(value: unknown): string | undefined {
  if (typeof value === "string") return jsonString(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  return undefined;
}

function jsonFix(fix: Fix): JsonFix {
  return { sheet: fix.ref.sheet, address: toA1(fix.ref.row, fix.ref.col), from: fix.from, to: fix.to };
}

export function jsonReport(outcome: FileOutcome, lang: Lang): JsonReport | JsonFailure {
  if (isFailure(outcome)) {
    return {
      file: outcome.file,
      error: {
        reason: outcome.failure.reason,
        message: readFailureText(outcome.failure, outcome.file, lang),
        data: outcome.failure.data,
      },
    };
  }
  const { file, plan, counts } = reportHead(outcome.file, outcome.result);
  return { file, plan, findings: outcome.result.findings.map((finding) => jsonFinding(finding, lang)), counts };
}

/** A report without its findings, its keys in the report's order (findings between plan and counts). */
function reportHead(file: string, result: ValidationResult): Omit<JsonReport, "findings"> {
  const { plan, counts, severities } = result;
  return {
    file,
    plan: { sheet: plan.sheet, period: plan.period, years: [...plan.years], sheets: [...plan.sheets], ...counts },
    counts: { ...severities },
  };
}

/** Always an array, one entry per file, in the order given. */
export function renderJson(outcomes: readonly FileOutcome[], lang: Lang): string {
  return [...renderJsonPieces(outcomes, lang)].join("");
}

/**
 * renderJson's text in pieces, a batch of findings at a time: a plan with 100,000 findings is written without
 * holding its whole report (hundreds of MB as one string) in memory. Joined, the pieces are renderJson.
 */
export function* renderJsonPieces(outcomes: readonly FileOutcome[], lang: Lang): Generator<string> {
  if (outcomes.length === 0) {
    yield "[]\n";
    return;
  }
  for (let i = 0; i < outcomes.length; i++) {
    yield jsonSeparator(i);
    yield* renderJsonEntry(outcomes[i], lang);
  }
  yield JSON_END;
}

/** What stands before the `index`th entry of the array renderJson prints. */
export function jsonSeparator(index: number): string {
  return index === 0 ? "[\n  " : ",\n  ";
}

/** What closes the array after its last entry. */
export const JSON_END = "\n]\n";

/** One file's entry of renderJson's array, in pieces (batches of findings), indented as an element of it. */
export function* renderJsonEntry(outcome: FileOutcome, lang: Lang): Generator<string> {
  if (isFailure(outcome)) {
    yield nestedJsonText(jsonReport(outcome, lang), 1);
    return;
  }
  const head = reportHead(outcome.file, outcome.result);
  const findings = outcome.result.findings;
  yield `{\n    "file": ${jsonString(head.file)},\n    "plan": ${nestedJsonText(head.plan, 2)},\n    "findings": ${findings.length === 0 ? "[]" : "["}`;
  for (let j = 0; j < findings.length; j += FINDINGS_PER_PIECE) {
    if (j > 0) yield ","; // apart, so the findings' long flat text is written as it is
    yield findingsJsonText(findings, j, Math.min(j + FINDINGS_PER_PIECE, findings.length), lang);
  }
  yield `${findings.length > 0 ? "\n    ]" : ""},\n    "counts": ${nestedJsonText(head.counts, 2)}\n  }`;
}

/** How a file's report is rendered: the format asked for, the language, and colours for a terminal. */
export interface RenderOptions {
  format: "text" | "json";
  lang: Lang;
  color: boolean;
}

/** A file's outcome rendered where it was validated (a pool worker), so only text travels back. */
export function renderOutcome(outcome: FileOutcome, options: RenderOptions): RenderedOutcome {
  if (isFailure(outcome)) return outcome;
  return { file: outcome.file, severities: outcome.result.severities, report: [...reportPieces(outcome, options)].join("") };
}

/** A validated file's report in pieces as `render` asks: its JSON entry, or its text's lines. */
export function reportPieces(outcome: Extract<FileOutcome, { result: unknown }>, render: RenderOptions): Iterable<string> {
  return render.format === "json" ? renderJsonEntry(outcome, render.lang) : renderTextLines(outcome.file, outcome.result, render.lang, render);
}

/** A piece of a report as it is printed: JSON escaped every control as it was rendered; text has them removed (its colours kept when it paints). */
export function printable(piece: string, render: RenderOptions): string {
  return render.format === "json" ? piece : stripControls(piece, render.color);
}

// ---------------------------------------------------------------------------------------------
// Text

export interface TextStyle {
  /** ANSI colours (only when stdout is a terminal and NO_COLOR is unset; main.ts decides). */
  color: boolean;
}

const ANSI: Record<"bold" | "dim" | Severity, string> = {
  bold: "1",
  dim: "2",
  error: "1;31",
  warning: "33",
  info: "36",
};

function painter(style: TextStyle) {
  return (kind: keyof typeof ANSI, text: string) => (style.color ? `\x1b[${ANSI[kind]}m${text}\x1b[0m` : text);
}

/** One line per finding: a line break inside a cell's text shows as ↵. */
function oneLine(text: string): string {
  // Most texts hold no line break: two indexOf scans cost far less than the replace's regex.
  return text.indexOf("\n") < 0 && text.indexOf("\r") < 0 ? text : text.replace(/\r\n|\r|\n/g, "↵");
}

/** A heading's name: wrapped names ("일자리 네트워크\n구축") joined by a space. */
function headingName(name: string): string {
  // Most names are on one line: two indexOf scans cost far less than the replace's regex.
  return (name.indexOf("\n") < 0 && name.indexOf("\r") < 0 ? name : name.replace(/\s*[\r\n]+\s*/g, " ")).trim();
}

/** Columns a text takes in a terminal: Hangul, CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return appText(`severity.${severity}`, lang);
}

/** A fix's value as text: strings quoted, numbers bare. */
function fixValue(value: string | number): string {
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

function sheetAddress(ref: CellRef, sheet: string): string {
  const a1 = toA1(ref.row, ref.col);
  return ref.sheet === sheet ? a1 : `'${ref.sheet.replace(/'/g, "''")}'!${a1}`;
}

export function planCountsLine(counts: PlanCounts, lang: Lang): string {
  return appText("report.planCounts", lang, { ...counts });
}

/** "제6기 (2027–2030)": the period the plan was read as, with the years it runs (the baseline year left out). */
export function planPeriodLine(plan: Pick<Plan, "period" | "years" | "planYears">, lang: Lang): string {
  const span = planSpan(plan);
  if (!span) return appText("report.planPeriodNoYears", lang, { period: plan.period });
  return appText("report.planPeriod", lang, { period: plan.period, ...span });
}

export function severityCountsLine(severities: Record<Severity, number>, lang: Lang): string {
  return appText("report.severityCounts", lang, { ...severities });
}

/** A strategy's (s), task's (t) or project's (p) heading. */
interface Heading {
  kind: "s" | "t" | "p";
  id: string;
  label: string;
}

function sameHeading(a: Heading, b: Heading): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/** Where a finding stands in the plan: strategy, task and project headings, outermost first. */
function headingResolver(plan: Plan): (finding: Finding) => Heading[] {
  const owners = rowOwners(plan);
  const { strategyById: strategies, taskById: tasks, projectById: projects } = owners;

  // A strategy's or task's heading is made once (a plan has few), a project's once per run of findings
  // under it (see below), not once per finding.
  const labels = { s: new Map<string, Heading>(), t: new Map<string, Heading>() };
  const makeHeading = (kind: Heading["kind"], id: string, name: string): Heading => ({ kind, id, label: `${id} ${headingName(name)}` });
  const heading = (kind: keyof typeof labels, id: string, name: string): Heading => {
    let found = labels[kind].get(id);
    if (found === undefined) {
      found = makeHeading(kind, id, name);
      labels[kind].set(id, found);
    }
    return found;
  };

  const headingsUnder = (strategyId: string | null, taskId: string | null, project: Project | null): Heading[] => {
    const headings: Heading[] = [];
    const task = taskId ? tasks.get(taskId) : undefined;
    const strategy = strategies.get(strategyId ?? task?.strategyId ?? "");
    if (strategy) headings.push(heading("s", strategy.id, strategy.name));
    if (task) headings.push(heading("t", task.id, task.name));
    if (project) headings.push(makeHeading("p", project.id, project.name));
    return headings;
  };

  // A project's (or a row owner's) headings are worked out once for a run of findings under it and kept only
  // while it lasts: the findings come in sheet and row order, so a project's stand together. Kept for every
  // project, they held about 10 MB for the 50,000-row plan while its report was printed.
  let lastOwner: Project | Task | TotalRow | Strategy | undefined;
  let lastHeadings: Heading[] = [];
  return (finding) => {
    const { sheet, row } = finding.ref;
    // The project the finding names, else what owns its row: a project's rows before a task's or a 소계's, those
    // before a strategy's. A 소계 stands under its task, else under the strategy its scope names.
    const project = (finding.projectId ? projects.get(finding.projectId) : undefined) ?? owners.project(sheet, row);
    const task = project ? undefined : owners.task(sheet, row);
    const total = project || task ? undefined : owners.total(sheet, row);
    const strategy = project || task || total ? undefined : owners.strategy(sheet, row);
    const owner = project ?? task ?? total ?? strategy;
    if (!owner) return [];
    if (owner !== lastOwner) {
      if (project) lastHeadings = headingsUnder(project.strategyId, project.taskId, project);
      else if (task) lastHeadings = headingsUnder(task.strategyId, task.id, null);
      else if (total) {
        const scope = tasks.get(total.scopeId as string);
        lastHeadings = scope ? headingsUnder(scope.strategyId, scope.id, null) : headingsUnder(total.scopeId, null, null);
      } else lastHeadings = headingsUnder((strategy as Strategy).id, null, null);
      lastOwner = owner;
    }
    return lastHeadings;
  };
}

/**
 * A readable report for one file:
 *
 *     FILE
 *     전략 8 · 대표과업 8 · 사업 50개(51행) · 중점 8 · 성과지표 187
 *     「SHEET」
 *       II-1 STRATEGY
 *         II-1-2 TASK
 *           II-1-2-3 PROJECT
 *             오류  L12   MESSAGE
 *                         고침: L12 "2,478" → 2478
 *     오류 1 · 경고 0 · 정보 0
 */
export function renderTextReport(file: string, result: ValidationResult, lang: Lang, style: TextStyle): string {
  return [...renderTextLines(file, result, lang, style)].join("");
}

/** renderTextReport's text in pieces of whole lines (a big plan's report is never one string). */
export function* renderTextLines(file: string, result: ValidationResult, lang: Lang, style: TextStyle): Generator<string> {
  const paint = painter(style);
  const batch = new TextBatch();
  batch.add(`${paint("bold", file)}\n`);
  batch.add(`${planPeriodLine(result.plan, lang)} · ${planCountsLine(result.counts, lang)}\n`);
  const { findings, plan } = result;
  if (findings.length === 0) {
    batch.add(`${appText("report.noFindings", lang)}\n`);
  } else {
    const headingsOf = headingResolver(plan);
    const labelWidth = Math.max(...SEVERITIES.map((s) => displayWidth(severityLabel(s, lang))));
    // Each severity's label painted and padded to the widest once, not once per finding.
    const labels = new Map(SEVERITIES.map((s) => [s, `${paint(s, severityLabel(s, lang))}${" ".repeat(labelWidth - displayWidth(severityLabel(s, lang)))}`]));
    // The address column's width: the longest address, made here and again at its line (kept for every
    // finding, the 50,000-row plan's 86,331 addresses held about 3 MB while its report was printed).
    let addressWidth = 5;
    for (const f of findings) addressWidth = Math.max(addressWidth, toA1(f.ref.row, f.ref.col).length);
    const fixIndent = " ".repeat(labelWidth + 2 + addressWidth + 2);
    let sheet: string | null = null;
    let open: Heading[] = [];
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      if (finding.ref.sheet !== sheet) {
        sheet = finding.ref.sheet;
        open = [];
        batch.add(`${paint("bold", `「${sheet}」`)}\n`);
      }
      const headings = headingsOf(finding);
      let same = 0;
      while (same < open.length && same < headings.length && sameHeading(open[same], headings[same])) same++;
      for (let depth = same; depth < headings.length; depth++) {
        batch.add(`${"  ".repeat(depth + 1)}${paint("bold", headings[depth].label)}\n`);
      }
      open = headings;
      const indent = "  ".repeat(headings.length + 1);
      const message = oneLine(renderFinding(finding, lang));
      batch.add(`${indent}${labels.get(finding.severity)}  ${toA1(finding.ref.row, finding.ref.col).padEnd(addressWidth)}  ${message}\n`);
      if (finding.fix) {
        const fixText = appText("report.fix", lang, {
          address: sheetAddress(finding.fix.ref, finding.ref.sheet),
          from: oneLine(fixValue(finding.fix.from)),
          to: oneLine(fixValue(finding.fix.to)),
        });
        batch.add(`${indent}${fixIndent}${paint("dim", fixText)}\n`);
      }
      if (batch.full) yield batch.take();
    }
  }
  batch.add(`${severityCountsLine(result.severities, lang)}\n`);
  yield batch.take();
}

/** The one line (stderr) for a file that could not be read. */
export function failureLine(outcome: { file: string; failure: ReadFailure }, lang: Lang): string {
  return oneLine(readFailureText(outcome.failure, outcome.file, lang));
}

/**
 * What the closing line and the exit status need of a file: its severities, or why it could not be
 * read. The worker pool hands this over with the file's rendered report instead of the plan model.
 */
export type OutcomeSummary = { file: string; failure: ReadFailure } | { file: string; severities: Record<Severity, number> };

/** A file's outcome as the pool's workers hand it over: its summary and its rendered report (JSON entry or text). */
export type RenderedOutcome = { file: string; failure: ReadFailure } | { file: string; severities: Record<Severity, number>; report: string };

/** A large file's outcome as its own worker hands it over (./pool.ts validateAlone): the totals, then the report as UTF-8 chunks, made safe as printed. */
export interface StreamedOutcome {
  file: string;
  severities: Record<Severity, number>;
  chunks: AsyncIterable<Uint8Array>;
  /** Called with each chunk once stdout no longer holds it: its memory holds a later chunk. */
  release(bytes: Uint8Array): void;
}

/** Thrown by a StreamedOutcome's chunks when its worker stopped before the report's end: the report is cut short, with this failure. */
export class StreamBrokenError extends Error {
  constructor(readonly failure: ReadFailure) {
    super("the report was cut short");
  }
}

function severitiesOf(outcome: FileOutcome | OutcomeSummary): Record<Severity, number> | null {
  if (isFailure(outcome)) return null;
  return "result" in outcome ? outcome.result.severities : outcome.severities;
}

export function totalSeverities(outcomes: readonly (FileOutcome | OutcomeSummary)[]): Record<Severity, number> {
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const outcome of outcomes) {
    const severities = severitiesOf(outcome);
    if (severities) for (const severity of SEVERITIES) total[severity] += severities[severity];
  }
  return total;
}

/** The closing line over several files (or when any could not be read). */
export function totalLine(outcomes: readonly (FileOutcome | OutcomeSummary)[], lang: Lang): string {
  return appText("report.total", lang, {
    files: outcomes.length,
    unreadable: outcomes.filter(isFailure).length,
    ...totalSeverities(outcomes),
  });
}

/** 2 when any file could not be read, else 1 when any error was found, else 0. */
export function exitCodeFor(outcomes: readonly (FileOutcome | OutcomeSummary)[]): 0 | 1 | 2 {
  if (outcomes.some(isFailure)) return 2;
  return totalSeverities(outcomes).error > 0 ? 1 : 0;
}
