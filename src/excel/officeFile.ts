/**
 * The open workbook's file inside Excel, for 부서별 양식 만들기 (built with ExcelJS in the browser):
 * Office.context.document.getFileAsync(Compressed) read slice by slice into one Uint8Array. The file is
 * closed in every case (Office allows only one open at a time). Outside Office, or where the host lacks
 * the File API or the CompressedFile requirement set, it throws WorkbookBytesUnavailableError, which the
 * pane says as one line (naming the requirement when Office is there but lacks it).
 * And the other way: a workbook the pane made, opened in Excel (workbookOpener).
 */
import { WorkbookBytesUnavailableError } from "../app/port";
import { officeApiSupport, type ApiSupport } from "./context";

/** Office's largest slice: 4 MB. */
export const SLICE_SIZE = 4 * 1024 * 1024;

type OfficeFile = Pick<Office.File, "size" | "sliceCount" | "getSliceAsync" | "closeAsync">;

function officeDocument(): Office.Document | null {
  if (typeof Office === "undefined") return null;
  const document = Office.context?.document;
  return document && typeof document.getFileAsync === "function" ? document : null;
}

/**
 * getFileAsync(Compressed) needs the File and CompressedFile requirement sets (Office's common API sets,
 * no version): a host without them answers with an error, or not at all, so ask first.
 */
function compressedFileSupported(): boolean {
  const requirements = Office.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return true; // too old to say: try, and report what it answers
  return requirements.isSetSupported("File") && requirements.isSetSupported("CompressedFile");
}

function failed(result: Office.AsyncResult<unknown>): Error {
  return new Error(result.error?.message || "getFileAsync failed");
}

export async function readOpenWorkbookBytes(sliceSize = SLICE_SIZE): Promise<Uint8Array> {
  const document = officeDocument();
  if (!document) throw new WorkbookBytesUnavailableError();
  if (!compressedFileSupported()) throw new WorkbookBytesUnavailableError("This host does not support the CompressedFile requirement set.", true);
  const file = await new Promise<OfficeFile>((resolve, reject) => {
    document.getFileAsync(Office.FileType.Compressed, { sliceSize }, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(failed(result));
    });
  });
  try {
    const parts: Uint8Array[] = [];
    for (let index = 0; index < file.sliceCount; index++) {
      const slice = await new Promise<Office.Slice>((resolve, reject) => {
        file.getSliceAsync(index, (result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
          else reject(failed(result));
        });
      });
      const data: unknown = slice.data;
      parts.push(data instanceof Uint8Array ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : Uint8Array.from(data as ArrayLike<number>));
    }
    const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    return bytes;
  } finally {
    await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
  }
}

/** Excel.createWorkbook: opens a new workbook from a .xlsx file's base64 (ExcelApi 1.8). */
export type CreateWorkbook = (base64: string) => Promise<void>;

/** Bytes → base64 in blocks (a whole file through one String.fromCharCode call overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * How the pane opens a generated workbook (a department's file) inside Excel: Excel.createWorkbook where
 * the host has ExcelApi 1.8 — Excel for Mac blocks the blob downloads the pane offers elsewhere, and
 * desktop webviews do not reliably save them — or null, where the pane offers the download.
 */
export function workbookOpener(
  supported: ApiSupport = officeApiSupport,
  createWorkbook: CreateWorkbook | undefined = typeof Excel !== "undefined" && typeof Excel.createWorkbook === "function" ? (base64) => Excel.createWorkbook(base64) : undefined,
): ((bytes: Uint8Array) => Promise<void>) | null {
  if (!createWorkbook || !supported("1.8")) return null;
  return (bytes) => createWorkbook(toBase64(bytes));
}
