/**
 * Fills for the ExcelJS port: the add-in's highlights, and style changes that never repaint other cells.
 *
 * Highlights are conditional formats, as inside Excel (src/excel/formats.ts): one always-true rule tagged
 * with the add-in's HIGHLIGHT_TAG per run of marked cells of one column and severity, with the severity's
 * fill. The cells' own fills are never read or changed, the rules move with their cells when rows are
 * inserted, and either adapter removes the other's rules by the tag — a workbook highlighted by the CLI
 * and opened in Excel is cleared by the add-in, and the other way round.
 *
 * ExcelJS shares style objects: every cell loaded with the same style id (s="n") holds the *same*
 * `cell.style` object, and `cell.fill = x` is `cell.style.fill = x`, so it would repaint every cell
 * sharing that style. Here a cell is never changed through its style object: it is given a new one.
 */
import type * as ExcelJS from "exceljs";
import { HIGHLIGHT_FILLS, HIGHLIGHT_TAG, highlightRule, isHighlightRule, type HighlightMark, type SheetConditionalFormat } from "../app/port";
import { SEVERITIES, toA1, type Severity } from "../engine";

/** A solid fill of #RRGGBB as ExcelJS writes it. */
export function solidFill(hex: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(hex) } };
}

/** "#F4B6B6" → "FFF4B6B6". */
export function argbOf(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Adds one highlight rule per run of marked rows (one mark per cell, the most severe) on `sheet`. */
export function addHighlights(sheet: ExcelJS.Worksheet, marks: readonly HighlightMark[]): void {
  const byCell = new Map<string, HighlightMark>();
  for (const mark of marks) {
    const key = `${mark.ref.col}\u0000${mark.ref.row}`;
    const existing = byCell.get(key);
    if (!existing || RANK[mark.severity] < RANK[existing.severity]) byCell.set(key, mark);
  }
  const sorted = [...byCell.values()].sort((a, b) => a.ref.col - b.ref.col || a.ref.row - b.ref.row);
  const runs: { col: number; top: number; bottom: number; severity: Severity }[] = [];
  for (const { ref, severity } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === ref.col && last.severity === severity && last.bottom + 1 === ref.row) last.bottom = ref.row;
    else runs.push({ col: ref.col, top: ref.row, bottom: ref.row, severity });
  }
  for (const run of runs) {
    sheet.addConditionalFormatting({
      ref: run.top === run.bottom ? toA1(run.top, run.col) : `${toA1(run.top, run.col)}:${toA1(run.bottom, run.col)}`,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [highlightRule(run.severity)],
          // A conditional format's solid fill is its background colour.
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argbOf(HIGHLIGHT_FILLS[run.severity]) } } },
        },
      ],
    });
  }
}

/** A generated sheet's own conditional formats (never tagged: highlights are removed without touching them). */
export function addSheetFormats(sheet: ExcelJS.Worksheet, formats: readonly SheetConditionalFormat[]): void {
  for (const f of formats) {
    sheet.addConditionalFormatting({
      ref: `${toA1(f.top, f.left)}:${toA1(f.bottom, f.right)}`,
      rules: [{ type: "expression", priority: 1, formulae: [f.formula], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argbOf(f.fill) } } } }],
    });
  }
}

/** ExcelJS keeps a sheet's conditional formats in this array (its typings do not list it). */
function formats(sheet: ExcelJS.Worksheet): { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] } {
  return sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };
}

const isOurs = (rule: ExcelJS.ConditionalFormattingRule) => rule.type === "expression" && (rule.formulae ?? []).some(isHighlightRule);

/** The add-in's highlight rules on `sheet`: each one's range as written ("C70", "L11:L14") and the severity it names. */
export function highlightRuns(sheet: ExcelJS.Worksheet): { ref: string; severity: Severity }[] {
  const runs: { ref: string; severity: Severity }[] = [];
  for (const block of formats(sheet).conditionalFormattings ?? []) {
    for (const rule of block.rules) {
      if (!isOurs(rule) || rule.type !== "expression") continue;
      const formula = (rule.formulae ?? []).find(isHighlightRule) as string;
      const severity = SEVERITIES.find((s) => formula.includes(`${HIGHLIGHT_TAG}:${s}"`));
      if (severity) runs.push({ ref: block.ref, severity });
    }
  }
  return runs;
}

/** Removes the add-in's highlight rules from `sheet` (a block left without rules goes too); returns how many went. */
export function removeHighlights(sheet: ExcelJS.Worksheet): number {
  const holder = formats(sheet);
  let removed = 0;
  const kept: ExcelJS.ConditionalFormattingOptions[] = [];
  for (const block of holder.conditionalFormattings ?? []) {
    const rules = block.rules.filter((rule) => !isOurs(rule));
    removed += block.rules.length - rules.length;
    if (rules.length > 0) kept.push(rules.length === block.rules.length ? block : { ...block, rules });
  }
  if (removed > 0) holder.conditionalFormattings = kept;
  return removed;
}

/** Gives the cell a style object of its own with `change` applied (number format, protection, …). */
export function setOwnStyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...(cell.style ?? {}), ...change };
}
