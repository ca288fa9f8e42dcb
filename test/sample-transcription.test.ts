/**
 * The hand transcription of Mapo-gu's 5th plan (scripts/sample/mapo-5th.tsv) against the seed text itself
 * (../shared/seed/000_40eb389127bace5f.txt beside the repository), and the sample workbook built from it.
 * The seed is the only witness that the transcription is faithful: without it those tests skip with a note on a
 * fresh clone, and fail where CI requires it (PLAN_CHECK_REQUIRE_SHARED=1, see test/sharedMaterial.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { noteIfAbsent, sharedFile, testWithShared } from "./sharedMaterial";

// Plain CommonJS scripts (no types): see scripts/lib/transcription.js and scripts/lib/write-plan.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadTranscription, flatText } = require("../scripts/lib/transcription");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildPlanWorkbook, workbookToBuffer } = require("../scripts/lib/write-plan");

type Row = {
  kind: string;
  line: number;
  cells: string[];
  top?: string[];
  bottom?: string[];
  bottomLine?: number;
  part?: number;
  name?: string;
  number?: number;
  id?: string;
  label?: string;
  ownerKind?: string;
  ownerId?: string;
};

const SEED_NAME = "000_40eb389127bace5f.txt";
const SEED = sharedFile("seed", SEED_NAME);
noteIfAbsent(SEED, "The transcription checks against the seed text");

let seedLines: string[] | null = null;
function seed(): string[] {
  if (seedLines) return seedLines;
  seedLines = fs.readFileSync(SEED.path, "utf8").split(/\r?\n/);
  return seedLines;
}
/** Seed line n (1-based) split at tabs: the tab positions are the column positions. */
const seedCells = (n: number): string[] => seed()[n - 1].split("\t");
const trimEnd = (cells: string[]): string[] => {
  const c = cells.slice();
  while (c.length && c[c.length - 1] === "") c.pop();
  return c;
};
const flat = (cell: string): string => flatText(cell);
const labels = (cells: string[]): string[] => cells.map(flat).filter((x) => x !== "");

const t = loadTranscription();
const rows: Row[] = t.rows;
const projects = rows.filter((r) => r.kind === "project");
const strategies = rows.filter((r) => r.kind === "strategy");
const tasks = rows.filter((r) => r.kind === "task");

describe("scripts/sample/mapo-5th.tsv against the seed", () => {
  const seedTest = (title: string, fn: () => unknown): void => testWithShared(SEED, title, fn);
  seedTest("the seed text is present", () => {
    expect(seed().length).toBeGreaterThan(100);
  });

  seedTest("each project's number, flags and five budgets stand on the seed line that holds its name", () => {
    const seen = new Map<string, number>();
    for (const p of projects) {
      const name = p.cells[1];
      const k = seen.get(name) ?? 0;
      seen.set(name, k + 1);
      // The k-th seed line whose 사업명 column holds this name (일자리 네트워크 구 축 stands twice).
      const lines = seed()
        .map((text, i) => ({ n: i + 1, cells: text.split("\t") }))
        .filter((l) => l.cells[1] === name);
      const hit = lines[k];
      expect({ name, found: !!hit }).toEqual({ name, found: true });
      expect({ name, line: hit.n }).toEqual({ name, line: p.line });
      expect({ name, number: hit.cells[0] }).toEqual({ name, number: String(p.number) });
      expect({ name, number: hit.cells[0] }).toEqual({ name, number: p.cells[0] });
      expect({ name, flags: hit.cells.slice(2, 5) }).toEqual({ name, flags: p.cells.slice(2, 5) });
      expect({ name, budgets: hit.cells.slice(11, 16) }).toEqual({ name, budgets: p.cells.slice(11, 16) });
    }
  });

  seedTest("every table row flattens back to its seed line (line breaks → spaces, merge marks → empty)", () => {
    for (const r of rows) {
      if (r.kind === "header") {
        // Header blocks: the same labels in the same order (the seed misplaces 예산(백만원) in three of them).
        expect({ line: r.line, labels: labels(r.top as string[]) }).toEqual({ line: r.line, labels: labels(seedCells(r.line)) });
        const bl = r.bottomLine as number;
        expect({ line: bl, labels: labels(r.bottom as string[]) }).toEqual({ line: bl, labels: labels(seedCells(bl)) });
        continue;
      }
      const flattened = trimEnd(r.cells.map(flat));
      expect({ line: r.line, cells: flattened }).toEqual({ line: r.line, cells: trimEnd(seedCells(r.line)) });
    }
    expect(t.caption.text).toBe(seed()[t.caption.line - 1]);
    expect(t.note.text).toBe(seed()[t.note.line - 1]);
  });

  seedTest("the 관리체계 rows hold the seed's cells in the seed's order", () => {
    expect(t.schedule).toHaveLength(11);
    for (const s of t.schedule as { line: number; cells: string[] }[]) {
      expect({ line: s.line, labels: labels(s.cells) }).toEqual({ line: s.line, labels: labels(seedCells(s.line)) });
    }
  });

  seedTest("no line of the seed's tables is left out", () => {
    const used = new Set<number>();
    for (const r of rows) {
      used.add(r.line);
      if (r.bottomLine) used.add(r.bottomLine);
    }
    for (const s of t.schedule) used.add(s.line);
    used.add(t.caption.line);
    used.add(t.note.line);
    const first = seed().findIndex((l) => l.startsWith("사업번호\t")) + 1;
    const last = seed().findIndex((l) => l.startsWith("수정·보완 범위 및 방법")) + 1;
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(first);
    for (let n = first; n <= last; n++) {
      if (seed()[n - 1].trim() !== "") expect({ line: n, transcribed: used.has(n) }).toEqual({ line: n, transcribed: true });
    }
  });

  test("the counts the seed states hold", () => {
    // ◆ 총괄현황: 4대 추진전략, 4개 발전전략 50개 세부사업 및 과업(8개 중점추진사업)
    expect(projects).toHaveLength(51);
    expect(new Set(projects.map((p) => p.cells[1].replace(/\s+/g, ""))).size).toBe(50);
    expect(projects.filter((p) => p.cells[2] === "○")).toHaveLength(8);
    expect(strategies).toHaveLength(8);
    expect(strategies.filter((s) => s.part === 1)).toHaveLength(4);
    expect(strategies.filter((s) => s.part === 2)).toHaveLength(4);
    expect(tasks).toHaveLength(8);
    for (const s of strategies.filter((x) => x.part === 1)) {
      expect({ strategy: s.id, projects: projects.filter((p) => p.id?.startsWith(`${s.id}-`)).length }).toEqual({ strategy: s.id, projects: 8 });
    }
    for (const s of strategies.filter((x) => x.part === 2)) {
      expect({ strategy: s.id, tasks: tasks.filter((x) => x.id?.startsWith(`${s.id}-`)).length }).toEqual({ strategy: s.id, tasks: 2 });
    }
    const twice = projects.filter((p) => p.cells[1] === "일자리 네트워크 구 축");
    expect(twice.map((p) => p.cells[4])).toEqual(["×", "○"]);
  });

  test("cells holding several indicators or values are split into lines, wrapped names are not", () => {
    const byName = (name: string): Row => {
      const p = projects.find((x) => x.cells[1] === name);
      if (!p) throw new Error(`no project ${name}`);
      return p;
    };
    const youth = byName("청년고용 활성화");
    expect(youth.cells[5].split("\n")).toHaveLength(3);
    expect(youth.cells[6]).toBe("-\n8,100명\n49명");
    for (let c = 6; c <= 10; c++) expect(youth.cells[c].split("\n")).toHaveLength(3);
    expect(byName("여성고용 활성화").cells[5]).toBe("여성특강 개최(횟수)\n직업훈련 및 취업연계 사업(횟수)");
    const teen = byName("청소년돌봄 시설운영 및 서비스 강화");
    expect(teen.cells[5].split("\n")).toHaveLength(2);
    expect(teen.cells.slice(6, 11).every((v) => !v.includes("\n"))).toBe(true);
    expect(byName("경로당 시설 및 환경개선 확충").cells[6]).toBe("45개소\n4개소");
    // 동복지공동체 활성화 사업's second indicator: one long name on the row after the repeated header block.
    const cont = rows.find((r) => r.kind === "cont" && r.line === 160) as Row;
    expect(cont.ownerId).toBe(byName("동복지공동체 활성 화 사업").id);
    expect(cont.cells[5]).toBe("수행주체 역량강화 교육 마을공동체 단위 복지공동체 활약사업 컨설팅");
    // 사회보장전략 4's second indicator follows the repeated header block too.
    const employment = rows.find((r) => r.kind === "cont" && r.cells[5] === "* 마포구 고용률") as Row;
    expect(employment.ownerKind).toBe("strategy");
  });
});

describe("the sample workbook built from the transcription", () => {
  test("assets/samples/mapo-5th-plan.xlsx is up to date (run `npm run sample`)", async () => {
    const built: Buffer = await workbookToBuffer(buildPlanWorkbook().workbook);
    const file = path.resolve(__dirname, "..", "assets", "samples", "mapo-5th-plan.xlsx");
    expect(fs.existsSync(file)).toBe(true);
    expect(Buffer.compare(built, fs.readFileSync(file))).toBe(0);
  });

  test("default layout: header blocks, merges and value types", () => {
    const { workbook, layout } = buildPlanWorkbook();
    const ws = workbook.getWorksheet("총괄표");
    expect(workbook.worksheets.map((w: { name: string }) => w.name)).toEqual(["총괄표", "관리체계"]);
    expect(layout.headerBlocks.map((b: { first: number; last: number }) => [b.first, b.last])).toEqual([
      [3, 4], [12, 13], [41, 42], [67, 68],
    ]);
    expect(ws.getCell("A3").value).toBe("사업번호");
    expect(ws.getCell("F3").value).toBe("성과지표");
    expect(ws.getCell("L3").value).toBe("예산(백만원)");
    expect(ws.getCell("G4").value).toBe("'22년 목표");
    expect(layout.merges).toEqual(expect.arrayContaining(["A1:P1", "A3:A4", "F3:K3", "L3:P3", "F12:F13", "G12:K12", "A6:E6", "A18:E19", "F20:F21", "L8:L9"]));
    expect(layout.firstDataRow).toBe(5);
    expect(ws.getCell("A7").value).toBe(1);
    expect(ws.getCell("L10").value).toBe(2600);
    expect(ws.getCell("L11").value).toBe("2,478");
    expect(ws.getCell("L16").value).toBe(1.5);
    expect(ws.getCell("G70").value).toBe(15);
    expect(ws.getCell("G7").value).toBe("73천원");
    const schedule = workbook.getWorksheet("관리체계");
    expect(schedule.getCell("D7").value).toBe("'22. 11.");
    expect(schedule.getCell("C10").value).toBe("'26");
  });
});
