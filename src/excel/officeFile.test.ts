/**
 * readOpenWorkbookBytes: Office's getFileAsync(Compressed) read slice by slice, against a stand-in for the
 * Office global (the File API is not in office-addin-mock). The file is closed in every case.
 */
import { WorkbookBytesUnavailableError } from "../app/port";
import { uiText } from "../i18n/ui";
import { createPaneActions, toActionFailure } from "../taskpane/actions";
import { actionFailureText } from "../taskpane/failureText";
import { LiveWorkbook } from "../../test/kits/excel/liveWorkbook";
import { readOpenWorkbookBytes, SLICE_SIZE, workbookOpener } from "./officeFile";
import { createOfficePort } from "./officePort";

type Callback<T> = (result: { status: string; value: T; error?: { message: string } }) => void;

interface Stub {
  calls: string[];
  closed: number;
}

function installOffice(slices: unknown[], options: { failOpen?: string; failSlice?: number; sets?: string[] } = {}): Stub {
  const stub: Stub = { calls: [], closed: 0 };
  const file = {
    size: 0,
    sliceCount: slices.length,
    getSliceAsync(index: number, callback: Callback<{ data: unknown; index: number; size: number }>) {
      stub.calls.push(`slice ${index}`);
      if (options.failSlice === index) callback({ status: "failed", value: undefined as never, error: { message: "slice lost" } });
      else callback({ status: "succeeded", value: { data: slices[index], index, size: 0 } });
    },
    closeAsync(callback?: () => void) {
      stub.closed++;
      callback?.();
    },
  };
  (globalThis as Record<string, unknown>).Office = {
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: { isSetSupported: (name: string) => (options.sets ?? ["File", "CompressedFile", "ExcelApi"]).includes(name) },
      document: {
        getFileAsync(type: string, opts: { sliceSize: number }, callback: Callback<typeof file>) {
          stub.calls.push(`open ${type} ${opts.sliceSize}`);
          if (options.failOpen) callback({ status: "failed", value: undefined as never, error: { message: options.failOpen } });
          else callback({ status: "succeeded", value: file });
        },
      },
    },
  };
  return stub;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("workbookOpener: a department's file opened in Excel (Excel.createWorkbook, Microsoft's runtime)", () => {
  it("hands Excel the file's bytes exactly, as base64, through the pane's action", async () => {
    const live = LiveWorkbook.fromGrid({ sheets: [{ name: "Sheet1", values: [["memo"]], merges: [] }] });
    const open = workbookOpener(() => true, live.createWorkbook);
    expect(open).not.toBeNull();
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256); // past one String.fromCharCode block
    const actions = createPaneActions(createOfficePort(live.run), { openWorkbook: open! });
    expect(await actions.openWorkbook!({ name: "복지정책과.xlsx", department: "복지정책과", projects: 1, bytes })).toEqual({ ok: true, value: undefined });
    expect(live.createdWorkbooks).toHaveLength(1);
    expect(new Uint8Array(Buffer.from(live.createdWorkbooks[0], "base64"))).toEqual(bytes);
  });

  it("is absent where the host lacks ExcelApi 1.8 or Excel.createWorkbook: the pane offers downloads there", () => {
    const live = LiveWorkbook.fromGrid({ sheets: [{ name: "Sheet1", values: [["memo"]], merges: [] }] });
    expect(workbookOpener((version) => version !== "1.8", live.createWorkbook)).toBeNull();
    expect(workbookOpener(() => true, undefined)).toBeNull();
    expect(createPaneActions(createOfficePort(live.run), {}).openWorkbook).toBeUndefined();
  });
});

describe("readOpenWorkbookBytes", () => {
  it("reads every slice, in order, into one array, and closes the file", async () => {
    const stub = installOffice([[0x50, 0x4b, 3], new Uint8Array([4, 5]), new Uint8Array([6]).buffer]);
    expect([...(await readOpenWorkbookBytes())]).toEqual([0x50, 0x4b, 3, 4, 5, 6]);
    expect(stub.calls).toEqual([`open compressed ${SLICE_SIZE}`, "slice 0", "slice 1", "slice 2"]);
    expect(stub.closed).toBe(1);
  });

  it("closes the file when a slice fails, and reports Office's message", async () => {
    const stub = installOffice([[1], [2]], { failSlice: 1 });
    await expect(readOpenWorkbookBytes()).rejects.toThrow("slice lost");
    expect(stub.closed).toBe(1);
  });

  it("reports a file that cannot be opened", async () => {
    installOffice([], { failOpen: "Another file is open." });
    await expect(readOpenWorkbookBytes()).rejects.toThrow("Another file is open.");
  });

  it.each([[["File"]], [["CompressedFile"]], [[]]])("does not call getFileAsync where the host supports only %j of File and CompressedFile, and says so", async (sets) => {
    const stub = installOffice([[1]], { sets });
    const error = await readOpenWorkbookBytes().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookBytesUnavailableError);
    expect(error).toMatchObject({ unsupportedHost: true });
    expect(stub.calls).toEqual([]);
    for (const lang of ["ko", "en"] as const) expect(actionFailureText(toActionFailure(error), lang)).toBe(uiText("failure.noCompressedFile", lang));
  });

  it("outside Office (or without the File API) it says the bytes cannot be had (the pane says so as one line)", async () => {
    await expect(readOpenWorkbookBytes()).rejects.toBeInstanceOf(WorkbookBytesUnavailableError);
    (globalThis as Record<string, unknown>).Office = { context: {} }; // office.js loaded, no host
    await expect(readOpenWorkbookBytes()).rejects.toBeInstanceOf(WorkbookBytesUnavailableError);
  });
});
