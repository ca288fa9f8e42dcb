/**
 * What reaches the terminal. A cell's text can hold control characters — an escape sequence that clears
 * the screen or sets the window title, a carriage return that overwrites the line — and the reports
 * print cell text. Text goes through stripControls; JSON goes through jsonText, which escapes
 * every control as it prints a string (JSON.stringify leaves C1, DEL, line and paragraph separators raw),
 * so no data is lost, nothing is interpreted, and JSON text needs no second pass.
 */

/** The colour sequences report.ts itself writes (SGR: bold, dim, red, yellow, cyan, reset). */
const OWN_COLOR = /^\u001b\[(?:0|1|2|1;31|33|36)m/;

/** C0 controls but tab and line feed, DEL and C1 controls; bidirectional overrides too (they reorder what is shown). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Removes control characters from text bound for a terminal. With `keepColors`, the colour sequences
 * the report paints with are kept (the text inside them is already free of controls only because this
 * runs over the whole output: a cell cannot add anything but one of those same colours).
 */
export function stripControls(text: string, keepColors = false): string {
  if (!CONTROL.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\u001b" && keepColors) {
      const own = OWN_COLOR.exec(text.slice(i, i + 8));
      if (own) {
        out += own[0];
        i += own[0].length - 1;
        continue;
      }
    }
    if (!CONTROL.test(ch)) out += ch;
  }
  return out;
}

/** JSON.stringify(value, null, 2) with every control character escaped (\u009b, not the raw byte). */
export function jsonText(value: unknown): string {
  return nestedJsonText(value, 0);
}

/**
 * jsonText for a value nested `depth` levels inside a pretty-printed document: its lines indented to
 * that depth, so pieces can be written one by one and still read as JSON.stringify(whole, null, 2).
 * JSON.stringify's own printing (native: it needs no warming up and lays out one flat string), the value
 * wrapped `depth` arrays deep so that its lines come out indented, the wrapping cut off after.
 */
export function nestedJsonText(value: unknown, depth: number): string {
  let wrapped = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2) as string | undefined; // undefined only for a bare undefined, function or symbol
  if (text === undefined) return "null";
  // Each level opens with "[\n" and the next level's indent, and closes with "\n", its own indent and "]".
  let open = 0;
  let close = 0;
  for (let level = 0; level < depth; level++) {
    open += 2 + 2 * (level + 1);
    close += 2 + 2 * level;
  }
  return escapeRawControls(depth === 0 ? text : text.slice(open, text.length - close));
}

/** The controls JSON.stringify leaves raw. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** Whatever JSON.stringify would escape (quote, backslash, C0, lone surrogates) or leaves raw: the slow path. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/** A string as JSON text (quoted), every control escaped; most strings need nothing and are tested once. */
export function jsonString(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  return escapeRawControls(JSON.stringify(text));
}

/** Whether a string stands in JSON text as it is, between quotes (nothing in it to escape). */
export function isPlainJson(text: string): boolean {
  return !NEEDS_ESCAPE.test(text);
}

/** JSON text from JSON.stringify with the controls it leaves raw escaped (they can stand only inside its strings). */
function escapeRawControls(json: string): string {
  return RAW_IN_JSON.test(json) ? escapeJsonControls(json) : json;
}

/** The controls JSON.stringify leaves raw, escaped: safe on any piece of JSON text (one character at a time). */
function escapeJsonControls(text: string): string {
  return text.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
