/**
 * The store's value is cut into cells at fixed widths, so a cut can fall beside a space inside the JSON.
 * Reading it back must join the pieces exactly as written: a trimmed piece changes the value, its seal
 * no longer matches, and an untouched log would be reported as edited.
 */
import { splitStoreValue } from "../src/app/conventions";
import type { Grid } from "../src/engine/grid";
import { readRevisionStore } from "../src/engine/read/revisionLog";
import { GENERATED_SHEETS } from "../src/engine/sheets";

function storeGrid(entries: Record<string, string>, size: number): Grid {
  const values = Object.entries(entries).map(([key, value]) => [key, ...splitStoreValue(value, size)]);
  return { sheets: [{ name: GENERATED_SHEETS.store, values, merges: [] }] };
}

describe("readRevisionStore", () => {
  const baseline = JSON.stringify({ rows: [{ name: "노인 돌봄 서비스 ", unit: " 명" }, { name: " 청년  일자리" }] });
  const revisionLog = JSON.stringify({ head: "abc", rows: [{ reason: "목표 조정  (부서 요청) " }] });

  it.each([3, 5, 7, 11, 32_000])("joins pieces cut every %i characters exactly as written", (size) => {
    const grid = storeGrid({ baseline, revisionLog }, size);
    // The cuts at these widths put spaces at the start or end of some pieces.
    if (size < baseline.length) expect(grid.sheets[0].values.flat().some((piece) => typeof piece === "string" && /^\s|\s$/.test(piece))).toBe(true);
    expect(readRevisionStore(grid)).toEqual({ baseline, revisionLog });
  });

  it("reads a missing entry as null and a workbook without the store as no store", () => {
    expect(readRevisionStore(storeGrid({ baseline }, 32_000))).toEqual({ baseline, revisionLog: null });
    expect(readRevisionStore({ sheets: [{ name: "총괄표", values: [["x"]], merges: [] }] })).toBeNull();
  });
});
