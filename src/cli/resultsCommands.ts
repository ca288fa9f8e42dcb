/**
 * plan-check results-form PLAN --year Y -o OUT        — a new workbook holding the 시행결과_<Y> form of PLAN
 *                                                       (--departments: OUT is a folder, one workbook per 담당부서).
 * plan-check results PLAN [RESULTS...] --year Y [--format text|json] [-o OUT.xlsx] [--department RESULTS=부서]...
 *                                                     — the year's results (in PLAN, or in the RESULTS workbooks)
 *                                                       against the targets: the results rules' findings and the
 *                                                       report. Exit 0 no errors · 1 errors · 2 unreadable.
 */
import { toA1, readPlan, type CellRef } from "../engine";
import { achievementOf, metOf } from "../engine/results/report";
import * as path from "path";
import { departmentResultsForms, resultsForm } from "../app/resultsForm";
import { departmentText } from "../i18n/departments";
import { checkResults, logGathered, writeResults, type ResultsCheck } from "../app/resultsCheck";
import { describeResultsConflict } from "../app/resultsInPlace";
import { appText } from "../i18n/app";
import { resultsText } from "../i18n/results";
import type { Lang } from "../i18n";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { parseCommandArgs, UsageError, type CommandArgs } from "./args";
import type { CliDeps, CliIO } from "./io";
import { checkOutput } from "./output";
import { jsonText, stripControls } from "./terminal";
import { chosenDepartments, guarded, writeCopy } from "./workbookCommands";
import { jsonFinding, renderTextReport } from "./report";

function address(ref: CellRef): string {
  return `${ref.sheet}!${toA1(ref.row, ref.col)}`;
}

/** --year, which must be one of the plan's target years: the year, or the line to print (exit 2). */
function checkYear(options: CommandArgs, command: string, years: readonly number[]): number | string {
  if (options.year === undefined) return resultsText("cli.needYear", options.lang, { command });
  if (!years.includes(options.year)) return resultsText("cli.badYear", options.lang, { command, year: options.year, years: years.join(", ") });
  return options.year;
}

export async function resultsFormCommand(args: readonly string[], io: CliIO, deps: CliDeps): Promise<number> {
  const options = parseCommandArgs(args, ["lang", "output", "force", "year", "departments"]);
  if (options.help) {
    io.stdout(`${appText("cli.usage", options.lang)}\n`);
    return 0;
  }
  if (options.files.length !== 1) throw new UsageError("cli.oneFile", { command: "results-form" });
  if (!options.output) throw new UsageError("cli.needOutput", { command: "results-form" });
  const [file] = options.files;
  const output = options.output;
  let current = file;
  return guarded(io, options.lang, () => current, async () => {
    if (!options.departments) await checkOutput(output, [file], options.force);
    const plan = readPlan(await deps.readGrid(file));
    const year = checkYear(options, "results-form", plan.targetYears);
    if (typeof year === "string") {
      io.stderr(`${year}\n`);
      return 2;
    }
    const forms = options.departments
      ? departmentResultsForms(plan, year, options.lang).map((d) => ({ file: path.join(output, d.name), form: d.form }))
      : [{ file: output, form: resultsForm(plan, year, options.lang) }];
    if (forms.length === 0) {
      io.stderr(`${file}: ${departmentText("split.noDepartments", options.lang)}\n`);
      return 2;
    }
    // Every department's file is checked before the first is written (as split does): a refusal leaves the folder as it was.
    if (options.departments) for (const { file: target } of forms) await checkOutput(target, [file], options.force);
    const written: string[] = [];
    try {
      for (const { file: target, form } of forms) {
        const port = await ExcelJsWorkbookPort.create();
        await port.replaceSheet(form.sheet);
        await port.setDataValidation(form.rules);
        port.protectForm(form.sheet.name, form.editable);
        current = target;
        await deps.writeBytes(target, await port.toBuffer(), { force: options.force });
        written.push(target);
        io.stdout(`${stripControls(resultsText("cli.formWritten", options.lang, { file: target, year, indicators: form.indicators, projects: form.projects }))}\n`);
      }
    } catch (error) {
      if (options.departments && written.length > 0) io.stderr(`${appText("cli.splitWritten", options.lang, { count: written.length, files: written.join(", ") })}\n`);
      throw error;
    }
    return 0;
  });
}

export async function resultsCommand(args: readonly string[], io: CliIO, deps: CliDeps): Promise<number> {
  const options = parseCommandArgs(args, ["format", "lang", "year", "output", "force", "department"]);
  if (options.help) {
    io.stdout(`${appText("cli.usage", options.lang)}\n`);
    return 0;
  }
  if (options.files.length < 1) throw new UsageError("cli.noFiles");
  const [file, ...others] = options.files;
  const chosen = chosenDepartments("results", options, others);
  let current = file;
  let check: ResultsCheck | undefined;
  const read = await guarded(io, options.lang, () => current, async () => {
    const planGrid = await deps.readGrid(file);
    const year = checkYear(options, "results", readPlan(planGrid).targetYears);
    if (typeof year === "string") {
      io.stderr(`${year}\n`);
      return 2;
    }
    const workbooks = [];
    for (const other of others) {
      current = other;
      const department = chosen.get(other);
      workbooks.push({ file: other, grid: await deps.readGrid(other), ...(department ? { department } : {}) });
    }
    check = checkResults(planGrid, year, workbooks);
    return 0;
  });
  if (!check) return read;
  const checked: ResultsCheck = check;
  // No results anywhere is exit 2; results found in files but refused (a whole form beside a file with none) are
  // reported as conflicts (exit 1), never hidden behind "no results".
  if (checked.report.sources.length === 0 && checked.conflicts.every((c) => c.kind === "noResults")) {
    io.stderr(`${resultsText("cli.noResults", options.lang, { file: options.files.join(", "), year: checked.year })}\n`);
    return 2;
  }
  const output = options.output;
  if (output) {
    // -o: a copy of PLAN with the gathered 시행결과_<year> form and 요약_시행결과; every other part as it was.
    const code = await guarded(io, options.lang, () => output, async () => {
      await writeCopy(deps, file, output, { force: options.force, inputs: options.files }, async (port) => {
        const before = await port.readGrid();
        await writeResults(port, checked, options.lang);
        // Each value taken from a department's file: one 수정이력 row, as consolidate writes them.
        await logGathered(port, before, checked, { lang: options.lang });
      });
      return 0;
    });
    if (code !== 0) return code;
  }
  if (options.format === "json") io.stdout(`${jsonText({ ...resultsJson(file, checked, options.lang), ...(output ? { output } : {}) })}\n`);
  else io.stdout(stripControls(renderResultsText(file, checked, options.lang)));
  return checked.severities.error > 0 || checked.conflicts.length > 0 ? 1 : 0;
}

/** The JSON contract: {file, year, indicators, budgets, findings, counts}; fields may be added, never renamed. */
export function resultsJson(file: string, check: ResultsCheck, lang: Lang) {
  const { report } = check;
  const fileOf = new Map<string, string>();
  for (const set of check.plan.results ?? []) if (set.file) fileOf.set(set.sheet, set.file);
  return {
    file,
    year: check.year,
    sources: report.sources,
    indicators: report.indicators.map((o) => ({
      projectId: o.project.id,
      project: o.project.name,
      indicator: o.name,
      target: o.target?.raw ?? null,
      // "" only for a formula saved without its value: nothing read (results/uncomputed-formula names the cell).
      actual: o.result?.actual?.raw || null,
      achievement: achievementOf(o.evaluation),
      met: metOf(o.evaluation),
      status: o.evaluation.status,
      reason: o.result?.reason?.raw ?? null,
      address: address(o.ref),
      ...(fileOf.has(o.ref.sheet) && o.result ? { resultsFile: fileOf.get(o.ref.sheet) } : {}),
    })),
    budgets: report.budgets.map((b) => ({
      projectId: b.project.id,
      project: b.project.name,
      budget: b.budget,
      spent: b.spent,
      executionRate: b.executionRate,
      address: address(b.ref),
    })),
    findings: check.findings.map((f) => jsonFinding(f, lang)),
    conflicts: check.conflicts,
    counts: { met: report.counts.met, missed: report.counts.missed, notReported: report.counts.notReported, noTarget: report.counts.noTarget },
  };
}

function renderResultsText(file: string, check: ResultsCheck, lang: Lang): string {
  const lines: string[] = [];
  for (const o of check.report.indicators) {
    if (o.evaluation.status === "noTarget") continue;
    const achievement = achievementOf(o.evaluation);
    lines.push(
      resultsText("cli.indicatorLine", lang, {
        address: address(o.ref),
        project: o.project.name.replace(/\s+/g, " "),
        indicator: o.name,
        target: o.target?.raw ?? "",
        actual: o.result?.actual?.raw || "—",
        achievement: achievement === null ? "" : ` (${achievement}%)`,
        status: resultsText(`status.${o.evaluation.status}`, lang),
      }),
    );
  }
  for (const c of check.conflicts) lines.push(describeResultsConflict(c, lang));
  const { counts } = check.report;
  lines.push(resultsText("cli.counts", lang, { year: check.year, ...counts }), "");
  return `${lines.join("\n")}\n${renderTextReport(file, check, lang, { color: false })}`;
}
