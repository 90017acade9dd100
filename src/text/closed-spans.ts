/**
 * Each `open … close` span of `text` (the first `close` after each `open`) replaced by
 * `replace(span)`, in one pass. A lazy `open[\s\S]*?close` pattern scans to the end of the text
 * from every unclosed `open`: quadratic on a page of unclosed `<!--`. Here the first `open` with no
 * `close` after it ends the walk (no later `open` has one either), and it and what follows are left
 * as written, as the pattern leaves them.
 */
export function replaceClosed(text: string, open: string, close: string, replace: (span: string) => string): string {
  let out = '';
  let at = 0;
  for (let i = text.indexOf(open); i !== -1; i = text.indexOf(open, at)) {
    const end = text.indexOf(close, i + open.length);
    if (end === -1) break;
    const stop = end + close.length;
    out += text.slice(at, i) + replace(text.slice(i, stop));
    at = stop;
  }
  return at === 0 ? text : out + text.slice(at);
}
