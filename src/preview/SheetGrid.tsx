/**
 * A read-only drawing of one sheet, enough to see what the add-in did: values, fills (the highlights
 * included), merged areas spanning, the selected cell outlined and scrolled into view. Each cell is a
 * gridcell named "총괄표 E64"; a highlighted cell carries data-severity.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { CellRef } from "../engine";
import { columnLetters, toA1 } from "../engine/a1";
import type { CellView, SheetView } from "./sheetView";

const ROW_HEADER_WIDTH = 44;

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 4,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  colHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: "22px",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    textAlign: "center",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
  },
  headerActive: { color: tokens.colorBrandForeground1, backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
  cell: {
    height: "22px",
    padding: `1px ${tokens.spacingHorizontalXS}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    verticalAlign: "bottom",
    boxSizing: "border-box",
  },
  wrap: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", wordBreak: "keep-all", textOverflow: "clip" },
  highlighted: { boxShadow: `inset 0 0 0 1px ${tokens.colorNeutralStrokeAccessible}` },
  selected: {
    boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}`,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    position: "relative",
    zIndex: 0,
  },
  /** A cell 부서 취합 wrote: a dashed green outline, apart from the severities' fills (the legend above the grid says so). */
  consolidated: { outline: `2px dashed ${tokens.colorPaletteGreenBorder2}`, outlineOffset: "-3px" },
  link: { color: tokens.colorBrandForegroundLink, textDecorationLine: "underline", cursor: "pointer" },
  /** Rows the sheet freezes stay at the top while the rest scrolls, as in Excel. */
  frozen: { position: "sticky", zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  frozenHeader: { zIndex: 3 },
  /** Text running on over empty cells to its right, as Excel shows it. */
  spill: { overflow: "visible", textOverflow: "clip" },
  spillFrozen: { zIndex: 2 },
  frozenLast: { borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
});

const HEADER_ROW_HEIGHT = 23;

export interface SheetGridProps {
  sheet: SheetView;
  selected: CellRef | null;
  label: string;
  onNavigate(ref: CellRef): void;
  /** Cells the last 부서 취합 wrote on this sheet, as "row,col" (zero-based): outlined and marked data-consolidated. */
  consolidated?: ReadonlySet<string>;
}

export function SheetGrid({ sheet, selected, label, onNavigate, consolidated }: SheetGridProps): React.JSX.Element {
  const styles = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const spans = React.useMemo(() => {
    const map = new Map<string, { rowSpan: number; colSpan: number }>();
    for (const m of sheet.merges) map.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    return map;
  }, [sheet]);
  const covered = React.useMemo(() => {
    const set = new Set<string>();
    for (const m of sheet.merges)
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) set.add(`${r},${c}`);
    return set;
  }, [sheet]);
  const sel = selected && selected.sheet === sheet.name ? selected : null;

  // Offsets of the frozen rows, measured once drawn (their heights follow their content).
  const [frozenTops, setFrozenTops] = React.useState<number[]>([]);
  React.useLayoutEffect(() => {
    const table = scroller.current?.querySelector("table");
    if (!table || sheet.frozenRows === 0) {
      setFrozenTops([]);
      return;
    }
    const header = table.tHead?.rows[0]?.getBoundingClientRect().height ?? HEADER_ROW_HEIGHT;
    const tops: number[] = [];
    let top = header;
    for (let r = 0; r < sheet.frozenRows; r++) {
      tops.push(top);
      top += table.tBodies[0]?.rows[r]?.getBoundingClientRect().height ?? 0;
    }
    setFrozenTops((old) => (old.length === tops.length && old.every((v, i) => Math.abs(v - tops[i]) < 0.5) ? old : tops));
  }, [sheet]);
  const frozenTop = (r: number): number | undefined => (r < sheet.frozenRows ? frozenTops[r] : undefined);

  // The selected cell is centred when it changes, inside the grid only: the page (one column at 350 px) stays where it is.
  React.useEffect(() => {
    const host = scroller.current;
    if (!sel || !host) return;
    const el = host.querySelector<HTMLElement>(`[data-address="${toA1(sel.row, sel.col)}"]`);
    if (!el) return;
    const box = el.getBoundingClientRect();
    const frame = host.getBoundingClientRect();
    host.scrollTop += box.top - frame.top - (frame.height - box.height) / 2;
    host.scrollLeft += box.left - frame.left - (frame.width - box.width) / 2;
  }, [sel?.row, sel?.col, sel?.sheet]);

  const tableWidth = ROW_HEADER_WIDTH + sheet.colWidths.reduce((a, b) => a + b, 0);
  const rows: React.JSX.Element[] = [];
  for (let r = 0; r < sheet.rowCount; r++) {
    const line: React.JSX.Element[] = [];
    for (let c = 0; c < sheet.colCount; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const cell = sheet.cells[r]?.[c];
      const span = spans.get(key);
      const address = toA1(r, c);
      const isSelected = !!sel && sel.row === r && sel.col === c;
      const isConsolidated = consolidated?.has(key) ?? false;
      const spills = !!cell && !span && spillsRight(sheet, covered, r, c);
      line.push(
        <td
          key={c}
          role="gridcell"
          aria-label={`${sheet.name} ${address}`}
          aria-description={cell?.text || undefined}
          aria-selected={isSelected ? true : undefined}
          data-address={address}
          data-severity={cell?.severity ?? undefined}
          data-consolidated={isConsolidated ? "true" : undefined}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          title={cell?.text && cell.text.length > 12 ? cell.text : undefined}
          className={mergeClasses(
            styles.cell,
            cell?.wrap && styles.wrap,
            cell?.severity ? styles.highlighted : undefined,
            isConsolidated && styles.consolidated,
            isSelected && styles.selected,
            frozenTop(r) !== undefined && styles.frozen,
            spills && styles.spill,
            spills && frozenTop(r) !== undefined && styles.spillFrozen,
            sheet.frozenRows > 0 && r + (span?.rowSpan ?? 1) === sheet.frozenRows && styles.frozenLast,
          )}
          style={withTop(cellStyle(cell), frozenTop(r))}
        >
          {cell?.link ? (
            <a
              href={`#${address}`}
              className={styles.link}
              onClick={(event) => {
                event.preventDefault();
                onNavigate(cell.link as CellRef);
              }}
            >
              {cell.text}
            </a>
          ) : (
            cell?.text
          )}
        </td>,
      );
    }
    const height = sheet.rowHeights[r];
    rows.push(
      <tr key={r} role="row" style={height ? { height } : undefined}>
        <th
          role="rowheader"
          scope="row"
          className={mergeClasses(
            styles.rowHeader,
            sel?.row === r && styles.headerActive,
            frozenTop(r) !== undefined && styles.frozenHeader,
            r === sheet.frozenRows - 1 && styles.frozenLast,
          )}
          style={withTop(undefined, frozenTop(r))}
        >
          {r + 1}
        </th>
        {line}
      </tr>,
    );
  }

  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} aria-label={label}>
      <table role="grid" aria-label={label} aria-readonly="true" aria-rowcount={sheet.rowCount + 1} aria-colcount={sheet.colCount + 1} className={styles.table} style={{ width: tableWidth }}>
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {sheet.colWidths.map((w, c) => (
            <col key={c} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row">
            <td className={styles.corner} aria-hidden />
            {sheet.colWidths.map((_, c) => (
              <th key={c} role="columnheader" scope="col" className={mergeClasses(styles.colHeader, sel?.col === c && styles.headerActive)}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}

/** A left-aligned, unwrapped text whose right neighbour is empty runs on over it. */
function spillsRight(sheet: SheetView, covered: Set<string>, r: number, c: number): boolean {
  const cell = sheet.cells[r]?.[c];
  if (!cell || cell.wrap || !cell.text || cell.numeric || (cell.align !== null && cell.align !== "left")) return false;
  if (c + 1 >= sheet.colCount || covered.has(`${r},${c + 1}`)) return false;
  const next = sheet.cells[r]?.[c + 1];
  return !next || (!next.text && !next.fill);
}

function withTop(style: React.CSSProperties | undefined, top: number | undefined): React.CSSProperties | undefined {
  return top === undefined ? style : { ...style, top };
}

function cellStyle(cell: CellView | undefined): React.CSSProperties | undefined {
  if (!cell) return undefined;
  const style: React.CSSProperties = {};
  if (cell.fill) style.backgroundColor = cell.fill;
  if (cell.bold) style.fontWeight = 600;
  if (cell.italic) style.fontStyle = "italic";
  if (cell.color && cell.color !== "#000000") style.color = cell.color;
  style.textAlign = cell.align ?? (cell.numeric ? "right" : "left");
  if (cell.vertical) style.verticalAlign = cell.vertical === "middle" ? "middle" : cell.vertical;
  return style;
}
