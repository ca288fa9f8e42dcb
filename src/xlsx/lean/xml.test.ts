import { CLOSE, END, OPEN, XmlError, XmlScanner } from "./xml";

function tags(xml: string): string[] {
  const scan = new XmlScanner(xml);
  const seen: string[] = [];
  for (let token = scan.next(); token !== END; token = scan.next()) {
    if (token === OPEN) seen.push(scan.name);
    else if (token === CLOSE) seen.push(`/${scan.name}`);
  }
  return seen;
}

describe("XmlScanner", () => {
  it("names elements without their prefix, open and close, with space before the close tag's end", () => {
    expect(tags('<x:worksheet a="1"><x:row><c/><x:c></x:c ></x:row></x:worksheet>')).toEqual([
      "worksheet",
      "row",
      "c",
      "c",
      "/c",
      "/row",
      "/worksheet",
    ]);
  });

  it("refuses a close tag that does not close the open element, however it is prefixed", () => {
    for (const xml of ["<a><b></a></b>", "<row></x:c>", "<c></xc>", "<c></x:y:c>", "<rc></c>", "<a:b:c></b:c>"]) {
      expect(() => tags(xml)).toThrow(XmlError);
    }
  });

  it("reads several attributes in one pass as attr() reads each", () => {
    const scan = new XmlScanner(`<c s="3" x:r="B2" t='s' r="C9" q="&amp;&lt;"/>`);
    expect(scan.next()).toBe(OPEN);
    const values: (string | undefined)[] = [];
    scan.attrs(["r", "t", "s", "q", "missing"], values);
    expect(values).toEqual([scan.attr("r"), scan.attr("t"), scan.attr("s"), scan.attr("q"), undefined]);
    expect(values).toEqual(["B2", "s", "3", "&<", undefined]);
  });
});
