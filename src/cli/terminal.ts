/**
 * What reaches the terminal. A cell's text can hold control characters — an escape sequence that clears
 * the screen or sets the window title, a carriage return that overwrites the line — and the reports
 * print cell text. Everything written goes through stripControls; JSON goes through jsonText, which
 * escapes the controls JSON.stringify leaves raw (C1, DEL, line and paragraph separators), so no data
 * is lost and nothing is interpreted.
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
  return escapeJsonControls(JSON.stringify(value, null, 2));
}

/**
 * jsonText for a value nested `depth` levels inside a pretty-printed document: its lines indented to
 * that depth, so pieces can be written one by one and still read as JSON.stringify(whole, null, 2)
 * (JSON text holds no raw line break but the ones between its lines).
 */
export function nestedJsonText(value: unknown, depth: number): string {
  return jsonText(value).replace(/\n/g, `\n${"  ".repeat(depth)}`);
}

/** The controls JSON.stringify leaves raw, escaped: safe on any piece of JSON text (one character at a time). */
export function escapeJsonControls(text: string): string {
  return text.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
