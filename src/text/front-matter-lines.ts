/**
 * How many lines a file's front matter takes, as remark-frontmatter reads it
 * (micromark-extension-frontmatter): a `---` (YAML) or `+++` (TOML) line at the very top, after a
 * byte-order mark if any, closed by the next line that is the same fence; spaces and tabs may
 * follow either fence. Lines end at LF, CRLF or a lone CR, as in CommonMark.
 */
export function frontMatterLineCount(text: string): number {
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fence = text.startsWith('---', first) ? '---' : text.startsWith('+++', first) ? '+++' : undefined;
  if (!fence) return 0;
  const isFence = (line: string): boolean => line.startsWith(fence) && /^[ \t]*$/.test(line.slice(fence.length));
  // The next LF and CR, searched again only once passed: one scan of the text, not one a line.
  let lf = text.indexOf('\n', first);
  let cr = text.indexOf('\r', first);
  for (let start = first, line = 1; ; line++) {
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    const end = Math.min(lf === -1 ? text.length : lf, cr === -1 ? text.length : cr);
    const fenced = isFence(text.slice(start, end));
    if (line === 1 ? !fenced : fenced) return line === 1 ? 0 : line;
    // The opening fence needs a line after it; a block never closed is no front matter.
    if (end === text.length) return 0;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}
