/** Arguments shared by the plan-check commands: files, --format, --lang, -o. */
import type { Lang } from "../i18n";
import type { AppTextId } from "../i18n/app";

export class UsageError {
  constructor(
    readonly id: AppTextId,
    readonly data: Record<string, string | number> = {},
  ) {}
}

export const FORMATS = ["text", "json"] as const;
export type Format = (typeof FORMATS)[number];
export const LANG_CHOICES = ["ko", "en"] as const;

export function isHelp(arg: string): boolean {
  return arg === "--help" || arg === "-h";
}

export interface CommandArgs {
  files: string[];
  format: Format;
  lang: Lang;
  help: boolean;
  /** -o / --output, for the commands that write a workbook. */
  output?: string;
  /** --force: an existing output file may be replaced (never an input). */
  force: boolean;
  /** --year, for the 시행결과 commands. */
  year?: number;
  /** --departments: results-form writes one workbook per 담당부서 into the -o folder. */
  departments?: boolean;
  /** --department FILE=부서 (repeatable): consolidate takes FILE as that department's. */
  departmentOf?: { file: string; department: string }[];
}

type OptionName = "format" | "lang" | "output" | "force" | "year" | "departments" | "department";

/** `FILE... [options]`, options anywhere, `--opt=value` too, `--` ends options; only `allowed` options are accepted. */
export function parseCommandArgs(args: readonly string[], allowed: readonly OptionName[]): CommandArgs {
  const parsed: CommandArgs = { files: [], format: "text", lang: "ko", help: false, force: false };
  const choice = <T extends string>(option: string, value: string | undefined, choices: readonly T[]): T => {
    const list = choices.join("|");
    if (value === undefined || value === "") throw new UsageError("cli.missingValue", { option, choices: list });
    if (!(choices as readonly string[]).includes(value)) throw new UsageError("cli.badValue", { option, value, choices: list });
    return value as T;
  };
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (optionsEnded || arg === "-" || !arg.startsWith("-")) {
      parsed.files.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsEnded = true;
      continue;
    }
    if (isHelp(arg)) {
      parsed.help = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => (inline !== undefined ? inline : args[++i]);
    if (option === "--format" && allowed.includes("format")) parsed.format = choice(option, value(), FORMATS);
    else if (option === "--lang" && allowed.includes("lang")) parsed.lang = choice(option, value(), LANG_CHOICES);
    else if ((option === "-o" || option === "--output") && allowed.includes("output")) {
      const path = value();
      if (path === undefined || path === "") throw new UsageError("cli.missingValue", { option, choices: "OUT.xlsx" });
      parsed.output = path;
    } else if (option === "--force" && inline === undefined && allowed.includes("force")) parsed.force = true;
    else if (option === "--departments" && inline === undefined && allowed.includes("departments")) parsed.departments = true;
    else if (option === "--department" && allowed.includes("department")) {
      // FILE=부서, split at the last "=": a department name holds none, a path may.
      const pair = value() ?? "";
      const at = pair.lastIndexOf("=");
      const file = at > 0 ? pair.slice(0, at) : "";
      const department = at > 0 ? pair.slice(at + 1).trim() : "";
      if (file === "" || department === "") throw new UsageError("cli.missingValue", { option, choices: "FILE=부서" });
      parsed.departmentOf = [...(parsed.departmentOf ?? []), { file, department }];
    }
    else if (option === "--year" && allowed.includes("year")) {
      const year = value();
      if (year === undefined || year === "") throw new UsageError("cli.missingValue", { option, choices: "2024" });
      if (!/^20\d{2}$/.test(year)) throw new UsageError("cli.badValue", { option, value: year, choices: "2024" });
      parsed.year = Number(year);
    } else throw new UsageError("cli.unknownOption", { option });
  }
  return parsed;
}

/** validate's arguments: FILE... [--format text|json] [--lang ko|en]. */
export function parseValidateArgs(args: readonly string[]): Omit<CommandArgs, "output" | "force"> {
  const { files, format, lang, help } = parseCommandArgs(args, ["format", "lang"]);
  return { files, format, lang, help };
}

