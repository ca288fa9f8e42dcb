import { planRows, samplePlan } from "../../../test/kits/engine/planRows";
import { gridFromRows } from "../../../test/kits/engine/grid";
import { validatePlan } from "../validate";
import { readPlan } from "./readPlan";
import { readProjectNumber } from "./rowKinds";

describe("readProjectNumber — a project's number as districts write it", () => {
  it.each([
    ["3", 3],
    ["03", 3],
    ["3.", 3],
    ["3)", 3],
    ["(3)", 3],
    ["③", 3],
    ["①", 1],
    ["⑳", 20],
  ])("%s → %d", (text, number) => {
    expect(readProjectNumber(text)).toBe(number);
  });

  it.each(["", "사업명", "3-1", "1234", "(3", "③④"])("%j is no number", (text) => {
    expect(readProjectNumber(text)).toBeNull();
  });

  it("reads a plan numbered ①②③ as the same plan: the same ids, no number reported missing", () => {
    const circled = (n: number) => String.fromCharCode(0x2460 + n - 1);
    const rows = planRows(samplePlan());
    const plain = readPlan(gridFromRows(rows));
    const written = readPlan(gridFromRows(rows.map((line) => (typeof line[0] === "number" ? [circled(line[0]), ...line.slice(1)] : line))));
    expect(written.projects.map((p) => [p.id, p.number])).toEqual(plain.projects.map((p) => [p.id, p.number]));
    expect(validatePlan(written).filter((f) => f.ruleId.startsWith("structure/number"))).toEqual([]);
  });
});
