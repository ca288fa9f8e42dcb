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

