/**
 * Which plan period a workbook is: 제5기 ('22 baseline, '23–'26) or 제6기 ('26 baseline, '27–'30). The years
 * decide; the header words ("6기 (○,×)", 연계성 → 6기; "5기 신규사업 여부", 중점/민관 columns → 5기) back them
 * up. When the two disagree the plan is marked mixed (a finding), and the years still choose.
 */
import type { CellRef } from "../grid";
import type { PeriodEvidence, PlanColumn, PlanPeriod } from "../plan";
import { compact } from "../text";

/** 6 when any year is past 2026 and none before it; 5 when none is past 2026; null for a series across both. */
export function periodFromYears(years: readonly number[]): PlanPeriod | null {
  if (years.length === 0) return null;
  const min = Math.min(...years);
  const max = Math.max(...years);
  if (max <= 2026) return 5;
  if (min >= 2026) return 6;
  return null;
}

/**
 * The periods the header words name, with the first cell naming each: "6기"/"5기" and the 연계성 column are
 * strong evidence; a 중점 or 민관 column only suggests 5기 (a district may keep one in a 6기 table).
 */
export function periodsFromHeaders(columns: readonly PlanColumn[], sheet: string, headerRow: number): { strong: Map<PlanPeriod, CellRef>; weak5: CellRef | null } {
  const strong = new Map<PlanPeriod, CellRef>();
  let weak5: CellRef | null = null;
  for (const column of columns) {
    const t = compact(column.header);
    const at: CellRef = { sheet, row: headerRow, col: column.col };
    const period: PlanPeriod | null = column.role === "link" || /6기/.test(t) ? 6 : /5기/.test(t) ? 5 : null;
    if (period !== null && !strong.has(period)) strong.set(period, at);
    else if (period === null && !weak5 && (column.role === "flag.key" || column.role === "flag.partnership")) weak5 = at;
  }
  return { strong, weak5 };
}

export function detectPeriod(years: readonly number[], columns: readonly PlanColumn[], sheet: string, headerRow: number): { period: PlanPeriod; evidence: PeriodEvidence } {
  const byYears = periodFromYears(years);
  const { strong, weak5 } = periodsFromHeaders(columns, sheet, headerRow);
  const byHeaders: PlanPeriod | null = strong.size === 1 ? [...strong.keys()][0] : strong.size === 0 && weak5 ? 5 : null;
  const headerRef = byHeaders === null ? null : strong.get(byHeaders) ?? weak5;
  // Mixed: years across both periods, two periods named in the header, or a strong header word against the years.
  const strongAgainstYears = byYears !== null && strong.size === 1 && byHeaders !== byYears;
  const mixed = (years.length > 0 && byYears === null) || strong.size > 1 || strongAgainstYears;
  const period: PlanPeriod = byYears ?? byHeaders ?? (strong.has(6) ? 6 : 5);
  return { period, evidence: { byYears, byHeaders, headerRef, mixed } };
}
