/**
 * JavaScript source in ASCII (the build's step for the bundled CLI, scripts/bundle.mjs): every
 * non-ASCII UTF-16 unit written as `\uXXXX`. esbuild already escapes strings, templates and
 * identifiers; what it leaves are regular expression literals and comments, where the escape
 * means the same character. A backslash before one (an identity escape such as `\’` in a regular
 * expression) goes with it, so that the new escape is not itself escaped; in a regular expression
 * with the `u` flag, two escaped surrogates are one code point, as written.
 *
 * Why: Node decodes an ASCII file into a one-byte string at about a third of the CPU of UTF-8
 * text with a few curly quotes in it, which is a two-byte string of twice the size (bench/README.md).
 */
export function asciiSource(text: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII is the range tested
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, backslashes: string, unit: string) => (backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes) + `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
