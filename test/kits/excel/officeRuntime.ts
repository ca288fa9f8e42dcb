/**
 * Microsoft's own Excel runtime (@microsoft/office-js, excel-web-16.00.debug.js — what Excel on the web
 * loads) in a jsdom window, with the host bridge replaced.
 *
 * The runtime builds each context.sync into one RichApi request (the JSON body Excel receives: object
 * paths and actions) and hands it to OSF.DDA.RichApi.executeRichApiRequestAsync. Here that function is
 * ours: it gives the body text to the current `RichApiHost` (./excelHost.ts answers like Excel) and passes
 * its answer back, so the adapter's code runs unchanged through Microsoft's proxies, serialisation and
 * response handling — what Excel would receive is measured byte for byte.
 *
 * One runtime per test file (loading takes about half a second); the host is set per Excel.run.
 */
import { readFileSync } from "fs";
import * as path from "path";

/** What a host answers to one request: the response body (JSON text), or an Office error code. */
export type HostAnswer = { body: string } | { officeError: number; message: string };

export interface RichApiRequest {
  /** The JSON text of the request body exactly as the runtime sends it. */
  body: string;
  /** Request flags (64: delay for cell edit). */
  flags: number;
}

export type RichApiHost = (request: RichApiRequest) => HostAnswer | Promise<HostAnswer>;

/** Office error codes the runtime turns into RichApi error codes (RichApiMessageUtility). */
export const OFFICE_ERRORS = {
  requestPayloadSizeLimitExceeded: 5103,
  responsePayloadSizeLimitExceeded: 5104,
} as const;

/** Request flag the runtime sets for Excel.run({delayForCellEdit: true}). */
export const DELAY_FOR_CELL_EDIT = 64;

export interface OfficeRuntime {
  Excel: typeof Excel;
  /** Runs a batch through the runtime's Excel.run, its requests answered by `host`. */
  run<T>(host: RichApiHost, batch: (context: Excel.RequestContext) => Promise<T>, options?: { delayForCellEdit?: boolean }): Promise<T>;
  /** Calls one of the runtime's own functions (Excel.createWorkbook…), its requests answered by `host`. */
  call<T>(host: RichApiHost, work: (excel: typeof Excel) => Promise<T>): Promise<T>;
}

let loaded: OfficeRuntime | null = null;

function runtimeFile(): string {
  const dist = path.dirname(require.resolve("@microsoft/office-js/package.json"));
  return path.join(dist, "dist", "excel-web-16.00.debug.js");
}

export function officeRuntime(): OfficeRuntime {
  if (loaded) return loaded;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JSDOM } = require("jsdom") as { JSDOM: new (html: string, options: object) => { window: Record<string, any> } }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { runScripts: "outside-only", url: "https://localhost/" });
  const window = dom.window;
  window.eval(readFileSync(runtimeFile(), "utf8"));
  const Excel = window.Excel as typeof globalThis.Excel;
  if (!Excel?.run || !window.OSF?.DDA) throw new Error(`${runtimeFile()} did not define Excel.run`);

  // Requests carry no context id, so one host answers at a time: runs are queued per runtime.
  let host: RichApiHost | null = null;
  window.OSF.DDA.RichApi = window.OSF.DDA.RichApi ?? {};
  window.OSF.DDA.RichApi.executeRichApiRequestAsync = (message: unknown[], callback: (result: unknown) => void) => {
    const current = host;
    if (!current) throw new Error("a RichApi request outside a host's run");
    Promise.resolve(current({ body: String(message[4]), flags: Number(message[6]) })).then((answer) => {
      if ("body" in answer) callback({ status: "succeeded", value: { data: [200, [], answer.body] } });
      else callback({ status: "failed", error: { code: answer.officeError, message: answer.message } });
    });
  };

  let queue: Promise<unknown> = Promise.resolve();
  const call = <T>(callHost: RichApiHost, work: (excel: typeof globalThis.Excel) => Promise<T>): Promise<T> => {
    const next = queue.then(async () => {
      host = callHost;
      try {
        return await work(Excel);
      } finally {
        host = null;
      }
    });
    queue = next.catch(() => undefined);
    return next;
  };
  loaded = {
    Excel,
    run: (runHost, batch, options = { delayForCellEdit: true }) =>
      call(runHost, (excel) => (excel.run as unknown as (o: object, b: typeof batch) => Promise<never>)(options, batch)),
    call,
  };
  return loaded;
}
