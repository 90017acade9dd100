/**
 * Text for a terminal or a summary that a file name or a heading cannot take over: control
 * characters (C0, DEL, C1: escape sequences that move the cursor, recolour or retitle the terminal)
 * and the bidirectional overrides that reorder what is shown become visible `\u001b`-style escapes.
 * Line breaks too: one finding is one line.
 */
// Those characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const invisible = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(invisible, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
