/**
 * The layers of docs/architecture.md, read from the code's own imports: every arrow points down, and no
 * files import each other in a circle. Tests are left out: they and the test kits (test/kits, never
 * shipped) may reach anywhere to set a scene; shipped code never imports a kit.
 *
 *   faces     src/taskpane, src/commands, src/cli, src/preview   (no face imports another; the preview hosts the pane)
 *   adapters  src/excel (Office.js), src/xlsx (ExcelJS)         (neither imports the other, nor a face)
 *   app       src/app: use cases and the ports they are written against (no adapter, no face)
 *   text      src/i18n: the ko/en catalogues (the engine's words, nothing above the engine)
 *   engine    src/engine: pure TypeScript, imports nothing above it
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");

type Layer = "engine" | "text" | "app" | "adapter" | "face";
const RANK: Record<Layer, number> = { engine: 0, text: 1, app: 2, adapter: 3, face: 4 };

/** src/<top>/… → its layer and its part (the folder under src). */
function placeOf(file: string): { layer: Layer; part: string } {
  const part = path.relative(SRC, file).split(path.sep)[0];
  switch (part) {
    case "engine":
      return { layer: "engine", part };
    case "i18n":
      return { layer: "text", part };
    case "app":
      return { layer: "app", part };
    case "excel":
    case "xlsx":
      return { layer: "adapter", part };
    case "taskpane":
    case "commands":
    case "cli":
    case "preview":
      return { layer: "face", part };
    default:
      throw new Error(`src/${part} belongs to no layer: add it to test/dependencies.test.ts and docs/architecture.md`);
  }
}

/** A face may use another face only here: the browser preview is the pane over an ExcelJS port. */
const FACE_HOSTS = new Set(["preview->taskpane"]);

const isTestSupport = (file: string): boolean => /\.test\.tsx?$/.test(file);
const KITS = path.join(ROOT, "test", "kits");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/** Every module a file names: static imports and re-exports (types included), import() and require(). */
function importedSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[\s;}])(?:import|export)\s[^;'"]*?from\s*["']([^"']+)["']/g)) found.push(m[1]);
  for (const m of code.matchAll(/(?:^|[\s;])import\s*["']([^"']+)["']/g)) found.push(m[1]);
  for (const m of code.matchAll(/\b(?:import|require)\s*\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)/g)) found.push(m[1]);
  return found;
}

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null; // a package
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const files = sourceFiles(SRC).filter((f) => !isTestSupport(f));
const graph = new Map<string, string[]>();
for (const file of files) {
  const targets = importedSpecifiers(fs.readFileSync(file, "utf8"))
    .map((s) => resolve(file, s))
    .filter((t): t is string => t !== null && t.startsWith(SRC + path.sep) && !isTestSupport(t));
  graph.set(file, [...new Set(targets)]);
}
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** The arrows a rule forbids, as "from -> to" lines. */
function upwardArrows(): string[] {
  const bad: string[] = [];
  for (const [from, targets] of graph) {
    const a = placeOf(from);
    for (const to of targets) {
      const b = placeOf(to);
      if (a.part === b.part) continue;
      const why =
        RANK[b.layer] > RANK[a.layer]
          ? `${a.layer} imports ${b.layer}`
          : a.layer === "adapter" && b.layer === "adapter"
            ? "an adapter imports the other"
            : a.layer === "face" && b.layer === "face" && !FACE_HOSTS.has(`${a.part}->${b.part}`)
              ? "a face imports another face"
              : null;
      if (why) bad.push(`${rel(from)} -> ${rel(to)} (${why})`);
    }
  }
  return bad.sort();
}

/** Strongly connected groups of two or more files (Tarjan), each as its sorted paths. */
function importCircles(): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, order.get(w)!));
      }
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) circles.push(group.map(rel).sort());
    }
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return circles;
}

describe("the layers (docs/architecture.md)", () => {
  it("reads the imports it checks", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get(path.join(SRC, "cli", "main.ts"))).toContain(path.join(SRC, "cli", "io.ts"));
    expect(importedSpecifiers('import type { A } from "./a";\nexport { b } from "../b";\nconst c = await import(/* webpackChunkName: "c" */ "./c");')).toEqual([
      "./a",
      "../b",
      "./c",
    ]);
  });

  it("has every arrow pointing down: the engine imports nothing above it, use cases no adapter, an adapter not the other, a face no other face", () => {
    expect(upwardArrows()).toEqual([]);
  });

  it("has no import circle", () => {
    expect(importCircles()).toEqual([]);
  });

  it("keeps the test kits in one place that is not shipped: test/kits, imported by no shipped file", () => {
    const kitsInSrc = sourceFiles(SRC).filter((f) => f.split(path.sep).includes("testing") || path.basename(f) === "testing.ts");
    expect(kitsInSrc.map(rel)).toEqual([]);
    const shippedImportingKits = files.filter((file) =>
      importedSpecifiers(fs.readFileSync(file, "utf8")).some((s) => resolve(file, s)?.startsWith(KITS + path.sep)),
    );
    expect(shippedImportingKits.map(rel)).toEqual([]);
    expect(fs.readdirSync(KITS).length).toBeGreaterThan(0);
  });
});
