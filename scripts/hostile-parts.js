/**
 * Parts of a workbook that an ExcelJS round trip loses, added to any .xlsx: what the package-preserving
 * writer (src/xlsx/package.ts) must carry through untouched. Used by scripts/build-hostile.js and by the
 * package comparison test (src/xlsx/package.test.ts).
 *
 *   enrich(bytes) → bytes with: sheet-scoped, hidden and same-named defined names; workbook structure
 *   protection; custom document properties; printer settings; a chart part; threaded comments and a
 *   person list; sparklines and data-bar settings in the first sheet's extLst; a column page break;
 *   "number stored as text" suppressions (ignoredErrors); a sheet code name; a dynamic-array formula.
 */
"use strict";
const { strFromU8, strToU8, unzipSync, zipSync } = require("fflate");

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function insertBefore(xml, pattern, text) {
  const m = pattern.exec(xml);
  if (!m) throw new Error(`enrich: no ${pattern} in the part`);
  return xml.slice(0, m.index) + text + xml.slice(m.index);
}

function enrich(bytes) {
  const parts = unzipSync(bytes);
  const get = (name) => strFromU8(parts[name]);
  const set = (name, text) => (parts[name] = strToU8(text));

  // workbook.xml: protection, names (two "범위" scoped to different sheets, one hidden filter range).
  let workbook = get("xl/workbook.xml");
  workbook = insertBefore(workbook, /<sheets\b/, '<workbookProtection lockStructure="1"/>');
  const names =
    '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'총괄표\'!$A$4:$E$9</definedName>' +
    "<definedName name=\"범위\" localSheetId=\"0\">'총괄표'!$B$5</definedName>" +
    "<definedName name=\"범위\" localSheetId=\"1\">'관리체계'!$A$1</definedName>" +
    '<definedName name="숨은이름" hidden="1">\'총괄표\'!$C$5</definedName>';
  workbook = /<definedNames>/.test(workbook)
    ? workbook.replace("<definedNames>", `<definedNames>${names}`)
    : insertBefore(workbook, /<calcPr\b|<\/workbook>/, `<definedNames>${names}</definedNames>`);
  workbook = workbook.replace(/<sheet ([^>]*)name="총괄표"/, '<sheet $1name="총괄표"');
  set("xl/workbook.xml", workbook);

  // The first sheet: code name, column break, ignored errors, a dynamic-array formula's cell metadata, extLst.
  const sheetPart = "xl/worksheets/sheet1.xml";
  let sheet = get(sheetPart);
  sheet = /<sheetPr\b/.test(sheet)
    ? sheet.replace(/<sheetPr\b/, '<sheetPr codeName="Plan1"')
    : insertBefore(sheet, /<dimension\b|<sheetViews\b/, '<sheetPr codeName="Plan1"/>');
  const tail =
    '<colBreaks count="1" manualBreakCount="1"><brk id="6" max="1048575" man="1"/></colBreaks>' +
    '<ignoredErrors><ignoredError sqref="A1:Z200" numberStoredAsText="1"/></ignoredErrors>';
  sheet = /<drawing\b|<legacyDrawing\b|<tableParts\b|<extLst\b/.test(sheet)
    ? insertBefore(sheet, /<drawing\b|<legacyDrawing\b|<tableParts\b|<extLst\b/, tail)
    : sheet.replace("</worksheet>", `${tail}</worksheet>`);
  sheet = sheet.replace(
    "</worksheet>",
    '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap">' +
      '<x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>총괄표!M5:P5</xm:f><xm:sqref>Q5</xm:sqref></x14:sparkline></x14:sparklines>' +
      "</x14:sparklineGroup></x14:sparklineGroups></ext></extLst></worksheet>",
  );
  sheet = sheet.replace(/<pageSetup\b([^>]*?)\/>/, `<pageSetup$1 r:id="rIdPrinter"/>`);
  if (!/xmlns:r=/.test(sheet.slice(0, 600))) sheet = sheet.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL}"`);
  set(sheetPart, sheet);

  set("xl/printerSettings/printerSettings1.bin", "PRINTER\u0000SETTINGS\u0001\u0002");
  parts["xl/printerSettings/printerSettings1.bin"] = new Uint8Array([0x50, 0x52, 0x00, 0x01, 0xff, 0x10, 0x20]);
  set(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdPrinter" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>` +
      `<Relationship Id="rIdThreaded" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>` +
      `</Relationships>`,
  );
  set(
    "xl/threadedComments/threadedComment1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">' +
      '<threadedComment ref="C5" dT="2024-10-01T09:00:00.00" personId="{11111111-1111-1111-1111-111111111111}" id="{22222222-2222-2222-2222-222222222222}"><text>예산 확인 필요</text></threadedComment></ThreadedComments>',
  );
  set(
    "xl/persons/person.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">' +
      '<person displayName="담당자" id="{11111111-1111-1111-1111-111111111111}" userId="d" providerId="None"/></personList>',
  );
  set(
    "xl/charts/chart1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
  );
  set(
    "docProps/custom.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="문서번호"><vt:lpwstr>복지-2024-17</vt:lpwstr></property></Properties>',
  );
  let rootRels = get("_rels/.rels");
  rootRels = rootRels.replace(
    "</Relationships>",
    `<Relationship Id="rIdCustom" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
  );
  set("_rels/.rels", rootRels);
  let wbRels = get("xl/_rels/workbook.xml.rels");
  wbRels = wbRels.replace("</Relationships>", `<Relationship Id="rIdPersons" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>`);
  set("xl/_rels/workbook.xml.rels", wbRels);
  let types = get("[Content_Types].xml");
  const override = (part, type) => `<Override PartName="${part}" ContentType="${type}"/>`;
  types = types.replace(
    "</Types>",
    override("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml") +
      override("/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml") +
      override("/xl/persons/person.xml", "application/vnd.ms-excel.person+xml") +
      override("/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") +
      (/Extension="bin"/.test(types) ? "" : '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>') +
      "</Types>",
  );
  set("[Content_Types].xml", types);
  return zipSync(parts);
}

/** The parts of a package, name → bytes (fflate). */
function partsOf(bytes) {
  return unzipSync(bytes);
}

module.exports = { enrich, partsOf };
