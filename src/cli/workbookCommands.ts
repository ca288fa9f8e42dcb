/**
 * plan-check summarize FILE -o OUT.xlsx   — a copy of FILE with 요약_전략별 and 요약_지표, made by the same
 *                                            code as the pane's 요약 만들기, through the ExcelJS WorkbookPort.
 * plan-check diff OLD.xlsx NEW.xlsx [--format text|json]
 *                                        — what changed between two versions, projects matched by identity:
 *                                            the same entries the pane writes to 수정이력.
 */
import { writeSummaries } from "../app/summarize";
import { diffEntryJson, diffGrids, describeEntry } from "../app/revisionLog";
import { toReadFailure } from "../app/validateWorkbook";
import { appText } from "../i18n/app";
import { ExcelJsWorkbookPort } from "../xlsx/exceljsPort";
import { parseCommandArgs, UsageError } from "./args";
import type { CliDeps, CliIO } from "./main";
import { failureLine } from "./report";

/** Runs `work`; a file that cannot be read as a plan becomes one line on stderr and exit 2. */
async function guarded(io: CliIO, lang: "ko" | "en", file: () => string, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    io.stderr(`${failureLine({ file: file(), failure: toReadFailure(error) }, lang)}\n`);
    return 2;
  }
}

export async function summarizeCommand(args: readonly string[], io: CliIO, deps: CliDeps): Promise<number> {
  const options = parseCommandArgs(args, ["lang", "output"]);
  if (options.help) {
    io.stdout(`${appText("cli.usage", options.lang)}\n`);
    return 0;
  }
  if (options.files.length !== 1) throw new UsageError("cli.oneFile", { command: "summarize" });
  if (!options.output) throw new UsageError("cli.needOutput", { command: "summarize" });
  const [file] = options.files;
  const output = options.output;
  let current = file;
  return guarded(io, options.lang, () => current, async () => {
    const port = await ExcelJsWorkbookPort.fromBuffer(await deps.readBytes(file));
    const summary = await writeSummaries(port, options.lang);
    current = output;
    await deps.writeBytes(output, await port.toBuffer());
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
    const before = await deps.readGrid(oldFile);
    current = newFile;
    const after = await deps.readGrid(newFile);
    current = oldFile;
    const entries = diffGrids(before, after);
    if (options.format === "json") {
      io.stdout(`${JSON.stringify(entries.map(diffEntryJson), null, 2)}\n`);
    } else if (entries.length === 0) {
      io.stdout(`${appText("cli.noChanges", options.lang)}\n`);
    } else {
      io.stdout(`${entries.map((entry) => describeEntry(entry, options.lang)).join("\n")}\n`);
      io.stdout(`${appText("cli.changeCount", options.lang, { count: entries.length })}\n`);
    }
    // As diff(1): 0 the same, 1 different.
    return entries.length === 0 ? 0 : 1;
  });
}
