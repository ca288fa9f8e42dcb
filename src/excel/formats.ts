/**
 * Highlights as conditional formats (ExcelApi 1.6), never as the cells' own fills.
 *
 * Each highlight is a custom rule `=N("plan-check:highlight:<severity>")=0` — always true, and carrying
 * its own tag — with the severity's fill, on an area of marked cells (runs of consecutive rows of one
 * column and severity). Why not paint the fills and save them, as before:
 * - nothing of the user's is read, saved or overwritten: a cell's own fill (solid, patterned, gradient)
 *   is simply shown again once the rule is gone, so no save can fail after a paint and lose it;
 * - the rule belongs to its cells: when rows are inserted between 계획 검증 and 강조 지우기, Excel moves
 *   it with them; nothing depends on stored coordinates;
 * - 강조 지우기 finds the add-in's rules by their tag wherever they are, whatever the store says: an
 *   undo (Ctrl+Z), a second run from the ribbon, a deleted store sheet cannot orphan a highlight;
 * - two runs (ribbon and pane) cannot take each other's colours for the user's: there is nothing to take.
 *
 * Syncs: the rules present are found in readGrid's second sync (`queueHighlightLookup`), so highlight is
 * one sync (remove those by id, add the new ones, load their ids); without a fresh lookup, or when one
 * of those ids is gone (the user deleted the rule meanwhile), one more sync looks them up first.
 */
import type { Severity } from "../engine";
import { HIGHLIGHT_FILLS, highlightRule, isHighlightRule, type HighlightMark } from "../app/port";
import { groupBySize } from "./cells";
import { DEFAULT_ADAPTER_OPTIONS, type AdapterOptions } from "./context";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The add-in's conditional formats by sheet name: their ids, as last seen. */
export type KnownHighlights = Map<string, string[]>;

export interface HighlightArea {
  sheet: string;
  severity: Severity;
  top: number;
  left: number;
  rowCount: number;
}

/** One mark per cell (the most severe), then runs of consecutive rows of one column and severity. */
export function highlightAreas(marks: readonly HighlightMark[]): HighlightArea[] {
  const byCell = new Map<string, HighlightMark>();
  for (const mark of marks) {
    const key = `${mark.ref.sheet}\u0000${mark.ref.col}\u0000${mark.ref.row}`;
    const existing = byCell.get(key);
    if (!existing || RANK[mark.severity] < RANK[existing.severity]) byCell.set(key, mark);
  }
  const sorted = [...byCell.values()].sort(
    (a, b) => (a.ref.sheet < b.ref.sheet ? -1 : a.ref.sheet > b.ref.sheet ? 1 : 0) || a.ref.col - b.ref.col || a.ref.row - b.ref.row,
  );
  const areas: HighlightArea[] = [];
  for (const { ref, severity } of sorted) {
    const last = areas[areas.length - 1];
    if (last && last.sheet === ref.sheet && last.left === ref.col && last.severity === severity && last.top + last.rowCount === ref.row) last.rowCount++;
    else areas.push({ sheet: ref.sheet, severity, top: ref.row, left: ref.col, rowCount: 1 });
  }
  return areas;
}

/** Queues the load of every sheet's conditional formats; after the sync, the add-in's ones by sheet. */
export function queueHighlightLookup(sheets: readonly Excel.Worksheet[]): () => KnownHighlights {
  const loaded = sheets.map((sheet) => {
    const formats = sheet.getRange().conditionalFormats;
    formats.load("items/id,items/type,items/customOrNullObject/rule/formula");
    return { sheet, formats };
  });
  return () => {
    const known: KnownHighlights = new Map();
    for (const { sheet, formats } of loaded) {
      const ours = formats.items.filter((f) => f.type === "Custom" && !f.customOrNullObject.isNullObject && isHighlightRule(f.customOrNullObject.rule.formula));
      if (ours.length > 0) known.set(sheet.name, ours.map((f) => f.id));
    }
    return known;
  };
}

/** Looks the add-in's conditional formats up (two syncs: the sheets, their formats). */
export async function lookUpHighlights(context: Excel.RequestContext): Promise<KnownHighlights> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const read = queueHighlightLookup(worksheets.items);
  await context.sync();
  return read();
}

/** Queues the removal of `known` (by id); returns how many. */
function queueRemoval(context: Excel.RequestContext, known: KnownHighlights): number {
  let count = 0;
  for (const [name, ids] of known) {
    const formats = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
    for (const id of ids) {
      formats.getItem(id).delete();
      count++;
    }
  }
  return count;
}

/** A request's share for one area: the rule's four objects and their values (measured: about 600 bytes). */
const AREA_BYTES = 700;

/** Queues what goes last in a batch's last request (the one-run lock's release: ./runLock.ts). */
export type QueueLast = (context: Excel.RequestContext) => void;

/**
 * Replaces the add-in's highlights with `marks`: removes `known` and adds one rule per area, in one
 * sync — more only when the areas would pass `requestBytesPerSync`. Returns the new rules' ids by sheet.
 */
export async function replaceHighlights(
  context: Excel.RequestContext,
  known: KnownHighlights,
  marks: readonly HighlightMark[],
  options: AdapterOptions = DEFAULT_ADAPTER_OPTIONS,
  queueLast?: QueueLast,
): Promise<KnownHighlights> {
  queueRemoval(context, known);
  const added: { sheet: string; format: Excel.ConditionalFormat }[] = [];
  const groups = groupBySize(highlightAreas(marks), () => AREA_BYTES, options.requestBytesPerSync);
  if (groups.length === 0) groups.push([]);
  for (let index = 0; index < groups.length; index++) {
    for (const area of groups[index]) {
      const range = context.workbook.worksheets.getItem(area.sheet).getRangeByIndexes(area.top, area.left, area.rowCount, 1);
      const format = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      format.custom.rule.formula = `=${highlightRule(area.severity)}`;
      format.custom.format.fill.color = HIGHLIGHT_FILLS[area.severity];
      format.load("id");
      added.push({ sheet: area.sheet, format });
    }
    if (index === groups.length - 1) queueLast?.(context);
    await context.sync();
  }
  const result: KnownHighlights = new Map();
  for (const { sheet, format } of added) result.set(sheet, [...(result.get(sheet) ?? []), format.id]);
  return result;
}

/** Removes `known`, in one sync (none when there are none and nothing goes last); returns how many rules went. */
export async function removeHighlights(context: Excel.RequestContext, known: KnownHighlights, queueLast?: QueueLast): Promise<number> {
  const count = queueRemoval(context, known);
  queueLast?.(context);
  if (count > 0 || queueLast) await context.sync();
  return count;
}
