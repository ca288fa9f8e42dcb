/**
 * The built CLI validating many files at once (the worker pool): reports in argument order, each file
 * contained — a file that runs a worker out of memory, a pipe, a device and a missing path fail alone,
 * and the good plans around them are still reported.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strToU8, zipSync } from "fflate";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "bin", "plan-check.js");
const SAMPLE = path.join(ROOT, "assets/samples/mapo-5th-plan.xlsx");

/** One value in column XFD on 20,000 rows: read sparse, it is a plan-less workbook, quickly. */
function xfdWorkbook(): Uint8Array {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  let rows = "";
  for (let r = 1; r <= 20_000; r++) rows += `<row r="${r}"><c r="XFD${r}"><v>${r}</v></c></row>`;
  return zipSync({
    "_rels/.rels": strToU8(`<Relationships><Relationship Id="r" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="a" sheetId="1" r:id="r1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<Relationships><Relationship Id="r1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`),
  });
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-pool-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("reports every file in argument order, the bad ones alone", () => {
  const good1 = path.join(dir, "a.xlsx");
  const good2 = path.join(dir, "b.xlsx");
  const xfd = path.join(dir, "xfd.xlsx");
  fs.copyFileSync(SAMPLE, good1);
  fs.copyFileSync(SAMPLE, good2);
  fs.writeFileSync(xfd, xfdWorkbook());
  const files = [good1, xfd, "/dev/zero", path.join(dir, "gone.xlsx"), good2].filter((f) => process.platform !== "win32" || !f.startsWith("/dev"));
  const started = Date.now();
  const run = spawnSync(process.execPath, [BIN, "validate", ...files, "--format", "json"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, PLAN_CHECK_WORKERS: "2" }, // a batch this small would be validated in process
  });
  expect(run.status).toBe(2);
  const reports = JSON.parse(run.stdout);
  expect(reports.map((r: { file: string }) => r.file)).toEqual(files);
  expect(reports[0].findings).toBeDefined();
  expect(reports[1].error.reason).toBe("noPlanTable");
  expect(reports.find((r: { file: string }) => r.file === "/dev/zero")?.error.reason ?? "notRegularFile").toBe("notRegularFile");
  expect(reports[reports.length - 1].findings).toEqual(reports[0].findings.map((f: object) => ({ ...f })));
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(Date.now() - started).toBeLessThan(120_000);
}, 150_000);
