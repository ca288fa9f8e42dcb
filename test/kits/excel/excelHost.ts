/**
 * A RichApi host that answers like Excel, over a plain workbook model (./liveWorkbook.ts): it reads each
 * request the real runtime (./officeRuntime.ts) sends — object paths (global object, property, method,
 * indexer) and actions (instantiate, query, method, set property) — walks them over the objects below,
 * whose members carry Excel's own names (Worksheets, GetRangeByIndexes, Values, Format/Fill/Color…),
 * and returns results the runtime reads back into its proxies.
 *
 * What Excel enforces and the add-in must survive is enforced here:
 * - a request over 5 MB is refused (RequestPayloadSizeLimitExceeded), a response over 5 MB too;
 * - getMergedAreasOrNullObject fails above 512 merged areas;
 * - a protected sheet refuses writes to locked cells (and formatting unless allowed); a workbook with
 *   protected structure refuses adding, deleting or renaming sheets (AccessDenied);
 * - while the user edits a cell, a request without the delay-for-cell-edit flag fails
 *   (InvalidOperationInCellEditMode); with it, it waits until the edit ends;
 * - an action that fails stops the request there, and what ran before it stays done (no rollback).
 * Only the members the add-in uses exist; any other name fails the request loudly, so the model cannot
 * silently answer what Excel would not.
 */
import { toA1 } from "../../../src/engine/a1";
import type { HostAnswer, RichApiHost, RichApiRequest } from "./officeRuntime";
import { DELAY_FOR_CELL_EDIT, OFFICE_ERRORS } from "./officeRuntime";

/** Excel on the web's request and response limit. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The model objects expose members by Excel's names; `_index` answers the indexer, `_items` a collection. */
export type HostObject = Record<string, unknown> & { _items?: () => HostObject[]; _index?: (key: unknown) => HostObject | null };

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Skip?: number; Top?: number };
}

export interface RequestRecord {
  bytes: number;
  /** Only the runtime's release of tracked objects, sent after Excel.run returns without being awaited. */
  cleanup: boolean;
  actions: number;
  /** Each action as "<verb> <object path>", e.g. "new Names.Add", "load Worksheets", "call Names.Item.Delete". */
  steps: string[];
  flags: number;
  responseBytes: number;
  error?: string;
}

export interface HostState {
  root: HostObject;
  /** Objects handed out by reference id (ranges and other per-request objects the runtime tracks). */
  references?: Map<string, HostObject>;
  lastReference?: number;
  /** The user is typing in a cell: resolve to let waiting requests through. */
  cellEdit: Promise<void> | null;
  requests: RequestRecord[];
  /** A smaller limit than Excel on the web's, for a test of what follows a refusal. */
  payloadLimit?: number;
  /** A test's refusal of a request as a whole (the connection lost, Excel busy): the error code, or null to answer it. */
  refuse?: (record: RequestRecord) => string | null;
  /**
   * A test's failure of one action of a request (its zero-based index among the request's actions; null runs it
   * all): the actions before it stay done, as Excel keeps them (no rollback).
   */
  failAction?: (record: RequestRecord) => number | null;
}

const byteLength = (text: string) => Buffer.byteLength(text, "utf8");

/** Excel's answer for a value read: a model value → JSON (a model object → its query result). */
function member(target: HostObject, name: string): unknown {
  if (!(name in target)) throw new HostError("InvalidArgument", `The host has no member ${name}.`);
  return target[name];
}

function call(target: HostObject, name: string, args: unknown[]): unknown {
  const fn = member(target, name);
  if (typeof fn !== "function") throw new HostError("InvalidArgument", `${name} is not a method.`);
  return (fn as (...a: unknown[]) => unknown).apply(target, args);
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A query result: the selected scalar properties, navigations (a/b/c) nested; a collection as _Items. */
function query(target: HostObject, select: string[] | undefined): unknown {
  if (target._items) {
    return { _Items: target._items().map((item) => project(item, select)) };
  }
  return project(target, select);
}

function project(target: HostObject, select: string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const paths = select && select.length > 0 ? select : Object.keys(target).filter((k) => /^[A-Z]/.test(k) && typeof target[k] !== "function" && !isObject(target[k]));
  for (const path of paths) {
    const [head, ...rest] = path.split("/");
    const name = pascal(head);
    const value = member(target, name);
    if (rest.length === 0) {
      if (isObject(value)) out[name] = query(value, undefined);
      else out[name] = value;
      continue;
    }
    if (value === null) {
      out[name] = null;
      continue;
    }
    const nested = (out[name] as Record<string, unknown> | undefined) ?? {};
    out[name] = isObject(value) && value._items ? { _Items: value._items().map((item) => project(item, [rest.join("/")])) } : { ...nested, ...project(value as HostObject, [rest.join("/")]) };
  }
  return out;
}

function isObject(value: unknown): value is HostObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype;
}

/** Answers one request over `state.root`. */
export async function answer(state: HostState, request: RichApiRequest, limit = PAYLOAD_LIMIT_BYTES): Promise<HostAnswer> {
  const bytes = byteLength(request.body);
  const parsed = JSON.parse(request.body) as { Actions: ActionInfo[]; ObjectPaths: Record<string, ObjectPathInfo> };
  const cleanup = parsed.Actions.length > 0 && parsed.Actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === 1);
  const record: RequestRecord = { bytes, cleanup, actions: parsed.Actions.length, steps: parsed.Actions.map((a) => stepOf(a, parsed.ObjectPaths)), flags: request.flags, responseBytes: 0 };
  state.requests.push(record);
  const refused = state.refuse?.(record) ?? null;
  if (refused !== null) {
    record.error = refused;
    return { body: JSON.stringify({ Error: { Code: refused, Message: "The request was refused.", ActionIndex: -1 } }) };
  }
  if (bytes > limit) {
    record.error = "RequestPayloadSizeLimitExceeded";
    return { officeError: OFFICE_ERRORS.requestPayloadSizeLimitExceeded, message: "The request payload size has exceeded the limit." };
  }
  if (state.cellEdit) {
    if (!(request.flags & DELAY_FOR_CELL_EDIT)) {
      record.error = "InvalidOperationInCellEditMode";
      return { body: JSON.stringify({ Error: { Code: "InvalidOperationInCellEditMode", Message: "Excel is in cell-editing mode.", ActionIndex: -1 } }) };
    }
    await state.cellEdit;
  }

  const resolved = new Map<number, HostObject | null>();
  const resolve = (id: number): HostObject | null => {
    if (resolved.has(id)) return resolved.get(id)!;
    const info = parsed.ObjectPaths[String(id)];
    if (!info) throw new HostError("InvalidArgument", `unknown object path ${id}`);
    let value: HostObject | null;
    const args = argumentsOf(info.ArgumentInfo, resolve);
    if (info.ObjectPathType === 1) value = state.root;
    else if (info.ObjectPathType === 6) {
      value = state.references?.get(info.Name) ?? null;
      if (value === null) throw new HostError("InvalidObjectPath", `no object with reference ${info.Name}`);
    } else {
      const parent = resolve(info.ParentObjectPathId!);
      if (parent === null) value = null; // a path under a null object is a null object
      else if (info.ObjectPathType === 4) value = member(parent, info.Name) as HostObject | null;
      else if (info.ObjectPathType === 3) value = call(parent, info.Name, args) as HostObject | null;
      else if (info.ObjectPathType === 5) {
        if (!parent._index) throw new HostError("InvalidArgument", "not a collection");
        value = parent._index(args[0]);
        if (value === null) throw new HostError("ItemNotFound", `The requested resource doesn't exist: ${String(args[0])}.`);
      } else throw new HostError("InvalidArgument", `object path type ${info.ObjectPathType}`);
    }
    resolved.set(id, value);
    return value;
  };

  const results: { ActionId: number; Value: unknown }[] = [];
  const failAt = state.failAction?.(record) ?? null;
  for (let i = 0; i < parsed.Actions.length; i++) {
    const action = parsed.Actions[i];
    try {
      if (i === failAt) throw new HostError("GeneralException", "The action failed (a test's failure).");
      const args = argumentsOf(action.ArgumentInfo, resolve);
      if (action.ActionType === 1) {
        const target = resolve(action.ObjectPathId);
        // Like Excel, objects a method returned (ranges…) get a reference id, so the runtime can use them in later syncs.
        const path = parsed.ObjectPaths[String(action.ObjectPathId)];
        if (target !== null && path.ObjectPathType === 3) {
          state.lastReference = (state.lastReference ?? 0) + 1;
          const id = `ref:${state.lastReference}`;
          (state.references ??= new Map()).set(id, target);
          results.push({ ActionId: action.Id, Value: { _ReferenceId: id } });
        } else results.push({ ActionId: action.Id, Value: target === null ? null : {} });
        continue;
      }
      const target = resolve(action.ObjectPathId);
      // The runtime keeps a proxy valid across syncs with this call; Excel has nothing to do for it here.
      if (action.ActionType === 3 && action.Name === "_KeepReference") continue;
      if (action.ActionType === 3 && action.Name === "_RemoveReference") {
        state.references?.delete(String(args[0]));
        continue;
      }
      if (target === null) {
        // Loading a null object answers null (isNullObject); anything else on it fails.
        if (action.ActionType === 2) results.push({ ActionId: action.Id, Value: null });
        else throw new HostError("InvalidOperation", "The object is a null object.");
        continue;
      }
      if (action.ActionType === 2) results.push({ ActionId: action.Id, Value: query(target, action.QueryInfo?.Select) });
      else if (action.ActionType === 3) {
        const value = call(target, action.Name, args);
        results.push({ ActionId: action.Id, Value: isObject(value) ? {} : (value ?? null) });
      } else if (action.ActionType === 4) {
        if (!(action.Name in target)) throw new HostError("InvalidArgument", `The host has no property ${action.Name}.`);
        target[action.Name] = args[0];
      } else throw new HostError("InvalidArgument", `action type ${action.ActionType}`);
    } catch (error) {
      const code = error instanceof HostError ? error.code : "GeneralException";
      record.error = code;
      return { body: JSON.stringify({ Results: results, Error: { Code: code, Message: (error as Error).message, ActionIndex: i, HttpStatusCode: 400 } }) };
    }
  }
  const body = JSON.stringify({ Results: results });
  record.responseBytes = byteLength(body);
  if (record.responseBytes > limit) {
    record.error = "ResponsePayloadSizeLimitExceeded";
    return { officeError: OFFICE_ERRORS.responsePayloadSizeLimitExceeded, message: "The response payload size has exceeded the limit." };
  }
  return { body };
}

const VERBS: Record<number, string> = { 1: "new", 2: "load", 3: "call", 4: "set" };

/**
 * An action as a test reads it: its verb and the last three names of its object path (an indexer as
 * "Item", an object kept from an earlier request as "ref"), and a method's or property's name.
 */
function stepOf(action: ActionInfo, paths: Record<string, ObjectPathInfo>): string {
  const names: string[] = [];
  for (let info = paths[String(action.ObjectPathId)]; info && info.ObjectPathType !== 1 && names.length < 3; info = paths[String(info.ParentObjectPathId)]) {
    names.unshift(info.ObjectPathType === 5 ? "Item" : info.ObjectPathType === 6 ? "ref" : info.Name);
  }
  if (action.ActionType === 3 || action.ActionType === 4) names.push(action.Name);
  return `${VERBS[action.ActionType] ?? action.ActionType} ${names.join(".")}`;
}

function argumentsOf(info: ActionInfo["ArgumentInfo"], resolve: (id: number) => HostObject | null): unknown[] {
  const args = [...(info?.Arguments ?? [])];
  (info?.ReferencedObjectPathIds ?? []).forEach((id, i) => {
    if (id !== null && id !== undefined && id !== 0) args[i] = resolve(id);
  });
  return args;
}

export function hostOf(state: HostState): RichApiHost {
  return (request) => answer(state, request, state.payloadLimit ?? PAYLOAD_LIMIT_BYTES);
}

/** "'My sheet'!A1:B2" as Excel writes addresses: the sheet quoted only when it needs it. */
export function excelAddress(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = toA1(top, left);
  return top === bottom && left === right ? `${name}!${a}` : `${name}!${a}:${toA1(bottom, right)}`;
}
