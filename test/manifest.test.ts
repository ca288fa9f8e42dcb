/**
 * manifest.xml checks: XSD validation with xmllint against the offline Office schemas (../shared: skipped
 * with a note when absent, required under PLAN_CHECK_REQUIRE_SHARED=1), then the
 * cross-references the schema cannot see (resids, icon files and their pixel sizes, locales,
 * ribbon wiring).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { noteIfAbsent, sharedFile, testWithShared } from "./sharedMaterial";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const SCHEMA = sharedFile("schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
noteIfAbsent(SCHEMA, "The manifest XSD validation");
const ORIGIN = "https://localhost:3000/";
const TASKPANE_URL = `${ORIGIN}taskpane.html`;
const COMMANDS_URL = `${ORIGIN}commands.html`;
const HANGUL = /[\uAC00-\uD7A3]/;

// ------------------------------------------------------------------ tiny XML helpers
// The manifest is ours and regular (no CDATA, no nesting of same-named elements that we query),
// so regexes over comment-free text are enough here; xmllint does the real well-formedness check.

const raw = fs.readFileSync(MANIFEST, "utf8");
const xml = raw.replace(/<!--[\s\S]*?-->/g, "");

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

interface El {
  attrs: Record<string, string>;
  body: string; // inner text, "" for self-closing
}

function elements(src: string, name: string): El[] {
  const n = name.replace(/[.:]/g, (c) => `\\${c}`);
  const re = new RegExp(`<${n}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${n}>)`, "g");
  return [...src.matchAll(re)].map((m) => ({ attrs: attrs(m[1] ?? ""), body: m[2] ?? "" }));
}

function only(src: string, name: string): El {
  const found = elements(src, name);
  if (found.length !== 1) throw new Error(`expected exactly one <${name}>, found ${found.length}`);
  return found[0];
}

const resources = only(xml, "Resources").body;

type Kind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
interface Resource {
  id: string;
  kind: Kind;
  value: string;
  overrides: Record<string, string[]>; // locale -> values
}

function readResources(): Resource[] {
  const list: Resource[] = [];
  const sections: [Kind, string][] = [
    ["Images", "bt:Image"],
    ["Urls", "bt:Url"],
    ["ShortStrings", "bt:String"],
    ["LongStrings", "bt:String"],
  ];
  for (const [kind, item] of sections) {
    for (const section of elements(resources, `bt:${kind}`)) {
      for (const el of elements(section.body, item)) {
        const overrides: Record<string, string[]> = {};
        for (const o of elements(el.body, "bt:Override")) (overrides[o.attrs.Locale] ??= []).push(o.attrs.Value);
        list.push({ id: el.attrs.id, kind, value: el.attrs.DefaultValue, overrides });
      }
    }
  }
  return list;
}

const resourceList = readResources();
const byId = new Map(resourceList.map((r) => [r.id, r]));

/** Every resid="..." outside Resources, with the element that carries it. */
const residUses = [...xml.matchAll(/<([\w:]+)\b[^>]*?\bresid="([^"]*)"[^>]*>/g)].map((m) => ({
  element: m[1],
  resid: decode(m[2]),
  tag: m[0],
}));

function url(resid: string): string {
  const r = byId.get(resid);
  if (!r || r.kind !== "Urls") throw new Error(`${resid} is not a bt:Url resource`);
  return r.value;
}

function shortString(resid: string): Resource {
  const r = byId.get(resid);
  if (!r || r.kind !== "ShortStrings") throw new Error(`${resid} is not a ShortStrings resource`);
  return r;
}

// ------------------------------------------------------------------ PNG reading

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  idat: Buffer;
}

function readPng(file: string): Png {
  const buf = fs.readFileSync(file);
  if (!buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${file} is not a PNG`);
  let off = 8;
  let ihdr: Buffer | undefined;
  const idat: Buffer[] = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString("ascii", off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    const crc = buf.readUInt32BE(off + 8 + len);
    if (crc !== crc32(buf.subarray(off + 4, off + 8 + len))) throw new Error(`${file}: bad CRC in ${type}`);
    if (type === "IHDR") ihdr = data;
    if (type === "IDAT") idat.push(data);
    off += 12 + len;
    if (type === "IEND") break;
  }
  if (!ihdr) throw new Error(`${file}: no IHDR`);
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8],
    colorType: ihdr[9],
    idat: Buffer.concat(idat),
  };
}

/** Unfiltered RGBA pixels of an 8-bit RGBA, non-interlaced PNG. */
function rgbaPixels(png: Png): Buffer {
  const stride = png.width * 4;
  const data = zlib.inflateSync(png.idat);
  const out = Buffer.alloc(stride * png.height);
  for (let y = 0; y < png.height; y++) {
    const filter = data[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = data[y * (stride + 1) + 1 + i];
      const a = i >= 4 ? out[y * stride + i - 4] : 0;
      const b = y > 0 ? out[(y - 1) * stride + i] : 0;
      const c = y > 0 && i >= 4 ? out[(y - 1) * stride + i - 4] : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`unknown PNG filter ${filter}`);
      out[y * stride + i] = (x + pred) & 0xff;
    }
  }
  return out;
}

// ------------------------------------------------------------------ tests

describe("manifest.xml", () => {
  testWithShared(SCHEMA, "validates against the offline Office add-in XSD (xmllint)", () => {
    const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA.path, MANIFEST], { encoding: "utf8" });
    if (r.error) {
      const code = (r.error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") {
        throw new Error("xmllint is not installed. Install it with: apt-get install -y libxml2-utils");
      }
      throw r.error;
    }
    const output = `${r.stdout}${r.stderr}`;
    if (r.status !== 0) throw new Error(`xmllint exited ${r.status}:\n${output}`);
    expect(output).toMatch(/manifest\.xml validates/);
  });

  test("is a task-pane add-in for Excel with a fixed id and the expected top-level settings", () => {
    expect(xml).toMatch(/<OfficeApp\b[^>]*\bxsi:type="TaskPaneApp"/);
    expect(only(xml, "Id").body.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(only(xml, "Version").body.trim()).toBe("1.0.0.0");
    expect(only(xml, "Permissions").body.trim()).toBe("ReadWriteDocument");
    const hosts = elements(xml, "Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"]);
    expect(new Set(hosts)).toEqual(new Set(["Workbook"]));
    expect(only(xml, "Set").attrs).toEqual({ Name: "ExcelApi", MinVersion: "1.13" });
    const settings = only(xml, "DefaultSettings").body;
    expect(only(settings, "SourceLocation").attrs.DefaultValue).toBe(TASKPANE_URL);
  });

  test("every resid is defined exactly once in Resources, in the right section, and every resource is used", () => {
    const ids = resourceList.map((r) => r.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);

    const expectedKind: Record<string, Kind> = {
      "bt:Image": "Images",
      Label: "ShortStrings",
      Title: "ShortStrings",
      Description: "LongStrings",
      SourceLocation: "Urls",
      FunctionFile: "Urls",
      LearnMoreUrl: "Urls",
    };
    expect(residUses.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const use of residUses) {
      const r = byId.get(use.resid);
      const want = expectedKind[use.element];
      if (!r) problems.push(`${use.tag}: resid not defined`);
      else if (!want) problems.push(`${use.tag}: unexpected element carrying resid`);
      else if (r.kind !== want) problems.push(`${use.tag}: points to ${r.kind}, expected ${want}`);
    }
    expect(problems).toEqual([]);

    const used = new Set(residUses.map((u) => u.resid));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  test("ko-KR is the default locale and every string has exactly one en-US override", () => {
    expect(only(xml, "DefaultLocale").body.trim()).toBe("ko-KR");

    const problems: string[] = [];
    const check = (what: string, value: string | undefined, enValues: string[]) => {
      if (!value || !HANGUL.test(value)) problems.push(`${what}: default value is not Korean (${value})`);
      if (enValues.length !== 1) problems.push(`${what}: ${enValues.length} en-US overrides`);
      else if (!enValues[0] || HANGUL.test(enValues[0])) problems.push(`${what}: en-US override is empty or Korean`);
    };

    // Top-level DisplayName / Description (the VersionOverrides <Description resid> elements have no DefaultValue).
    for (const name of ["DisplayName", "Description"]) {
      const top = elements(xml, name).filter((e) => e.attrs.DefaultValue !== undefined);
      expect(top).toHaveLength(1);
      const en = elements(top[0].body, "Override").filter((o) => o.attrs.Locale === "en-US");
      check(name, top[0].attrs.DefaultValue, en.map((o) => o.attrs.Value));
    }

    const strings = resourceList.filter((r) => r.kind === "ShortStrings" || r.kind === "LongStrings");
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) check(`${s.kind}/${s.id}`, s.value, s.overrides["en-US"] ?? []);
    expect(problems).toEqual([]);
  });

  test("icons: every assets/ URL is a PNG in the repo with the declared pixel size", () => {
    // Declared sizes: IconUrl 32 px and HighResolutionIconUrl 64 px for a task-pane add-in;
    // a bt:Image resource gets the size of the <bt:Image size="N" resid> that use it.
    const declared = new Map<string, Set<number>>();
    const declare = (u: string, size: number) => {
      if (!declared.has(u)) declared.set(u, new Set());
      declared.get(u)!.add(size);
    };
    declare(only(xml, "IconUrl").attrs.DefaultValue, 32);
    declare(only(xml, "HighResolutionIconUrl").attrs.DefaultValue, 64);
    const images = resourceList.filter((r) => r.kind === "Images");
    for (const img of images) {
      for (const use of residUses.filter((u) => u.element === "bt:Image" && u.resid === img.id)) {
        declare(img.value, Number(attrs(use.tag).size));
        for (const values of Object.values(img.overrides)) for (const v of values) declare(v, Number(attrs(use.tag).size));
      }
    }

    const assetUrls = new Set(
      [...xml.matchAll(/"(https:\/\/localhost:3000\/assets\/[^"]*)"/g)].map((m) => decode(m[1])),
    );
    expect(assetUrls.size).toBeGreaterThan(0);

    const problems: string[] = [];
    for (const u of assetUrls) {
      const rel = u.slice(ORIGIN.length);
      const file = path.join(ROOT, ...rel.split("/"));
      const sizes = declared.get(u);
      if (!sizes) {
        problems.push(`${u}: no declared size (not IconUrl, HighResolutionIconUrl or a bt:Image resource)`);
        continue;
      }
      if (sizes.size !== 1) {
        problems.push(`${u}: used at several sizes ${[...sizes].join(", ")}`);
        continue;
      }
      const [size] = sizes;
      if (!fs.existsSync(file)) {
        problems.push(`${u}: missing file ${path.relative(ROOT, file)} (run node scripts/make-icons.js)`);
        continue;
      }
      const png = readPng(file);
      if (png.width !== size || png.height !== size) {
        problems.push(`${u}: ${png.width}x${png.height}, declared ${size}x${size}`);
      }
      const named = /icon-(\d+)\.png$/.exec(rel);
      if (named && Number(named[1]) !== size) problems.push(`${u}: file name says ${named[1]} px, declared ${size}`);
    }
    expect(problems).toEqual([]);
  });

  test("every ribbon Icon has the three required sizes 16, 32 and 80", () => {
    const icons = elements(xml, "Icon");
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const sizes = elements(icon.body, "bt:Image").map((i) => Number(i.attrs.size));
      expect(sizes.sort((a, b) => a - b)).toEqual([16, 32, 80]);
    }
  });

  test("ribbon: Home tab group with the validate (ExecuteFunction) and open-pane (ShowTaskpane) buttons", () => {
    const tab = only(xml, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = only(tab.body, "Group");
    const groupLabel = shortString(elements(group.body, "Label")[0].attrs.resid); // the group's own label comes before its controls
    expect([groupLabel.value, groupLabel.overrides["en-US"]]).toEqual(["지역사회보장계획", ["Social Security Plan"]]);

    const controls = elements(group.body, "Control");
    expect(controls.map((c) => c.attrs["xsi:type"])).toEqual(["Button", "Button"]);
    const summary = controls.map((c) => {
      const label = shortString(elements(c.body, "Label")[0].attrs.resid);
      const action = only(c.body, "Action");
      const supertip = only(c.body, "Supertip").body;
      expect(byId.get(only(supertip, "Title").attrs.resid)?.kind).toBe("ShortStrings");
      expect(byId.get(only(supertip, "Description").attrs.resid)?.kind).toBe("LongStrings");
      return {
        ko: label.value,
        en: label.overrides["en-US"],
        action: action.attrs["xsi:type"],
        functionName: elements(action.body, "FunctionName")[0]?.body.trim(),
        taskpaneId: elements(action.body, "TaskpaneId")[0]?.body.trim(),
        source: elements(action.body, "SourceLocation").map((s) => url(s.attrs.resid))[0],
      };
    });
    expect(summary).toEqual([
      { ko: "계획 검증", en: ["Validate plan"], action: "ExecuteFunction", functionName: "validatePlan", taskpaneId: undefined, source: undefined },
      { ko: "검증 창 열기", en: ["Open validation pane"], action: "ShowTaskpane", functionName: undefined, taskpaneId: expect.any(String), source: TASKPANE_URL },
    ]);

    // The only ExecuteFunction anywhere in the manifest is validatePlan, and it lives in commands.html.
    const functionNames = elements(xml, "FunctionName").map((f) => f.body.trim());
    expect(functionNames).toEqual(["validatePlan"]);
    expect(url(only(xml, "FunctionFile").attrs.resid)).toBe(COMMANDS_URL);
  });

  test("VersionOverrides is V1_0 only (no V1_1: the offline schemas cannot check it)", () => {
    const overrides = elements(xml, "VersionOverrides");
    expect(overrides).toHaveLength(1);
    expect(overrides[0].attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(overrides[0].attrs.xmlns).toBe("http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    expect(xml).not.toMatch(/VersionOverridesV1_1/);
    expect(xml).not.toMatch(/taskpaneappversionoverrides\/1\.1/);
  });
});

describe("assets/icon-*.png", () => {
  const icons = require("../scripts/make-icons.js") as { SIZES: number[]; drawIcon(size: number): Buffer };

  test.each([16, 32, 64, 80, 128])("icon-%i.png is an 8-bit RGBA PNG whose pixels match scripts/make-icons.js", (size) => {
    expect(icons.SIZES).toContain(size);
    const file = path.join(ROOT, "assets", `icon-${size}.png`);
    if (!fs.existsSync(file)) throw new Error(`${file} missing: run node scripts/make-icons.js`);
    const png = readPng(file);
    expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([size, size, 8, 6]);
    // Compare pixels, not bytes, so a different zlib cannot make this flaky; re-run the script if it fails.
    expect(rgbaPixels(png).equals(icons.drawIcon(size))).toBe(true);
  });
});
