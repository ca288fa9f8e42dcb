/**
 * The production build as Office meets it (`webpack --config-name commands`: the ribbon's function file
 * and the files copied beside it; the pane's page is checked from its template, which the build copies
 * unchanged): the manifest points where ADDIN_ORIGIN says and still validates against Office's XSD; the
 * ribbon's bundle and the pane's fallback script parse as ES5; the pages' CSP lets office.js load from
 * both of Microsoft's hosts and frame its own page.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as acorn from "acorn";
import { staticPageTexts } from "../src/i18n/staticPages";
import { noteIfAbsent, sharedFile, testWithShared } from "./sharedMaterial";

const ROOT = path.resolve(__dirname, "..");
const ORIGIN = "https://plan.example.org/addin";
const SCHEMA = sharedFile("schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
noteIfAbsent(SCHEMA, "The built manifest's XSD validation");
const OFFICE_HOSTS = ["https://appsforoffice.microsoft.com", "https://officeapis.public.onecdn.static.microsoft"];

let out: string;

function build(env: string[], dir: string): { status: number | null; output: string } {
  const args = ["webpack", "--mode", "production", "--config-name", "commands", "--env", `outDir=${dir}`, ...env.flatMap((e) => ["--env", e])];
  const run = spawnSync("npx", args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, ADDIN_ORIGIN: "" } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-build-"));
  const run = build([`origin=${ORIGIN}/`], out);
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.output}`);
}, 300_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");

/** The page's Content-Security-Policy, directive → sources. */
function csp(html: string): Map<string, string[]> {
  const content = /http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html)?.[1];
  if (!content) throw new Error("no Content-Security-Policy");
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

function parsesAsEs5(file: string): void {
  expect(() => acorn.parse(read(file), { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
}

describe("the production build", () => {
  it("points every URL of the built manifest at ADDIN_ORIGIN (a trailing slash dropped), none at localhost", () => {
    const manifest = read("manifest.xml");
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith(`${ORIGIN}/`))).toEqual([]);
    expect(manifest).not.toContain("localhost");
    // Each URL names a file the build wrote (help.html is the other configuration's, built beside it).
    for (const url of urls) {
      const file = url.slice(ORIGIN.length + 1);
      if (file !== "help.html" && file !== "taskpane.html") expect(fs.existsSync(path.join(out, file))).toBe(true);
    }
  });

  testWithShared(SCHEMA, "writes a manifest that validates against Office's XSD (xmllint)", () => {
    const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA.path, path.join(out, "manifest.xml")], { encoding: "utf8" });
    if (run.error) throw run.error;
    expect(`${run.stdout}${run.stderr}`).toMatch(/manifest\.xml validates/);
  });

  it("refuses an origin Office would not load (http), and keeps localhost, saying so, when none is given", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-build-"));
    try {
      const http = build(["origin=http://plan.example.org"], dir);
      expect(http.status).not.toBe(0);
      expect(http.output).toContain("must be an https address");
      const none = build([], dir);
      expect(none.status).toBe(0);
      expect(none.output).toContain("No ADDIN_ORIGIN given");
      expect(fs.readFileSync(path.join(dir, "manifest.xml"), "utf8")).toBe(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it("compiles the ribbon's function file to ES5, which Office's oldest webview parses", () => {
    const bundle = /<script[^>]+src="?(commands\.[0-9a-f]+\.js)/.exec(read("commands.html"))?.[1];
    expect(bundle).toBeDefined();
    parsesAsEs5(bundle!);
    // The check itself fails on later syntax.
    expect(() => acorn.parse("const f = (a) => a;", { ecmaVersion: 5 })).toThrow();
    expect(() => acorn.parse("/a/u.test(b);", { ecmaVersion: 5 })).toThrow();
  });

  it("copies the pane's fallback script (never bundled): ES5, with the catalogue's ko/en message, loaded before the bundle", () => {
    parsesAsEs5("oldWebview.js");
    const script = read("oldWebview.js");
    for (const lang of ["ko", "en"] as const) expect(script).toContain(JSON.stringify(staticPageTexts["fallback.oldWebview"][lang]));
    const template = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
    const scripts = [...template.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts[scripts.length - 1]).toBe("oldWebview.js"); // the bundle is injected after, at the end of body
    expect(template).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script: the CSP would block it
  });

  it("copies the ribbon command's notice dialog: an ES5 script the page's CSP allows, no inline script", () => {
    parsesAsEs5("notice.js");
    const html = read("notice.html");
    expect(html).toMatch(/<script src="?notice\.js"?><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(csp(html).get("script-src")).toEqual(["'self'"]);
  });

  it.each([
    ["commands.html (built)", () => read("commands.html")],
    ["taskpane.html (template)", () => fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8")],
  ])("lets office.js load from both of Microsoft's hosts and frame its own page, nothing else: %s", (_, html) => {
    const policy = csp(html());
    expect(policy.get("script-src")).toEqual(["'self'", ...OFFICE_HOSTS]);
    expect(policy.get("frame-src")).toEqual(OFFICE_HOSTS);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });
});
