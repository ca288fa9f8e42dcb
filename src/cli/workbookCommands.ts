/**
 * plan-check summarize FILE -o OUT.xlsx   — a copy of FILE with 요약_전략별 and 요약_지표, made by the same
 *                                            code as the pane's 요약 만들기, through the ExcelJS WorkbookPort.
 * plan-check diff OLD.xlsx NEW.xlsx [--format text|json]
 *                                        — what changed between two versions, projects matched by identity:
 *                                            the same entries the pane writes to 수정이력.
 * plan-check split FILE -o DIR           — one input workbook per 담당부서.
 * plan-check consolidate MASTER DEPT... -o OUT.xlsx [--department DEPT=부서]... [--format text|json]
 *                                        — the departments' workbooks gathered back into the master.
 */
import * as path from "path";
import { consolidateWorkbooks, consolidationJson, describeConsolidation } from "../app/consolidate";
import { createDepartmentWorkbooks, describeDepartmentWorkbooks, NoDepartmentsError } from "../app/departments";
import { writeSummaries } from "../app/summarize";
import { diffEntryJson, diffPlanVersions, describeEntry } from "../app/revisionLog";
import { planSpan, readPlan, type Plan } from "../engine";
import { toReadFailure } from "../app/validateWorkbook";
import { appText } from "../i18n/app";
import { departmentText } from "../i18n/departments";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { xlsxWorkbookFiles } from "../xlsx/workbookFiles";
import { parseCommandArgs, UsageError, type CommandArgs } from "./args";
import type { CliDeps, CliIO } from "./io";
import { failureLine } from "./report";
import { checkOutput, OutputError, outputErrorText, sameFile } from "./output";
import { jsonText } from "./terminal";
import { SheetNotOwnedError } from "../app/port";
import { PackageEditError } from "../xlsx/package";

/**
 * Runs `work`; a file that cannot be read as a plan becomes one line on stderr and exit 2, and so does an
 * output that cannot or may not be written (named as such, never as a reading error).
 */
export async function guarded(io: CliIO, lang: "ko" | "en", file: () => string, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof OutputError) io.stderr(`${outputErrorText(error, lang)}\n`);
    else if (error instanceof PackageEditError) io.stderr(`${appText("cli.cannotKeep", lang, { file: file(), cell: error.detail })}\n`);
    else if (error instanceof NoDepartmentsError) io.stderr(`${file()}: ${departmentText("consolidate.noDepartments", lang)}\n`);
    else if (error instanceof SheetNotOwnedError) io.stderr(`${appText("cli.sheetNotOwned", lang, { file: file(), sheet: error.sheet })}\n`);
    else io.stderr(`${failureLine({ file: file(), failure: toReadFailure(error) }, lang)}\n`);
    return 2;
  }
}

/** --department FILE=부서 (repeatable): the department chosen per file; each FILE must be one of `files` (of `command`). */
export function chosenDepartments(command: string, options: CommandArgs, files: readonly string[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const { file, department } of options.departmentOf ?? []) {
    if (!files.includes(file)) throw new UsageError("cli.departmentNotGiven", { command, file });
    chosen.set(file, department);
  }
  return chosen;
}

/**
 * A copy of `file` with what `write` puts into it through the ExcelJS port, written to `output` into the
 * original package: every other part as it was. `output` is checked against every input first.
 */
export async function writeCopy<T>(
  deps: CliDeps,
  file: string,
  output: string,
  options: { force?: boolean; inputs: readonly string[] },
  write: (port: ExcelJsWorkbookPort) => Promise<T>,
): Promise<{ port: ExcelJsWorkbookPort; written: T }> {
  await checkOutput(output, options.inputs, options.force === true);
  const original = await deps.readBytes(file);
  const port = await ExcelJsWorkbookPort.fromBuffer(original);
  const written = await write(port);
  await deps.writeBytes(output, await port.toBufferKeeping(original), { force: options.force });
  return { port, written };
}

export async function summarizeCommand(args: readonly string[], io: CliIO, deps: CliDeps): Promise<number> {
  const options = parseCommandArgs(args, ["lang", "output", "force"]);
  if (options.help) {
    io.stdout(`${appText("cli.usage", options.lang)}\n`);
    return 0;
  }
  if (options.files.length !== 1) throw new UsageError("cli.oneFile", { command: "summarize" });
  if (!options.output) throw new UsageError("cli.needOutput", { command: "summarize" });
  const [file] = options.files;
  const output = options.output;
  return guarded(io, options.lang, () => file, async () => {
    // The two sheets written into the original package: every other part as it was.
    const { port, written: summary } = await writeCopy(deps, file, output, { force: options.force, inputs: [file] }, (port) => writeSummaries(port, options.lang));
    io.stdout(
      `${appText("cli.summarized", options.lang, {
        file: output,
        strategies: summary.byStrategy.rows.length,
        indicators: summary.byIndicator.length,
      })}\n`,
    );
    if (port.chartsNotDrawn.length > 0) io.stdout(`${appText("cli.chartsInExcel", options.lang)}\n`);
    return 0;
  });
}

export async function diffCommand(args: readonly string[], io: CliIO, deps: CliDeps): Promise<number> {
  const options = parseCommandArgs(args, ["format", "lang"]);
  if (options.help) {
    io.stdout(`${appText("cli.usage", options.lang)}\n`);
    return 0;
  }
  if (options.files.length !== 2) throw new UsageError("cli.twoFiles", { command: "diff" });
  const [oldFile, newFile] = options.files;
  let current = oldFile;
  return guarded(io, options.lang, () => current, async () => {
    const before = readPlan(await deps.readGrid(oldFile));
    current = newFile;
    const after = readPlan(await deps.readGrid(newFile));
    current = oldFile;
    const { entries, sharedYears } = diffPlanVersions(before, after);
    // Plans of different periods (제5기 → 제6기): said first, with the years their targets and budgets were compared in.
    const periods = sharedYears ? periodsLine(before, after, sharedYears, options.lang) : null;
    if (options.format === "json") {
      // The JSON stays the list of entries; the periods are said on stderr.
      if (periods) io.stderr(`${periods}\n`);
      io.stdout(`${jsonText(entries.map(diffEntryJson))}\n`);
    } else {
      if (periods) io.stdout(`${periods}\n`);
      if (entries.length === 0) {
        io.stdout(`${appText("cli.noChanges", options.lang)}\n`);
      } else {
        io.stdout(`${entries.map((entry) => describeEntry(entry, options.lang)).join("\n")}\n`);
        io.stdout(`${appText("cli.changeCount", options.lang, { count: entries.length })}\n`);
      }
    }
    // As diff(1): 0 the same, 1 different (plans of different periods are).
    return entries.length === 0 && periods === null ? 0 : 1;
  });
}

/** "두 계획의 기간이 다릅니다: 제5기 (2023–2026) → 제6기 (2027–2030) …", with the years still compared. */
function periodsLine(before: Plan, after: Plan, shared: { targets: number[]; budgets: number[] }, lang: "ko" | "en"): string {
  const period = (plan: Plan) => {
    const span = planSpan(plan);
    return span ? appText("report.planPeriod", lang, { period: plan.period, ...span }) : appText("report.planPeriodNoYears", lang, { period: plan.period });
  };
  const years = [...new Set([...shared.targets, ...shared.budgets])].sort((a, b) => a - b);
  const data = { before: period(before), after: period(after), years: years.join(", ") };
  return appText(years.length > 0 ? "cli.diffPeriods" : "cli.diffPeriodsNoYears", lang, data);
}

/** plan-check split FILE -o DIR: one input workbook per 담당부서, written as DIR/<담당부서>.xlsx. */
export async function splitCommand(args: readonly string[], io: CliIO, deps: CliDeps): Promise<number> {
  const options = parseCommandArgs(args, ["lang", "output", "force"]);
  if (options.help) {
    io.stdout(`${appText("cli.usage", options.lang)}\n`);
    return 0;
  }
  if (options.files.length !== 1) throw new UsageError("cli.oneFile", { command: "split" });
  if (!options.output) throw new UsageError("cli.needOutputDir", { command: "split" });
  const [file] = options.files;
  const dir = options.output;
  let current = file;
  return guarded(io, options.lang, () => current, async () => {
    let result;
    try {
      result = await createDepartmentWorkbooks(xlsxWorkbookFiles, await deps.readBytes(file), { lang: options.lang });
    } catch (error) {
      if (!(error instanceof NoDepartmentsError)) throw error;
      io.stderr(`${file}: ${departmentText("split.noDepartments", options.lang)}\n`);
      return 2;
    }
    const files = await splitTargets(result.files, dir, file);
    // Every target is checked before the first is written: a refusal leaves the folder as it was.
    for (const target of files) await checkOutput(path.join(dir, target.name), [file], options.force);
    const written: string[] = [];
    try {
      for (const target of files) {
        current = path.join(dir, target.name);
        await deps.writeBytes(current, target.bytes, { force: options.force });
        written.push(current);
      }
    } catch (error) {
      if (written.length > 0) io.stderr(`${appText("cli.splitWritten", options.lang, { count: written.length, files: written.join(", ") })}\n`);
      throw error;
    }
    const shown = { ...result, files };
    // The file lines come first, one per workbook: show them with their folder.
    const lines = describeDepartmentWorkbooks(shown, options.lang).map((line, i) => (i < files.length ? path.join(dir, line) : line));
    for (const target of files) {
      if (target.name !== `${target.department}.xlsx`) {
        lines.push(appText("cli.splitRenamed", options.lang, { department: target.department, file: path.join(dir, target.name) }));
      }
    }
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  });
}

/**
 * The department files with names that never land on the master: a department named like the master's
 * file (in the same folder, by inode) gets "<name> (2).xlsx" and so on, still unique within the split.
 */
async function splitTargets<T extends { name: string }>(files: readonly T[], dir: string, master: string): Promise<T[]> {
  const taken = new Set(files.map((f) => f.name.toLowerCase()));
  const out: T[] = [];
  for (const f of files) {
    let name = f.name;
    const base = name.replace(/\.xlsx$/i, "");
    let n = 1;
    while ((await sameFile(path.join(dir, name), master)) || (n > 1 && taken.has(name.toLowerCase()))) name = `${base} (${++n}).xlsx`;
    taken.add(name.toLowerCase());
    out.push({ ...f, name });
  }
  return out;
}

/** A department file as the report names it: its base name, or the path as given when two share a base name. */
function reportName(file: string, files: readonly string[]): string {
  const base = path.basename(file);
  return files.some((f) => f !== file && path.basename(f) === base) ? file : base;
}

/**
 * plan-check consolidate MASTER DEPT... -o OUT.xlsx [--format text|json]: the departments' changes to
 * their own projects applied to a copy of MASTER; conflicts reported and never applied.
 * Exit: 0 no conflicts · 1 conflicts to resolve · 2 the master cannot be read.
 */
export async function consolidateCommand(args: readonly string[], io: CliIO, deps: CliDeps): Promise<number> {
  const options = parseCommandArgs(args, ["format", "lang", "output", "force", "department"]);
  if (options.help) {
    io.stdout(`${appText("cli.usage", options.lang)}\n`);
    return 0;
  }
  if (options.files.length < 2) throw new UsageError("cli.masterAndDepartments", { command: "consolidate" });
  if (!options.output) throw new UsageError("cli.needOutput", { command: "consolidate" });
  const [master, ...departmentFiles] = options.files;
  const output = options.output;
  const chosen = chosenDepartments("consolidate", options, departmentFiles);
  return guarded(io, options.lang, () => master, async () => {
    // Never the master nor a department's file, whatever path leads to it (links included).
    await checkOutput(output, options.files, options.force);
    const masterBytes = await deps.readBytes(master);
    const files = [];
    for (const file of departmentFiles) {
      // An unreadable department file is a conflict of the run, not a failure of the command.
      const bytes = await deps.readBytes(file).catch(() => new Uint8Array());
      const department = chosen.get(file);
      files.push({ name: reportName(file, departmentFiles), bytes, ...(department ? { department } : {}) });
    }
    const run = await consolidateWorkbooks(xlsxWorkbookFiles, masterBytes, files, { lang: options.lang });
    await deps.writeBytes(output, run.bytes, { force: options.force });
    if (options.format === "json") {
      io.stdout(`${jsonText({ ...consolidationJson(run.result), output })}\n`);
    } else {
      io.stdout(`${[...describeConsolidation(run, options.lang), departmentText("report.written", options.lang, { file: output })].join("\n")}\n`);
    }
    return run.result.conflicts.length === 0 ? 0 : 1;
  });
}
