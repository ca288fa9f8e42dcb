/** A tiny evaluator for the formulas the summary sheets write, so tests can check Excel would recompute the engine's values. */
import { fromA1, toA1 } from "../../../src/engine";
import type { GeneratedCell } from "../../../src/app/port";

/** Evaluates the few formulas the summary writes (SUM of cells and ranges, + - /, cell references) on the sheet's values. */
export function evaluate(formula: string, rows: GeneratedCell[][]): number {
  const tokens = formula.replace(/^=/, "").match(/\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|\d+(?:\.\d+)?|SUM|[-+/(),]/g) ?? [];
  let at = 0;
  const cell = (ref: string): number => {
    const { row, col } = fromA1(ref.replace(/\$/g, ""));
    const value = rows[row]?.[col]?.value;
    return typeof value === "number" ? value : 0;
  };
  const range = (token: string): number[] => {
    const [a, b] = token.split(":").map((r) => fromA1(r.replace(/\$/g, "")));
    if (!b) return [cell(token)];
    const out: number[] = [];
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(cell(toA1(r, c)));
    return out;
  };
  const primary = (): number => {
    const token = tokens[at++];
    if (token === "SUM") {
      at++; // (
      let total = 0;
      while (tokens[at] !== ")") {
        const arg = tokens[at];
        if (/^\$?[A-Z]+\$?\d+(:|$)/.test(arg)) {
          total += range(arg).reduce((s, v) => s + v, 0);
          at++;
        } else total += expression();
        if (tokens[at] === ",") at++;
      }
      at++; // )
      return total;
    }
    if (token === "(") {
      const value = expression();
      at++;
      return value;
    }
    if (/^\$?[A-Z]+\$?\d+$/.test(token)) return cell(token);
    return Number(token);
  };
  const term = (): number => {
    let value = primary();
    while (tokens[at] === "/") {
      at++;
      value /= primary();
    }
    return value;
  };
  const expression = (): number => {
    let value = term();
    while (tokens[at] === "+" || tokens[at] === "-") value = tokens[at++] === "+" ? value + term() : value - term();
    return value;
  };
  return expression();
}


type Value = string | number | boolean;

/**
 * Evaluates the few text and logic formulas the results form writes (IF, AND, OR, ISNUMBER, SEARCH, TRIM,
 * SUBSTITUTE, LEN; = <> < > <= >=; strings, numbers, cell references) with `cell` giving each referenced
 * cell's value (null: empty). Excel's own rules for these: an empty cell is "" to text and 0 to numbers,
 * SEARCH of a missing text is an error (#VALUE!), ISNUMBER of an error is FALSE.
 */
export function evaluateLogic(formula: string, cell: (a1: string) => string | number | null): Value {
  const tokens = formula.replace(/^=/, "").match(/"(?:[^"]|"")*"|\$?[A-Z]+\$?\d+|[A-Z]+(?=\()|\d+(?:\.\d+)?|<=|>=|<>|[=<>(),]/g) ?? [];
  let at = 0;
  const ERROR = { error: "#VALUE!" } as const;
  type V = Value | typeof ERROR;
  const text = (v: V): string => (typeof v === "object" ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
  const call = (name: string, args: (() => V)[]): V => {
    switch (name) {
      case "IF":
        return args[0]() ? args[1]() : args[2] ? args[2]() : false;
      case "AND":
        return args.every((a) => a() === true);
      case "OR":
        return args.some((a) => a() === true);
      case "ISNUMBER":
        return typeof args[0]() === "number";
      case "SEARCH": {
        const at = text(args[1]()).toLowerCase().indexOf(text(args[0]()).toLowerCase());
        return at === -1 ? ERROR : at + 1;
      }
      case "TRIM":
        return text(args[0]()).trim().replace(/ +/g, " ");
      case "SUBSTITUTE":
        return text(args[0]()).split(text(args[1]())).join(text(args[2]()));
      case "LEN":
        return text(args[0]()).length;
      default:
        throw new Error(`evaluateLogic: ${name} is not known`);
    }
  };
  // Arguments are parsed once, lazily evaluated: a closure per argument over its token span.
  const primary = (): (() => V) => {
    const token = tokens[at++];
    if (token.startsWith('"')) {
      const value = token.slice(1, -1).replace(/""/g, '"');
      return () => value;
    }
    if (/^\$?[A-Z]+\$?\d+$/.test(token)) {
      const ref = token.replace(/\$/g, "");
      return () => cell(ref) ?? "";
    }
    if (/^\d/.test(token)) return () => Number(token);
    if (token === "(") {
      const inner = comparison();
      at++;
      return inner;
    }
    at++; // (
    const args: (() => V)[] = [];
    while (tokens[at] !== ")") {
      args.push(comparison());
      if (tokens[at] === ",") at++;
    }
    at++; // )
    return () => call(token, args);
  };
  const comparison = (): (() => V) => {
    const left = primary();
    const op = tokens[at];
    if (!["=", "<>", "<", ">", "<=", ">="].includes(op)) return left;
    at++;
    const right = primary();
    return () => {
      const [a, b] = [left(), right()];
      const x = typeof a === "number" && typeof b === "number" ? a - b : text(a).localeCompare(text(b));
      return op === "=" ? x === 0 : op === "<>" ? x !== 0 : op === "<" ? x < 0 : op === ">" ? x > 0 : op === "<=" ? x <= 0 : x >= 0;
    };
  };
  const value = comparison()();
  return typeof value === "object" ? "#VALUE!" : value;
}
