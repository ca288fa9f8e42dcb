import { CLOSE, decodeEntities, END, OPEN, XmlError, XmlScanner } from "./xml";

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

  it("decodes entities as the regular expression it replaced, on written cases and on random text", () => {
    const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    const byRegex = (text: string) =>
      text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
        if (body.charCodeAt(0) === 35) {
          const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
          return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED[body] ?? whole;
      });
    const written = ["a &amp; b", "it&apos;s", "&lt;&gt;&quot;", "&#65;&#x42;&#x1F600;", "&#X41;", "&#x;", "&#;", "&;", "&amp", "& amp;", "&AMP;", "&nbsp;", "&#99999999;", "&#x110000;", "&&amp;;", "&a&amp;", "&#12a;", "&#xfg;", "끝&#13;"];
    for (const text of written) expect(decodeEntities(text)).toBe(byRegex(text));
    const pieces = ["&", ";", "#", "x", "X", "1", "f", "g", "amp", "lt", "apos", "quot", " ", "가", "&amp;", "&#"];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let k = Math.floor(random() * 12); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)];
      expect(decodeEntities(text)).toBe(byRegex(text));
    }
    expect(decodeEntities("a &amp; b")).toBe("a & b");
  });
});
